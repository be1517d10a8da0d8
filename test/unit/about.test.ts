// The self-description reader: the corpus (test/fixtures/about-corpus.json, written by hand, the
// way people talk) read into answers and ranked by the real advisor; negation and degree never
// counting as strengths; normalisation; hostile input; the lexicon's data checks; the "I read" lines.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ABOUT_MAX_CHARS, aboutView, readAbout, withExplicitAnswers, type AboutReading } from "../../src/advisor/about.js";
import { advisor } from "../../src/advisor/advisor.js";
import { lexicon, rawLexicon } from "../../src/advisor/lexicon.js";
import { AboutView, Lexicon } from "../../src/advisor/lexicon-schema.js";
import { lexiconProblems } from "../../src/advisor/lexicon-validate.js";
import { recommend } from "../../src/advisor/recommend.js";
import { CliError } from "../../src/errors.js";
import { renderAboutReading } from "../../src/render/about.js";
import { displayWidth } from "../../src/render/text.js";
import type { DirectionId } from "../../src/catalog/schema.js";

const questionnaire = advisor.questionnaire;
const read = (text: string) => readAbout(questionnaire, lexicon, text);
const kindOf = (id: string) => questionnaire.questions.find((q) => q.id === id)!.kind;

interface Description {
  id: string;
  lang: "zh" | "en" | "mixed";
  fits: string;
  first: DirectionId[];
  text: string;
  set: Record<string, string | number | Array<string | number>>;
  notSet: Record<string, "any" | Array<string | number>>;
}
const corpus = (JSON.parse(readFileSync(new URL("../fixtures/about-corpus.json", import.meta.url), "utf8")) as { descriptions: Description[] }).descriptions;

/**
 * The share of descriptions whose expected first direction the advisor ranks first, from the
 * answers the text gives. The corpus was written by hand before the numbers were seen; 15 of its
 * descriptions were written after the lexicon and hit 15 of 15 on their first run. The bar is set
 * below what the corpus reaches (every description) so that a lexicon change that loses two or
 * three people fails, while the held-out check (descriptions nobody tuned for) is what the README
 * reports alongside it.
 */
const MIN_HIT_RATE = 0.9;

function firstDirectionHits(descriptions: readonly Description[]): { hits: number; total: number; misses: string[] } {
  const misses: string[] = [];
  for (const d of descriptions) {
    const first = recommend(advisor, read(d.text).answers, {}).ranking[0]!.direction;
    if (!d.first.includes(first)) misses.push(`${d.id}: ${first}, expected ${d.first.join(" or ")}`);
  }
  return { hits: descriptions.length - misses.length, total: descriptions.length, misses };
}

