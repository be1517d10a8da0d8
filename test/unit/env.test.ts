// Language, colour and width, decided from the environment as the CLI contract says
// (the README's conventions: "Locale", "Colour and layout").
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { colorLevel, detectLang, outputWidth, type Env } from "../../src/io/env.js";

/** Highest priority first, as the contract orders them (after --lang). */
const LANG_VARS = ["LLM_CAREER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] as const;

describe("detectLang", () => {
  it("maps locales: zh_* → zh, anything else → en", () => {
    const zh = ["zh_CN.UTF-8", "zh_CN.utf8", "zh_TW", "zh_TW.Big5", "zh_HK.UTF-8", "zh_SG", "zh", "zh.UTF-8"];
    const en = ["en_US.UTF-8", "en_GB", "C", "C.UTF-8", "POSIX", "fr_FR.UTF-8", "ja_JP.UTF-8", "de"];
    for (const name of LANG_VARS) {
      for (const value of zh) expect(detectLang(undefined, { [name]: value }), `${name}=${value}`).toBe("zh");
      for (const value of en) expect(detectLang(undefined, { [name]: value }), `${name}=${value}`).toBe("en");
    }
  });

  it("is en with no locale at all", () => {
    expect(detectLang(undefined, {})).toBe("en");
  });

  it("takes the first variable set in the order LLM_CAREER_LANG, LC_ALL, LC_MESSAGES, LANG", () => {
    for (let hi = 0; hi < LANG_VARS.length; hi++) {
      for (let lo = hi + 1; lo < LANG_VARS.length; lo++) {
        const a = LANG_VARS[hi]!;
        const b = LANG_VARS[lo]!;
        expect(detectLang(undefined, { [a]: "zh_CN.UTF-8", [b]: "en_US.UTF-8" }), `${a}=zh beats ${b}=en`).toBe("zh");
        expect(detectLang(undefined, { [a]: "en_US.UTF-8", [b]: "zh_CN.UTF-8" }), `${a}=en beats ${b}=zh`).toBe("en");
        expect(detectLang(undefined, { [a]: "C", [b]: "zh_TW" }), `${a}=C beats ${b}=zh`).toBe("en");
      }
    }
  });

  it("skips variables that are set but empty", () => {
    for (let i = 0; i < LANG_VARS.length; i++) {
      const env: Record<string, string> = {};
      for (let j = 0; j < i; j++) env[LANG_VARS[j]!] = "";
      env[LANG_VARS[i]!] = "zh_CN.UTF-8";
      expect(detectLang(undefined, env), JSON.stringify(env)).toBe("zh");
    }
    expect(detectLang(undefined, { LLM_CAREER_LANG: "", LC_ALL: "", LC_MESSAGES: "", LANG: "" })).toBe("en");
  });

  it("lets --lang beat every variable", () => {
    const allZh = Object.fromEntries(LANG_VARS.map((v) => [v, "zh_CN.UTF-8"]));
    const allEn = Object.fromEntries(LANG_VARS.map((v) => [v, "en_US.UTF-8"]));
    expect(detectLang("en", allZh)).toBe("en");
    expect(detectLang("zh", allEn)).toBe("zh");
    expect(detectLang("zh", {})).toBe("zh");
    expect(detectLang("en", { LLM_CAREER_LANG: "zh" })).toBe("en");
  });

  it("always answers zh or en, whatever the environment", () => {
    const value = fc.option(fc.oneof(fc.constantFrom("zh_CN.UTF-8", "en_US", "C", "", "zh"), fc.string({ maxLength: 12 })), { nil: undefined });
    fc.assert(
      fc.property(value, value, value, value, (a, b, c, d) => {
        const env: Env = { LLM_CAREER_LANG: a, LC_ALL: b, LC_MESSAGES: c, LANG: d };
        const lang = detectLang(undefined, env);
        expect(["zh", "en"]).toContain(lang);
        // The answer is the first non-empty variable's, read on its own.
        const first = [a, b, c, d].find((v) => v);
        expect(lang).toBe(first === undefined ? "en" : detectLang(undefined, { LANG: first }));
      }),
    );
  });
});

describe("colorLevel", () => {
  const level = (color: boolean, isTTY: boolean, env: Env) => colorLevel({ color, isTTY, env });

  it("colours a terminal and never a pipe or file, by default", () => {
    expect(level(true, true, {})).toBeGreaterThan(0);
    expect(level(true, true, { TERM: "xterm-256color" })).toBeGreaterThan(0);
    expect(level(true, false, {})).toBe(0);
    expect(level(true, false, { TERM: "xterm-256color", COLORTERM: "truecolor" })).toBe(0);
  });

  it("turns colour off with --no-color, whatever else says", () => {
    for (const isTTY of [true, false]) {
      expect(level(false, isTTY, {})).toBe(0);
      expect(level(false, isTTY, { FORCE_COLOR: "1" })).toBe(0);
      expect(level(false, isTTY, { FORCE_COLOR: "3", COLORTERM: "truecolor" })).toBe(0);
    }
  });

  it("turns colour off with a non-empty NO_COLOR, even on a terminal and with FORCE_COLOR", () => {
    for (const value of ["1", "0", "true", "yes", "anything"]) {
      expect(level(true, true, { NO_COLOR: value }), `NO_COLOR=${value}`).toBe(0);
      expect(level(true, true, { NO_COLOR: value, FORCE_COLOR: "1" }), `NO_COLOR=${value} FORCE_COLOR=1`).toBe(0);
      expect(level(true, false, { NO_COLOR: value, FORCE_COLOR: "1" })).toBe(0);
    }
  });

  it("ignores an empty NO_COLOR (no-color.org)", () => {
    expect(level(true, true, { NO_COLOR: "" })).toBeGreaterThan(0);
    expect(level(true, true, { NO_COLOR: "" })).toBe(level(true, true, {}));
    expect(level(true, false, { NO_COLOR: "" })).toBe(0);
  });

  it("turns colour off on TERM=dumb", () => {
    expect(level(true, true, { TERM: "dumb" })).toBe(0);
    expect(level(true, false, { TERM: "dumb" })).toBe(0);
  });

  it("lets FORCE_COLOR force colour on a pipe, and on TERM=dumb, but not past NO_COLOR or --no-color", () => {
    for (const isTTY of [true, false]) {
      expect(level(true, isTTY, { FORCE_COLOR: "1" })).toBeGreaterThan(0);
      expect(level(true, isTTY, { FORCE_COLOR: "1", TERM: "dumb" })).toBeGreaterThan(0);
      // chalk's levels: FORCE_COLOR=2 is 256 colours, 3 is truecolor.
      expect(level(true, isTTY, { FORCE_COLOR: "2" })).toBe(2);
      expect(level(true, isTTY, { FORCE_COLOR: "3" })).toBe(3);
    }
  });

  it("lets FORCE_COLOR=0 (or false) turn colour off on a terminal", () => {
    expect(level(true, true, { FORCE_COLOR: "0" })).toBe(0);
    expect(level(true, true, { FORCE_COLOR: "false" })).toBe(0);
    expect(level(true, true, { FORCE_COLOR: "0", COLORTERM: "truecolor" })).toBe(0);
  });

  it("treats an empty FORCE_COLOR as unset", () => {
    expect(level(true, false, { FORCE_COLOR: "" })).toBe(0);
    expect(level(true, true, { FORCE_COLOR: "" })).toBe(level(true, true, {}));
  });

  it("is always a chalk level, and 0 whenever the contract says no colour", () => {
    const maybe = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        maybe(["", "1", "0"]),
        maybe(["", "0", "1", "2", "3", "true", "false"]),
        maybe(["dumb", "xterm", "xterm-256color", "screen"]),
        maybe(["truecolor", "24bit", ""]),
        (color, isTTY, NO_COLOR, FORCE_COLOR, TERM, COLORTERM) => {
          const lvl = level(color, isTTY, { NO_COLOR, FORCE_COLOR, TERM, COLORTERM });
          expect([0, 1, 2, 3]).toContain(lvl);
          if (!color || NO_COLOR) expect(lvl).toBe(0);
          const forced = FORCE_COLOR !== undefined && FORCE_COLOR !== "";
          if (!forced && (!isTTY || TERM === "dumb")) expect(lvl).toBe(0);
          if (color && !NO_COLOR && forced && FORCE_COLOR !== "0" && FORCE_COLOR !== "false") expect(lvl).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("outputWidth", () => {
  it("is 80 when nothing is known", () => {
    expect(outputWidth(undefined, {})).toBe(80);
    expect(outputWidth(0, {})).toBe(80);
  });

  it("follows the terminal's columns", () => {
    for (const cols of [40, 80, 120, 200, 333]) expect(outputWidth(cols, {})).toBe(cols);
  });

  it("lets COLUMNS override the terminal's columns", () => {
    for (const cols of ["40", "80", "200"]) {
      expect(outputWidth(undefined, { COLUMNS: cols })).toBe(Number(cols));
      expect(outputWidth(132, { COLUMNS: cols })).toBe(Number(cols));
    }
  });

  it("ignores a COLUMNS that is not a positive whole number", () => {
    for (const bad of ["", "abc", "0", "-5", "12.5", "80px", "1e3", "1E2", "0x50", " 80", "80 ", "+80", "٨٠", "Infinity", "1001", "99999999999999999999"]) {
      expect(outputWidth(100, { COLUMNS: bad }), `COLUMNS=${bad}`).toBe(100);
      expect(outputWidth(undefined, { COLUMNS: bad }), `COLUMNS=${bad}`).toBe(80);
    }
  });

  it("takes COLUMNS up to 1000, with leading zeros as written", () => {
    expect(outputWidth(undefined, { COLUMNS: "1000" })).toBe(1000);
    expect(outputWidth(undefined, { COLUMNS: "0100" })).toBe(100);
    expect(outputWidth(undefined, { COLUMNS: "5" })).toBe(20);
  });

  it("is always a positive whole number", () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: -10, max: 1000 }), { nil: undefined }), fc.option(fc.string({ maxLength: 5 }), { nil: undefined }), (cols, COLUMNS) => {
        const w = outputWidth(cols, { COLUMNS });
        expect(Number.isInteger(w)).toBe(true);
        expect(w).toBeGreaterThan(0);
      }),
    );
  });
});
