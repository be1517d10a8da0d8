// Terminal facts, decided once: language, colour, interactivity. Pure functions of the
// environment they are given, so tests can pass any environment.
import type { Lang } from "../catalog/schema.js";

export type Env = Readonly<Record<string, string | undefined>>;

/** `--lang` beats LLM_CAREER_LANG, which beats LC_ALL, LC_MESSAGES, LANG; zh_* → zh, else en. */
export function detectLang(flag: string | undefined, env: Env): Lang {
  if (flag) return flag as Lang;
  for (const name of ["LLM_CAREER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return /^zh([_.@-]|$)/i.test(value) ? "zh" : "en";
  }
  return "en";
}

/**
 * The `--lang` value on a command line, found before commander parses it: the language of the
 * help and of the errors commander itself reports. Only "zh" and "en" count.
 */
export function langFlag(argv: readonly string[]): Lang | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length && argv[i] !== "--"; i++) {
    const arg = argv[i]!;
    if (arg === "--lang") found = argv[++i];
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  }
  return found === "zh" || found === "en" ? found : undefined;
}

/**
 * chalk's colour level (0 = none). Off with --no-color, NO_COLOR (non-empty) or TERM=dumb;
 * FORCE_COLOR forces it on (FORCE_COLOR=0 forces it off); otherwise only on a terminal.
 */
export function colorLevel(opts: { color: boolean; isTTY: boolean | (() => boolean); env: Env }): 0 | 1 | 2 | 3 {
  const { env } = opts;
  if (!opts.color) return 0;
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") {
    if (force === "0" || force === "false") return 0;
    const n = Number(force);
    return n === 2 || n === 3 ? n : 1;
  }
  // Asked last: finding out whether stdout is a terminal can load node:tty.
  if (env.TERM === "dumb" || !(typeof opts.isTTY === "function" ? opts.isTTY() : opts.isTTY)) return 0;
  if (env.COLORTERM === "truecolor" || env.COLORTERM === "24bit") return 3;
  return /-256(color)?$/i.test(env.TERM ?? "") ? 2 : 1;
}

/** The widest layout COLUMNS may ask for; a larger value is taken for a mistake and ignored. */
export const MAX_COLUMNS = 1000;

/** COLUMNS as a width: plain decimal digits only ("1e3", "0x50", " 80" and "+80" are not widths), 1 to MAX_COLUMNS. */
function columnsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || !/^[0-9]{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_COLUMNS ? n : undefined;
}

/** The width to lay text out in: COLUMNS when set (as Python's get_terminal_size), else the terminal's, else 80. */
export function outputWidth(columns: number | undefined | (() => number | undefined), env: Env): number {
  const terminal = () => {
    const n = typeof columns === "function" ? columns() : columns;
    return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
  };
  return Math.max(20, columnsFromEnv(env.COLUMNS) ?? terminal() ?? 80);
}
