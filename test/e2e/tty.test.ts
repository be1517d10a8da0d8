// The questionnaire in a REAL pseudo-terminal: tmux runs the built CLI in a detached session, the
// test types keys with `send-keys` and reads the screen with `capture-pane`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";
import { cliCommand, hasTmux, shq, TMUX, WAIT_MS, waitFor } from "../helpers/tmux.js";
import { displayWidth } from "../../src/render/text.js";

if (!hasTmux) console.warn(`tty.test.ts: skipped, tmux is not installed at ${TMUX}`);

const TIMEOUT = 120_000;

interface QuestionData {
  id: string;
  kind: "single" | "multi" | "scale";
  options?: Array<{ id: string; label: { en: string } }>;
  levels?: Array<{ value: number; label: { en: string } }>;
}
const questions = (JSON.parse(fs.readFileSync(path.join(REPO, "data/advisor/questionnaire.json"), "utf8")) as { questions: QuestionData[] })
  .questions;
const N = questions.length;

let dir = "";
let conf = "";
/** tmux's socket, in this file's scratch folder rather than /tmp. */
let socket = "";
/**
 * The environment of the tmux server, hence of the program in the pane: no colour variables,
 * home, caches, temp folder and Node's compile cache in the scratch sandbox.
 */
const tmuxEnv = () => sandboxEnv({ TERM: "xterm-256color", TMUX: undefined, TMUX_PANE: undefined });

