// The browse commands (list, show, compare) run in-process through main(): texts from
// data/catalog in the chosen language, the JSON contract, bad input, colour, width. Issue 2; the
// contract is the README's "Conventions". Pipes that close early need a real process:
// test/e2e/pipes.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO, hasAnsi, type RunResult } from "../helpers/run-cli.js";
import { runInProcess as run } from "../helpers/run-in-process.js";
import { catalog } from "../../src/catalog/data.js";
import type { Direction, Lang, LocalizedText } from "../../src/catalog/schema.js";
import { stripVTControlCharacters as stripAnsi } from "node:util";
import { displayWidth } from "../../src/render/text.js";

const DIRECTIONS = catalog.directions;
const IDS = DIRECTIONS.map((d) => d.id);
const LANGS: Lang[] = ["zh", "en"];
const other = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");
const VERSION = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string }).version;

type Env = Record<string, string | undefined>;

const noSpace = (s: string) => s.replace(/\s/g, "");

/**
 * The text a person reads, with whitespace removed: table cells are read column by column within
 * each row (a wrapped cell's lines are interleaved with its neighbours' on screen), other lines as
 * they are. Borders are dropped.
 */
function readable(stdout: string): string {
  const parts: string[] = [];
  let row: string[][] | null = null;
  const flush = () => {
    if (row) parts.push(...row.map((col) => col.join("")));
    row = null;
  };
  for (const line of stdout.split("\n")) {
    if (/^[┌├└]/.test(line)) {
      flush();
    } else if (line.startsWith("│")) {
      const cells = line.split("│").slice(1, -1);
      const cur: string[][] = row ?? cells.map(() => []);
      cells.forEach((c, i) => (cur[i] ??= []).push(c));
      row = cur;
    } else {
      flush();
      parts.push(line);
    }
  }
  flush();
  return noSpace(parts.join(""));
}

/** How many times each character occurs. */
function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/** The non-space characters of the texts that stdout holds fewer times than the texts do. */
function missingChars(texts: string[], stdout: string): string[] {
  const have = counts(noSpace(stdout));
  return [...counts(noSpace(texts.join("")))].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch, n]) => `${ch}×${n - (have.get(ch) ?? 0)}`);
}

/** The texts of the catalog that a command shows, as the catalog has them. */
const listTexts = (d: Direction): LocalizedText[] => [d.name, d.nickname, d.barrier.wording, d.verdict];
const skillsOf = (d: Direction) => catalog.skills.filter((s) => s.directions.includes(d.id));
const showTexts = (d: Direction): LocalizedText[] => [
  d.name,
  d.nickname,
  ...(d.analogy ? [d.analogy] : []),
  ...d.introduction,
  ...d.roles.flatMap((r) => [r.name, r.summary]),
  ...d.dailyWork.flatMap((w) => [w.title, w.detail]),
  d.barrier.wording,
  d.barrier.headline,
  ...d.barrier.reasons.flatMap((r) => [r.title, r.detail]),
  ...d.fits.flatMap((f) => [f.title, f.detail]),
  ...skillsOf(d).map((s) => s.name),
  ...d.marketNotes,
  d.verdict,
];
const compareTexts = (d: Direction): LocalizedText[] => [
  d.name,
  d.barrier.wording,
  ...d.roles.map((r) => r.name),
  ...skillsOf(d).map((s) => s.name),
  ...d.fits.map((f) => f.title),
  ...d.marketNotes,
  d.verdict,
];

/** Asserts that every text is shown whole (read cell by cell) and that no character is missing. */
function expectShown(stdout: string, texts: string[], what: string): void {
  const seen = readable(stdout);
  const notShown = texts.filter((t) => !seen.includes(noSpace(t)));
  expect(notShown, `${what}: texts not shown whole`).toEqual([]);
  expect(missingChars(texts, stdout), `${what}: characters missing`).toEqual([]);
}

function expectOk(r: RunResult, what: string): void {
  expect(r.stderr, what).toBe("");
  expect(r.status, `${what}: ${r.stderr}`).toBe(0);
  expect(r.stdout.length, what).toBeGreaterThan(0);
}

