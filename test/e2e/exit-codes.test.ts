// Exit codes that only a real process shows (issue 12, item 8): an error's exit code stands when
// stderr is closed, full or a pipe nobody reads; output that cannot be written is a failure in
// plain words, never "internal error"; a file that cannot be read says why in words.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, HANG_MS, REPO } from "../helpers/run-cli.js";
import { sandboxEnv, scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("e2e-exit-codes");
const hasBash = spawnSync("bash", ["-c", "true"]).status === 0;
const hasFull = fs.existsSync("/dev/full");

interface Result {
  /** llm-career's own exit status, whatever the shell around it did. */
  status: number | null;
  stdout: string;
  stderr: string;
}

let runs = 0;
/**
 * Runs a bash script in which "$CLI" is llm-career; its exit status is written to a file, since
 * the script's redirections may leave no stream to report it on.
 */
function bash(script: string): Result {
  const statusFile = path.join(dir, `status-${++runs}`);
  const wrapped = `CLI() { "$NODE" "$BIN" "$@"; echo $? > "$STATUS_FILE"; }\n${script.replaceAll('"$CLI"', "CLI")}`;
  const r = spawnSync("bash", ["-c", wrapped], {
    cwd: dir,
    env: sandboxEnv({ NODE: process.execPath, BIN, STATUS_FILE: statusFile }),
    input: "",
    encoding: "utf8",
    timeout: HANG_MS,
    killSignal: "SIGKILL",
  });
  const status = fs.existsSync(statusFile) ? fs.readFileSync(statusFile, "utf8").trim() : "";
  return { status: status === "" ? null : Number(status), stdout: r.stdout, stderr: r.stderr };
}

const answers = path.join(dir, "answers.json");

beforeAll(() => {
  fs.writeFileSync(answers, '{"answers": {}}');
  for (let i = 0; i < 20 && !fs.existsSync(path.join(REPO, "dist/main.cjs")); i++) spawnSync("sleep", ["1"]);
  expect(fs.existsSync(path.join(REPO, "dist/main.cjs")), "dist/main.cjs: run npm run build").toBe(true);
});

describe.skipIf(!hasBash)("an error's exit code stands when stderr cannot be written", () => {
  it("stderr closed (2>&-): exit 2", () => {
    expect(bash(`"$CLI" show nope 2>&-`).status).toBe(2);
  });

  it.skipIf(!hasFull)("stderr on a full disk (2>/dev/full): exit 2", () => {
    expect(bash(`"$CLI" show nope 2>/dev/full`).status).toBe(2);
    expect(bash(`"$CLI" recommend --answers nope.json 2>/dev/full`).status).toBe(2);
  });

  it("stderr a pipe whose reader has gone (EPIPE): exit 2, not 0", () => {
    // A FIFO opened for writing while a read-write descriptor holds it, which is then closed:
    // the writer is left with no reader, so every write fails with EPIPE, with no race.
    const r = bash(`mkfifo gone.fifo; exec 3<>gone.fifo; exec 4>gone.fifo; exec 3<&-; rm gone.fifo; "$CLI" show nope 2>&4`);
    expect(r.status).toBe(2);
  });

  it("a usage error from commander itself, stderr closed: exit 2", () => {
    expect(bash(`"$CLI" --no-such-option 2>&-`).status).toBe(2);
    expect(bash(`"$CLI" no-such-command 2>&-`).status).toBe(2);
  });
});

describe.skipIf(!hasBash)("output that cannot be written", () => {
  it.skipIf(!hasFull)("stdout on a full disk: exit 1, one line in plain words", () => {
    for (const [args, expected] of [
      ["list", "llm-career: cannot write the output: no space is left on the disk\n"],
      ["--lang zh list", "llm-career: 无法写出结果：磁盘空间已满\n"],
      ["list --json", "llm-career: cannot write the output: no space is left on the disk\n"],
    ] as const) {
      const r = bash(`"$CLI" ${args} > /dev/full`);
      expect(r.status, args).toBe(1);
      expect(r.stderr, args).toBe(expected);
    }
  });

  it("stdout a pipe whose reader has gone mid-output: exit 0, nothing on stderr", () => {
    const r = bash(`"$CLI" questions | head -c 1 > /dev/null`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("files that cannot be read say why in words", () => {
  const run = (file: string) => bash(`"$CLI" recommend --json --answers '${file.replaceAll("'", "'\\''")}'`);

  it.each([
    ["a missing file", () => path.join(dir, "missing.json"), "no such file"],
    ["a path through a file", () => path.join(answers, "x.json"), "a part of the path is not a directory"],
    ["a directory", () => dir, "is a directory, not a file"],
    [
      "a symbolic link loop",
      () => {
        const loop = path.join(dir, "loop.json");
        if (!fs.existsSync(loop)) fs.symlinkSync(loop, loop);
        return loop;
      },
      "too many symbolic links in the path",
    ],
    ["a file whose read fails (EIO)", () => "/proc/self/mem", "the disk or device reported an input/output error"],
  ])("%s: exit 2, one line, no errno code, no internal error", (_what, file, words) => {
    const r = run(file());
    expect(r.status, r.stderr).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n"), r.stderr).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/internal error|\bE[A-Z]{3,}\b/);
  });
});

describe("usage errors at the edges", () => {
  it("--save with an empty path is a usage error: exit 2", () => {
    const r = bash(`"$CLI" recommend --answers answers.json --save ''`);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/internal error|ENOENT/);
  });

  it("--batch with a directory on stdin: exit 2 and a message", () => {
    const r = bash(`"$CLI" recommend --batch < "${dir}"`);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("llm-career: --batch reads JSON Lines on standard input, and standard input is a directory\n");
  });
});
