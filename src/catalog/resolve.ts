// Lookups that fail as usage errors, with the closest names and the valid ids.
import { usageError } from "../errors.js";
import { findEntry, suggestNames, type Found } from "./lookup.js";
import type { Catalog, Direction } from "./schema.js";

function unknown(catalog: Catalog, what: string, name: string, withRoles: boolean) {
  const suggestions = suggestNames(catalog, name);
  const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
  const ids = catalog.directions.map((d) => d.id).join(", ");
  const roles = withRoles ? "; or a role id (see `llm-career show <direction>`)" : "";
  return usageError(`unknown ${what} "${name}".${hint} Valid ids: ${ids}, or 1–6${roles}.`);
}

export function resolveEntry(catalog: Catalog, name: string): Found {
  const found = findEntry(catalog, name);
  if (!found) throw unknown(catalog, "direction or role", name, true);
  return found;
}

export function resolveDirection(catalog: Catalog, name: string): Direction {
  const found = findEntry(catalog, name);
  if (found?.kind === "direction") return found.direction;
  if (found?.kind === "role") {
    throw usageError(`"${name}" is a role in ${found.direction.id}, not a direction. Valid ids: ${catalog.directions.map((d) => d.id).join(", ")}.`);
  }
  throw unknown(catalog, "direction", name, false);
}