/** A usage error: exit 2, nothing on stdout, a message on stderr, no stack trace, no ANSI. */
function expectUsageError(r: RunResult, what: string): void {
  expect(r.status, `${what}: ${r.stderr}`).toBe(2);
  expect(r.stdout, what).toBe("");
  expect(r.stderr.trim().length, what).toBeGreaterThan(0);
  expect(r.stderr, what).not.toContain("    at ");
  expect(hasAnsi(r.stderr), what).toBe(false);
}

// ---------------------------------------------------------------------------------------------
// Every run whose output several tests read is made once, here.

const results = new Map<string, RunResult>();
const result = (key: string): RunResult => {
  const r = results.get(key);
  if (!r) throw new Error(`no run for ${key}`);
  return r;
};

const WIDTHS = [40, 80, 200];
const widthCommands: Array<{ name: string; args: string[]; texts: (lang: Lang) => string[] }> = [
  { name: "list", args: ["list"], texts: (lang) => DIRECTIONS.flatMap(listTexts).map((t) => t[lang]) },
  ...DIRECTIONS.map((d) => ({ name: `show ${d.id}`, args: ["show", d.id], texts: (lang: Lang) => showTexts(d).map((t) => t[lang]) })),
  // Two roles (a role's page has its own header lines), from directions with many aliases.
  ...DIRECTIONS.filter((d) => d.id === "applications" || d.id === "safety").map((d) => ({ d, role: d.roles[0]! })).map(({ d, role }) => ({
    name: `show ${role.id}`,
    args: ["show", role.id],
    texts: (lang: Lang) => [role.name, ...(role.metaphor ? [role.metaphor] : []), role.summary, d.name, d.nickname].map((t) => t[lang]),
  })),
  {
    name: "compare 1 2 3 4 5 6",
    args: ["compare", "1", "2", "3", "4", "5", "6"],
    texts: (lang: Lang) => DIRECTIONS.flatMap(compareTexts).map((t) => t[lang]),
  },
];

/** Ways of choosing a language: each must give that language. */
const langWays: Array<{ name: string; lang: Lang; args: string[]; env: Env }> = [
  { name: "--lang zh", lang: "zh", args: ["--lang", "zh"], env: {} },
  { name: "LANG=zh_CN.UTF-8", lang: "zh", args: [], env: { LANG: "zh_CN.UTF-8" } },
  { name: "LLM_CAREER_LANG=zh", lang: "zh", args: [], env: { LLM_CAREER_LANG: "zh", LANG: "en_US.UTF-8" } },
  { name: "--lang en over LANG=zh_CN.UTF-8", lang: "en", args: ["--lang", "en"], env: { LANG: "zh_CN.UTF-8" } },
  { name: "LLM_CAREER_LANG=en over LANG=zh_CN.UTF-8", lang: "en", args: [], env: { LLM_CAREER_LANG: "en", LANG: "zh_CN.UTF-8" } },
  { name: "LANG=C.UTF-8 (default)", lang: "en", args: [], env: {} },
];
const langCommands: Array<{ name: string; args: string[]; directions: Direction[]; texts: (d: Direction) => LocalizedText[] }> = [
  { name: "list", args: ["list"], directions: DIRECTIONS, texts: (d) => [d.name, d.nickname, d.verdict] },
  { name: "show infra", args: ["show", "infra"], directions: [DIRECTIONS[1]!], texts: (d) => [d.name, d.nickname, ...d.introduction, d.verdict] },
  {
    name: "compare 1 2",
    args: ["compare", "1", "2"],
    directions: DIRECTIONS.slice(0, 2),
    texts: (d) => [d.name, ...d.roles.map((r) => r.name), d.verdict],
  },
];

const jsonWays: Array<{ name: string; args: string[]; env: Env }> = [
  { name: "LANG=zh_CN.UTF-8", args: [], env: { LANG: "zh_CN.UTF-8" } },
  { name: "LANG=en_US.UTF-8", args: [], env: { LANG: "en_US.UTF-8" } },
  { name: "--lang zh", args: ["--lang", "zh"], env: {} },
  { name: "--lang en", args: ["--lang", "en"], env: { LANG: "zh_CN.UTF-8" } },
  { name: "LLM_CAREER_LANG=zh, FORCE_COLOR=1", args: [], env: { LLM_CAREER_LANG: "zh", FORCE_COLOR: "1" } },
];
const jsonCommands = [["list", "--json"], ["show", "infra", "--json"], ["compare", "1", "2", "--json"]];

