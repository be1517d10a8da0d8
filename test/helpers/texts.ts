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

/** Chinese in a text: Han, CJK punctuation, full-width forms. */
export const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** A half-width : ; , ! ? right after a Chinese character. */
export const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}[:;,!?]/u;
/** Latin letters or digits touching a Chinese character, with no space between. */
export const LATIN_TOUCHING_HAN = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