describe("the corpus", () => {
  it("has at least 60 descriptions, half of them in Chinese, some mixed, each article background several times", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((d) => d.lang === "zh").length * 2).toBeGreaterThanOrEqual(corpus.length - corpus.filter((d) => d.lang === "mixed").length);
    expect(corpus.filter((d) => d.lang === "mixed").length).toBeGreaterThanOrEqual(5);
    const article = readFileSync(new URL("../../data/source/article.zh.md", import.meta.url), "utf8");
    // Every background in the article's 适合人群 lists ("- **传统安全工程师：** …").
    const fits = [...article.matchAll(/^### 4\. 适合人群[\s\S]*?(?=\n\*\*一句话总结)/gmu)].flatMap((m) => [...m[0].matchAll(/^- \*\*(.+?)[：:]\*\*/gmu)].map((x) => x[1]!));
    expect(fits.length).toBe(17);
    for (const f of fits) expect(corpus.filter((d) => d.fits === f).length, f).toBeGreaterThanOrEqual(2);
    for (const kind of ["negation", "vague", "two directions"]) expect(corpus.filter((d) => d.fits === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const direction of advisor.catalog.directions) expect(corpus.filter((d) => d.first[0] === direction.id).length, direction.id).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.map((d) => [d.id, d] as const))("%s: the answers that must be set are, and those that must not are not", (_, d) => {
    const { answers } = read(d.text);
    for (const [q, want] of Object.entries(d.set)) {
      const got = answers.get(q);
      if (kindOf(q) === "multi") expect(got, `${q} in ${d.text}`).toEqual(expect.arrayContaining(want as string[]));
      else expect([want].flat(), `${q} in ${d.text}`).toContain(got);
    }
    for (const [q, bad] of Object.entries(d.notSet)) {
      const got = answers.get(q);
      if (bad === "any") expect(got, `${q} in ${d.text}`).toBeUndefined();
      else for (const b of bad) expect([got].flat(), `${q} in ${d.text}`).not.toContain(b);
    }
  });

  it(`ranks the expected first direction first for at least ${MIN_HIT_RATE * 100}% of the descriptions`, () => {
    const { hits, total, misses } = firstDirectionHits(corpus);
    // Printed for the README: npx vitest run test/unit/about.test.ts -t "first direction"
    console.log(`about corpus: ${hits}/${total} first directions (${((hits / total) * 100).toFixed(1)}%)${misses.length ? `; misses: ${misses.join("; ")}` : ""}`);
    expect(hits / total).toBeGreaterThanOrEqual(MIN_HIT_RATE);
  });
});

/** Whether a match set a strength: a used answer other than a "none" or a low scale value. */
function strengthsOf(reading: AboutReading) {
  return reading.matches.filter((m) => {
    if (!m.used) return false;
    const q = questionnaire.questions.find((x) => x.id === m.question)!;
    if (q.kind === "scale") return (m.value as number) > 2;
    return !q.options.some((o) => o.id === m.value && "exclusive" in o && o.exclusive);
  });
}

describe("negation and degree never count as strengths", () => {
  it.each([
    ["no programming beyond Excel", "systems-skills", ["none"]],
    ["数学一般", "math", 2],
    ["not good at math", "math", 2],
    ["my math is rusty", "math", 2],
    ["数学基本忘光了", "math", 1],
    ["我数学很差", "math", 1],
    ["学过线性代数", "math", 2],
  ] as const)("%s → %s %j", (text, question, value) => {
    const r = read(text);
    expect(r.answers.get(question)).toEqual(value);
    expect(strengthsOf(r)).toEqual([]);
  });

  it.each([
    "a little Python",
    "I know a little CUDA",
    "C++ 不太会",
    "没做过嵌入式",
    "没用过 Spark 和 Flink",
    "never touched CUDA or C++",
    "I don't know CUDA, C++, or Kubernetes",
    "不会 CUDA，也没碰过 RDMA",
    "想学 CUDA",
    "I want to learn PyTorch",
    "I'm not a researcher",
    "不是安全工程师",
    "zero experience with Spark",
    "对 LangChain 一知半解",
    "Python 和 C++ 都不太会",
    "dabbled in Rust and Go a bit",
    "没有大厂经验",
  ])("%s sets no strength, and says what it read", (text) => {
    const r = read(text);
    expect(strengthsOf(r)).toEqual([]);
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches.every((m) => !m.used || m.reading !== "plain")).toBe(true);
  });

  it("a dislike sets nothing", () => {
    expect(read("I hate math").answers.size).toBe(0);
    expect(read("不喜欢推公式").answers.size).toBe(0);
  });

  it("every negated or weak mention in the corpus is unused or sets only a low value", () => {
    for (const d of corpus) {
      const r = read(d.text);
      for (const m of r.matches.filter((x) => x.reading === "negated" || x.reading === "weak" || x.reading === "disliked")) {
        if (!m.used) continue;
        expect(strengthsOf({ ...r, matches: [m] }), `${m.phrase} in ${d.id}`).toEqual([]);
      }
    }
  });

  it("a negation reaches only its own clause and list", () => {
    const r = read("I don't know CUDA, but I write C++ every day");
    expect(r.answers.get("systems-skills")).toEqual(["c-cpp"]);
    expect(read("我会C++，不会CUDA").answers.get("systems-skills")).toEqual(["c-cpp"]);
    expect(read("Java 后端，C++ 不太会").answers.get("background")).toBe("backend-fullstack");
    expect(read("I don't know CUDA and I love Go").answers.get("tools")).toEqual(["web-backend"]);
  });

  it("an English comma between clauses carries no cue across it; a comma in a list does", () => {
    const python = read("never used CUDA, Python is my main language");
    expect(python.answers.get("systems-skills")).toBeUndefined();
    expect(python.answers.get("background")).toBe("backend-fullstack");
    const kubernetes = read("I write Go and run Kubernetes, math is weak");
    expect(kubernetes.answers.get("tools")).toEqual(["web-backend"]);
    expect(kubernetes.answers.get("background")).toBe("sre-ops");
    expect(kubernetes.answers.get("math")).toBe(2);
    expect(read("I do Spark, Flink, math is a little rusty").answers.get("tools")).toEqual(["spark-flink"]);
    // A list closed by its connector ends there: the comma after "SQL" starts a clause.
    expect(read("I know Python, Go, and SQL, math is weak").answers.get("tools")).toEqual(["sql", "web-backend"]);
    for (const text of ["never used CUDA, C++, or PyTorch", "never used CUDA, C++ or PyTorch", "never used CUDA, C++", "CUDA, C++ and PyTorch are not my thing"]) {
      const r = read(text);
      expect(r.status, text).toBe("no-answers");
      expect(r.matches.every((m) => m.negated && !m.used), text).toBe(true);
    }
    expect(read("never used CUDA, C++, or PyTorch, Go is fine").answers.get("tools")).toEqual(["web-backend"]);
  });

  it.each(["前端基本不会", "前端不会", "前端不太会", "前端不懂", "前端没学过", "前端一般", "后端做了5年，前端基本不会", "前端基本不会，React 只看过教程"])(
    "%s: front-end is not a tool of theirs",
    (text) => {
      const r = read(text);
      expect(r.answers.get("tools") ?? []).not.toContain("frontend");
      expect(r.matches.some((m) => m.entry === "frontend" && m.used)).toBe(false);
    },
  );

  it("a trailing cue between two mentions speaks of the one before when the next has its own", () => {
    const r = read("前端基本不会 Python很熟");
    expect(r.answers.get("tools") ?? []).not.toContain("frontend");
    expect(r.matches.find((m) => m.entry === "python")?.reading).toBe("strong");
    expect(read("我会C++不会CUDA").answers.get("systems-skills")).toEqual(["c-cpp"]);
  });

  it.each(["推不出来", "让我推公式肯定推不出来", "公式推导不出来", "数学公式推导不出来", "推导公式做不出来"])("%s: deriving formulas is not an interest", (text) => {
    expect(read(text).answers.get("interests") ?? []).not.toContain("derive-formulas");
  });

  it("still reads deriving formulas as an interest when it is one", () => {
    expect(read("我喜欢推导公式").answers.get("interests")).toEqual(["derive-formulas"]);
    expect(read("平时爱推公式").answers.get("interests")).toEqual(["derive-formulas"]);
  });

  it("a specific skill wins over a general 'none'", () => {
    expect(read("没写过代码，只会 SQL").answers.get("tools")).toEqual(["sql"]);
    expect(read("no programming, but some C++ from school").answers.get("systems-skills")).toEqual(["c-cpp"]);
  });
});

describe("normalisation", () => {
  it.each([
    ["ＰｙＴｏｒｃｈ", "tools", ["pytorch"]],
    ["PYTORCH", "tools", ["pytorch"]],
    ["k8s", "background", "sre-ops"],
    ["cpp", "systems-skills", ["c-cpp"]],
    ["c++", "systems-skills", ["c-cpp"]],
    ["C/C++", "systems-skills", ["c-cpp"]],
    ["golang", "tools", ["web-backend"]],
    ["大数据", "background", "big-data"],
    ["前端", "tools", ["frontend"]],
    ["數據開發", "background", "big-data"],
    ["嵌入式系統", "background", "embedded"],
    ["後端工程師", "background", "backend-fullstack"],
    ["GPUs and CUDA kernels", "systems-skills", ["cuda"]],
    ["distributed-systems", "systems-skills", ["distributed-services"]],
    ["kuberntes", "background", "sre-ops"],
    ["用go写服务", "tools", ["web-backend"]],
    ["用PyTorch训练过模型", "tools", ["pytorch"]],
  ] as const)("%s → %s %j", (text, question, value) => {
    expect(read(text).answers.get(question)).toEqual(value);
  });

  it("words joined by a bare + are read as a list, as with spaces; c++ stays one word", () => {
    const joined = read("sql+excel+tableau");
    const spaced = read("sql + excel + tableau");
    expect([...joined.answers]).toEqual([...spaced.answers]);
    expect(joined.matches.map((m) => m.phrase)).toEqual(spaced.matches.map((m) => m.phrase));
    expect(joined.answers.get("tools")).toContain("sql");
    expect(read("python+c++").answers.get("systems-skills")).toEqual(["c-cpp"]);
    expect(read("c++和go").answers.get("systems-skills")).toEqual(["c-cpp"]);
  });

  it("an everyday word is a skill only when written as one", () => {
    expect(read("I want to go into AI").answers.has("tools")).toBe(false);
    expect(read("I write Go").answers.get("tools")).toEqual(["web-backend"]);
  });

  it.each([
    ["8 years of Java", 8],
    ["8 yrs", 8],
    ["10+ years in backend", 10],
    ["做了5年后端", 5],
    ["工作五年", 5],
    ["干了十二年运维", 12],
    ["两年半 Android", 2.5],
    ["2018年毕业", null],
    ["1.5 years of Go", 1.5],
    ["ten years of Go", 10],
    ["eight years in backend", 8],
    ["Twenty years on mainframes", 20],
    ["-3 years of Go", null],
    ["3-5 years of Go", 5],
    ["version 1.5 of Go", null],
  ] as const)("years in %s: %s", (text, years) => {
    expect(read(text).years).toBe(years);
  });

  it("every match points at the words as written", () => {
    for (const d of corpus) for (const m of read(d.text).matches) expect(d.text.slice(m.start, m.end)).toBe(m.phrase);
  });

  it("is deterministic", () => {
    for (const d of corpus.slice(0, 10)) expect(aboutView(questionnaire, read(d.text))).toEqual(aboutView(questionnaire, read(d.text)));
  });

  it("infers nothing no phrase supports: every answer rests on a used match", () => {
    for (const d of corpus) {
      const r = read(d.text);
      for (const id of r.answers.keys()) expect(r.matches.some((m) => m.used && m.question === id), `${id} in ${d.id}`).toBe(true);
    }
  });
});

describe("hostile and empty input", () => {
  const usage = (text: string) => {
    try {
      read(text);
    } catch (e) {
      expect(e).toBeInstanceOf(CliError);
      return e as CliError;
    }
    throw new Error(`accepted ${JSON.stringify(text.slice(0, 40))}`);
  };
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t　 "],
    ["too long", "a".repeat(ABOUT_MAX_CHARS + 1)],
    ["1 MB", "我".repeat(1 << 20)],
    ["NUL", "Go\u0000C++"],
    ["invalid UTF-8", "Go \ufffd\ufffd"],
    ["escape sequence", "Go \u001b[31mred"],
    ["bidi override", "Go \u202eevil"],
    ["lone surrogate", "Go \ud800"],
    ["DEL", "Go\u007f"],
  ])("%s: one usage error, in both languages, exit 2", (_, text) => {
    const e = usage(text);
    expect(e.exitCode).toBe(2);
    const t = e.text as { en: string; zh: string };
    expect(t.en).not.toMatch(/\n/);
    expect(t.zh).toMatch(/\p{Script=Han}/u);
    expect(t.en).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it("names a file it was read from, escaped", () => {
    const e = (() => {
      try {
        readAbout(questionnaire, lexicon, "  ", { kind: "file", path: "a\u001bb.txt" });
      } catch (err) {
        return err as CliError;
      }
    })()!;
    expect((e.text as { en: string }).en).toContain('"a\\u001bb.txt"');
  });

  it("accepts the size limit exactly, quickly enough to be a gate", () => {
    expect(read("Go ".repeat(ABOUT_MAX_CHARS / 3)).answers.get("tools")).toEqual(["web-backend"]);
  });

  it.each(["asdf qwer zxcv", "🙂🙂🙂", "!!!???", "今天天气不错"])("%s: nothing recognised", (text) => {
    const r = read(text);
    expect(r.status).toBe("unrecognised");
    expect(r.answers.size).toBe(0);
  });

  it("something read but no answer is its own status", () => {
    expect(read("I have never used CUDA").status).toBe("no-answers");
  });

  it("keeps tabs and newlines, which are text", () => {
    expect(read("Go\tC++\nSpark").answers.get("tools")).toEqual(["spark-flink", "web-backend"]);
  });
});

describe("the lexicon", () => {
  it("passes its schema and the cross-checks", () => {
    expect(Lexicon.safeParse(rawLexicon).success).toBe(true);
    expect(lexiconProblems(lexicon, questionnaire, new Set(advisor.catalog.skills.map((s) => s.id)))).toEqual([]);
  });

  it("refuses a weak reading that sets a strength, and an answer the questionnaire lacks", () => {
    const bad: Lexicon = {
      ...lexicon,
      entries: [{ id: "x", kind: "skill", skills: ["nope"], phrases: { zh: ["x"], en: ["x"] }, sets: [{ question: "tools", option: "abacus" }], weak: [{ question: "math", value: 4 }], source: "added" }],
    };
    const problems = lexiconProblems(bad, questionnaire, new Set());
    expect(problems.join("\n")).toMatch(/"tools" has no option "abacus"/);
    expect(problems.join("\n")).toMatch(/weak or negated reading may set at most 2/);
    expect(problems.join("\n")).toMatch(/unknown catalog skill "nope"/);
  });

  it("reads GPUs and LLMs named on their own: a liked GPU is an interest, programming one a skill", () => {
    const gpus = read("I love GPUs");
    expect([...gpus.answers]).toEqual([["interests", ["squeeze-hardware"]]]);
    expect(read("I program GPUs").answers.get("systems-skills")).toEqual(["cuda"]);
    expect(read("never used GPUs").answers.size).toBe(0);
    for (const text of ["I build LLM apps", "building with LLMs", "做过大模型应用"]) {
      const r = read(text);
      expect(r.answers.get("tools"), text).toEqual(["llm-frameworks"]);
      expect(r.matches.find((m) => m.used)?.source, text).toBe("added");
    }
  });

  it("recognises every catalog skill, every direction and role alias", () => {
    const names = [
      ...advisor.catalog.skills.flatMap((s) => [s.name.zh, s.name.en]),
      ...advisor.catalog.directions.flatMap((d) => [...d.aliases, ...d.roles.flatMap((r) => r.aliases)]),
    ];
    for (const name of names) expect(read(name).unplaced, name).toEqual([]);
  });

  it("an entry marked as the article's has the article's words among its Chinese phrases", () => {
    const article = readFileSync(new URL("../../data/source/article.zh.md", import.meta.url), "utf8").toLowerCase();
    for (const e of lexicon.entries.filter((x) => x.source === "article")) {
      expect(e.phrases.zh.some((p) => article.includes(p.toLowerCase())), e.id).toBe(true);
    }
  });

  it("maps traditional characters to characters it uses", () => {
    const used = new Set([...JSON.stringify(lexicon.entries), ...JSON.stringify(lexicon.cues), ...JSON.stringify(lexicon.known)]);
    for (const [t, s] of Object.entries(lexicon.traditional)) {
      expect(used.has(s), `${t} → ${s}`).toBe(true);
      expect(used.has(t), `${t} is itself used`).toBe(false);
    }
  });
});

describe("answers from the text and explicit answers", () => {
  it("the explicit answer wins, and the rest say they came from the text", () => {
    const fromText = read("Go 后端，数学一般").answers;
    const explicit = new Map([["math", 4]]);
    const { answers, fromText: ids } = withExplicitAnswers(fromText, explicit);
    expect(answers.get("math")).toBe(4);
    expect(answers.get("background")).toBe("backend-fullstack");
    expect(ids).not.toContain("math");
    expect(ids).toContain("background");
  });
});

describe("the JSON view", () => {
  it("matches its schema, with every match's answer in the answers when used", () => {
    for (const d of corpus) {
      const view = aboutView(questionnaire, read(d.text));
      expect(AboutView.safeParse(view).success).toBe(true);
      for (const m of view.matches.filter((x) => x.used)) expect([view.answers[m.question]].flat()).toContain(m.value);
    }
  });
});

describe("the I-read lines", () => {
  it("say each phrase and the answer it set, in English and Chinese", () => {
    const r = read("8 years on a payment system in Go and C++, ran our Kubernetes platform at a cloud vendor, I tune TCP for fun");
    const en = renderAboutReading(r, questionnaire, "en", 1000);
    expect(en).toMatch(/^I read: /);
    expect(en).toMatch(/Go/);
    expect(en).toMatch(/C\+\+ → C\/C\+\+/);
    expect(en).toMatch(/tune TCP → Network-stack tuning/);
    expect(en).toMatch(/cloud vendor → Infrastructure team at a big tech company/);
    expect(en).toMatch(/8 years of experience/);
    const zh = renderAboutReading(read("做了5年 Android 开发，数学一般，C++ 没碰过"), questionnaire, "zh", 1000);
    expect(zh).toMatch(/^我读到：Android → 移动端开发/);
    expect(zh).toMatch(/数学 → 数学：学过，记得一些/);
    expect(zh).toMatch(/没有算作长处：C\+\+（说的是没有）/);
    expect(zh).toMatch(/5 年经验/);
  });

  it.each([40, 60, 100])("fit in %i columns without losing a character", (width) => {
    for (const d of corpus.slice(0, 30)) {
      for (const lang of ["en", "zh"] as const) {
        const out = renderAboutReading(read(d.text), questionnaire, lang, width);
        for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  it("says so when nothing was recognised", () => {
    expect(renderAboutReading(read("asdf qwer"), questionnaire, "en", 80)).toBe("I could not read anything I know; answer the questions instead.");
  });
});
