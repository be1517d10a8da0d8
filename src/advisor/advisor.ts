// The advisor assembled from the embedded data: the fit model's citations resolved to the
// catalog's words once, here, at start-up of the commands that score (a few dozen lookups).
import { catalog } from "../catalog/data.js";
import { advisorData, resolveFitModel } from "./data.js";
import type { Advisor } from "./recommend.js";

export const advisor: Advisor = { catalog, ...advisorData, fitModel: resolveFitModel(catalog, advisorData.fitModel) };
