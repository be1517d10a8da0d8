// The documented shapes of the browse commands' --json output. `llm-career schema` prints them
// as JSON Schema; the builders in queries.ts produce them and the tests parse their output.
import * as z from "zod";
import { Barrier, Direction, DirectionId, LocalizedText, Role, Skill, SourcedText } from "./schema.js";

export const SCHEMA_VERSION = 1;
const Version = z.literal(SCHEMA_VERSION);

export const RoleRef = z.strictObject({ id: z.string(), name: LocalizedText });
export const DirectionRef = z.strictObject({
  id: DirectionId,
  number: z.number().int(),
  name: LocalizedText,
  nickname: LocalizedText,
});

/**
 * The barrier as the commands print it: `rankSource` says the 1–5 rank is added beyond the article,
 * and `sameAs` names the direction the wording compares this one with (同样很高: like direction 1).
 */
export const BarrierView = z.strictObject({ ...Barrier.shape, sameAs: DirectionRef.nullable() });
export type BarrierView = z.infer<typeof BarrierView>;
const BarrierBrief = BarrierView.pick({ level: true, rank: true, rankSource: true, wording: true, sameAs: true });

export const DirectionSummary = z.strictObject({
  ...DirectionRef.shape,
  aliases: z.array(z.string()),
  analogy: LocalizedText.nullable(),
  barrier: BarrierBrief,
  roles: z.array(RoleRef),
  verdict: LocalizedText,
});

export const ListOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("directions"),
  directions: z.array(DirectionSummary),
});
export type ListOutput = z.infer<typeof ListOutput>;

export const DirectionProfile = z.strictObject({ ...Direction.shape, barrier: BarrierView, skills: z.array(Skill) });
export type DirectionProfile = z.infer<typeof DirectionProfile>;

export const ShowOutput = z.discriminatedUnion("kind", [
  z.strictObject({ schemaVersion: Version, kind: z.literal("direction"), direction: DirectionProfile }),
  z.strictObject({ schemaVersion: Version, kind: z.literal("role"), role: Role, direction: DirectionRef }),
]);
export type ShowOutput = z.infer<typeof ShowOutput>;

export const ComparedDirection = z.strictObject({
  ...DirectionRef.shape,
  barrier: BarrierView.pick({ level: true, rank: true, rankSource: true, wording: true, sameAs: true, headline: true }),
  roles: z.array(RoleRef),
  skills: z.array(Skill.pick({ id: true, name: true, kind: true, source: true })),
  fits: z.array(LocalizedText),
  marketNotes: z.array(SourcedText),
  verdict: LocalizedText,
});
export type ComparedDirection = z.infer<typeof ComparedDirection>;

export const CompareOutput = z.strictObject({
  schemaVersion: Version,
  kind: z.literal("comparison"),
  directions: z.array(ComparedDirection).min(2),
});
export type CompareOutput = z.infer<typeof CompareOutput>;