const infra = DIRECTIONS.find((d) => d.id === "infrastructure")!;
const lookups: Array<{ name: string; args: string[] }> = [
  { name: "number", args: ["show", String(infra.number), "--json"] },
  { name: "id", args: ["show", infra.id, "--json"] },
  { name: "alias", args: ["show", "infra", "--json"] },
  { name: "zh name", args: ["show", infra.name.zh, "--json"] },
  { name: "en name, upper case", args: ["show", infra.name.en.toUpperCase(), "--json"] },
];

const colourRuns: Array<{ name: string; args: string[]; env: Env }> = [
  { name: "piped", args: ["list"], env: {} },
  { name: "FORCE_COLOR=1", args: ["list"], env: { FORCE_COLOR: "1" } },
  { name: "FORCE_COLOR=1 NO_COLOR=1", args: ["list"], env: { FORCE_COLOR: "1", NO_COLOR: "1" } },
  { name: "FORCE_COLOR=1 --no-color", args: ["list", "--no-color"], env: { FORCE_COLOR: "1" } },
  { name: "--no-color before the command, FORCE_COLOR=1", args: ["--no-color", "list"], env: { FORCE_COLOR: "1" } },
  { name: "TERM=dumb", args: ["list"], env: { TERM: "dumb" } },
  { name: "NO_COLOR=1", args: ["list"], env: { NO_COLOR: "1" } },
  { name: "FORCE_COLOR=1 TERM=dumb", args: ["list"], env: { FORCE_COLOR: "1", TERM: "dumb" } },
  { name: "FORCE_COLOR=1 NO_COLOR= (empty)", args: ["list"], env: { FORCE_COLOR: "1", NO_COLOR: "" } },
  { name: "FORCE_COLOR=0", args: ["list"], env: { FORCE_COLOR: "0" } },
  { name: "FORCE_COLOR=1 show", args: ["show", "infra"], env: { FORCE_COLOR: "1" } },
  { name: "plain show", args: ["show", "infra"], env: {} },
  { name: "FORCE_COLOR=1 list --json", args: ["list", "--json"], env: { FORCE_COLOR: "1" } },
];

beforeAll(async () => {
  const jobs: Array<() => Promise<void>> = [];
  const add = (key: string, args: string[], env: Env = {}) =>
    jobs.push(async () => {
      results.set(key, await run(args, { env }));
    });
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const c of widthCommands) add(`width ${width} ${lang} ${c.name}`, [...c.args, "--lang", lang], { COLUMNS: String(width) });
    }
  }
  // Wide enough that a table cell shows a name whole: what is checked here is the language.
  for (const way of langWays) for (const c of langCommands) add(`lang ${way.name} ${c.name}`, [...way.args, ...c.args], { COLUMNS: "200", ...way.env });
  for (const way of jsonWays) for (const args of jsonCommands) add(`json ${way.name} ${args.join(" ")}`, [...way.args, ...args], way.env);
  for (const l of lookups) add(`lookup ${l.name}`, l.args);
  add("lookup role", ["show", "rag-engineer", "--json"]);
  add("lookup role by zh name", ["show", DIRECTIONS[4]!.roles[0]!.name.zh, "--json"]);
  for (const c of colourRuns) add(`colour ${c.name}`, c.args, c.env);
  for (const job of jobs) await job();
});

// ---------------------------------------------------------------------------------------------

