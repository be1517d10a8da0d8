// The questionnaire as a person lives it, in a REAL terminal (tmux): a self-description in Chinese
// and in English that answers some questions, going back, changing an answer in the review,
// leaving with Ctrl-C and coming back, signals from outside that must leave the
// terminal as it was, and saves that refuse special files or fail without losing the answers.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/run-cli.js";
import { scratchDir } from "../helpers/scratch.js";
import { cliCommand, hasTmux, shq, startTmux, waitFor, type Tmux } from "../helpers/tmux.js";

if (!hasTmux) console.warn("questionnaire-flow.test.ts: skipped, tmux is not installed");

const TIMEOUT = 180_000;

interface QuestionData {
  id: string;
  kind: "single" | "multi" | "scale";
  options?: Array<{ id: string; exclusive?: boolean; label: { en: string } }>;
  levels?: Array<{ value: number }>;
}
const data = JSON.parse(fs.readFileSync(path.join(REPO, "data/advisor/questionnaire.json"), "utf8")) as { version: number; questions: QuestionData[] };
const questions = data.questions;
const N = questions.length;
/** The first choice of each question, as the answers file holds it. */
const firstChoice = (q: QuestionData) => (q.kind === "scale" ? q.levels![0]!.value : q.kind === "multi" ? [q.options![0]!.id] : q.options![0]!.id);
const secondChoice = (q: QuestionData) => (q.kind === "scale" ? q.levels![1]!.value : q.kind === "multi" ? [q.options![1]!.id] : q.options![1]!.id);

let tmux: Tmux;
let n = 0;

/**
 * Runs the CLI in a new session, in `stateHome` for its progress. The shell records `stty -g`
 * before and after, the program's pid (the inner sh execs node), and its exit code; pipe-pane
 * records every byte written to the terminal.
 */
function start(args: string, stateHome: string, opts: { columns?: number } = {}) {
  const name = `s${++n}`;
  const files = Object.fromEntries(["before", "after", "pid", "exit", "log", "go"].map((f) => [f, path.join(tmux.dir, `${name}.${f}`)])) as Record<
    "before" | "after" | "pid" | "exit" | "log" | "go",
    string
  >;
  const inner = `echo $$ > ${shq(files.pid)}; exec ${cliCommand(args)}`;
  const command = [
    `while [ ! -e ${shq(files.go)} ]; do sleep 0.02; done`,
    `stty -g > ${shq(files.before)}`,
    `sh -c ${shq(inner)}`,
    `echo EXIT=$? > ${shq(files.exit)}`,
    `stty -g > ${shq(files.after)}`,
  ].join("; ");
  tmux.session(name, command, { env: { XDG_STATE_HOME: stateHome, LANG: "C.UTF-8" }, columns: opts.columns ?? 100 });
  tmux.run("pipe-pane", "-o", "-t", name, `cat >> ${shq(files.log)}`);
  fs.writeFileSync(files.go, "");
  return { name, files };
}

/** The opening prompt's first words (the rest may wrap). */
const DESCRIBE = "Describe your background";
/** Enter on the opening self-description: no text, every question. */
async function skipDescription(name: string) {
  await tmux.waitScreen(name, DESCRIBE);
  tmux.keys(name, "Enter");
}

const progressFile = (stateHome: string) => path.join(stateHome, "llm-career", "progress.json");
const question = (k: number) => `Question ${k} of ${N}`;

/** Answers question k (1-based) with its first choice: Enter, or Space Enter for a checkbox. */
async function answerFirst(name: string, k: number) {
  await tmux.waitScreen(name, question(k));
  if (questions[k - 1]!.kind === "multi") await tmux.keyAndWait(name, "Space");
  tmux.keys(name, "Enter");
}

/** The raw bytes written to the pane: after the last "hide the cursor", a "show the cursor". */
async function cursorShownAtEnd(log: string, last: string) {
  const raw = await waitFor("the pane log", () => {
    const t = fs.existsSync(log) ? fs.readFileSync(log, "latin1") : "";
    return t.includes(last) ? t : undefined;
  });
  const hide = raw.lastIndexOf("\u001b[?25l");
  expect(hide, "the prompt hid the cursor").toBeGreaterThanOrEqual(0);
  expect(raw.lastIndexOf("\u001b[?25h"), "the cursor is shown after it was last hidden").toBeGreaterThan(hide);
}

