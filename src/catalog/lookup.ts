// Finding a direction or a role by what a person types: its number, id, any alias, or its name in
// either language, case-insensitively; and the closest names when nothing matches.
import type { Catalog, Direction, Role } from "./schema.js";

export type Found = { kind: "direction"; direction: Direction } | { kind: "role"; role: Role; direction: Direction };

export function normalizeName(s: string): string {
  return s.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/** Every name a person may type for each direction and role, normalised, with what it names. */
export function lookupKeys(catalog: Catalog): Array<{ key: string; found: Found }> {
  const keys: Array<{ key: string; found: Found }> = [];
  for (const direction of catalog.directions) {
    const found: Found = { kind: "direction", direction };
    for (const k of [String(direction.number), direction.id, ...direction.aliases, direction.name.zh, direction.name.en]) {
      keys.push({ key: normalizeName(k), found });
    }
    for (const role of direction.roles) {
      const roleFound: Found = { kind: "role", role, direction };
      for (const k of [role.id, ...role.aliases, role.name.zh, role.name.en]) keys.push({ key: normalizeName(k), found: roleFound });
    }
  }
  return keys;
}

export function findEntry(catalog: Catalog, query: string): Found | undefined {
  const key = normalizeName(query);
  return lookupKeys(catalog).find((k) => k.key === key)?.found;
}

/** Levenshtein distance over code points, so a Chinese character counts as one edit. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * Up to `max` known names closest to the query: a close edit distance (a third of the length, at
 * least 2), or a name that contains the query or is contained in it. The id is preferred as the
 * name to suggest when it is as close as the alias that matched.
 */
export function suggestNames(catalog: Catalog, query: string, max = 3): string[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored = new Map<string, number>();
  for (const { key } of lookupKeys(catalog)) {
    if (/^\d+$/.test(key)) continue;
    const limit = Math.max(2, Math.floor([...key].length / 3));
    const d = editDistance(q, key);
    const contains = q.length >= 2 && (key.includes(q) || q.includes(key));
    if (d <= limit || contains) {
      const rank = contains ? Math.min(d, 1.5) : d;
      scored.set(key, Math.min(scored.get(key) ?? Infinity, rank));
    }
  }
  return [...scored.entries()]
    // Code points, not localeCompare: the same order in every locale, and no ICU collator to set up (~10 ms).
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([k]) => k);
}
