// The questionnaire's progress, kept while a person answers, so that Ctrl-C, a crash or a closed
// terminal loses nothing: the next interactive run offers to carry on. One small JSON file under
// $XDG_STATE_HOME/llm-career/ (by default ~/.local/state/llm-career/), the place the XDG spec
// gives to state that should survive a restart but is not worth a backup; never the temp folder,
// which may be cleared at boot and is shared with every user.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, unlinkSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { requireValidAnswers, answersToJson, type Answers } from "../advisor/answers.js";
import type { Questionnaire } from "../advisor/schema.js";
import type { Env } from "./env.js";
import { writeFileAtomicSync } from "./save.js";

/** Marks the file as ours and says how it is laid out; bump when the layout changes. */
const FORMAT = "llm-career-progress/1";
/** A progress file is a few kilobytes; anything larger is not one. */
const MAX_BYTES = 64 * 1024;

export interface Progress {
  /** The answers given so far (a skipped question is absent). */
  answers: Answers;
  /** The index of the question to ask next; the number of questions means the review. */
  next: number;
}

export interface ProgressStore {
  readonly path: string;
  /** The progress kept, or undefined when there is none or it cannot be used (damaged, foreign, older). */
  load(): Progress | undefined;
  /** Replaces the file atomically; throws the file-system error when it cannot. */
  save(progress: Progress): void;
  /** Forgets the progress; a file already gone is fine. */
  clear(): void;
}

/** $XDG_STATE_HOME/llm-career, else $HOME/.local/state/llm-career; relative paths do not count (XDG). */
export function stateFolder(env: Env): string | undefined {
  const xdg = env.XDG_STATE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "llm-career");
  const home = env.HOME;
  if (home && isAbsolute(home)) return join(home, ".local", "state", "llm-career");
  return undefined;
}

/** Reads a regular file of at most MAX_BYTES; anything else (a pipe, a device, a link, too big) is undefined. */
function readSmallFile(path: string): string | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO put there must not hang the start; O_NOFOLLOW: the file itself, not a link.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_BYTES) return undefined;
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (let n; length <= MAX_BYTES && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    return length > MAX_BYTES ? undefined : buffer.toString("utf8", 0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The progress in a file's text, checked as strictly as an answers file; undefined if it does not hold. */
export function parseProgress(questionnaire: Questionnaire, text: string): Progress | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return undefined;
  const { format, questionnaire: version, next, answers } = doc as Record<string, unknown>;
  if (format !== FORMAT || version !== questionnaire.version) return undefined;
  if (typeof next !== "number" || !Number.isInteger(next) || next < 0 || next > questionnaire.questions.length) return undefined;
  try {
    // The same gate as every other source of answers.
    return { answers: requireValidAnswers(questionnaire, { answers }, "the saved progress"), next };
  } catch {
    return undefined;
  }
}

export function progressText(questionnaire: Questionnaire, progress: Progress): string {
  const doc = { format: FORMAT, questionnaire: questionnaire.version, next: progress.next, answers: answersToJson(questionnaire, progress.answers) };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** The store for this environment, or undefined when there is no home to keep it in. */
export function progressStore(env: Env, questionnaire: Questionnaire): ProgressStore | undefined {
  const folder = stateFolder(env);
  if (!folder) return undefined;
  const path = join(folder, "progress.json");
  return {
    path,
    load: () => {
      const text = readSmallFile(path);
      return text === undefined ? undefined : parseProgress(questionnaire, text);
    },
    save: (progress) => {
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      // Answers say something about a person: readable by them only.
      writeFileAtomicSync(path, progressText(questionnaire, progress), true, 0o600);
    },
    clear: () => {
      try {
        unlinkSync(path);
      } catch {
        // already gone, or never made
      }
    },
  };
}