function tmux(...args: string[]): string {
  const r = spawnSync(TMUX, ["-S", socket, "-f", conf, ...args], { env: tmuxEnv(), encoding: "utf8", cwd: REPO });
  if (r.status !== 0) throw new Error(`tmux ${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const q = shq;
const cli = cliCommand;

/**
 * Starts `sh -c "<cli>; echo EXIT=$? > exitFile"` in a new 100x40 session. With `gate`, the
 * command waits for that file to exist before it starts (so that pipe-pane records from byte 0).
 */
function start(name: string, cliArgs: string, opts: { env?: Record<string, string>; gate?: string; columns?: number } = {}) {
  const exitFile = path.join(dir, `${name}.exit`);
  // A loaded machine can start the command before the pane has its size: wait until it has.
  const sized = opts.columns ? `while [ "$(stty size 2>/dev/null | cut -d' ' -f2)" != "${opts.columns}" ]; do sleep 0.02; done; ` : "";
  const wait = sized + (opts.gate ? `while [ ! -e ${q(opts.gate)} ]; do sleep 0.02; done; ` : "");
  const command = `${wait}${cli(cliArgs)}; echo EXIT=$? > ${q(exitFile)}`;
  // Each session its own state folder: a cancelled run's kept progress would meet the next run.
  const state = path.join(dir, `${name}.state`);
  const envArgs = Object.entries({ XDG_STATE_HOME: state, ...opts.env }).flatMap(([k, v]) => ["-e", `${k}=${v}`]);
  tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", ...envArgs, "sh", "-c", command);
  return { exitFile };
}

const screen = (name: string) => tmux("capture-pane", "-p", "-t", name);
/** The whole scrollback, wrapped lines joined. */
const history = (name: string) => tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", name);

/** Waits for a text on the screen; fails at once if the program has ended without showing it. */
const waitScreen = (name: string, text: string, timeoutMs = WAIT_MS) =>
  waitFor(
    `"${text}" on the screen`,
    () => {
      const now = screen(name);
      if (now.includes(text)) return true;
      // remain-on-exit keeps the pane, with this line, once the shell in it has ended.
      if (/^Pane is dead/m.test(now)) throw new Error(`the program ended before "${text}" was on the screen:\n${history(name)}`);
      return undefined;
    },
    timeoutMs,
    () => screen(name),
  );

/** Sends one key and waits until the screen shows its effect. */
async function keyAndWait(name: string, key: string) {
  const before = screen(name);
  tmux("send-keys", "-t", name, key);
  await waitFor(`the screen to change after ${key}`, () => screen(name) !== before || undefined, WAIT_MS, () => screen(name));
}

async function exitCode(exitFile: string): Promise<number> {
  const text = await waitFor(`${path.basename(exitFile)}`, () => {
    const t = fs.existsSync(exitFile) ? fs.readFileSync(exitFile, "utf8") : "";
    return /EXIT=\d+/.test(t) ? t : undefined;
  });
  return Number(/EXIT=(\d+)/.exec(text)![1]);
}

/** Enter on the opening self-description: no text, so every question is asked. */
async function skipDescription(name: string) {
  await waitScreen(name, "Describe your background");
  tmux("send-keys", "-t", name, "Enter");
}

/**
 * Answers every question, then confirms the review. `pick` 0 takes the first choice (Enter; Space
 * Enter for checkboxes), 1 the second (Down first).
 */
async function answerAll(name: string, pick: 0 | 1) {
  for (let k = 1; k <= N; k++) {
    await waitScreen(name, `Question ${k} of ${N}`);
    const question = questions[k - 1]!;
    if (pick === 1) await keyAndWait(name, "Down");
    if (question.kind === "multi") await keyAndWait(name, "Space");
    tmux("send-keys", "-t", name, "Enter");
  }
  // The review, its cursor on "Confirm".
  await waitScreen(name, "Your answers");
  tmux("send-keys", "-t", name, "Enter");
}

const RANKING_TITLE = "How well you fit the six directions";
const FOLLOW_UP = "What next?";

/** Moves the list's cursor (❯) onto the line that contains `label`, then presses Enter. */
async function pick(name: string, label: string) {
  for (let moves = 0; ; moves++) {
    const lines = screen(name).split("\n");
    const at = lines.findIndex((l) => l.includes("❯"));
    const want = lines.findIndex((l) => l.includes(label));
    if (at < 0 || want < 0 || moves > 30) throw new Error(`cannot pick "${label}":\n${lines.join("\n")}`);
    if (at === want) break;
    await keyAndWait(name, at < want ? "Down" : "Up");
  }
  tmux("send-keys", "-t", name, "Enter");
}

/** After the ranking the run offers what next: the top direction's gap and plan, then quit; or quit. */
async function followUp(name: string, choice: "top-with-plan" | "done") {
  await waitScreen(name, FOLLOW_UP);
  if (choice === "top-with-plan") {
    for (const action of ["See what a direction still asks of you", "Make a 90-day plan for a direction"]) {
      await pick(name, action);
      await waitScreen(name, "Which direction?");
      // The cursor starts on the leading direction.
      tmux("send-keys", "-t", name, "Enter");
      await waitScreen(name, FOLLOW_UP);
    }
  }
  await pick(name, "Quit");
}

/** The names of the ranked directions as the screen lists them under the title. */
function rankedNames(text: string): string[] {
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.includes(RANKING_TITLE));
  if (at < 0) return [];
  return lines
    .slice(at + 1, at + 7)
    .map((l) => /^\s*\d\.\s+(.+?)\s+[█░]/.exec(l)?.[1] ?? "")
    .filter(Boolean);
}

describe.skipIf(!hasTmux)("in a real terminal (tmux)", () => {
  beforeAll(() => {
    dir = scratchDir("tty");
    socket = path.join(dir, "tmux.sock");
    conf = path.join(dir, "tmux.conf");
    // Panes stay after their program ends, so the result can still be read.
    fs.writeFileSync(conf, "set -g remain-on-exit on\nset -g history-limit 5000\n");
  });

  afterAll(() => {
    // The scratch folder, socket included, is removed after the file.
    if (conf) spawnSync(TMUX, ["-S", socket, "-f", conf, "kill-server"], { env: tmuxEnv() });
  });

  it(
    "completes the questionnaire by keystrokes and shows the ranking, exit 0",
    async () => {
      const name = "complete";
      const { exitFile } = start(name, "recommend --lang en");
      await skipDescription(name);
      await waitScreen(name, `Question 1 of ${N}`);
      const first = screen(name);
      // The first question's choices are on the screen.
      const firstLabels = (questions[0]!.options ?? questions[0]!.levels ?? []).slice(0, 3).map((o) => o.label.en);
      for (const label of firstLabels) expect(first).toContain(label);

      await answerAll(name, 0);
      await followUp(name, "top-with-plan");
      expect(await exitCode(exitFile)).toBe(0);
      const all = history(name);
      expect(all).toContain(RANKING_TITLE);
      // The follow-up showed the gap analysis and the plan for the leading direction.
      expect(all).toContain("Aiming at");
      expect(all).toContain("A 90-day plan");
      // All six directions are ranked, each with a bar.
      const names = rankedNames(all);
      expect(names).toHaveLength(6);
      const list = JSON.parse(runCli(["list", "--json", "--lang", "en"]).stdout) as unknown;
      const directionNames = JSON.stringify(list);
      for (const n of names) expect(directionNames).toContain(n);
      expect(all).not.toContain("    at ");
      expect(all).not.toMatch(/internal error|Error:/);
      tmux("kill-session", "-t", name);
    },
    TIMEOUT,
  );

  it(
    "Ctrl-C in the middle: exit 130, \"cancelled\", no stack trace, the cursor shown again",
    async () => {
      const name = "cancel";
      const gate = path.join(dir, "cancel.go");
      const log = path.join(dir, "cancel.log");
      const { exitFile } = start(name, "recommend --lang en", { gate });
      tmux("pipe-pane", "-o", "-t", name, `cat >> ${q(log)}`);
      fs.writeFileSync(gate, "");
      await skipDescription(name);
      await waitScreen(name, `Question 1 of ${N}`);
      tmux("send-keys", "-t", name, "Enter");
      await waitScreen(name, `Question 2 of ${N}`);
      tmux("send-keys", "-t", name, "C-c");

      expect(await exitCode(exitFile)).toBe(130);
      const all = history(name);
      expect(all).toMatch(/cancelled/i);
      expect(all).not.toContain("    at ");
      expect(all).not.toContain(RANKING_TITLE);
      expect(all).not.toContain(`Question 3 of ${N}`);

      // The raw bytes the program wrote: the prompt hid the cursor, and it is visible at the end.
      const raw = await waitFor("the pane log", () => {
        const t = fs.existsSync(log) ? fs.readFileSync(log, "latin1") : "";
        return t.includes("cancelled") ? t : undefined;
      });
      const hide = raw.lastIndexOf("\u001b[?25l");
      const show = raw.lastIndexOf("\u001b[?25h");
      expect(hide, "the prompt hides the cursor").toBeGreaterThanOrEqual(0);
      expect(show, "the cursor is shown again after it was last hidden").toBeGreaterThan(hide);
      tmux("kill-session", "-t", name);
    },
    TIMEOUT,
  );

  it(
    "--save keeps the answers typed, and --answers with them gives the same top direction",
    async () => {
      const name = "save";
      const saved = path.join(dir, "answers.json");
      const { exitFile } = start(name, `recommend --lang en --save ${q(saved)}`);
      // Take the second choice everywhere, so the file proves which keys were pressed.
      await skipDescription(name);
      await answerAll(name, 1);
      await followUp(name, "done");
      expect(await exitCode(exitFile)).toBe(0);
      const all = history(name);
      expect(all).toContain(RANKING_TITLE);
      expect(all).toContain("Saved your answers");

      expect(fs.existsSync(saved)).toBe(true);
      const doc = JSON.parse(fs.readFileSync(saved, "utf8")) as { answers: Record<string, unknown> };
      const expected = Object.fromEntries(
        questions.map((question) => {
          if (question.kind === "scale") return [question.id, question.levels![1]!.value];
          if (question.kind === "multi") return [question.id, [question.options![1]!.id]];
          return [question.id, question.options![1]!.id];
        }),
      );
      expect(doc.answers).toEqual(expected);

      const again = runCli(["recommend", "--answers", saved, "--json", "--lang", "en"]);
      expect(again.status).toBe(0);
      const result = JSON.parse(again.stdout) as { ranking: Array<{ direction: string; name: { en: string } }> };
      const onScreen = rankedNames(all);
      expect(onScreen).toHaveLength(6);
      expect(onScreen[0]).toBe(result.ranking[0]!.name.en);
      expect(onScreen).toEqual(result.ranking.map((r) => r.name.en));
      tmux("kill-session", "-t", name);
    },
    TIMEOUT,
  );

  it(
    "`llm-career` with no subcommand starts the questionnaire on a terminal",
    async () => {
      const name = "bare";
      const { exitFile } = start(name, "--lang en", { env: { NO_COLOR: "1" } });
      await skipDescription(name);
      await waitScreen(name, `Question 1 of ${N}`);
      expect(screen(name)).not.toContain("Usage:");
      tmux("send-keys", "-t", name, "C-c");
      expect(await exitCode(exitFile)).toBe(130);
      tmux("kill-session", "-t", name);
    },
    TIMEOUT,
  );

  it(
    "on a terminal, output is in colour and laid out in the terminal's width (100 columns, no COLUMNS)",
    async () => {
      const name = "width";
      const { exitFile } = start(name, "compare 1 2 3 --lang en", { columns: 100 });
      expect(await exitCode(exitFile)).toBe(0);
      // -e keeps the escape codes. Not -J: tmux may mark a line of exactly the pane's width as
      // wrapped (depending on how the output arrived) and join it with the next one. Instead, a
      // table wider than the pane would show as border rows cut off before their right edge.
      const raw = tmux("capture-pane", "-p", "-e", "-S", "-5000", "-t", name);
      expect(raw).toMatch(/\u001b\[/);
      const lines = stripVTControlCharacters(raw).split("\n").map((l) => l.trimEnd());
      const table = lines.filter((l) => /^[│┌├└]/.test(l));
      expect(table.length).toBeGreaterThan(0);
      for (const row of table) expect(row, "a table row that the terminal cut").toMatch(/[│┐┤┘]$/);
      const widest = Math.max(...lines.map((l) => displayWidth(l)));
      expect(widest, "no line wider than the terminal").toBeLessThanOrEqual(100);
      // Wider than the 80 columns assumed without a terminal: the width came from the terminal.
      expect(widest, "the table uses the terminal's width").toBeGreaterThan(80);
      tmux("kill-session", "-t", name);
    },
    TIMEOUT,
  );
});
