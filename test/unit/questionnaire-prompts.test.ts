// The interactive questionnaire flow (src/io/questionnaire-prompts.ts), without a terminal:
// (a) with injected fake prompts that answer as the calibration personas would,
// (b) with the REAL @inquirer/select and @inquirer/checkbox driven by @inquirer/testing's render,
// (c) cancelling (Ctrl-C) propagates out of askQuestionnaire.
import checkbox from "@inquirer/checkbox";
import select from "@inquirer/select";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import type { AnswerValue } from "../../src/advisor/answers.js";
import { recommend } from "../../src/advisor/recommend.js";
import type { Question } from "../../src/advisor/schema.js";
import type { DirectionId, Lang } from "../../src/catalog/schema.js";
import { askQuestionnaire, loadPrompts, promptMessage, SKIP, type Prompts } from "../../src/io/questionnaire-prompts.js";
import personasJson from "../fixtures/personas.json";

interface Persona {
  id: string;
  expect: { first: DirectionId } | { topTwo: [DirectionId, DirectionId] };
  answers: Record<string, string | string[] | number>;
}
const personas = personasJson as Persona[];
const questionnaire = advisor.questionnaire;
const questions = questionnaire.questions;
const n = questions.length;

type SelectConfig = Parameters<Prompts["select"]>[0];
type CheckboxConfig = Parameters<Prompts["checkbox"]>[0];

const progress = (lang: Lang, i: number, total: number) => (lang === "en" ? `Question ${i} of ${total}` : `第 ${i}/${total} 题`);

/** Choices a question should offer: its option ids, or its scale values as strings. */
const choiceIds = (q: Question) => (q.kind === "scale" ? q.levels.map((l) => String(l.value)) : q.options.map((o) => o.id));
const choiceLabels = (q: Question, lang: Lang) => (q.kind === "scale" ? q.levels.map((l) => l.label[lang]) : q.options.map((o) => o.label[lang]));

/**
 * Prompts that answer as `persona` would. Questions are matched by call order (the flow asks them
 * in questionnaire order); every call's message and choices are recorded for inspection.
 */
function personaPrompts(persona: Persona) {
  const calls: Array<{ kind: "select" | "checkbox"; message: string; choices: string[]; names: string[] }> = [];
  const current = (): Question => {
    const q = questions[calls.length - 1];
    if (!q) throw new Error(`prompt called ${calls.length} times for ${n} questions`);
    return q;
  };
  const prompts: Prompts = {
    select: async (config: SelectConfig) => {
      calls.push({ kind: "select", message: config.message, choices: config.choices.map((c) => c.value), names: config.choices.map((c) => c.name) });
      const q = current();
      const given = persona.answers[q.id];
      if (given === undefined) return SKIP;
      const value = String(given);
      // The fake can only pick what is offered.
      if (!config.choices.some((c) => c.value === value)) throw new Error(`${q.id}: "${value}" is not offered`);
      return value;
    },
    checkbox: async (config: CheckboxConfig) => {
      calls.push({ kind: "checkbox", message: config.message, choices: config.choices.map((c) => c.value), names: config.choices.map((c) => c.name) });
      const q = current();
      const given = persona.answers[q.id];
      if (given === undefined) return [];
      if (!Array.isArray(given)) throw new Error(`${q.id}: persona gives a non-array for a multi question`);
      for (const v of given) if (!config.choices.some((c) => c.value === v)) throw new Error(`${q.id}: "${v}" is not offered`);
      // Reverse the order to prove that the flow sorts multi answers.
      return [...given].reverse();
    },
  };
  return { prompts, calls };
}

/**
 * The persona's answers as the flow should return them: multi answers sorted. A checkbox left
 * empty is an answer ("none of these", the prompt says "none is fine"), so an unanswered multi
 * question comes back as [] while skipped single and scale questions are absent.
 */
function expectedMap(persona: Persona): Map<string, AnswerValue> {
  const map = new Map<string, AnswerValue>();
  for (const q of questions) {
    const v = persona.answers[q.id];
    if (v === undefined) {
      if (q.kind === "multi") map.set(q.id, []);
    } else map.set(q.id, Array.isArray(v) ? [...v].sort() : v);
  }
  return map;
}

