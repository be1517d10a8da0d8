// Every message in the catalogue (src/messages/*.ts) exists in both languages, with the same
// parameters, and each form is in its own language. Types require both forms; this also catches
// an `as` cast, an empty string, or Chinese pasted into the English form.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

const folder = new URL("../../src/messages/", import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith(".ts") && f !== "define.ts");
const HAN = /\p{Script=Han}/u;

/** Sample arguments: strings and numbers are what messages take. */
const fill = (form: unknown, arity: number) => (typeof form === "function" ? (form as (...a: unknown[]) => string)(...Array.from({ length: arity }, (_, i) => (i % 2 ? 3 : "x"))) : form);

describe("the message catalogue", () => {
  it("has at least one file", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("%s: every message in English and Chinese, same parameters, each in its language", async (file) => {
    const module = (await import(new URL(file, folder).href)) as Record<string, unknown>;
    const catalogues = Object.entries(module).filter(([, v]) => typeof v === "object" && v !== null);
    expect(catalogues.length).toBeGreaterThan(0);
    for (const [name, catalogue] of catalogues) {
      for (const [key, entry] of Object.entries(catalogue as Record<string, { en?: unknown; zh?: unknown }>)) {
        const where = `${file} ${name}.${key}`;
        expect(Object.keys(entry).sort(), where).toEqual(["en", "zh"]);
        expect(typeof entry.en, where).toBe(typeof entry.zh);
        const arity = typeof entry.en === "function" ? entry.en.length : 0;
        if (typeof entry.zh === "function") expect(entry.zh.length, where).toBe(arity);
        const en = fill(entry.en, arity) as string;
        const zh = fill(entry.zh, arity) as string;
        expect(typeof en, where).toBe("string");
        expect(en.trim().length, where).toBeGreaterThan(0);
        // Example command lines (before a tab) may name a direction in Chinese: `show 推理`.
        const words = en.replace(/^[^\t\n]*\t/gm, "");
        expect(words, where).not.toMatch(HAN);
        // Keys lines and symbols can be the same in both; any sentence in Chinese has Han in it.
        if (/[a-z]{3,}\s+[a-z]{3,}/i.test(words.replace(/`[^`]*`|--[\w-]+|llm-career/g, ""))) expect(zh, where).toMatch(HAN);
      }
    }
  });
});
