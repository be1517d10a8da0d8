// The browse commands' results as plain objects: the object --json prints is the object the
// renderers draw. Pure: no terminal, no zod. The embedded catalog is re-exported so that a
// command loads both with one import.
import type { Catalog, Direction, DirectionId } from "./schema.js";
import type { BarrierView, CompareOutput, ListOutput, ShowOutput } from "./views.js";
import type { Found } from "./lookup.js";

export { catalog } from "./data.js";

const SCHEMA_VERSION = 1;

const directionRef = (d: Direction) => ({ id: d.id, number: d.number, name: d.name, nickname: d.nickname });
const roleRefs = (d: Direction) => d.roles.map((r) => ({ id: r.id, name: r.name }));

/** The barrier with `sameAs` resolved to the direction it names. */
function barrierView(catalog: Catalog, d: Direction): BarrierView {
  const same = d.barrier.sameAs === null ? undefined : catalog.directions.find((x) => x.id === d.barrier.sameAs);
  return { ...d.barrier, sameAs: same ? directionRef(same) : null };
}
const barrierBrief = (b: BarrierView) => ({ level: b.level, rank: b.rank, rankSource: b.rankSource, wording: b.wording, sameAs: b.sameAs });

export function skillsOf(catalog: Catalog, id: DirectionId) {
  return catalog.skills.filter((s) => s.directions.includes(id));
}

export function listDirections(catalog: Catalog): ListOutput {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "directions",
    directions: catalog.directions.map((d) => ({
      ...directionRef(d),
      aliases: d.aliases,
      analogy: d.analogy,
      barrier: barrierBrief(barrierView(catalog, d)),
      roles: roleRefs(d),
      verdict: d.verdict,
    })),
  };
}

export function showEntry(catalog: Catalog, found: Found): ShowOutput {
  if (found.kind === "role") {
    return { schemaVersion: SCHEMA_VERSION, kind: "role", role: found.role, direction: directionRef(found.direction) };
  }
  const d = found.direction;
  return { schemaVersion: SCHEMA_VERSION, kind: "direction", direction: { ...d, barrier: barrierView(catalog, d), skills: skillsOf(catalog, d.id) } };
}

export function compareDirections(catalog: Catalog, directions: Direction[]): CompareOutput {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "comparison",
    directions: directions.map((d) => ({
      ...directionRef(d),
      barrier: { ...barrierBrief(barrierView(catalog, d)), headline: d.barrier.headline },
      roles: roleRefs(d),
      skills: skillsOf(catalog, d.id).map((s) => ({ id: s.id, name: s.name, kind: s.kind, source: s.source })),
      fits: d.fits.map((f) => f.title),
      marketNotes: d.marketNotes,
      verdict: d.verdict,
    })),
  };
}