describe("askQuestionnaire with injected prompts (personas)", () => {
  it("has personas to test with, some of them skipping questions", () => {
    expect(personas.length).toBeGreaterThanOrEqual(17);
    expect(personas.some((p) => questions.some((q) => q.kind !== "multi" && p.answers[q.id] === undefined))).toBe(true);
  });

  for (const lang of ["en", "zh"] as const) {
    it(`[${lang}] returns each persona's answers and ranks its expected direction first`, async () => {
      for (const persona of personas) {
        const { prompts, calls } = personaPrompts(persona);
        const answers = await askQuestionnaire(questionnaire, lang, prompts);

        // One prompt per question, of the right kind, in order.
        expect(calls.map((c) => c.kind), persona.id).toEqual(questions.map((q) => (q.kind === "multi" ? "checkbox" : "select")));

        // The answers are the persona's (multi sorted, skipped ones absent).
        expect(answers, persona.id).toEqual(expectedMap(persona));
        const unanswered = questions.filter((q) => q.kind !== "multi" && persona.answers[q.id] === undefined).map((q) => q.id);
        for (const id of unanswered) expect(answers.has(id), `${persona.id}: ${id}`).toBe(false);

        // And the recommendation from them is the one the article calls for.
        const ranking = recommend(advisor, answers).ranking.map((r) => r.direction);
        if ("first" in persona.expect) expect(ranking[0], persona.id).toBe(persona.expect.first);
        else expect(new Set(ranking.slice(0, 2)), persona.id).toEqual(new Set(persona.expect.topTwo));
      }
    });

    it(`[${lang}] numbers every question "${progress(lang, 1, n)}"... and offers the questionnaire's choices`, async () => {
      const persona = personas[0]!;
      const { prompts, calls } = personaPrompts(persona);
      await askQuestionnaire(questionnaire, lang, prompts);
      expect(calls).toHaveLength(n);
      calls.forEach((call, i) => {
        const q = questions[i]!;
        expect(call.message).toContain(progress(lang, i + 1, n));
        // Exactly one progress marker, and not some other number.
        const marker = lang === "en" ? /Question (\d+) of (\d+)/g : /第 (\d+)\/(\d+) 题/g;
        expect([...call.message.matchAll(marker)].map((m) => [Number(m[1]), Number(m[2])])).toEqual([[i + 1, n]]);
        expect(call.message).toContain(q.prompt[lang]);
        expect(call.message).toBe(promptMessage(q, i, n, lang));
        // Choices: every option (or level), in order; single and scale questions add a skip.
        if (q.kind === "multi") expect(call.choices).toEqual(choiceIds(q));
        else expect(call.choices).toEqual([...choiceIds(q), SKIP]);
        for (const label of choiceLabels(q, lang)) expect(call.names.some((name) => name.includes(label)), label).toBe(true);
      });
    });
  }

  it("counts a skipped question as absent and a scale answer as a number", async () => {
    let i = 0;
    const prompts: Prompts = {
      // Skip every other select; otherwise pick the last real choice.
      select: async (config) => {
        const pick = i++ % 2 === 0 ? SKIP : config.choices[config.choices.length - 2]!.value;
        return pick;
      },
      checkbox: async () => {
        i++;
        return [];
      },
    };
    const answers = await askQuestionnaire(questionnaire, "en", prompts);
    questions.forEach((q, k) => {
      if (q.kind === "multi") expect(answers.get(q.id)).toEqual([]);
      else if (k % 2 === 0) expect(answers.has(q.id), q.id).toBe(false);
      else if (q.kind === "scale") expect(answers.get(q.id)).toBe(q.levels[q.levels.length - 1]!.value);
      else expect(answers.get(q.id)).toBe(q.options[q.options.length - 1]!.id);
    });
  });
});

/**
 * Prompts backed by the real @inquirer prompts rendered by @inquirer/testing. `drive` gets each
 * rendered prompt (before it is answered) and presses keys on it.
 */
