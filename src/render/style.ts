// Colour, decided once per run from the context and applied through these few roles, so that
// output without colour is byte-for-byte the same text.
import { Chalk } from "chalk";

export interface Style {
  heading: (s: string) => string;
  title: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
  good: (s: string) => string;
  warn: (s: string) => string;
}

export function makeStyle(level: 0 | 1 | 2 | 3): Style {
  const c = new Chalk({ level });
  return {
    heading: (s) => c.bold(s),
    title: (s) => c.bold.cyan(s),
    dim: (s) => c.dim(s),
    accent: (s) => c.cyan(s),
    good: (s) => c.green(s),
    warn: (s) => c.yellow(s),
  };
}
