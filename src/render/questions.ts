// The questionnaire for people who write answers files: each question with its id, kind and the
// ids of its options.
import type { QuestionsOutput } from "../advisor/views.js";
import { M } from "../messages/browse.js";
import { say } from "../messages/define.js";
import type { RenderContext } from "./browse.js";
import { makeStyle } from "./style.js";
import { wrapHanging, wrapIndented } from "./text.js";

const KIND = {
  single: { zh: "单选，填一个选项 id", en: "one option id" },
  multi: { zh: "多选，填选项 id 的数组", en: "an array of option ids" },
  scale: { zh: "1–5 的整数", en: "an integer from 1 to 5" },
};

export function renderQuestions(result: QuestionsOutput, ctx: RenderContext): string {
  const { lang, width } = ctx;
  const style = makeStyle(ctx.colorLevel);
  const out: string[] = [];
  result.questions.forEach((q, i) => {
    out.push(...wrapIndented(q.prompt[lang], width, `${i + 1}. `).map(style.heading));
    out.push(...wrapIndented(`id: ${q.id} · ${KIND[q.kind][lang]}`, width, "   ").map(style.dim));
    const items = q.kind === "scale" ? q.levels.map((l) => [String(l.value), l.label[lang]] as const) : q.options.map((o) => [o.id, o.label[lang]] as const);
    // Wrapped as plain text, then the id (which starts the first line) is coloured.
    for (const [id, text] of items) out.push(...wrapIndented(`${id}  ${text}`, width, "   - ", "     ").map((line, j) => (j ? line : line.replace(id, style.accent(id)))));
    out.push("");
  });
  const example = `{"answers": {"${result.questions[0]?.id}": "…", …}}`;
  out.push(...wrapHanging(say(lang, M.answersFile, example), width));
  out.push(...wrapHanging(say(lang, M.thenRun, "llm-career recommend --answers FILE"), width));
  return out.join("\n");
}