type Rendered = Awaited<ReturnType<typeof render>>;
function renderedPrompts(drive: (r: Rendered, kind: "select" | "checkbox", index: number) => Promise<void>): Prompts {
  let index = 0;
  return {
    select: async (config) => {
      const r = await render(select, config);
      await drive(r, "select", index++);
      return r.answer as Promise<string>;
    },
    checkbox: async (config) => {
      const r = await render(checkbox, config);
      await drive(r, "checkbox", index++);
      return r.answer as Promise<string[]>;
    },
  };
}

/** Moves to the last option of a checkbox (its "None of these") and ticks it. */
async function tickLast(r: Rendered, q: Question): Promise<void> {
  for (let k = 1; k < choiceIds(q).length; k++) {
    r.events.keypress("down");
    await r.nextRender();
  }
  r.events.keypress("space");
  await r.nextRender();
}

describe("askQuestionnaire with the real @inquirer prompts (@inquirer/testing)", () => {
  it("has one way to say none: an empty tick is refused with a hint, and the last option says it", async () => {
    const multi = questions.find((q): q is Extract<Question, { kind: "multi" }> => q.kind === "multi")!;
    const none = multi.options[multi.options.length - 1]!;
    expect(none.exclusive).toBe(true);
    const prompts = renderedPrompts(async (r) => {
      r.events.keypress("enter");
      await r.nextRender();
      expect(r.getScreen()).toContain(`Tick at least one; if none apply, tick "${none.label.en}"`);
      await tickLast(r, multi);
      r.events.keypress("enter");
    });
    const answers = await askQuestionnaire({ ...questionnaire, questions: [multi] }, "en", prompts);
    expect(answers.get(multi.id)).toEqual([none.id]);
  });

  it("shows the question number and the options, and resolves to the option chosen by keys", async () => {
    const firstMulti = questions.findIndex((q) => q.kind === "multi");
    const firstScale = questions.findIndex((q) => q.kind === "scale");
    const first = questions[0]!;
    expect(first.kind).not.toBe("multi");
    expect(firstMulti).toBeGreaterThan(0);
    expect(firstScale).toBeGreaterThan(0);
    const screens: string[] = [];
    const answered: string[] = [];

    const prompts = renderedPrompts(async (r, kind, index) => {
      const q = questions[index]!;
      const screen = r.getScreen();
      screens.push(screen);
      expect(screen).toContain(`Question ${index + 1} of ${n}`);
      expect(screen).toContain(q.prompt.en);
      if (index === 0) {
        // The first page shows the first options; move down one and pick the second.
        for (const label of choiceLabels(q, "en").slice(0, 5)) expect(screen).toContain(label);
        r.events.keypress("down");
        await r.nextRender();
        r.events.keypress("enter");
      } else if (kind === "checkbox") {
        // Tick the second option, then confirm.
        for (const label of choiceLabels(q, "en").slice(0, 3)) expect(screen).toContain(label);
        r.events.keypress("down");
        await r.nextRender();
        r.events.keypress("space");
        await r.nextRender();
        r.events.keypress("enter");
      } else if (index === firstScale) {
        // Go all the way down to "Skip" and pick it.
        expect(screen).toContain("Skip");
        for (let k = 0; k < choiceIds(q).length; k++) {
          r.events.keypress("down");
          await r.nextRender();
        }
        r.events.keypress("enter");
      } else {
        r.events.keypress("enter");
      }
      answered.push(q.id);
    });

    const answers = await askQuestionnaire(questionnaire, "en", prompts);
    expect(answered).toEqual(questions.map((q) => q.id));
    expect(screens).toHaveLength(n);

    const expected = new Map<string, AnswerValue>();
    questions.forEach((q, i) => {
      if (i === 0 && q.kind !== "scale" && q.kind !== "multi") expected.set(q.id, q.options[1]!.id);
      else if (q.kind === "multi") expected.set(q.id, [q.options[1]!.id]);
      else if (i === firstScale) return;
      else if (q.kind === "scale") expected.set(q.id, q.levels[0]!.value);
      else expected.set(q.id, q.options[0]!.id);
    });
    expect(answers).toEqual(expected);
    expect(answers.has(questions[firstScale]!.id)).toBe(false);
  });

  it("shows the progress in Chinese with --lang zh", async () => {
    const messages: string[] = [];
    const prompts = renderedPrompts(async (r, kind, index) => {
      const screen = r.getScreen();
      messages.push(screen);
      expect(screen).toContain(`第 ${index + 1}/${n} 题`);
      expect(screen).toContain(questions[index]!.prompt.zh);
      if (kind === "checkbox") await tickLast(r, questions[index]!);
      r.events.keypress("enter");
    });
    await askQuestionnaire(questionnaire, "zh", prompts);
    expect(messages).toHaveLength(n);
  });

  it("ticks several checkbox options and returns them sorted", async () => {
    const multi = questions.find((q): q is Extract<Question, { kind: "multi" }> => q.kind === "multi" && q.options.length >= 3)!;
    const only = { ...questionnaire, questions: [multi] };
    const prompts = renderedPrompts(async (r) => {
      expect(r.getScreen()).toContain("Question 1 of 1");
      // Tick the third, then the first.
      r.events.keypress("down");
      r.events.keypress("down");
      await r.nextRender();
      r.events.keypress("space");
      await r.nextRender();
      r.events.keypress("up");
      r.events.keypress("up");
      await r.nextRender();
      r.events.keypress("space");
      await r.nextRender();
      r.events.keypress("enter");
    });
    const answers = await askQuestionnaire(only, "en", prompts);
    expect(answers.get(multi.id)).toEqual([multi.options[0]!.id, multi.options[2]!.id].sort());
  });

  it("loadPrompts gives the real select and checkbox", async () => {
    const real = await loadPrompts();
    expect(real.select).toBe(select);
    expect(real.checkbox).toBe(checkbox);
  });
});

