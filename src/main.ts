// The entry point bin/llm-career.js runs: real streams, EPIPE handling, the exit code.
import { main } from "./cli.js";

// A reader that closes the pipe early (`| head -c 1`) is not an error: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
