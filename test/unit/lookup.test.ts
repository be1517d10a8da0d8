// The lookup a person relies on when typing a name: every number, id, alias and name of every
// direction and role in the real catalog is found, whatever the case and spacing; typos get the
// intended name suggested; nonsense gets nothing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalog } from "../../src/catalog/data.js";
import { editDistance, findEntry, suggestNames, type Found } from "../../src/catalog/lookup.js";
import type { Direction, Role } from "../../src/catalog/schema.js";

const directions = catalog.directions;
const roles = directions.flatMap((d) => d.roles.map((role) => ({ role, direction: d })));

/** The variants of a name a person may type: as stored, upper-cased, padded, with spaces doubled. */
function variants(name: string): string[] {
  return [name, name.toUpperCase(), name.toLowerCase(), `  ${name}  `, `\t${name} `, name.replace(/ /g, "   ")];
}

const byId = new Map<string, Found>();
for (const d of directions) byId.set(d.id, { kind: "direction", direction: d });
for (const { role, direction } of roles) byId.set(role.id, { kind: "role", role, direction });

/** What an entry names: "direction:<id>" or "role:<id>", to compare results readably. */
const what = (f: Found | undefined) => (f === undefined ? "nothing" : f.kind === "direction" ? `direction:${f.direction.id}` : `role:${f.role.id}`);
const dirKey = (d: Direction) => `direction:${d.id}`;
const roleKey = (r: Role) => `role:${r.id}`;

describe("findEntry over the real catalog", () => {
  it("has the six directions and eighteen roles to look up", () => {
    expect(directions).toHaveLength(6);
    expect(roles).toHaveLength(18);
  });

  for (const d of directions) {
    describe(`direction ${d.id}`, () => {
      it("is found by its number, also padded with spaces", () => {
        for (const q of [String(d.number), ` ${d.number} `]) expect(what(findEntry(catalog, q)), q).toBe(dirKey(d));
      });

      it("is found by its id, each alias, and its Chinese and English names, in any case and spacing", () => {
        const names = [d.id, ...d.aliases, d.name.zh, d.name.en];
        for (const name of names) {
          for (const q of variants(name)) expect(what(findEntry(catalog, q)), JSON.stringify(q)).toBe(dirKey(d));
        }
      });

      it("returns the direction itself, with its roles", () => {
        const found = findEntry(catalog, d.id);
        expect(found?.kind).toBe("direction");
        if (found?.kind === "direction") {
          expect(found.direction).toBe(d);
          expect(found.direction.roles).toHaveLength(3);
        }
      });
    });
  }

  for (const { role, direction } of roles) {
    it(`finds role ${role.id} (in ${direction.id}) by id, each alias and both names, in any case and spacing`, () => {
      for (const name of [role.id, ...role.aliases, role.name.zh, role.name.en]) {
        for (const q of variants(name)) {
          const found = findEntry(catalog, q);
          expect(what(found), JSON.stringify(q)).toBe(roleKey(role));
          if (found?.kind === "role") expect(found.direction.id).toBe(direction.id);
        }
      }
    });
  }

  it("finds nothing for names that are not in the catalog", () => {
    for (const q of ["", "   ", "0", "7", "42", "zzzzzz", "infar", "directions", "role"]) {
      expect(what(findEntry(catalog, q)), JSON.stringify(q)).toBe("nothing");
    }
  });

  it("never finds a role by a number", () => {
    for (let n = 1; n <= 6; n++) expect(findEntry(catalog, String(n))?.kind).toBe("direction");
  });
});

