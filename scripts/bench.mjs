#!/usr/bin/env node
// Start-up and batch benchmark for llm-career. Every case runs alternately with its baseline
// (bare Node on an empty ES module, or a bare JSON parse-and-stringify of the same lines) so that
// the machine's drift cancels; the script prints medians and ratios against the budgets.
//
//   npm run bench                 build, then measure (about a minute)
//   node scripts/bench.mjs --runs 40 --lines 100000 --check   more runs; exit 1 if over budget
//
// NODE_EXTRA_CA_CERTS is removed from the environment: on Node 20 it makes every start parse a
// certificate file (about +40 ms), which would hide the program's own cost.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(repo, "bin/llm-career.cjs");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const RUNS = opt("--runs", 25);
const LINES = opt("--lines", 100_000);
const BATCH_RUNS = opt("--batch-runs", 3);
const check = args.includes("--check");

const env = { ...process.env, LANG: "C.UTF-8" };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NO_COLOR;

const dir = mkdtempSync(path.join(tmpdir(), "llm-career-bench-"));
const empty = path.join(dir, "empty.mjs");
writeFileSync(empty, "");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (ns) => Number(ns) / 1e6;

function timeSync(cmd, cmdArgs, extra = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { env: { ...env, ...extra.env }, stdio: ["ignore", "ignore", "pipe"], input: extra.input });
  const t = ms(process.hrtime.bigint() - t0);
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(" ")} exited ${r.status}: ${r.stderr}`);
  return t;
}

/** Time from spawn until `marker` appears on a pseudo-terminal (via script(1)), then stop it. */
function timeUntil(command, marker, cache = promptCache) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", command, "/dev/null"], { env: { ...env, TERM: "xterm-256color", ...cache }, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let done = false;
    const finish = (t) => {
      if (done) return;
      done = true;
      child.kill("SIGKILL");
      resolve(t);
    };
    child.stdout.on("data", (d) => {
      out += d;
      if (marker && out.includes(marker)) finish(ms(process.hrtime.bigint() - t0));
    });
    child.on("exit", () => (marker ? !done && reject(new Error(`"${marker}" never appeared:\n${out}`)) : finish(ms(process.hrtime.bigint() - t0))));
    setTimeout(() => !done && reject(new Error(`timed out waiting for "${marker}"`)), 10_000);
  });
}

// Each case keeps its compile cache (src/startup/compile-cache.ts) in a folder of its own, made
// by its warm-up run: the figures are for a command run again, as people do. The rows without a
// budget show the same commands with no cache, and the first run, which also writes it.
let cacheFolders = 0;
const freshCache = () => ({ NODE_COMPILE_CACHE: path.join(dir, `cache-${cacheFolders++}`) });
const promptCache = freshCache();
const SHOW = { FORCE_COLOR: "1", COLUMNS: "100" };
const cases = [
  { name: "--version", args: ["--version"], budget: 1.2 },
  { name: "list --json", args: ["list", "--json"], budget: 1.2 },
  // A table in colour: FORCE_COLOR takes the terminal's path through chalk and cli-table3.
  { name: "show infrastructure (colour)", args: ["show", "infrastructure"], budget: 1.35, env: SHOW },
  { name: "  the same, no compile cache", args: ["show", "infrastructure"], env: { ...SHOW, NODE_DISABLE_COMPILE_CACHE: "1" } },
  { name: "  the same, first run (writes it)", args: ["show", "infrastructure"], env: SHOW, firstRun: true },
  { name: "list --json, no compile cache", args: ["list", "--json"], env: { NODE_DISABLE_COMPILE_CACHE: "1" } },
];

console.log(`llm-career benchmark · node ${process.version} · ${RUNS} alternating runs per case · NODE_EXTRA_CA_CERTS unset\n`);
const rows = [];
for (const c of cases) {
  const base = [];
  const run = [];
  const cache = freshCache();
  const options = () => ({ env: { ...(c.firstRun ? freshCache() : cache), ...c.env } });
  timeSync(process.execPath, [bin, ...c.args], options()); // warm the file cache and the compile cache
  for (let i = 0; i < RUNS; i++) {
    base.push(timeSync(process.execPath, [empty]));
    run.push(timeSync(process.execPath, [bin, ...c.args], options()));
  }
  rows.push({ name: c.name, base: median(base), value: median(run), budget: c.budget, unit: "ms" });
}

{
  // Both measured through script(1) on a pseudo-terminal, so its own cost is in both.
  const base = [];
  const run = [];
  const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
  await timeUntil(`${q(process.execPath)} ${q(bin)} recommend`, "Question 1 of");
  for (let i = 0; i < Math.ceil(RUNS / 2); i++) {
    base.push(await timeUntil(`${q(process.execPath)} ${q(empty)}`, null));
    run.push(await timeUntil(`${q(process.execPath)} ${q(bin)} recommend`, "Question 1 of"));
  }
  rows.push({ name: "first question on a terminal", base: median(base), value: median(run), budget: 1.5, unit: "ms" });

  // For information: show on a real terminal, where the width comes from the terminal itself
  // (Node's tty module, ~2 ms) rather than COLUMNS. script(1)'s own cost is on both sides, so the
  // ratio is gentler than the show row above; the difference in ms is the figure to read.
  const showBase = [];
  const showRun = [];
  const show = `${q(process.execPath)} ${q(bin)} show infrastructure`;
  const showCache = freshCache();
  await timeUntil(show, null, showCache);
  for (let i = 0; i < Math.ceil(RUNS / 2); i++) {
    showBase.push(await timeUntil(`${q(process.execPath)} ${q(empty)}`, null));
    showRun.push(await timeUntil(show, null, showCache));
  }
  rows.push({ name: "  show infrastructure on a terminal", base: median(showBase), value: median(showRun), unit: "ms" });
}

{
  // The batch: the same answer lines through `recommend --batch` and through a bare
  // JSON.parse + JSON.stringify per line (the least any JSON Lines tool must do).
  const { default: questionnaire } = await import(path.join(repo, "data/advisor/questionnaire.json"), { with: { type: "json" } });
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const lines = [];
  for (let i = 0; i < LINES; i++) {
    const answers = {};
    for (const q of questionnaire.questions) {
      if (rand() < 0.1) continue;
      if (q.kind === "scale") answers[q.id] = pick(q.levels).value;
      else if (q.kind === "single") answers[q.id] = pick(q.options).id;
      // "None of these" (exclusive) is chosen alone, as a valid answers file must.
      else answers[q.id] = q.options.filter((o) => !o.exclusive && rand() < 0.3).map((o) => o.id);
    }
    lines.push(JSON.stringify({ answers }));
  }
  const input = `${lines.join("\n")}\n`;
  const inputFile = path.join(dir, "answers.jsonl");
  writeFileSync(inputFile, input);
  const roundTrip = path.join(dir, "roundtrip.mjs");
  writeFileSync(
    roundTrip,
    `import { createInterface } from "node:readline";
