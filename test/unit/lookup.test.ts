// The lookup a person relies on when typing a name: every number, id, alias and name of every
// direction and role in the real catalog is found, whatever the case and spacing, in simplified or
// traditional Chinese; typos get the intended name suggested; names that share nothing meaningful
// with any get nothing; what fails says so in both languages, with the name quoted.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalog } from "../../src/catalog/data.js";
import { editDistance, findEntry, lookupKeys, normalizeName, suggestNames, type Found } from "../../src/catalog/lookup.js";
import { resolveDirection, resolveEntry } from "../../src/catalog/resolve.js";
import type { Direction, Role } from "../../src/catalog/schema.js";
import { CliError } from "../../src/errors.js";
import { runInProcess as run } from "../helpers/run-in-process.js";

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

describe("traditional Chinese", () => {
  // Written by hand (Taiwan and Hong Kong forms, and Taiwan's own words), not derived from the code.
  const traditional: Array<[string, string]> = [
    ["資料", "direction:data"],
    ["數據", "direction:data"],
    ["推理", "direction:inference"],
    ["資料工程與質量", "direction:data"],
    ["數據工程與質量方向", "direction:data"],
    ["核心演算法與訓練", "direction:algorithms"],
    ["演算法", "direction:algorithms"],
    ["訓練", "direction:algorithms"],
    ["預訓練演算法工程師", "role:pretraining-engineer"],
    ["監督微調", "role:sft-engineer"],
    ["微調工程師", "role:sft-engineer"],
    ["強化學習", "role:rlhf-engineer"],
    ["人類反饋強化學習", "role:rlhf-engineer"],
    ["應用開發與 Agent", "direction:applications"],
    ["應用", "direction:applications"],
    ["檢索增強生成工程師", "role:rag-engineer"],
    ["RAG 系統工程師", "role:rag-engineer"],
    ["智慧體架構師", "role:agent-architect"],
    ["AI Agent 架構師", "role:agent-architect"],
    ["全棧", "role:fullstack-ai-developer"],
    ["全棧 AI 開發者", "role:fullstack-ai-developer"],
    ["大規模資料處理專家", "role:data-processing-expert"],
    ["超級管道工", "role:data-processing-expert"],
    ["多模態資料探勘工程師", "role:multimodal-data-engineer"],
    ["多模態數據挖掘工程師", "role:multimodal-data-engineer"],
    ["資料安全與合規專家", "role:data-compliance-expert"],
    ["法律衛士", "role:data-compliance-expert"],
    ["法律衞士", "role:data-compliance-expert"],
    ["模型推理與部署優化", "direction:inference"],
    ["模型推理與部署最佳化", "direction:inference"],
    ["模型壓縮工程師", "role:model-compression-engineer"],
    ["推理引擎開發者", "role:inference-engine-developer"],
    ["算子開發工程師", "role:operator-developer"],
    ["運算元開發工程師", "role:operator-developer"],
    ["基礎設施與系統架構", "direction:infrastructure"],
    ["系統", "direction:infrastructure"],
    ["分佈式訓練專家", "role:distributed-training-expert"],
    ["分散式訓練專家", "role:distributed-training-expert"],
    ["高效能計算（HPC）工程師", "role:hpc-engineer"],
    ["高性能計算", "role:hpc-engineer"],
    ["算力調度平臺架構師", "role:compute-scheduling-architect"],
    ["算力排程平臺架構師", "role:compute-scheduling-architect"],
    ["模型安全與評估", "direction:safety"],
    ["評估", "direction:safety"],
    ["提示詞紅隊測試（Red Teaming）", "role:red-team-tester"],
    ["合法的破壞者", "role:red-team-tester"],
    ["評測專家", "role:evaluation-expert"],
    ["AI 安全研究員", "role:ai-safety-researcher"],
    ["倫理衛士", "role:ai-safety-researcher"],
    ["推論", "direction:inference"],
    ["推論引擎", "role:inference-engine-developer"],
  ];

  it.each(traditional)("finds %s as %s", (name, expected) => {
    expect(what(findEntry(catalog, name))).toBe(expected);
    expect(what(findEntry(catalog, ` ${name.toUpperCase()} `))).toBe(expected);
  });

  it("resolves 資料, 數據 and 推理 as directions, as show, gap and plan do", () => {
    expect(resolveDirection(catalog, "資料").id).toBe("data");
    expect(resolveDirection(catalog, "數據").id).toBe("data");
    expect(resolveDirection(catalog, "推理").id).toBe("inference");
  });

  it("suggests for a traditional name with a typo", () => {
    const suggestions = suggestNames(catalog, "資料工程與質");
    expect(what(findEntry(catalog, suggestions[0]!)), JSON.stringify(suggestions)).toBe("direction:data");
  });

  it("leaves every simplified name as it is", () => {
    for (const { key } of lookupKeys(catalog)) expect(normalizeName(key), key).toBe(key);
  });

  // OpenCC (Debian's `opencc`) as the oracle for every name and alias, in each traditional form.
  const hasOpencc = spawnSync("sh", ["-c", "command -v opencc"]).status === 0;
  it.skipIf(!hasOpencc).each(["s2t", "s2tw", "s2hk", "s2twp"])("finds every Chinese name converted by opencc -c %s", (config) => {
    const names = [
      ...directions.flatMap((d) => [d.name.zh, ...d.aliases].map((n) => ({ n, key: dirKey(d) }))),
      ...roles.flatMap(({ role }) => [role.name.zh, ...role.aliases].map((n) => ({ n, key: roleKey(role) }))),
    ].filter(({ n }) => /\p{Script=Han}/u.test(n));
    const r = spawnSync("opencc", ["-c", config], { input: names.map((x) => x.n).join("\n") + "\n", encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const converted = r.stdout.split("\n");
    names.forEach(({ n, key }, i) => expect(what(findEntry(catalog, converted[i]!)), `${n} → ${converted[i]}`).toBe(key));
  });
});

describe("did-you-mean shares something meaningful", () => {
  /** Characters two strings have in common, counted with repetition. */
  function shared(a: string, b: string): number {
    const pool = [...b];
    let n = 0;
    for (const ch of a) {
      const i = pool.indexOf(ch);
      if (i !== -1) {
        n++;
        pool.splice(i, 1);
      }
    }
    return n;
  }

  it("suggests nothing for a direction number out of range, or a short unrelated word", () => {
    for (const q of ["7", "0", "8", "42", "-1", "x", "ml", "qz", "中", "!", "好的", "dog", "7x"]) {
      expect(suggestNames(catalog, q), JSON.stringify(q)).toEqual([]);
    }
  });

  it("never suggests rl, 全栈 or 安全 for `show 7`", () => {
    for (const s of ["rl", "全栈", "安全"]) expect(suggestNames(catalog, "7", 10)).not.toContain(s);
  });

  it("does not suggest a short id found inside an unrelated word", () => {
    expect(suggestNames(catalog, "world")).not.toContain("rl");
    expect(suggestNames(catalog, "happy")).not.toContain("app");
    expect(suggestNames(catalog, "gen")).toEqual([]);
  });

  it("suggests a name the query starts or contains as a word", () => {
    expect(suggestNames(catalog, "inf")).toEqual(expect.arrayContaining(["infra", "inference"]));
    expect(suggestNames(catalog, "rag pipelines")).toContain("rag");
    expect(suggestNames(catalog, "数据分析")).toContain("数据");
  });

  it("every suggestion shares at least two characters with the query, whatever it is", () => {
    const unit = fc.constantFrom(..."abcdefghilmnoprstuy -数据推理安全模型工程师7");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (q) => {
        const n = q.normalize("NFKC").trim().toLowerCase();
        for (const s of suggestNames(catalog, q, 10)) expect(shared(n, s), `${JSON.stringify(q)} → ${s}`).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 400 },
    );
  });

  it("suggests a name one of whose words has the typo, behind whole names", () => {
    expect(suggestNames(catalog, "kernal").map((s) => what(findEntry(catalog, s)))).toContain("role:operator-developer");
    expect(suggestNames(catalog, "compresion").map((s) => what(findEntry(catalog, s)))).toContain("role:model-compression-engineer");
    expect(what(findEntry(catalog, suggestNames(catalog, "evalution")[0]!))).toBe("direction:safety");
  });

  it("suggests one name per direction or role", () => {
    for (const q of ["infrastucture", "safty", "evals team", "微调工程"]) {
      const entries = suggestNames(catalog, q, 10).map((s) => what(findEntry(catalog, s)));
      expect(new Set(entries).size, `${q}: ${entries.join(" ")}`).toBe(entries.length);
    }
  });

  it("does no search for a name over 200 characters, however close", () => {
    const near = (n: number) => `infrastructure ${"z".repeat(n - 15)}`;
    expect(suggestNames(catalog, near(200))).toContain("infrastructure");
    expect(suggestNames(catalog, near(201))).toEqual([]);
    expect(suggestNames(catalog, "a".repeat(130_000))).toEqual([]);
    expect(suggestNames(catalog, "数".repeat(201))).toEqual([]);
  });
});

describe("what an unknown name says", () => {
  function failure(f: () => unknown): CliError {
    try {
      f();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      return error as CliError;
    }
    throw new Error("expected a usage error");
  }
  const text = (e: CliError) => e.text as { en: string; zh: string };

  it("a number out of range: there are six directions, 1–6, in both languages", () => {
    for (const n of ["7", "0", "-3", "99999999999999999999"]) {
      for (const f of [() => resolveEntry(catalog, n), () => resolveDirection(catalog, n)]) {
        const e = failure(f);
        expect(e.exitCode).toBe(2);
        expect(text(e).en).toContain(`there is no direction "${n}": there are six directions, numbered 1–6.`);
        expect(text(e).zh).toContain(`没有编号为 "${n}" 的方向：一共六个方向，编号 1–6。`);
        expect(text(e).en).toContain("Or name one by id: algorithms, infrastructure, inference, data, applications, safety.");
        expect(text(e).zh).toContain("也可以用 id：algorithms、infrastructure、inference、data、applications、safety。");
        expect(text(e).en).not.toContain("Did you mean");
      }
    }
  });

  it("a typo: the closest names, and the valid ids", () => {
    const e = failure(() => resolveEntry(catalog, "infar"));
    expect(text(e).en).toBe(
      'unknown direction or role "infar". Did you mean "infra"? Valid ids: algorithms, infrastructure, inference, data, applications, safety, or a number 1–6. A role id works too (see `llm-career show <direction>`).',
    );
    expect(text(e).zh).toBe(
      '找不到方向或岗位 "infar"。你是不是想找 "infra"？可用的 id：algorithms、infrastructure、inference、data、applications、safety，或编号 1–6。也可以用岗位 id（见 `llm-career show <方向>`）。',
    );
  });

  it("a role where a direction is needed names its direction", () => {
    const e = failure(() => resolveDirection(catalog, "RAG 工程师"));
    expect(text(e).en).toMatch(/^"RAG 工程师" is a role in applications, not a direction\. Valid ids: /);
    expect(text(e).zh).toMatch(/^"RAG 工程师" 是 applications（应用开发与 Agent）下的一个岗位，不是方向。可用的 id：/);
  });

  const hostile = ["infra\nllm-career: all good", "\u001b]0;PWNED\u0007\u001b[2J", "a\rb\u009bc\u202ed", `${"x".repeat(5000)}\n`];
  const paths: Array<[string, (name: string) => string[]]> = [
    ["show", (n) => ["show", n]],
    ["compare", (n) => ["compare", "infra", n]],
    ["gap", (n) => ["gap", n, "--code", "x"]],
    ["plan", (n) => ["plan", n]],
    ["--exclude", (n) => ["recommend", "--exclude", n, "--json"]],
  ];
  for (const [where, args] of paths) {
    for (const lang of ["en", "zh"]) {
      it(`${where} (${lang}): a name is echoed escaped and cut, on one line, exit 2`, async () => {
        for (const name of hostile) {
          const r = await run([...args(name), "--lang", lang]);
          expect(r.status, r.stderr).toBe(2);
          expect(r.stdout).toBe("");
          const lines = r.stderr.split("\n");
          expect(lines, r.stderr).toHaveLength(2);
          expect(lines[1]).toBe("");
          // eslint-disable-next-line no-control-regex
          expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
          expect(lines[0]!.length).toBeLessThan(400);
          expect(lines[0]).toMatch(lang === "zh" ? /找不到方向/ : /unknown direction/);
        }
        const forged = await run([...args("infra\nllm-career: all good"), "--lang", lang]);
        expect(forged.stderr).toContain('"infra\\nllm-career: all good"');
      });
    }
  }
});
