// The advisor assembled from the embedded data.
import { catalog } from "../catalog/data.js";
import { advisorData } from "./data.js";
import type { Advisor } from "./recommend.js";

export const advisor: Advisor = { catalog, ...advisorData };