let out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  out.push(JSON.stringify(JSON.parse(line)) + "\\n");
  if (out.length >= 256) { process.stdout.write(out.join("")); out = []; }
}
process.stdout.write(out.join(""));
`,
  );
  const base = [];
  const run = [];
  const batchCache = freshCache();
  for (let i = 0; i < BATCH_RUNS; i++) {
    base.push(timeSync("sh", ["-c", `"${process.execPath}" "${roundTrip}" < "${inputFile}" > /dev/null`]));
    run.push(timeSync("sh", ["-c", `"${process.execPath}" "${bin}" recommend --batch < "${inputFile}" > /dev/null`], { env: batchCache }));
  }
  rows.push({ name: `batch scoring, ${LINES.toLocaleString("en")} answer sets`, base: median(base), value: median(run), budget: 3, unit: "ms", baseName: "JSON parse+stringify" });
}

const size = spawnSync("npm", ["pack", "--dry-run", "--json"], { cwd: repo, encoding: "utf8", env });
const packed = JSON.parse(size.stdout)[0].size;

let over = 0;
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("case", 40)}${pad("baseline (median)", 36)}${pad("median", 12)}${pad("ratio", 9)}budget`);
for (const r of rows) {
  const ratio = r.value / r.base;
  const ok = r.budget === undefined || ratio <= r.budget;
  if (!ok) over++;
  console.log(
    `${pad(r.name, 40)}${pad(`${r.base.toFixed(1)} ms ${r.baseName ?? "node empty.mjs"}`, 36)}${pad(`${r.value.toFixed(1)} ms`, 12)}${pad(`${ratio.toFixed(2)}x`, 9)}${r.budget === undefined ? "" : `≤ ${r.budget}x ${ok ? "ok" : "OVER"}`}`,
  );
}
const sizeOk = packed < 250 * 1024;
if (!sizeOk) over++;
console.log(`${pad("packed tarball", 40)}${pad("", 36)}${pad(`${(packed / 1024).toFixed(1)} KB`, 12)}${pad("", 9)}< 250 KB ${sizeOk ? "ok" : "OVER"}`);
console.log(`\nRerun: npm run bench (or node scripts/bench.mjs --runs 40 --check after npm run build).`);
rmSync(dir, { recursive: true, force: true });
if (check && over) process.exitCode = 1;