describe("cancelling", () => {
  it("lets an ExitPromptError from a prompt propagate out of askQuestionnaire, asking nothing more", async () => {
    let asked = 0;
    const exit = Object.assign(new Error("User force closed the prompt with SIGINT"), { name: "ExitPromptError" });
    const prompts: Prompts = {
      select: async () => {
        asked++;
        if (asked === 2) throw exit;
        return SKIP;
      },
      checkbox: async () => {
        asked++;
        if (asked === 2) throw exit;
        return [];
      },
    };
    await expect(askQuestionnaire(questionnaire, "en", prompts)).rejects.toSatisfy((e: unknown) => e instanceof Error && e.name === "ExitPromptError");
    expect(asked).toBe(2);
  });

  it("propagates the real prompt's ExitPromptError on Ctrl-C", async () => {
    const prompts = renderedPrompts(async (r, _kind, index) => {
      if (index === 0) r.events.keypress("enter");
      else r.events.keypress({ name: "c", ctrl: true });
    });
    await expect(askQuestionnaire(questionnaire, "en", prompts)).rejects.toSatisfy((e: unknown) => e instanceof Error && e.name === "ExitPromptError");
  });
});

describe("an exclusive option on a terminal", () => {
  it("the checkbox refuses 'none of these' ticked with another option, in the user's language", async () => {
    const q = advisor.questionnaire.questions.find((x) => x.kind === "multi" && x.options.some((o) => o.exclusive))!;
    if (q.kind !== "multi") throw new Error("unreachable");
    const none = q.options.find((o) => o.exclusive)!;
    const other = q.options.find((o) => !o.exclusive)!;
    for (const lang of ["en", "zh"] as const) {
      let validate: ((chosen: ReadonlyArray<{ value: string }>) => true | string) | undefined;
      const prompts: Prompts = {
        select: async () => SKIP,
        checkbox: async (config) => {
          if (config.message.includes(q.prompt[lang])) validate = config.validate;
          return [];
        },
      };
      await askQuestionnaire(advisor.questionnaire, lang, prompts);
      expect(validate).toBeDefined();
      expect(validate!([{ value: none.id }])).toBe(true);
      expect(validate!([{ value: other.id }])).toBe(true);
      const refusal = validate!([{ value: other.id }, { value: none.id }]);
      expect(refusal).toEqual(expect.stringContaining(none.label[lang]));
    }
  });
});
