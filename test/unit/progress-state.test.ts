// The questionnaire's kept progress (src/io/progress-state.ts): where it lives, that it comes back
// as it was saved, and that a damaged or foreign file is ignored rather than trusted or fatal.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import { progressStore, stateFolder } from "../../src/io/progress-state.js";
import { scratchDir } from "../helpers/scratch.js";

const questionnaire = advisor.questionnaire;
const [q1, q2] = questionnaire.questions;

describe("stateFolder", () => {
  it.each([
    [{ XDG_STATE_HOME: "/s", HOME: "/h" }, "/s/llm-career"],
    [{ HOME: "/h" }, "/h/.local/state/llm-career"],
    // The XDG spec: a relative path is invalid and ignored.
    [{ XDG_STATE_HOME: "relative/state", HOME: "/h" }, "/h/.local/state/llm-career"],
    [{ XDG_STATE_HOME: "", HOME: "/h" }, "/h/.local/state/llm-career"],
    [{}, undefined],
    [{ HOME: "relative" }, undefined],
  ])("%j → %s", (env, expected) => {
    expect(stateFolder(env)).toBe(expected);
  });
});

describe("progressStore", () => {
  const fresh = () => {
    const state = scratchDir("progress");
    const store = progressStore({ XDG_STATE_HOME: state }, questionnaire)!;
    return { state, store, folder: path.dirname(store.path) };
  };
  const answers = new Map<string, string | string[] | number>([[q1!.id, "student"]]);

  it("saves and loads the answers and the place, privately, leaving no temporary file", () => {
    const { store, folder } = fresh();
    expect(store.load()).toBeUndefined();
    store.save({ answers, next: 2 });
    store.save({ answers, next: 3 });
    expect(store.load()).toEqual({ answers, next: 3 });
    expect(fs.readdirSync(folder)).toEqual(["progress.json"]);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(store.path).mode & 0o777).toBe(0o600);
    store.clear();
    expect(fs.existsSync(store.path)).toBe(false);
    store.clear();
  });

  const valid = { format: "llm-career-progress/1", questionnaire: questionnaire.version, next: 1, answers: { [q1!.id]: "student" } };
  const cases: Array<[string, string | Buffer]> = [
    ["empty", ""],
    ["not JSON", "{answers"],
    ["JSON null", "null"],
    ["an array", "[]"],
    ["a bare answers file", JSON.stringify({ answers: valid.answers })],
    ["another format", JSON.stringify({ ...valid, format: "llm-career-progress/0" })],
    ["another questionnaire version", JSON.stringify({ ...valid, questionnaire: questionnaire.version - 1 })],
    ["next past the end", JSON.stringify({ ...valid, next: questionnaire.questions.length + 1 })],
    ["next negative", JSON.stringify({ ...valid, next: -1 })],
    ["next not an integer", JSON.stringify({ ...valid, next: 1.5 })],
    ["next a string", JSON.stringify({ ...valid, next: "1" })],
    ["an unknown question", JSON.stringify({ ...valid, answers: { nope: "x" } })],
    ["an unknown option", JSON.stringify({ ...valid, answers: { [q1!.id]: "astronaut" } })],
    ["__proto__ as a question", `{"format":"llm-career-progress/1","questionnaire":${questionnaire.version},"next":1,"answers":{"__proto__":{"x":1}}}`],
    ["answers not an object", JSON.stringify({ ...valid, answers: [] })],
    ["binary garbage", Buffer.from([0xff, 0xfe, 0x00, 0x1b, 0x5b, 0x32, 0x4a])],
    ["too large", JSON.stringify({ ...valid, pad: "x".repeat(70 * 1024) })],
  ];
  it.each(cases)("ignores a file that is %s", (_, content) => {
    const { store, folder } = fresh();
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(store.path, content);
    expect(store.load()).toBeUndefined();
  });

  it("takes the valid file those cases were made from (so they fail for their own reason)", () => {
    const { store, folder } = fresh();
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(store.path, JSON.stringify(valid));
    expect(store.load()).toEqual({ answers: new Map([[q1!.id, "student"]]), next: 1 });
    expect(q2).toBeDefined();
  });

  it("ignores a folder, a symbolic link and a named pipe in its place, without hanging", () => {
    const { store, folder } = fresh();
    fs.mkdirSync(folder, { recursive: true });
    const elsewhere = path.join(folder, "elsewhere.json");
    fs.writeFileSync(elsewhere, JSON.stringify(valid));
    fs.symlinkSync(elsewhere, store.path);
    expect(store.load()).toBeUndefined();
    fs.unlinkSync(store.path);
    fs.mkdirSync(store.path);
    expect(store.load()).toBeUndefined();
    fs.rmdirSync(store.path);
    // A FIFO with no writer: an ordinary open would wait forever.
    expect(spawnSync("mkfifo", [store.path]).status).toBe(0);
    expect(store.load()).toBeUndefined();
  });

  it("has no store without a home to keep it in", () => {
    expect(progressStore({}, questionnaire)).toBeUndefined();
  });
});
