// Cross-reference checks that a schema cannot express: unique ids, aliases that point at one
// thing only, numbers in order. Run by the build and the tests, never at start-up.
import { lookupKeys } from "./lookup.js";
import type { Catalog } from "./schema.js";

export function catalogProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const d of catalog.directions) {
    for (const id of [d.id, ...d.roles.map((r) => r.id)]) {
      if (ids.has(id)) problems.push(`duplicate id "${id}"`);
      ids.add(id);
    }
  }
  catalog.directions.forEach((d, i) => {
    if (d.number !== i + 1) problems.push(`direction ${d.id} has number ${d.number}, expected ${i + 1}`);
  });
  const owners = new Map<string, string>();
  for (const { key, found } of lookupKeys(catalog)) {
    const owner = found.kind === "direction" ? `direction:${found.direction.id}` : `role:${found.role.id}`;
    const prev = owners.get(key);
    if (prev && prev !== owner) problems.push(`name "${key}" is ambiguous: ${prev} and ${owner}`);
    owners.set(key, owner);
  }
  const skillIds = new Set<string>();
  for (const s of catalog.skills) {
    if (skillIds.has(s.id)) problems.push(`duplicate skill id "${s.id}"`);
    skillIds.add(s.id);
  }
  return problems;
}
