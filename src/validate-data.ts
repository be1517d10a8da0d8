// Validates everything under data/ against the zod schemas and the cross-reference checks.
// Used by the build (tsup.config.ts) and the tests; the CLI itself trusts the embedded data.
import { rawCatalog } from "./catalog/data.js";
import { Catalog } from "./catalog/schema.js";
import { catalogProblems } from "./catalog/validate.js";

export function dataProblems(): string[] {
  const parsed = Catalog.safeParse(rawCatalog);
  if (!parsed.success) return parsed.error.issues.map((i) => `catalog.${i.path.join(".")}: ${i.message}`);
  return catalogProblems(parsed.data);
}

export function assertDataValid(): void {
  const problems = dataProblems();
  if (problems.length) throw new Error(`data/ is invalid:\n${problems.map((p) => `  ${p}`).join("\n")}`);
}
