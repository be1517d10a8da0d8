// The embedded catalog. The JSON files are bundled into the CLI by tsup and trusted here without
// parsing: they are validated against the zod schemas when building (tsup.config.ts) and in the
// tests, so a start-up never pays for zod.
import framing from "../../data/catalog/framing.json";
import skills from "../../data/catalog/skills.json";
import algorithms from "../../data/catalog/directions/algorithms.json";
import infrastructure from "../../data/catalog/directions/infrastructure.json";
import inference from "../../data/catalog/directions/inference.json";
import data from "../../data/catalog/directions/data.json";
import applications from "../../data/catalog/directions/applications.json";
import safety from "../../data/catalog/directions/safety.json";
import type { Catalog } from "./schema.js";

/** The raw catalog as stored, before validation; the tests and the build parse it. */
export const rawCatalog: unknown = {
  framing,
  directions: [algorithms, infrastructure, inference, data, applications, safety],
  skills,
};

export const catalog = rawCatalog as Catalog;
