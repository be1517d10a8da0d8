// Fuzzing the batch: whatever a line holds, it gets exactly one output line, a result or an
// error object naming its line, and the batch never stops early or prints a stack trace.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreLine } from "../../src/advisor/batch.js";
import { advisor } from "../../src/advisor/advisor.js";
import { answersArb } from "../helpers/arbitraries.js";
import { runInProcess as run } from "../helpers/run-in-process.js";

/** Lines a script might send: valid answers, near-misses, JSON of the wrong shape, and noise. */
const lineArb: fc.Arbitrary<string> = fc.oneof(
  answersArb(3).map((a) => JSON.stringify({ answers: Object.fromEntries(a) })),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.string(), fc.jsonValue()).map((answers) => JSON.stringify({ answers })),
  fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s)),
  fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !/[\r\n]/.test(s)),
  fc.constantFrom('{"answers": {"__proto__": {"x": 1}}}', '{"answers": {"math": 3, "math": 4}}', "[]", "null", '"answers"', "{"),
);

describe("recommend --batch under random lines", () => {
  it("scoreLine turns any line into a result or an error object, never a throw", () => {
    fc.assert(
      fc.property(lineArb, fc.integer({ min: 1, max: 10_000 }), (text, line) => {
        const { ok, result } = scoreLine(advisor, text, line);
        expect(result.line).toBe(line);
        expect(result.kind).toBe(ok ? "batch-result" : "batch-error");
        if (result.kind === "batch-result") expect(result.ranking).toHaveLength(6);
        else expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("the CLI answers every line in order, exit 1 exactly when some line failed", async () => {
    const lines = fc.sample(lineArb, { numRuns: 300, seed: 7 });
    const r = await run(["recommend", "--batch"], { input: `${lines.join("\n")}\n` });
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { kind: string; line: number });
    expect(out).toHaveLength(lines.length);
    out.forEach((o, i) => expect(o.line).toBe(i + 1));
    const failed = out.filter((o) => o.kind === "batch-error").length;
    expect(r.status).toBe(failed ? 1 : 0);
    expect(r.stderr).not.toContain("    at ");
    if (failed) expect(r.stderr).toContain(`${failed} of ${lines.length} lines failed`);
  });

  it("any batch of random lines: one output line per input line, in order, and the exit code says whether one failed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 40 }), fc.constantFrom("\n", "\r\n"), async (lines, eol) => {
        const r = await run(["recommend", "--batch"], { input: `${lines.join(eol)}${eol}` });
        const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { kind: string; line: number });
        expect(out.map((o) => o.line)).toEqual(lines.map((_, i) => i + 1));
        const failed = out.filter((o) => o.kind === "batch-error").length;
        expect(r.status).toBe(failed ? 1 : 0);
        if (failed) expect(r.stderr).toContain(`${failed} of ${lines.length} lines failed`);
        else expect(r.stderr).toBe("");
        expect(r.stderr).not.toContain("    at ");
      }),
      { numRuns: 40 },
    );
  });
});
