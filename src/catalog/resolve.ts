// Lookups that fail as usage errors, in both languages: what was not found (quoted, so that no
// name can paint the terminal or forge a line), the closest names, and the valid ids.
import { usageError } from "../errors.js";
import type { Localized } from "../messages/define.js";
import { LOOKUP } from "../messages/lookup.js";
import { quoted } from "../quote.js";
import { findEntry, normalizeName, suggestNames, type Found } from "./lookup.js";
import type { Catalog, Direction, Lang } from "./schema.js";

type Part = string | Localized;
type Entry = { en: string | ((...a: string[]) => string); zh: string | ((...a: string[]) => string) };

/** A message in both languages; an argument may itself differ by language (a list, a name). */
function fill(entry: Entry, ...args: Part[]): Localized {
  const one = (lang: Lang) => {
    const form = entry[lang];
    return typeof form === "function" ? form(...args.map((a) => (typeof a === "string" ? a : a[lang]))) : form;
  };
  return { en: one("en"), zh: one("zh") };
}

/** Sentences after one another: spaced in English, run together in Chinese. */
const sentences = (parts: Localized[]): Localized => ({ en: parts.map((p) => p.en).join(" "), zh: parts.map((p) => p.zh).join("") });
const list = (items: string[]): Localized => ({ en: items.join(", "), zh: items.join("、") });

const ids = (catalog: Catalog) => list(catalog.directions.map((d) => d.id));

function validIds(catalog: Catalog, withRoles: boolean): Localized[] {
  const valid = fill(LOOKUP.validDirections, ids(catalog));
  return withRoles ? [valid, fill(LOOKUP.orRole)] : [valid];
}

function unknown(catalog: Catalog, name: string, withRoles: boolean) {
  const what = quoted(name);
  if (/^[+-]?\d+$/.test(normalizeName(name))) return usageError(sentences([fill(LOOKUP.noSuchNumber, what), fill(LOOKUP.orById, ids(catalog))]));
  const suggestions = suggestNames(catalog, name).map((s) => quoted(s));
  return usageError(
    sentences([
      fill(withRoles ? LOOKUP.unknownEntry : LOOKUP.unknownDirection, what),
      ...(suggestions.length ? [fill(LOOKUP.didYouMean, list(suggestions))] : []),
      ...validIds(catalog, withRoles),
    ]),
  );
}

export function resolveEntry(catalog: Catalog, name: string): Found {
  const found = findEntry(catalog, name);
  if (!found) throw unknown(catalog, name, true);
  return found;
}

export function resolveDirection(catalog: Catalog, name: string): Direction {
  const found = findEntry(catalog, name);
  if (found?.kind === "direction") return found.direction;
  if (found?.kind === "role") {
    const direction = { en: found.direction.id, zh: `${found.direction.id}（${found.direction.name.zh}）` };
    throw usageError(sentences([fill(LOOKUP.roleNotDirection, quoted(name), direction), ...validIds(catalog, false)]));
  }
  throw unknown(catalog, name, false);
}
