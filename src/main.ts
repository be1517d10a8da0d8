// The entry point bin/llm-career.cjs runs: the real streams, the exit code.
//
// Output goes to file descriptors 1 and 2 with fs.writeSync. Creating process.stdout or
// process.stdin loads Node's stream machinery, about 3 ms of a 25 ms start; the streams are
// created only when something needs them (a prompt, a batch read, a non-blocking pipe).
import { fstatSync, writeSync } from "node:fs";
import { main } from "./cli.js";
import type { OutStream } from "./context.js";

/** A reader that closes the pipe early (`| head -c 1`) is not an error: stop quietly. */
function exitOnEpipe(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
}

// node:tty only when asked, since it loads the stream machinery; the bundle is CommonJS, so a
// require inside a function stays lazy.
const loadTty = (): typeof import("node:tty") => require("node:tty");

function fdOut(fd: 1 | 2, stream: () => NodeJS.WriteStream): OutStream {
  let viaStream = false;
  let tty: boolean | undefined;
  // Asked only by commands that draw for people. A pipe or a file is not a character device, so
  // it is told apart without node:tty, which loads the stream machinery (about 2 ms).
  const isTTY = () =>
    (tty ??= fstatSync(fd).isCharacterDevice() && loadTty().isatty(fd));
  return {
    write(text: string) {
      const buf = Buffer.from(text);
      let offset = 0;
      while (!viaStream && offset < buf.length) {
        try {
          offset += writeSync(fd, buf, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === "EPIPE") process.exit(0);
          // A non-blocking pipe that is full: hand the rest, and all later output, to the stream.
          if (code !== "EAGAIN") throw error;
          viaStream = true;
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
  if (!stdoutReady) process.stdout.on("error", exitOnEpipe);
  stdoutReady = true;
  return process.stdout;
};

void main(process.argv.slice(2), {
  get stdin() {
    return process.stdin;
  },
  stdout: fdOut(1, stdout),
  stderr: fdOut(2, () => process.stderr),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
