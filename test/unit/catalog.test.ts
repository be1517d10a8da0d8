import { describe, expect, it } from "vitest";
import { localizedTexts } from "../helpers/texts.js";
import { rawCatalog } from "../../src/catalog/data.js";
import { Catalog, DIRECTION_IDS, BARRIER_LEVELS } from "../../src/catalog/schema.js";
import { catalogProblems } from "../../src/catalog/validate.js";

const catalog = Catalog.parse(rawCatalog);


describe("catalog", () => {
  it("parses through the schemas and has no cross-reference problems", () => {
    expect(catalogProblems(catalog)).toEqual([]);
  });

  it("has the six directions in the article's order, three roles each", () => {
    expect(catalog.directions.map((d) => d.id)).toEqual([...DIRECTION_IDS]);
    expect(catalog.directions.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(catalog.directions.flatMap((d) => d.roles)).toHaveLength(18);
  });

  it("puts each barrier's rank where its level sits on the ordinal scale", () => {
    for (const d of catalog.directions) {
      expect(BARRIER_LEVELS[d.barrier.rank - 1], d.id).toBe(d.barrier.level);
    }
    const rank = (id: string) => catalog.directions.find((d) => d.id === id)!.barrier.rank;
    // The article: algorithms 极高; infrastructure 同样很高; inference 中高; safety 适中; applications 相对亲民.
    expect(rank("algorithms")).toBeGreaterThan(rank("infrastructure"));
    expect(rank("infrastructure")).toBeGreaterThan(rank("inference"));
    expect(rank("inference")).toBeGreaterThan(rank("safety"));
    expect(rank("safety")).toBeGreaterThan(rank("applications"));
  });

  it("gives every text in both languages, English without untranslated Chinese", () => {
    const texts = localizedTexts(catalog);
    expect(texts.length).toBeGreaterThan(150);
    for (const t of texts) {
      expect(t.zh.trim().length, JSON.stringify(t)).toBeGreaterThan(0);
      expect(t.en, JSON.stringify(t)).not.toMatch(/[\u4e00-\u9fff]/);
      // The source is Chinese: a zh text should carry Chinese unless it is a proper name (vLLM, RAG).
      if (t.zh.length > 12) expect(t.zh, JSON.stringify(t)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names the technologies the article names, each tagged with a direction", () => {
    const names = catalog.skills.filter((s) => s.source === "article").map((s) => s.name.en.toLowerCase());
    for (const tech of ["rdma", "roce", "cuda", "linux kernel", "c/c++", "vllm", "tensorrt-llm", "spark", "flink", "etl", "langchain", "llamaindex", "rag", "red teaming"]) {
      expect(names.some((n) => n.includes(tech)), tech).toBe(true);
    }
    const usedDirections = new Set(catalog.skills.flatMap((s) => s.directions));
    expect([...usedDirections].sort()).toEqual([...DIRECTION_IDS].sort());
  });

  it("maps the self-diagnosis as the article does", () => {
    const types = catalog.framing.diagnosis.types;
    expect(types.map((t) => t.directions)).toEqual([["algorithms"], ["infrastructure", "inference"], ["applications"]]);
  });
});
