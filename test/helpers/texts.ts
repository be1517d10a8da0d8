import type { LocalizedText } from "../../src/catalog/schema.js";

/** Every {zh, en} object anywhere in a value. */
export function localizedTexts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => localizedTexts(v, out));
  else if (value && typeof value === "object") {
    const rec = value as Record<string, unknown>;
    if (typeof rec.zh === "string" && typeof rec.en === "string") out.push(rec as LocalizedText);
    else Object.values(rec).forEach((v) => localizedTexts(v, out));
  }
  return out;
}

/** A {zh, en} text with where it sits and the provenance that applies to it. */
export interface SourcedText {
  /** Where the text sits, e.g. "directions[3].barrier.wording". */
  where: string;
  zh: string;
  en: string;
  /** The nearest `source` on the text or around it; absent means the article's. */
  source: "article" | "added" | undefined;
}

/** Every {zh, en} text anywhere in a value, with the nearest `source` around it; `where` starts with `prefix`. */
export function sourcedTexts(value: unknown, prefix = "", where = "", source?: SourcedText["source"], out: SourcedText[] = []): SourcedText[] {
  if (Array.isArray(value)) value.forEach((v, i) => sourcedTexts(v, prefix, `${where}[${i}]`, source, out));
  else if (value && typeof value === "object") {
    const rec = value as Record<string, unknown>;
    const own = rec.source === "article" || rec.source === "added" ? rec.source : source;
    if (typeof rec.zh === "string" && typeof rec.en === "string") out.push({ where: `${prefix}${where}`, zh: rec.zh, en: rec.en, source: own });
    else for (const [k, v] of Object.entries(rec)) sourcedTexts(v, prefix, where ? `${where}.${k}` : k, own, out);
  }
  return out;
}

/** Chinese in a text: Han, CJK punctuation, full-width forms. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** A half-width : ; , ! ? right after a Chinese character. */
export const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}[:;,!?]/u;
/** Latin letters or digits touching a Chinese character, with no space between. */
export const LATIN_TOUCHING_HAN = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;

/** A Latin word or an id: letters and digits joined by - _ . / + ' inside (a table must not break one). */
export const WORD = /[A-Za-z0-9]+(?:[-_.'/+][A-Za-z0-9]+)*/g;
export const wordsIn = (s: string) => s.match(WORD) ?? [];

/** How many times each item occurs. */
export function tally<T>(items: Iterable<T>): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}
