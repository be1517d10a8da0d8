// The entry point bin/llm-career.cjs runs: the real streams, the exit code.
//
// Output goes to file descriptors 1 and 2 with fs.writeSync. Creating process.stdout or
// process.stdin loads Node's stream machinery, about 3 ms of a 25 ms start; the streams are
// created only when something needs them (a prompt, a batch read, a non-blocking pipe).
import { fstatSync, writeSync } from "node:fs";
import { main } from "./cli.js";
import type { OutStream } from "./context.js";
import { CliError, ExitCode, textIn } from "./errors.js";
import { detectLang, langFlag } from "./io/env.js";
import { fsReason } from "./messages/fs.js";
import { INPUT as M, localizeEach } from "./messages/input.js";

/** A reader that closes the pipe early (`| head -c 1`) is not an error: stop quietly. */
function onStdoutStreamError(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(0);
  // Too late to fail the command that wrote: say so, and let the exit code say it failed.
  stderrOut.write(`llm-career: ${textIn(detectLang(langFlag(argv), process.env), cannotWrite(error).text)}\n`);
  process.exitCode = ExitCode.failure;
}

/** Output that could not be written (a full disk, a broken device), in plain words. */
const cannotWrite = (error: unknown) => new CliError(localizeEach(M.cannotWriteOutput, (lang) => [fsReason(error)[lang]]), ExitCode.failure);

// node:tty only when asked, since it loads the stream machinery; the bundle is CommonJS, so a
// require inside a function stays lazy.
const loadTty = (): typeof import("node:tty") => require("node:tty");

/**
 * Writes to fd 1 or 2. On stdout, a closed pipe (EPIPE) ends the program quietly with 0 and any
 * other failure is an error with its own message (exit 1). On stderr a failure is ignored: a
 * message that cannot be shown must not change the exit code of the error it reports.
 */
function fdOut(fd: 1 | 2, stream: () => NodeJS.WriteStream): OutStream {
  let viaStream = false;
  let broken = false;
  let tty: boolean | undefined;
  // Asked only by commands that draw for people. A pipe or a file is not a character device, so
  // it is told apart without node:tty, which loads the stream machinery (about 2 ms).
  const isTTY = () => {
    try {
      return (tty ??= fstatSync(fd).isCharacterDevice() && loadTty().isatty(fd));
    } catch {
      return (tty = false);
    }
  };
  return {
    write(text: string) {
      if (broken) return true;
      const buf = Buffer.from(text);
      let offset = 0;
      while (!viaStream && offset < buf.length) {
        try {
          offset += writeSync(fd, buf, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          // A non-blocking pipe that is full: hand the rest, and all later output, to the stream.
          if (code === "EAGAIN") viaStream = true;
          else if (fd === 2) return (broken = true);
          else if (code === "EPIPE") process.exit(0);
          else {
            broken = true;
            throw cannotWrite(error);
          }
        }
      }
      if (offset < buf.length) stream().write(buf.subarray(offset));
      return true;
    },
    get isTTY() {
      return isTTY();
    },
    get columns() {
      return isTTY() ? stream().columns : undefined;
    },
  };
}

let stdoutReady = false;
const stdout = () => {
  if (!stdoutReady) process.stdout.on("error", onStdoutStreamError);
  stdoutReady = true;
  return process.stdout;
};
let stderrReady = false;
const stderr = () => {
  // A stderr that fails later (the reader went, the disk filled) is ignored, as above.
  if (!stderrReady) process.stderr.on("error", () => undefined);
  stderrReady = true;
  return process.stderr;
};
const stderrOut = fdOut(2, stderr);

const argv = process.argv.slice(2);
void main(argv, {
  get stdin() {
    return process.stdin;
  },
  stdout: fdOut(1, stdout),
  stderr: stderrOut,
  env: process.env,
}).then((code) => {
  process.exitCode = process.exitCode || code;
});
