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
