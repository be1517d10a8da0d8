// The HTML reports in a real browser: Debian's chromium, headless, driven by playwright-core.
// Each report is opened from a file at a phone's width (360 px): nothing but the file is
// requested, every text has a box inside the page, the chart's bars are as long as the scores
// say, a screenshot shows text and bars, and printing to PDF works. .ci/run installs chromium;
// without it the file fails when CI=true and is skipped otherwise.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../src/catalog/schema.js";
import personas from "../fixtures/personas.json";
import { decodePng } from "../helpers/png.js";
import { runCli } from "../helpers/run-cli.js";
import { fileSandbox, sandboxEnv, scratchDir } from "../helpers/scratch.js";

// What the functions given to page.evaluate use in the page; this project's types have no DOM.
declare const document: any, window: any, NodeFilter: any, getComputedStyle: (element: unknown) => any;

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === "true" || process.env.CI === "1";
if (!hasChromium && !inCi) console.warn(`html-chromium.test.ts: skipped, chromium is not installed at ${CHROMIUM} (apt-get install chromium)`);
/** A font with Chinese glyphs; without one the Chinese report shows boxes (.ci/run installs fonts-wqy-microhei). */
const hasCjkFont = spawnSync("fc-list", [":lang=zh"], { encoding: "utf8" }).stdout?.trim().length > 0;

const PHONE = 360;
const LANGS: Lang[] = ["en", "zh"];

interface Report {
  name: string;
  lang: Lang;
  file: string;
  /** The chart's rows as the core scored them: the oracle for the bars. */
  bars: Array<{ label: string; score: number }>;
}

/**
 * The reports of one persona, as a user makes them (`--format html > file`): its ranking, the gap
 * and the plan for a direction it ranks low. The bars' oracle is the same command's --json.
 */
function writeReports(dir: string): Report[] {
  const answersFile = path.join(dir, "answers.json");
  fs.writeFileSync(answersFile, JSON.stringify({ answers: personas[0]!.answers }));
  const json = <T>(args: string[]): T => {
    const r = runCli([...args, "--answers", answersFile, "--json"]);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as T;
  };
  type Ranked = { rank: number; direction: string; name: Record<Lang, string>; score: number };
  const ranking = json<{ ranking: Ranked[] }>(["recommend"]).ranking;
  const target = ranking[ranking.length - 1]!.direction;
  const gap = json<{ rank: number; score: number; direction: { name: Record<Lang, string> } }>(["gap", target]);
  return LANGS.flatMap((lang) => {
    const leader = ranking[0]!;
    const pages = [
      { name: "recommend", args: ["recommend"], bars: ranking.map((d) => ({ label: `${d.rank}. ${d.name[lang]}`, score: d.score })) },
      {
        name: "gap",
        args: ["gap", target],
        bars: [
          { label: `${gap.rank}. ${gap.direction.name[lang]}`, score: gap.score },
          { label: `1. ${leader.name[lang]}`, score: leader.score },
        ],
      },
      { name: "plan", args: ["plan", target], bars: [] },
    ];
    return pages.map(({ name, args, bars }) => {
      const r = runCli([...args, "--answers", answersFile, "--format", "html", "--lang", lang]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      const file = path.join(dir, `${name}-${lang}.html`);
      fs.writeFileSync(file, r.stdout);
      return { name: `${name} (${lang})`, lang, file, bars };
    });
  });
}

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Every URL the page tried to load, even one its policy then refused. */
  requests: string[];
  /** The URLs that went past the policy, to the network (where the route refuses them). */
  routed: string[];
  /** Failed loads, with the reason ("csp" when the policy refused one). */
  failures: string[];
  /** Console errors and warnings (a blocked load is reported there), and page errors. */
  problems: string[];
}

let browser: Browser | undefined;
let dir = "";
let reports: Report[] = [];
let tmpdir: string | undefined;

