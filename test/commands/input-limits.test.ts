// The 1 MiB input limit, kept while reading (issue 12): the one reader of answers documents
// (a path of any kind, or stdin for "-") and the bounded line splitter of `recommend --batch`,
// in-process. What only a real process shows (pipes, /dev/zero as stdin, memory): test/e2e/input-limits.test.ts.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/errors.js";
import { boundedLines } from "../../src/io/batch-stream.js";
import { MAX_INPUT_BYTES, readInput } from "../../src/io/json-input.js";
import { runInProcess as run, type RunResult } from "../helpers/run-in-process.js";
import { scratchDir } from "../helpers/scratch.js";

const CHUNK = 64 * 1024;
const STACK = "\n    at ";
const GOOD = JSON.stringify({ answers: { goal: "research" } });

/** A byte stream of the given chunks, as a pipe delivers them. */
const streamOf = (chunks: Iterable<Buffer | string>) => Readable.from(chunks, { objectMode: false });

/** All lines boundedLines makes of `bytes` cut into `size`-byte chunks. */
async function linesOf(bytes: Buffer | string, size = CHUNK, limit?: number): Promise<Array<string | null>> {
  const buf = Buffer.from(bytes);
  const chunks = Array.from({ length: Math.ceil(buf.length / size) }, (_, i) => buf.subarray(i * size, i * size + size));
  const out: Array<string | null> = [];
  for await (const line of boundedLines(streamOf(chunks), limit)) out.push(line);
  return out;
}

/**
 * `total` bytes of zeros made lazily, a new chunk at a time as a pipe gives them, then `tail`;
 * `served` counts the chunks handed out, `peak` is the most memory (heap and buffers) in use
 * above what was in use at the start, sampled every 64 chunks.
 */
function zeros(total: number, tail = "") {
  const counter = { served: 0, peak: 0 };
  const inUse = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const start = inUse();
  function* gen() {
    for (let at = 0; at < total; at += CHUNK) {
      if (++counter.served % 64 === 0) counter.peak = Math.max(counter.peak, inUse() - start);
      yield Buffer.alloc(CHUNK);
    }
    if (tail) yield Buffer.from(tail);
  }
  return { stream: streamOf(gen()), counter };
}

/** Zeros for ever, lazily. */
function endlessZeros() {
  return zeros(Number.POSITIVE_INFINITY);
}

function expectUsageError(r: RunResult, pattern: RegExp) {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toContain(STACK);
  expect(r.stderr.trimEnd().split("\n"), "one line").toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

interface Out {
  kind: string;
  line: number;
  error?: { message: string };
}
const outLines = (r: RunResult): Out[] => (r.stdout === "" ? [] : r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as Out));

/** A directory opened for reading, dressed as a stdin stream with that descriptor. */
function directoryStdin(dir: string): Readable {
  const fd = fs.openSync(dir, "r");
  const stream = streamOf([]);
  Object.assign(stream, { fd });
  stream.on("close", () => fs.closeSync(fd));
  return stream;
}