const sttyUnchanged = async (files: { before: string; after: string }) => {
  const after = await waitFor("stty after", () => (fs.existsSync(files.after) && fs.readFileSync(files.after, "utf8").trim()) || undefined);
  expect(after, "the terminal's settings are as they were before").toBe(fs.readFileSync(files.before, "utf8").trim());
};

describe.skipIf(!hasTmux)("the questionnaire in a real terminal (tmux)", () => {
  tmux = hasTmux ? startTmux("flow") : (undefined as unknown as Tmux);
  afterAll(() => tmux?.kill());

  it(
    "answer three, go back, change one, Ctrl-C; start again, resume, finish; change an answer in the review",
    async () => {
      const state = scratchDir("flow-state");
      const saved = path.join(tmux.dir, "answers.json");
      const first = start(`recommend --lang en --save ${shq(saved)}`, state);
      const { name } = first;
      await tmux.waitScreen(name, DESCRIBE);
      // The first screen says how to skip, go back and quit.
      const intro = tmux.screen(name);
      for (const words of ["Skip", "← (or Backspace, Esc) goes back", "Ctrl-C stops"]) expect(intro.replace(/\n\s*/g, " ")).toContain(words);
      tmux.keys(name, "Enter");
      for (const k of [1, 2, 3]) await answerFirst(name, k);
      await tmux.waitScreen(name, question(4));
      expect(tmux.screen(name)).toContain("← back");
      await tmux.keyAndWait(name, "Left");
      await tmux.waitScreen(name, question(3));
      // The checkbox shows what was ticked.
      expect(tmux.screen(name)).toMatch(/❯ ◉ /);
      tmux.keys(name, "BSpace");
      await tmux.waitScreen(name, question(2));
      // Change question 2 to its second choice.
      await tmux.keyAndWait(name, "Down");
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, question(3));
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, question(4));
      tmux.keys(name, "C-c");
      expect(await tmux.exitCode(first.files.exit)).toBe(130);
      await sttyUnchanged(first.files);
      const stopped = tmux.history(name);
      expect(stopped).toContain("cancelled; your 3 answers are kept");
      expect(stopped).toMatch(/Saved the 3 answers given so far to "[^"]*answers\.json"/);
      const partial = JSON.parse(fs.readFileSync(saved, "utf8")) as { answers: Record<string, unknown> };
      const [q1, q2, q3] = questions as [QuestionData, QuestionData, QuestionData];
      expect(partial.answers).toEqual({ [q1.id]: firstChoice(q1), [q2.id]: secondChoice(q2), [q3.id]: firstChoice(q3) });
      expect(fs.existsSync(progressFile(state))).toBe(true);

      // Again: the run offers to carry on, at question 4.
      const again = start(`recommend --lang en --save ${shq(saved)} --force`, state);
      await tmux.waitScreen(again.name, `stopped at question 4 of ${N}, with 3 answered`);
      tmux.keys(again.name, "Enter");
      for (let k = 4; k <= N; k++) await answerFirst(again.name, k);
      await tmux.waitScreen(again.name, "Your answers");
      const review = tmux.screen(again.name);
      expect(review).toContain("❯ Confirm: show my result");
      // Change question 1 from the review: Down onto it, then its second choice.
      await tmux.keyAndWait(again.name, "Down");
      tmux.keys(again.name, "Enter");
      await tmux.waitScreen(again.name, question(1));
      await tmux.keyAndWait(again.name, "Down");
      tmux.keys(again.name, "Enter");
      await tmux.waitScreen(again.name, "Your answers");
      await tmux.keyAndWait(again.name, "Up");
      tmux.keys(again.name, "Enter");
      await tmux.waitScreen(again.name, "Saved your answers");
      const all = tmux.history(again.name);
      expect(all).toContain("How well you fit the six directions");
      // The result comes before the note that it was saved.
      expect(all.indexOf("How well you fit")).toBeLessThan(all.indexOf("Saved your answers"));
      const doc = JSON.parse(fs.readFileSync(saved, "utf8")) as { answers: Record<string, unknown> };
      const expected = Object.fromEntries(questions.map((q, i) => [q.id, i < 2 ? secondChoice(q) : firstChoice(q)]));
      expect(doc.answers).toEqual(expected);
      // Completed and saved: nothing left to resume.
      expect(fs.existsSync(progressFile(state))).toBe(false);
      tmux.keys(again.name, "C-c");
      await tmux.exitCode(again.files.exit);
      await sttyUnchanged(again.files);
    },
    TIMEOUT,
  );

  it(
    "a self-description in Chinese, then in English: what was read, fewer questions, a pre-filled answer changed in the review",
    async () => {
      const state = scratchDir("flow-about");
      const saved = path.join(tmux.dir, "about-answers.json");
      // 60 columns: the Chinese line wraps.
      const run = start(`recommend --lang en --save ${shq(saved)}`, state, { columns: 60 });
      const { name } = run;
      await tmux.waitScreen(name, DESCRIBE);
      const zh = "做了5年 Android 开发，数学一般，想尽快转 AI，平时也会写一点点 Python 脚本";
      tmux.keys(name, "-l", `${zh}错`);
      await tmux.waitScreen(name, "脚本错");
      // Backspace takes the whole Chinese character.
      await tmux.keyAndWait(name, "BSpace");
      const typed = tmux.screen(name);
      expect(typed).not.toContain("错");
      expect(typed.replace(/\s/g, "")).toContain(zh.replace(/\s/g, ""));
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, "Question 1 of");
      const afterZh = tmux.history(name);
      expect(afterZh).toMatch(/I read: .*Android/);
      const m1 = Number(/Question 1 of (\d+)/.exec(tmux.screen(name))![1]);
      expect(m1).toBeLessThan(N);

      // ← from the first question: the text again, kept; replaced by an English one.
      await tmux.keyAndWait(name, "Left");
      await tmux.waitScreen(name, DESCRIBE);
      expect(tmux.screen(name)).toContain("Android");
      tmux.keys(name, "C-u");
      const en = "8 years of Go and C++ on a payment system, ran our Kubernetes platform, I tune TCP for fun";
      tmux.keys(name, "-l", en);
      await tmux.waitScreen(name, "for fun");
      tmux.keys(name, "Enter");
      await waitFor("the English reading", () => /I read: .*Kubernetes/.test(tmux.history(name).replace(/\n\s*/g, " ")) || undefined, undefined, () => tmux.screen(name));
      await tmux.waitScreen(name, "Question 1 of");
      const m2 = Number(/Question 1 of (\d+)/.exec(tmux.screen(name))![1]);
      expect(m2).toBeLessThan(N);
      // Only the questions the text left: first choices (a tick on checkboxes), then the review.
      for (let k = 1; k <= m2; k++) {
        await tmux.waitScreen(name, `Question ${k} of ${m2}`);
        if (tmux.screen(name).includes("space tick")) await tmux.keyAndWait(name, "Space");
        tmux.keys(name, "Enter");
      }
      await tmux.waitScreen(name, "Your answers");
      const review = tmux.screen(name).replace(/\n {2}(?![ ❯\d])/g, " ");
      const bg = questions[0]!;
      const line1 = /1\. .* → (.*)/.exec(review)![1]!;
      // The first question was answered by the text, and the review says so.
      expect(line1).toMatch(/\(from your words\)$/);
      const prefilled = bg.options!.findIndex((o) => line1.startsWith(o.label.en));
      expect(prefilled).toBeGreaterThanOrEqual(0);
      // The English text replaced the Chinese one's answers: it says nothing of Android.
      expect(bg.options![prefilled]!.id).not.toBe("mobile");
      // Change it: the cursor starts on the text's answer; Down picks the next one.
      await tmux.keyAndWait(name, "Down");
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, question(1));
      await tmux.keyAndWait(name, "Down");
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, "Your answers");
      const changed = bg.options![prefilled + 1]!;
      const after = tmux.screen(name).replace(/\n {2}(?![ ❯\d])/g, " ");
      expect(/1\. .* → (.*)/.exec(after)![1]).toBe(changed.label.en);
      await tmux.keyAndWait(name, "Up");
      tmux.keys(name, "Enter");
      await tmux.waitScreen(name, "Saved your answers");
      expect(tmux.history(name)).toContain("How well you fit the six directions");
      const doc = JSON.parse(fs.readFileSync(saved, "utf8")) as { answers: Record<string, unknown> };
      expect(doc.answers[bg.id]).toBe(changed.id);
      // From the words: C++ is a systems skill. Nothing of the Chinese text is left: the English one
      // says nothing of maths (数学一般), so it was asked, and answered with its first level.
      expect(doc.answers["systems-skills"]).toContain("c-cpp");
      expect(doc.answers.math).toBe(questions.find((q) => q.id === "math")!.levels![0]!.value);
      expect(Object.keys(doc.answers)).toHaveLength(N);
      tmux.keys(name, "C-c");
      await tmux.exitCode(run.files.exit);
      await sttyUnchanged(run.files);
    },
    TIMEOUT,
  );

  for (const [signal, code, words] of [
    ["TERM", 143, "stopped (terminated)"],
    ["HUP", 129, "stopped (the terminal was closed)"],
    ["INT", 130, "cancelled"],
  ] as const) {
    it(
      `SIG${signal} from outside: exit ${code}, stty as before, cursor shown, the prompt cleared, progress kept`,
      async () => {
        const state = scratchDir(`flow-${signal}`);
        const run = start("recommend --lang en", state);
        await skipDescription(run.name);
        await answerFirst(run.name, 1);
        await tmux.waitScreen(run.name, question(2));
        const pid = Number(await waitFor("the pid", () => (fs.existsSync(run.files.pid) && fs.readFileSync(run.files.pid, "utf8").trim()) || undefined));
        process.kill(pid, `SIG${signal}`);
        expect(await tmux.exitCode(run.files.exit)).toBe(code);
        await sttyUnchanged(run.files);
        await cursorShownAtEnd(run.files.log, words.slice(0, 8));
        const screen = tmux.history(run.name);
        expect(screen).toContain(`llm-career: ${words}`);
        // The prompt was cleared: no question left on the screen.
        expect(screen).not.toContain(question(2));
        const kept = JSON.parse(fs.readFileSync(progressFile(state), "utf8")) as { next: number; answers: Record<string, unknown> };
        expect(kept.next).toBe(1);
        expect(kept.answers).toEqual({ [questions[0]!.id]: firstChoice(questions[0]!) });
      },
      TIMEOUT,
    );
  }

  it(
    "a save that fails after the questions: the result is shown, then the answer code; exit 1; the progress stays",
    async () => {
      const state = scratchDir("flow-savefail");
      // Progress as a person who answered everything would have left it (the file's own format).
      const answers = Object.fromEntries(questions.map((q) => [q.id, firstChoice(q)]));
      fs.mkdirSync(path.join(state, "llm-career"), { recursive: true });
      fs.writeFileSync(progressFile(state), JSON.stringify({ format: "llm-career-progress/1", questionnaire: data.version, next: N, answers }));
      const folder = path.join(tmux.dir, "goes-away");
      fs.mkdirSync(folder);
      const run = start(`recommend --lang en --save ${shq(path.join(folder, "a.json"))}`, state);
      await tmux.waitScreen(run.name, "did not confirm");
      // The folder disappears while the person reads.
      fs.rmdirSync(folder);
      tmux.keys(run.name, "Enter");
      await tmux.waitScreen(run.name, "Your answers");
      tmux.keys(run.name, "Enter");
      expect(await tmux.exitCode(run.files.exit)).toBe(1);
      const all = tmux.history(run.name);
      expect(all).toContain("How well you fit the six directions");
      const code = JSON.parse(runCli(["recommend", "--answers", progressFileAsAnswers(answers), "--json"]).stdout) as { code: string };
      expect(all.replace(/\n/g, " ")).toContain(`answer code is ${code.code}`);
      // A deep checkout wraps the long path: compare with the lines joined.
      expect(all.replace(/\n\s*/g, " ")).toMatch(/cannot save to ".*a\.json": no such file/);
      expect(all).not.toMatch(/internal error/);
      expect(fs.existsSync(progressFile(state))).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "--save onto a named pipe is refused before any question, even with --force",
    async () => {
      const fifo = path.join(tmux.dir, "pipe");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const run = start(`recommend --lang en --save ${shq(fifo)} --force`, scratchDir("flow-fifo"));
      expect(await tmux.exitCode(run.files.exit)).toBe(2);
      const all = tmux.history(run.name);
      expect(all).toContain("named pipe");
      expect(all).not.toContain(question(1));
      expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    },
    TIMEOUT,
  );
});

describe("--save onto special files, without a terminal", () => {
  it("refuses a FIFO and a folder (exit 2), even with --force, and leaves them as they were", () => {
    const dir = scratchDir("flow-special");
    const input = progressFileAsAnswers(Object.fromEntries(questions.map((q) => [q.id, firstChoice(q)])));
    const fifo = path.join(dir, "fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    for (const target of [fifo, dir]) {
      const r = runCli(["recommend", "--answers", input, "--save", target, "--force", "--json"]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/not a regular file/);
    }
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

/** An answers file holding `answers`, for runCli. */
function progressFileAsAnswers(answers: Record<string, unknown>): string {
  const file = path.join(scratchDir("flow-answers"), "answers.json");
  fs.writeFileSync(file, JSON.stringify({ answers }));
  return file;
}
