// The questionnaire for people who write answers files: each question with its id, kind and the
// ids of its options.
import type { QuestionsOutput } from "../advisor/views.js";
import type { RenderContext } from "./browse.js";
import { makeStyle } from "./style.js";
import { wrapIndented, wrapText } from "./text.js";

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
    out.push(...wrapIndented(`${q.prompt[lang]}`, width, `${i + 1}. `).map(style.heading));
    out.push(style.dim(`   id: ${q.id} · ${KIND[q.kind][lang]}`));
    const items = q.kind === "scale" ? q.levels.map((l) => [String(l.value), l.label[lang]]) : q.options.map((o) => [o.id, o.label[lang]]);
    for (const [id, text] of items) out.push(...wrapIndented(`${style.accent(id!)}  ${text}`, width, "   - ", "     "));
    out.push("");
  });
  const example = lang === "zh" ? "答案文件格式" : "Answers file";
  out.push(...wrapText(`${example}${lang === "zh" ? "：" : ": "}{"answers": {"${result.questions[0]?.id}": "…", …}}   llm-career recommend --answers FILE`, width));
  return out.join("\n");
}
