// One prompt for every question: a list to pick one from, or to tick several in, that can also be
// left backwards (←, Backspace or Esc). @inquirer/select and @inquirer/checkbox have no key for
// that and no way to add one, so this is built on @inquirer/core's public createPrompt, which
// still gives readline, raw mode, Ctrl-C, abort signals and the clean-up of the terminal.
import { styleText } from "node:util";
import { wrapIndented } from "../render/text.js";
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, usePagination, useState, type KeypressEvent } from "@inquirer/core";

export interface ChoicePromptConfig {
  message: string;
  choices: ReadonlyArray<{ value: string; name: string }>;
  /** Tick any number (a checkbox) instead of picking one. */
  multiple?: boolean;
  /** The answer given before: where the cursor starts, or what is ticked. */
  initial?: readonly string[];
  /** For `multiple`: true, or why the ticks cannot be taken. */
  validate?: (values: readonly string[]) => true | string;
  /** The back keys end the prompt with "back"; otherwise they show `noBack`. */
  canGoBack?: boolean;
  noBack?: string;
  /** The line that says which keys do what, in the user's language. */
  keys: string;
  pageSize?: number;
  color?: boolean;
  /** The terminal's width now: lines are wrapped between words to it. */
  width?: () => number;
}

export type ChoiceResult = { kind: "back" } | { kind: "chosen"; values: string[] };

export const isBackKey = (key: KeypressEvent): boolean => key.name === "left" || key.name === "backspace" || key.name === "escape";

const HIDE_CURSOR = "\u001b[?25l";

export const choicePrompt = createPrompt<ChoiceResult, ChoicePromptConfig>((config, done) => {
  const { choices, multiple = false } = config;
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (config.color ? styleText(style, text) : text);
  const initial = config.initial ?? [];
  const [status, setStatus] = useState<"idle" | "done">("idle");
  const [active, setActive] = useState(Math.max(0, choices.findIndex((c) => initial.includes(c.value))));
  const [ticked, setTicked] = useState<readonly string[]>(multiple ? choices.map((c) => c.value).filter((v) => initial.includes(v)) : []);
  const [error, setError] = useState<string | undefined>(undefined);

  useKeypress((key, rl) => {
    // Typed letters would pile up in readline's line; nothing here reads them.
    rl.clearLine(0);
    setError(undefined);
    if (isEnterKey(key)) {
      const values = multiple ? ticked : [choices[active]!.value];
      const verdict = multiple && config.validate ? config.validate(values) : true;
      if (verdict !== true) return setError(verdict);
      setStatus("done");
      done({ kind: "chosen", values: [...values] });
    } else if (isBackKey(key)) {
      if (config.canGoBack) {
        setStatus("done");
        done({ kind: "back" });
      } else if (config.noBack) setError(config.noBack);
    } else if (isUpKey(key)) setActive(Math.max(0, active - 1));
    else if (isDownKey(key)) setActive(Math.min(choices.length - 1, active + 1));
    else if (multiple && isSpaceKey(key)) {
      const value = choices[active]!.value;
      const next = ticked.includes(value) ? ticked.filter((v) => v !== value) : [...ticked, value];
      // In the order of the list, whatever the order of the ticks.
      setTicked(choices.map((c) => c.value).filter((v) => next.includes(v)));
    } else if (/^[1-9]$/.test(key.name) && Number(key.name) <= choices.length) setActive(Number(key.name) - 1);
  });

  const width = Math.max(20, config.width?.() ?? 80);
  // Wrapped here between words (the prompt would cut words at the edge), with hanging indents.
  const wrap = (text: string, first: string) => wrapIndented(text, width - 1, first, " ".repeat(first.length)).join("\n");
  const page = usePagination({
    items: choices,
    active,
    pageSize: config.pageSize ?? 12,
    loop: false,
    renderItem({ item, isActive }) {
      const box = multiple ? `${ticked.includes(item.value) ? "◉" : "◯"} ` : "";
      const line = wrap(item.name, `${isActive ? "❯" : " "} ${box}`);
      return isActive ? paint("cyan", line) : line;
    },
  });

  const prefix = status === "done" ? paint("green", "✔") : paint("blue", "?");
  const message = paint("bold", wrap(config.message, "  ").slice(2));
  if (status === "done") return `${prefix} ${message}`;
  const lines = [`${prefix} ${message}`, page, " ", error ? paint("red", wrap(error, "> ")) : "", paint("dim", wrap(config.keys, ""))];
  return `${lines.filter(Boolean).join("\n")}${HIDE_CURSOR}`;
});