describe("list, show and compare in both languages", () => {
  for (const way of langWays) {
    for (const c of langCommands) {
      it(`${c.name} with ${way.name} prints the catalog's ${way.lang} texts`, () => {
        const r = result(`lang ${way.name} ${c.name}`);
        expectOk(r, c.name);
        expect(hasAnsi(r.stdout)).toBe(false);
        expectShown(r.stdout, c.directions.flatMap(c.texts).map((t) => t[way.lang]), `${c.name} (${way.name})`);
        // …and not the other language's: the verdicts are long sentences no alias repeats.
        const seen = readable(r.stdout);
        for (const d of c.directions) expect(seen.includes(noSpace(d.verdict[other(way.lang)])), `${d.id} verdict in ${other(way.lang)}`).toBe(false);
      });
    }
  }

  it("shows every id and number in list", () => {
    const r = result("lang LANG=C.UTF-8 (default) list");
    const seen = readable(r.stdout);
    for (const d of DIRECTIONS) {
      expect(seen).toContain(d.id);
      expect(r.stdout).toMatch(new RegExp(`│ ${d.number} +│`));
    }
  });

  it("lists the directions in the catalog's order", () => {
    const out = result("lang --lang zh list").stdout;
    const positions = DIRECTIONS.map((d) => out.indexOf(d.id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("--json", () => {
  for (const args of jsonCommands) {
    it(`${args.join(" ")}: one document, schemaVersion 1, no ANSI, the same bytes in every locale`, () => {
      const outs = jsonWays.map((way) => {
        const r = result(`json ${way.name} ${args.join(" ")}`);
        expectOk(r, `${args.join(" ")} with ${way.name}`);
        expect(hasAnsi(r.stdout), way.name).toBe(false);
        return r.stdout;
      });
      const doc = JSON.parse(outs[0]!) as { schemaVersion: unknown };
      expect(doc.schemaVersion).toBe(1);
      for (const [i, out] of outs.entries()) expect(out, jsonWays[i]!.name).toBe(outs[0]);
    });
  }

  it("list --json has all six directions of the catalog, three roles each, texts in both languages", () => {
    const doc = JSON.parse(result("json LANG=zh_CN.UTF-8 list --json").stdout) as {
      directions: Array<{ id: string; number: number; name: LocalizedText; verdict: LocalizedText; roles: Array<{ id: string; name: LocalizedText }> }>;
    };
    expect(doc.directions.map((d) => d.id)).toEqual(IDS);
    for (const [i, d] of doc.directions.entries()) {
      const want = DIRECTIONS[i]!;
      expect(d.number).toBe(want.number);
      expect(d.name).toEqual(want.name);
      expect(d.verdict).toEqual(want.verdict);
      expect(d.roles).toHaveLength(3);
      expect(d.roles.map((r) => r.id)).toEqual(want.roles.map((r) => r.id));
      expect(d.roles.map((r) => r.name)).toEqual(want.roles.map((r) => r.name));
    }
  });

  it("compare --json has the chosen directions in the order given", () => {
    const doc = JSON.parse(result("json --lang zh compare 1 2 --json").stdout) as { directions: Array<{ id: string }> };
    expect(doc.directions.map((d) => d.id)).toEqual(IDS.slice(0, 2));
  });

  it("show finds a direction by number, id, alias, Chinese name and English name alike", () => {
    const outs = lookups.map((l) => {
      const r = result(`lookup ${l.name}`);
      expectOk(r, l.name);
      return r.stdout;
    });
    const doc = JSON.parse(outs[0]!) as { schemaVersion: number; kind: string; direction: { id: string; name: LocalizedText; roles: unknown[] } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.kind).toBe("direction");
    expect(doc.direction.id).toBe(infra.id);
    expect(doc.direction.name).toEqual(infra.name);
    expect(doc.direction.roles).toHaveLength(3);
    for (const [i, out] of outs.entries()) expect(out, lookups[i]!.name).toBe(outs[0]);
  });

  it("show of a role id returns kind role, with its direction", () => {
    const rag = DIRECTIONS.flatMap((d) => d.roles.map((role) => ({ role, d }))).find((x) => x.role.id === "rag-engineer")!;
    const r = result("lookup role");
    expectOk(r, "show rag-engineer --json");
    const doc = JSON.parse(r.stdout) as { schemaVersion: number; kind: string; role: { id: string; name: LocalizedText; summary: LocalizedText }; direction: { id: string } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.kind).toBe("role");
    expect(doc.role.id).toBe(rag.role.id);
    expect(doc.role.name).toEqual(rag.role.name);
    expect(doc.role.summary).toEqual(rag.role.summary);
    expect(doc.direction.id).toBe(rag.d.id);
  });

  it("show of a role's Chinese name finds that role", () => {
    const role = DIRECTIONS[4]!.roles[0]!;
    const r = result("lookup role by zh name");
    expectOk(r, `show ${role.name.zh}`);
    const doc = JSON.parse(r.stdout) as { kind: string; role: { id: string } };
    expect(doc.kind).toBe("role");
    expect(doc.role.id).toBe(role.id);
  });
});

describe("bad input", () => {
  it("show infar: exit 2, nothing on stdout, one line on stderr with a suggestion and every direction id", async () => {
    const r = await run(["show", "infar"]);
    expectUsageError(r, "show infar");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("Did you mean");
    expect(r.stderr).toMatch(/"infra"|"infrastructure"/);
    for (const id of IDS) expect(r.stderr).toContain(id);
  });

  it("show infar --json fails the same way, in words, with no JSON on stdout", async () => {
    const r = await run(["show", "infar", "--json"]);
    expectUsageError(r, "show infar --json");
    expect(r.stderr).toContain("Did you mean");
  });

  it("show of nonsense lists the valid ids without a suggestion", async () => {
    const r = await run(["show", "zzzzzz"]);
    expectUsageError(r, "show zzzzzz");
    expect(r.stderr).not.toContain("Did you mean");
    for (const id of IDS) expect(r.stderr).toContain(id);
  });

  it("show with no name is a usage error", async () => {
    expectUsageError(await run(["show"]), "show");
  });

  it("compare infra infra (the same direction twice) exits 2", async () => {
    expectUsageError(await run(["compare", "infra", "infra"]), "compare infra infra");
    expectUsageError(await run(["compare", "2", "infrastructure"]), "compare 2 infrastructure");
  });

  it("compare with one direction exits 2", async () => {
    expectUsageError(await run(["compare", "infra"]), "compare infra");
  });

  it("compare with a role instead of a direction exits 2 and says so", async () => {
    const r = await run(["compare", "infra", "rag-engineer"]);
    expectUsageError(r, "compare infra rag-engineer");
    expect(r.stderr).toContain("rag-engineer");
  });

  it("compare with an unknown direction exits 2 and suggests", async () => {
    const r = await run(["compare", "infra", "inferance"]);
    expectUsageError(r, "compare infra inferance");
    expect(r.stderr).toContain("inference");
  });

  it("an unknown command exits 2 and suggests the closest", async () => {
    const r = await run(["lsit"]);
    expectUsageError(r, "lsit");
    expect(r.stderr).toMatch(/\blist\b/);
  });

  it("an unknown option exits 2 and suggests the closest", async () => {
    const r = await run(["list", "--jsn"]);
    expectUsageError(r, "list --jsn");
    expect(r.stderr).toContain("--json");
  });

  it("an unsupported language exits 2", async () => {
    const r = await run(["--lang", "fr", "list"]);
    expectUsageError(r, "--lang fr");
    expect(r.stderr).toContain("fr");
    const r2 = await run(["list", "--lang", "fr"]);
    expectUsageError(r2, "list --lang fr");
  });
});

describe("help and version", () => {
  it("-V prints the package.json version and nothing else", async () => {
    for (const flag of ["-V", "--version"]) {
      const r = await run([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
      expect(r.stderr).toBe("");
    }
  });

  for (const args of [["-h"], ["--help"], ["list", "-h"], ["show", "-h"], ["compare", "--help"]]) {
    it(`${args.join(" ")} exits 0 with examples`, async () => {
      const r = await run(args);
      expectOk(r, args.join(" "));
      expect(r.stdout).toContain("Examples");
      expect(r.stdout).toContain("Usage");
    });
  }

  it("bare llm-career with stdin not a terminal prints the help and exits 0", async () => {
    const r = await run([]);
    expectOk(r, "llm-career");
    expect(r.stdout).toContain("Usage");
    for (const command of ["list", "show", "compare"]) expect(r.stdout).toMatch(new RegExp(`\\b${command}\\b`));
    expect(r.stdout).toBe((await run(["--help"])).stdout);
  });
});

describe("colour", () => {
  const ansi = (name: string) => hasAnsi(result(`colour ${name}`).stdout);

  it("is off when stdout is not a terminal", () => expect(ansi("piped")).toBe(false));
  it("is on when stdout is a terminal, unless TERM=dumb, NO_COLOR or --no-color", async () => {
    const tty = { isTTY: true, columns: 100 };
    expect(hasAnsi((await run(["list"], tty)).stdout)).toBe(true);
    expect(hasAnsi((await run(["list"], { ...tty, env: { TERM: "dumb" } })).stdout)).toBe(false);
    expect(hasAnsi((await run(["list"], { ...tty, env: { NO_COLOR: "1" } })).stdout)).toBe(false);
    expect(hasAnsi((await run(["list", "--no-color"], tty)).stdout)).toBe(false);
    expect(hasAnsi((await run(["list", "--json"], tty)).stdout)).toBe(false);
  });
  it("is on with FORCE_COLOR=1", () => expect(ansi("FORCE_COLOR=1")).toBe(true));
  it("is off with NO_COLOR=1, even with FORCE_COLOR=1", () => expect(ansi("FORCE_COLOR=1 NO_COLOR=1")).toBe(false));
  it("is off with --no-color, even with FORCE_COLOR=1, before or after the command", () => {
    expect(ansi("FORCE_COLOR=1 --no-color")).toBe(false);
    expect(ansi("--no-color before the command, FORCE_COLOR=1")).toBe(false);
  });
  it("is off with TERM=dumb or NO_COLOR=1", () => {
    expect(ansi("TERM=dumb")).toBe(false);
    expect(ansi("NO_COLOR=1")).toBe(false);
  });
  // src/io/env.ts: --no-color > NO_COLOR > FORCE_COLOR > TERM=dumb / not a terminal.
  it("lets FORCE_COLOR=1 beat TERM=dumb", () => expect(ansi("FORCE_COLOR=1 TERM=dumb")).toBe(true));
  it("ignores an empty NO_COLOR", () => expect(ansi("FORCE_COLOR=1 NO_COLOR= (empty)")).toBe(true));
  it("is off with FORCE_COLOR=0", () => expect(ansi("FORCE_COLOR=0")).toBe(false));
  it("is never in --json, even with FORCE_COLOR=1", () => expect(ansi("FORCE_COLOR=1 list --json")).toBe(false));

  it("only adds escape codes: the coloured text is the plain text", () => {
    for (const [coloured, plain] of [
      ["FORCE_COLOR=1", "piped"],
      ["FORCE_COLOR=1 show", "plain show"],
    ] as const) {
      const c = result(`colour ${coloured}`);
      expectOk(c, coloured);
      expect(hasAnsi(c.stdout)).toBe(true);
      expect(stripAnsi(c.stdout)).toBe(result(`colour ${plain}`).stdout);
    }
  });
});

describe("width", () => {
  for (const width of WIDTHS) {
    for (const lang of LANGS) {
      for (const c of widthCommands) {
        it(`${c.name} --lang ${lang} with COLUMNS=${width}: no line wider, no character lost`, () => {
          const r = result(`width ${width} ${lang} ${c.name}`);
          expectOk(r, c.name);
          const tooWide = r.stdout.split("\n").filter((line) => displayWidth(line) > width);
          // Soft, so that a too-wide line does not hide a lost character (or the reverse).
          expect.soft(tooWide, `lines wider than ${width}`).toEqual([]);
          expect.soft(r.stdout).not.toContain("…");
          expectShown(r.stdout, c.texts(lang), `${c.name} --lang ${lang} at ${width}`);
        });
      }
    }
  }
});

describe("record layout, where a column cannot hold its longest word", () => {
  it("list at 60 columns: a block for each direction, its number, name and nickname, then its id, barrier and verdict", async () => {
    const r = await run(["list"], { env: { COLUMNS: "60" } });
    expectOk(r, "list at 60");
    expect(r.stdout).not.toMatch(/[│┌└]/);
    const blocks = r.stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(DIRECTIONS.length);
    blocks.forEach((block, i) => {
      const d = DIRECTIONS[i]!;
      expect(noSpace(block).startsWith(noSpace(`${d.number}. ${d.name.en} — ${d.nickname.en}ID: ${d.id}`)), block).toBe(true);
      expect(block.split("\n")).toContain(`ID: ${d.id}`);
      expect(noSpace(block)).toContain(noSpace(`Verdict: ${d.verdict.en}`));
    });
  });

  it("show's role table at 50 columns in Chinese: each role as a block with its whole id on a line of its own", async () => {
    const d = DIRECTIONS.find((x) => x.id === "infrastructure")!;
    const r = await run(["show", d.id, "--lang", "zh"], { env: { COLUMNS: "50" } });
    expectOk(r, "show at 50");
    const lines = r.stdout.split("\n");
    for (const role of d.roles) {
      const at = lines.indexOf(`ID：${role.id}`);
      expect(at, role.id).toBeGreaterThan(0);
      expect(lines[at - 1], "the role's name heads its block").toBe(role.name.zh);
      expect(lines[at + 1]!.startsWith("做什么："), lines[at + 1]).toBe(true);
    }
  });
});
