// The embedded self-description lexicon, trusted without parsing at run time: validated against
// its zod schema and the questionnaire by the build (tsup.config.ts, src/validate-data.ts) and the tests.
import lexiconJson from "../../data/advisor/lexicon.json";
import type { Lexicon } from "./lexicon-schema.js";

export const rawLexicon: unknown = lexiconJson;
export const lexicon = lexiconJson as unknown as Lexicon;