describe("suggestNames", () => {
  // The typos from the issue and what the person meant, as a direction id.
  const typos: Array<[string, string]> = [
    ["infar", "infrastructure"],
    ["infrastucture", "infrastructure"],
    ["inferance", "inference"],
    ["safty", "safety"],
    ["agnet", "applications"],
    ["algoritms", "algorithms"],
    ["aplications", "applications"],
  ];

  for (const [typo, intended] of typos) {
    it(`suggests ${intended} for "${typo}", first`, () => {
      const suggestions = suggestNames(catalog, typo);
      expect(suggestions.length, JSON.stringify(suggestions)).toBeGreaterThan(0);
      // Every suggestion is a name the lookup accepts…
      for (const s of suggestions) expect(findEntry(catalog, s), s).toBeDefined();
      // …and the closest one names what was meant.
      expect(what(findEntry(catalog, suggestions[0]!)), JSON.stringify(suggestions)).toBe(`direction:${intended}`);
    });
  }

  it("suggests the intended id or alias itself for the issue's typos", () => {
    expect(["infra", "infrastructure"]).toContain(suggestNames(catalog, "infar")[0]);
    expect(suggestNames(catalog, "infrastucture")).toContain("infrastructure");
    expect(suggestNames(catalog, "inferance")).toContain("inference");
    expect(suggestNames(catalog, "safty")).toContain("safety");
    expect(suggestNames(catalog, "agnet")).toContain("agent");
  });

  it("suggests a role for a mistyped role id", () => {
    for (const { role } of roles) {
      // Drop one letter from the middle of the id.
      const i = Math.floor(role.id.length / 2);
      const typo = role.id.slice(0, i) + role.id.slice(i + 1);
      if (findEntry(catalog, typo)) continue; // the shortened id happens to be a real name
      const suggestions = suggestNames(catalog, typo);
      expect(suggestions.map((s) => what(findEntry(catalog, s))), `${typo} → ${JSON.stringify(suggestions)}`).toContain(roleKey(role));
    }
  });

  it("suggests nothing for nonsense or an empty query", () => {
    for (const q of ["zzzzzz", "qqqqqqqqqq", "", "   ", "§§§§"]) expect(suggestNames(catalog, q), JSON.stringify(q)).toEqual([]);
  });

  it("never suggests more than asked, and never a bare number", () => {
    for (const q of ["data", "engineer", "工程师", "ai", "infra"]) {
      expect(suggestNames(catalog, q).length).toBeLessThanOrEqual(3);
      expect(suggestNames(catalog, q, 1).length).toBeLessThanOrEqual(1);
      for (const s of suggestNames(catalog, q, 10)) expect(s).not.toMatch(/^\d+$/);
    }
  });

  describe("Chinese names with one wrong character", () => {
    const entries = [
      ...directions.map((d) => ({ key: dirKey(d), zh: d.name.zh })),
      ...roles.map(({ role }) => ({ key: roleKey(role), zh: role.name.zh })),
    ];
    for (const { key, zh } of entries) {
      it(`suggests ${key} for a mistyped "${zh}"`, () => {
        const chars = [...zh];
        const cjkPositions = chars.flatMap((c, i) => (/\p{Script=Han}/u.test(c) ? [i] : []));
        expect(cjkPositions.length).toBeGreaterThan(1);
        const pos = cjkPositions[Math.floor(cjkPositions.length / 2)]!;
        const wrong = chars[pos] === "口" ? "田" : "口";
        const typo = chars.map((c, i) => (i === pos ? wrong : c)).join("");
        expect(findEntry(catalog, typo)).toBeUndefined();
        const suggestions = suggestNames(catalog, typo);
        expect(suggestions, typo).toContain(zh.normalize("NFKC").toLowerCase());
        expect(what(findEntry(catalog, suggestions[0]!)), `${typo} → ${JSON.stringify(suggestions)}`).toBe(key);
      });
    }
  });
});

describe("editDistance", () => {
  it("counts a Chinese character (and one outside the BMP) as a single edit", () => {
    expect(editDistance("推理", "推论")).toBe(1);
    expect(editDistance("安全", "")).toBe(2);
    expect(editDistance("𠀀", "a")).toBe(1);
    expect(editDistance("infra", "infar")).toBe(2);
    expect(editDistance("safty", "safety")).toBe(1);
  });

  const text = fc.string({ unit: fc.constantFrom(..."abcxyz推理安全模型 -"), maxLength: 12 });

  it("is a metric: zero only for equal strings, symmetric, triangle inequality", () => {
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
      { numRuns: 300 },
    );
  });

  it("lies between the length difference and the longer length (in code points)", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const la = [...a].length;
        const lb = [...b].length;
        const d = editDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(la - lb));
        expect(d).toBeLessThanOrEqual(Math.max(la, lb));
      }),
      { numRuns: 300 },
    );
  });

  it("is one for a single insertion, deletion or substitution", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.constantFrom(..."QW口田"), (a, at, ch) => {
        const chars = [...a];
        const i = chars.length ? at % chars.length : 0;
        const inserted = [...chars.slice(0, i), ch, ...chars.slice(i)].join("");
        expect(editDistance(a, inserted)).toBe(1);
        if (chars.length) {
          const deleted = [...chars.slice(0, i), ...chars.slice(i + 1)].join("");
          expect(editDistance(a, deleted)).toBe(1);
          const substituted = chars.map((c, j) => (j === i ? ch : c)).join("");
          expect(editDistance(a, substituted)).toBe(chars[i] === ch ? 0 : 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