async function open(file: string, width = PHONE): Promise<Opened> {
  const context = await browser!.newContext({ viewport: { width, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const routed: string[] = [];
  const failures: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("requestfailed", (r) => failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  // Nothing but the file itself may be fetched; anything else would be refused here too.
  await context.route("**/*", (route) => {
    routed.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, context, requests, routed, failures, problems };
}

// Hang guards only: a visit is a few seconds on a busy two-core machine.
describe.runIf(hasChromium || inCi)("HTML reports in chromium", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    if (!hasChromium) throw new Error(`chromium is not installed at ${CHROMIUM}; CI installs it (.ci/run: apt-get install -y chromium)`);
    // playwright's own temp folders (profile, artifacts) and the browser's home go to the sandbox.
    tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = fileSandbox().tmp;
    browser = await chromium.launch({ executablePath: CHROMIUM, env: sandboxEnv() });
    dir = scratchDir("html-chromium");
    reports = writeReports(dir);
  });
  afterAll(async () => {
    await browser?.close();
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  });

  it("each report loads nothing but its own file, and logs no error", async () => {
    for (const report of reports) {
      const { context, requests, routed, failures, problems } = await open(report.file);
      expect(requests, report.name).toEqual([pathToFileURL(report.file).href]);
      expect(routed, report.name).toEqual([pathToFileURL(report.file).href]);
      expect(failures, report.name).toEqual([]);
      expect(problems, report.name).toEqual([]);
      await context.close();
    }
  });

  it("the checks above see a load: an image in the page is refused by the report's policy, and fetched without it", async () => {
    const html = fs.readFileSync(reports[0]!.file, "utf8");
    const img = '<img alt="" src="https://example.invalid/pixel.png">';
    const withPolicy = path.join(dir, "control-policy.html");
    const withoutPolicy = path.join(dir, "control-no-policy.html");
    fs.writeFileSync(withPolicy, html.replace("<main>", `<main>${img}`));
    fs.writeFileSync(withoutPolicy, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "").replace("<main>", `<main>${img}`));
    const blocked = await open(withPolicy);
    expect(blocked.requests).toEqual([pathToFileURL(withPolicy).href, "https://example.invalid/pixel.png"]);
    expect(blocked.failures).toEqual(["https://example.invalid/pixel.png csp"]);
    expect(blocked.routed).toEqual([pathToFileURL(withPolicy).href]);
    expect(blocked.problems.join("\n")).toMatch(/Content Security Policy/);
    await blocked.context.close();
    const loaded = await open(withoutPolicy);
    expect(loaded.routed).toEqual([pathToFileURL(withoutPolicy).href, "https://example.invalid/pixel.png"]);
    await loaded.context.close();
  });

  it("at 360 px every text has a box on the page, nothing is wider than the screen, and the text is readable", async () => {
    for (const report of reports) {
      const { page, context } = await open(report.file);
      const layout = await page.evaluate(() => {
        const bad: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let texts = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent!.trim();
          const parent = node.parentElement!;
          if (!text || parent.closest("title, desc")) continue;
          texts++;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          const style = getComputedStyle(parent);
          const size = parseFloat(style.fontSize);
          if (box.width <= 0 || box.height <= 0) bad.push(`no box: ${text}`);
          if (box.left < -0.5 || box.right > window.innerWidth + 0.5) bad.push(`outside the screen (${Math.round(box.left)}–${Math.round(box.right)}): ${text}`);
          if (style.visibility !== "visible" || style.opacity === "0" || style.display === "none") bad.push(`hidden: ${text}`);
          if (size < 11) bad.push(`${size}px: ${text}`);
        }
        const html = document.documentElement;
        return { bad, texts, scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, text: document.body.innerText, svgText: [...document.querySelectorAll("svg")].map((s) => s.textContent).join(" ") };
      });
      expect(layout.bad, report.name).toEqual([]);
      expect(layout.texts, report.name).toBeGreaterThan(20);
      expect(layout.clientWidth).toBe(PHONE);
      expect(layout.scrollWidth, report.name).toBeLessThanOrEqual(PHONE);
      for (const bar of report.bars) expect(layout.svgText, report.name).toContain(bar.label);
      expect(layout.text, report.name).toMatch(report.lang === "zh" ? /\p{Script=Han}{4}/u : /[A-Za-z]{4} [A-Za-z]{4}/);
      await context.close();
    }
  });

  it("the chart's bars are as long as the scores, at a phone's width and a desktop's, and the chart has its accessible name", async () => {
    for (const report of reports.filter((r) => r.bars.length)) {
      for (const width of [PHONE, 1024]) {
        const { page, context } = await open(report.file, width);
        const rows = await page.$$eval(".chart .row", (gs) =>
          gs.map((g) => ({
            name: g.querySelector(".name")!.textContent,
            score: g.querySelector(".score")!.textContent,
            bar: g.querySelector(".bar")!.getBoundingClientRect().width,
            track: g.querySelector(".track")!.getBoundingClientRect().width,
          })),
        );
        expect(rows.map((r) => r.name), report.name).toEqual(report.bars.map((b) => b.label));
        expect(rows.map((r) => r.score)).toEqual(report.bars.map((b) => b.score.toFixed(1)));
        for (const [i, row] of rows.entries()) {
          expect(row.track, report.name).toBeGreaterThan(width / 2);
          // Within a pixel of the score's share of the track.
          expect(Math.abs(row.bar - (row.track * report.bars[i]!.score) / 100), `${report.name} ${row.name}`).toBeLessThanOrEqual(1);
        }
        const title = await page.locator("svg title").textContent();
        await expect(page.getByRole("img", { name: title! }).count()).resolves.toBe(1);
        await context.close();
      }
    }
  });

  it("a screenshot shows the page: its size, text and bars in their colours, not a blank", async () => {
    for (const report of reports) {
      const { page, context } = await open(report.file);
      const file = path.join(dir, `${path.basename(report.file, ".html")}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const image = decodePng(fs.readFileSync(file));
      expect([image.width, image.height], report.name).toEqual([PHONE, height]);
      const colours = new Set<string>();
      let ink = 0;
      for (let y = 0; y < image.height; y += 2)
        for (let x = 0; x < image.width; x += 2) {
          const [r, g, b] = image.rgb(x, y);
          colours.add(`${r},${g},${b}`);
          if (r + g + b < 3 * 128) ink++;
        }
      const share = ink / ((image.width / 2) * (image.height / 2));
      expect(colours.size, report.name).toBeGreaterThan(16);
      expect(share, report.name).toBeGreaterThan(0.005);
      expect(share, report.name).toBeLessThan(0.5);
      // The first bar is drawn in its fill, in the middle of its box.
      const bar = report.bars.length ? await page.locator(".chart .row .bar").first().boundingBox() : null;
      if (bar && bar.width >= 4) {
        const fill = await page.locator(".chart .row .bar").first().evaluate((el) => getComputedStyle(el).fill);
        const [r, g, b] = image.rgb(Math.floor(bar.x + bar.width / 2), Math.floor(bar.y + bar.height / 2));
        expect(`rgb(${r}, ${g}, ${b})`, report.name).toBe(fill);
      }
      await context.close();
    }
  });

  it.runIf(hasCjkFont || inCi)("Chinese text is drawn in glyphs, not the same empty box for every character", async () => {
    const { page, context } = await open(reports.find((r) => r.lang === "zh")!.file);
    const shots = [];
    for (const ch of ["核", "算"]) {
      await page.evaluate((c) => {
        document.querySelector("h1")!.textContent = c;
      }, ch);
      shots.push(await page.locator("h1").screenshot());
    }
    expect(shots[0]!.equals(shots[1]!), "both characters look the same: no Chinese font (apt-get install fonts-wqy-microhei)").toBe(false);
    await context.close();
  });

  it("prints to PDF, keeping sections whole", async () => {
    for (const report of reports) {
      const { page, context } = await open(report.file);
      await page.emulateMedia({ media: "print" });
      const breaks = await page.$$eval("section, figure", (els) => [...new Set(els.map((el) => getComputedStyle(el).breakInside))]);
      expect(breaks, report.name).toEqual(["avoid"]);
      const pdf = await page.pdf({ format: "A4", path: path.join(dir, `${path.basename(report.file, ".html")}.pdf`) });
      expect(pdf.subarray(0, 5).toString("latin1"), report.name).toBe("%PDF-");
      expect(pdf.subarray(-8).toString("latin1")).toMatch(/%%EOF\s*$/);
      expect(pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0, report.name).toBeGreaterThanOrEqual(1);
      await context.close();
    }
  });
});
