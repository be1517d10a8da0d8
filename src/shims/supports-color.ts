// chalk works out a default colour level when it loads, importing node:tty and node:os for it
// (about 2.5 ms, as tty pulls in the stream machinery). llm-career always sets the level itself
// (src/io/env.ts decides it once), so the bundle gives chalk "no colour by default" instead.
export default { stdout: false as const, stderr: false as const };