describe("boundedLines: records end at \\n", () => {
  it.each([
    ["", []],
    ["\n", [""]],
    ["a", ["a"]],
    ["a\n", ["a"]],
    ["a\nb", ["a", "b"]],
    ["a\n\n", ["a", ""]],
    ["a\r\nb\r\n", ["a", "b"]],
    ["\r\n", [""]],
    ["a\r", ["a"]],
    ["a\rb\n", ["a\rb"]],
    ["a\r\rb\r\r\n", ["a\r\rb\r"]],
    ["\r", [""]],
    ["\r\r\n\r", ["\r", ""]],
  ] as const)("%j → %j", async (text, expected) => {
    for (const size of [1, 2, 3, CHUNK]) expect(await linesOf(text, size), `chunks of ${size}`).toEqual(expected);
  });

  it("reads lines split across chunks of any size the same", async () => {
    const text = `${[GOOD, "x", "", '{"answers":\r{}}', "推理 😀 é", GOOD].join("\r\n")}\n`;
    const whole = await linesOf(text);
    expect(whole).toEqual([GOOD, "x", "", '{"answers":\r{}}', "推理 😀 é", GOOD]);
    for (let size = 1; size <= 13; size++) expect(await linesOf(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it("decodes a multi-byte character split between chunks, at every cut", async () => {
    const text = "é推理😀\n😀😀\r\n";
    const buf = Buffer.from(text);
    for (let cut = 1; cut < buf.length; cut++) {
      const out: Array<string | null> = [];
      for await (const line of boundedLines(streamOf([buf.subarray(0, cut), buf.subarray(cut)]))) out.push(line);
      expect(out, `cut at byte ${cut}`).toEqual(["é推理😀", "😀😀"]);
    }
  });

  it("decodes invalid UTF-8 as replacement characters, one record per line", async () => {
    expect(await linesOf(Buffer.from([0xe4, 0x0a, 0xff, 0xfe, 0x0d, 0x0a, 0x41]), 1)).toEqual(["\ufffd", "\ufffd\ufffd", "A"]);
  });

  it("counts bytes against the limit: just under and at it is a line, just over is null", async () => {
    const limit = 10;
    for (const size of [1, 3, CHUNK]) {
      expect(await linesOf("123456789\n", size, limit)).toEqual(["123456789"]);
      expect(await linesOf("1234567890\n", size, limit)).toEqual(["1234567890"]);
      expect(await linesOf("1234567890\r\n", size, limit), "the \\r of \\r\\n does not count").toEqual(["1234567890"]);
      expect(await linesOf("12345678901\n", size, limit)).toEqual([null]);
      expect(await linesOf("1234567890\r\r\n", size, limit)).toEqual([null]);
      expect(await linesOf("12345678901", size, limit), "a last line without a newline").toEqual([null]);
      // Four 3-byte characters are 12 bytes, though only 4 UTF-16 units.
      expect(await linesOf("推理推\n推理推理\n", size, limit)).toEqual(["推理推", null]);
      expect(await linesOf(`a\n${"x".repeat(100)}\nb\n${"y".repeat(11)}`, size, limit)).toEqual(["a", null, "b", null]);
    }
  });

  it("at the real limit, 1 MiB: a line of exactly 1 MiB is a line, one byte more is null", async () => {
    const at = "x".repeat(MAX_INPUT_BYTES);
    expect((await linesOf(`${at}\n${at}\r\n`)).map((l) => l?.length)).toEqual([MAX_INPUT_BYTES, MAX_INPUT_BYTES]);
    expect(await linesOf(`${at}x\nok\n${at}`)).toEqual([null, "ok", at]);
  });

  it("splits many lines", async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `{"n":${i}}`);
    const out = await linesOf(`${lines.join("\n")}\n`, 4093);
    expect(out).toHaveLength(lines.length);
    expect(out).toEqual(lines);
  });

  it("skips a 256 MiB line of zeros without holding it, then goes on", async () => {
    const { stream, counter } = zeros(256 * 1024 * 1024, `\n${GOOD}\n`);
    const out: Array<string | null> = [];
    for await (const line of boundedLines(stream)) out.push(line);
    expect(out).toEqual([null, GOOD]);
    expect(counter.served).toBe(4096);
    // Holding the line would take 256 MiB; a bounded splitter holds about 1 MiB (and the
    // garbage collector lags a little behind the chunks it drops).
    expect(counter.peak).toBeLessThan(128 * 1024 * 1024);
  });
});

describe("readInput: the limit is kept while reading", () => {
  const dir = scratchDir("input-limits");

  it("returns a file of exactly the limit and refuses one byte more, unread", async () => {
    const file = path.join(dir, "ten.json");
    fs.writeFileSync(file, "0123456789");
    expect(await readInput(file, () => streamOf([]), "answers file", 10)).toBe("0123456789");
    fs.writeFileSync(file, "0123456789x");
    await expect(readInput(file, () => streamOf([]), "answers file", 10)).rejects.toThrow(CliError);
  });

  it("reads no more than limit + 1 bytes from an endless stdin", async () => {
    const { stream, counter } = endlessZeros();
    await expect(readInput("-", () => stream, "answers file")).rejects.toThrow(/standard input is larger than 1024 KiB/);
    expect(counter.served).toBeGreaterThan(16);
    expect(counter.served).toBeLessThan(40);
  });

  it("reads an answers document at the limit on stdin", async () => {
    const doc = GOOD.padEnd(MAX_INPUT_BYTES, " ");
    expect(await readInput("-", () => streamOf([doc]), "answers file")).toBe(doc);
    await expect(readInput("-", () => streamOf([doc, " "]), "answers file")).rejects.toThrow(/larger than/);
  });

  it.each(["/dev/zero", "/dev/urandom"].filter((f) => fs.existsSync(f)))("refuses %s by path: exit 2, one line naming it", async (device) => {
    const r = await run(["recommend", "--answers", device, "--json"]);
    expectUsageError(r, new RegExp(`^llm-career: answers file "${device}" is larger than 1024 KiB`));
  });

  it("refuses an endless stdin: exit 2, one line", async () => {
    const r = await run(["recommend", "--answers", "-", "--json"], { input: endlessZeros().stream });
    expectUsageError(r, /^llm-career: standard input is larger than 1024 KiB/);
  });

  it("reads a file whose size stat gives as 0 (/proc): what it holds is judged, not its size", async () => {
    if (!fs.existsSync("/proc/self/status")) return;
    const r = await run(["recommend", "--answers", "/proc/self/status", "--json"]);
    expectUsageError(r, /not valid JSON/);
  });

  it("accepts an answers document of exactly 1 MiB by path, refuses 1 MiB + 1 with its size", async () => {
    const file = path.join(dir, "limit.json");
    fs.writeFileSync(file, GOOD.padEnd(MAX_INPUT_BYTES, " "));
    const ok = await run(["recommend", "--answers", file, "--json"]);
    expect(ok.status, ok.stderr).toBe(0);
    fs.appendFileSync(file, " ");
    expectUsageError(await run(["recommend", "--answers", file, "--json"]), /is 1\.0 MiB; llm-career reads at most 1024 KiB/);
  });

  it.skipIf(!fs.existsSync("/usr/bin/mkfifo") && !fs.existsSync("/bin/mkfifo"))("refuses a FIFO with an endless writer: exit 2", async () => {
    const fifo = path.join(dir, "endless.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    // The writer ends by itself once the reader closes the FIFO (SIGPIPE).
    const writer = spawn("sh", ["-c", 'exec yes > "$1"', "sh", fifo], { stdio: "ignore" });
    try {
      const r = await run(["recommend", "--answers", fifo, "--json"]);
      expectUsageError(r, /^llm-career: answers file ".*endless\.fifo" is larger than 1024 KiB/);
    } finally {
      writer.kill("SIGKILL");
    }
  });

  it("reads a FIFO whose writer sends an answers document", async () => {
    const fifo = path.join(dir, "good.fifo");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", 'printf "%s" "$2" > "$1"', "sh", fifo, GOOD], { stdio: "ignore" });
    try {
      const r = await run(["recommend", "--answers", fifo, "--json"]);
      expect(r.status, r.stderr).toBe(0);
    } finally {
      writer.kill("SIGKILL");
    }
  });

  it("keeps the messages for a directory and a missing file", async () => {
    expectUsageError(await run(["recommend", "--answers", dir, "--json"]), /is a directory, not a file/);
    expectUsageError(await run(["recommend", "--answers", path.join(dir, "nope.json"), "--json"]), /cannot read answers file ".*nope\.json": no such file/);
  });

  it("refuses a directory on stdin", async () => {
    expectUsageError(await run(["recommend", "--answers", "-", "--json"], { input: directoryStdin(dir) }), /^llm-career: standard input is a directory/);
  });
});

describe("recommend --batch in bounded memory", () => {
  it("makes a line over 1 MiB one error line and goes on", async () => {
    const input = `${GOOD}\n${"x".repeat(MAX_INPUT_BYTES + 1)}\n${GOOD}\r\n${" ".repeat(MAX_INPUT_BYTES - GOOD.length)}${GOOD}\n`;
    const r = await run(["recommend", "--batch"], { input });
    const out = outLines(r);
    expect(out.map((o) => [o.line, o.kind])).toEqual([
      [1, "batch-result"],
      [2, "batch-error"],
      [3, "batch-result"],
      [4, "batch-result"],
    ]);
    expect(out[1]!.error!.message).toBe("line 2 is longer than 1 MiB");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('llm-career: 1 of 4 lines failed; see the "batch-error" lines\n');
  });

  it("skips a 64 MiB line of zeros and scores the line after it", async () => {
    const { stream, counter } = zeros(64 * 1024 * 1024, `\n${GOOD}\n`);
    const r = await run(["recommend", "--batch"], { input: stream });
    expect(outLines(r).map((o) => [o.line, o.kind, o.error?.message])).toEqual([
      [1, "batch-error", "line 1 is longer than 1 MiB"],
      [2, "batch-result", undefined],
    ]);
    expect(r.status).toBe(1);
    expect(counter.served).toBe(1024);
    expect(counter.peak).toBeLessThan(128 * 1024 * 1024);
  });

  it("gives exactly one output line per \\n-ended input line, whatever the bytes (a lone \\r ends nothing)", async () => {
    // A fixed pseudo-random byte soup, rich in \r.
    let seed = 12;
    const bytes = Buffer.from(Buffer.alloc(200_000, 0).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const b = seed >> 16;
      return b % 7 === 0 ? 13 : b & 0xff;
    }));
    const expected = bytes.filter((b) => b === 10).length + (bytes[bytes.length - 1] === 10 ? 0 : 1);
    const r = await run(["recommend", "--batch"], { input: bytes });
    const out = outLines(r);
    expect(out).toHaveLength(expected);
    out.forEach((o, i) => expect(o.line).toBe(i + 1));
    expect(r.stderr).not.toContain(STACK);
  });

  it("accepts a \\r inside a line as JSON whitespace", async () => {
    const r = await run(["recommend", "--batch"], { input: `{"answers":\r{"goal":\r"research"}}\r\n${GOOD}\r` });
    expect(outLines(r).map((o) => o.kind)).toEqual(["batch-result", "batch-result"]);
    expect(r.status, r.stderr).toBe(0);
  });

  it("refuses a directory on stdin: exit 2, one line", async () => {
    const r = await run(["recommend", "--batch"], { input: directoryStdin(scratchDir("batch-dir")) });
    expectUsageError(r, /^llm-career: .*standard input is a directory/);
  });

  it("turns a read error into one line: EISDIR exit 2, others exit 1, after the lines already scored", async () => {
    const failing = (code: string) =>
      new Readable({
        read() {
          this.push(`${GOOD}\n`);
          this.destroy(Object.assign(new Error(`${code}: read failed`), { code }));
        },
      });
    const dirError = await run(["recommend", "--batch"], { input: failing("EISDIR") });
    expect(dirError.status).toBe(2);
    expect(dirError.stderr).toMatch(/^llm-career: .*standard input is a directory\n$/);
    const io = await run(["recommend", "--batch"], { input: failing("EIO") });
    expect(io.status).toBe(1);
    expect(io.stderr).toBe("llm-career: cannot read standard input: the disk or device reported an input/output error\n");
  });
});

describe("a path from outside in a message", () => {
  it("is shown with its control characters escaped and on one line", async () => {
    const name = "no\nsuch\u001b[2Jfile";
    const error = await readInput(name, () => Readable.from([]), "answers file").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    const message = (error as CliError).message;
    expect(message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(message).toContain("no\\nsuch\\u001b[2Jfile");
  });
});
