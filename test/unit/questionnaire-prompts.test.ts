// The interactive questionnaire flow (src/io/questionnaire-prompts.ts), without a terminal:
// (a) with an injected prompt that answers as the calibration personas would, goes back, changes
//     answers in the review, stops half-way and resumes from the kept progress;
// (b) the real prompt (src/io/choice-prompt.ts) driven by @inquirer/testing's render;
// (c) the opening self-description: pre-filled answers, fewer questions, the review's marks, back
//     to the text, refused and unreadable texts, --about, resume; and the text prompt
//     (src/io/text-prompt.ts) under @inquirer/testing: Chinese editing, wrapping, pastes.
import fs from "node:fs";
import path from "node:path";
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { advisor } from "../../src/advisor/advisor.js";
import type { AnswerValue } from "../../src/advisor/answers.js";
import { recommend } from "../../src/advisor/recommend.js";
import type { Question } from "../../src/advisor/schema.js";
import type { DirectionId, Lang } from "../../src/catalog/schema.js";
import { choicePrompt, type ChoicePromptConfig, type ChoiceResult } from "../../src/io/choice-prompt.js";
import { progressStore } from "../../src/io/progress-state.js";
import { askQuestionnaire, CONFIRM, promptMessage, QuestionnaireStopped, SKIP, type Prompter, type TextPromptConfig } from "../../src/io/questionnaire-prompts.js";
import { textPrompt } from "../../src/io/text-prompt.js";
import { readAbout } from "../../src/advisor/about.js";
import { lexicon } from "../../src/advisor/lexicon.js";
import { CliError } from "../../src/errors.js";
import stringWidth from "string-width";
import { scratchDir } from "../helpers/scratch.js";
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

const marker = (lang: Lang) => (lang === "en" ? /Question (\d+) of (\d+)/g : /第 (\d+)\/(\d+) 题/g);
/** Which question a prompt asks (1-based), from its progress marker; undefined for the review or resume. */
function questionNumber(config: ChoicePromptConfig, lang: Lang = "en"): number | undefined {
  const found = [...config.message.matchAll(marker(lang))];
  return found.length === 1 ? Number(found[0]![1]) : undefined;
}
const isReview = (c: ChoicePromptConfig) => c.choices[0]?.value === CONFIRM;
const chosen = (...values: string[]): ChoiceResult => ({ kind: "chosen", values });
const BACK: ChoiceResult = { kind: "back" };

/** The choices a question should offer: its option ids, or its scale values as strings. */
const choiceIds = (q: Question) => (q.kind === "scale" ? q.levels.map((l) => String(l.value)) : q.options.map((o) => o.id));
const choiceLabels = (q: Question, lang: Lang) => (q.kind === "scale" ? q.levels.map((l) => l.label[lang]) : q.options.map((o) => o.label[lang]));

/** A prompt that calls `step` for every prompt shown and records each one's config. */
function fakePrompter(step: (config: ChoicePromptConfig, index: number) => ChoiceResult | Promise<ChoiceResult>) {
  const calls: ChoicePromptConfig[] = [];
  let restored = 0;
  const prompter: Prompter = {
    choose: async (config) => {
      calls.push(config);
      return step(config, calls.length - 1);
    },
    restore: () => void restored++,
  };
  return { prompter, calls, restored: () => restored };
}

/** The answer a person gives to question `q` as a choice: the persona's value, or skip. */
function choiceFor(q: Question, value: AnswerValue | undefined): ChoiceResult {
  if (value === undefined) return q.kind === "multi" ? chosen() : chosen(SKIP);
  // Reversed, to prove that the flow sorts multi answers.
  return Array.isArray(value) ? chosen(...[...value].reverse()) : chosen(String(value));
}

/** Answers as a persona would; confirms the review at once. */
function personaPrompter(persona: Persona, lang: Lang = "en") {
  return fakePrompter((config) => {
    if (isReview(config)) return chosen(CONFIRM);
    const q = questions[questionNumber(config, lang)! - 1]!;
    const given = persona.answers[q.id];
    for (const v of Array.isArray(given) ? given : given === undefined ? [] : [String(given)]) {
      // The fake can only pick what is offered.
      if (!config.choices.some((c) => c.value === v)) throw new Error(`${q.id}: "${v}" is not offered`);
    }
    return choiceFor(q, given);
  });
}

/** The persona's answers as the flow should return them: multi sorted; an untouched checkbox is []. */
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

const exitPrompt = () => Object.assign(new Error("User force closed the prompt with SIGINT"), { name: "ExitPromptError" });

describe("askQuestionnaire with an injected prompt (personas)", () => {
  it("has personas to test with, some of them skipping questions", () => {
    expect(personas.length).toBeGreaterThanOrEqual(17);
    expect(personas.some((p) => questions.some((q) => q.kind !== "multi" && p.answers[q.id] === undefined))).toBe(true);
  });

  for (const lang of ["en", "zh"] as const) {
    it(`[${lang}] returns each persona's answers and ranks its expected direction first`, async () => {
      for (const persona of personas) {
        const { prompter, calls, restored } = personaPrompter(persona, lang);
        const answers = await askQuestionnaire(questionnaire, lang, prompter);
        // One prompt per question, in order, then the review.
        expect(calls.map((c) => questionNumber(c, lang) ?? "review"), persona.id).toEqual([...questions.map((_, i) => i + 1), "review"]);
        expect(calls.map((c) => Boolean(c.multiple)).slice(0, n)).toEqual(questions.map((q) => q.kind === "multi"));
        expect(answers, persona.id).toEqual(expectedMap(persona));
        expect(restored(), "the terminal is restored once").toBe(1);
        const ranking = recommend(advisor, answers).ranking.map((r) => r.direction);
        if ("first" in persona.expect) expect(ranking[0], persona.id).toBe(persona.expect.first);
        else expect(new Set(ranking.slice(0, 2)), persona.id).toEqual(new Set(persona.expect.topTwo));
      }
    });

    it(`[${lang}] numbers every question and offers the questionnaire's choices; the first screen says how to skip, go back and quit`, async () => {
      const { prompter, calls } = personaPrompter(personas[0]!, lang);
      await askQuestionnaire(questionnaire, lang, prompter);
      const asked = calls.filter((c) => !isReview(c));
      expect(asked).toHaveLength(n);
      asked.forEach((call, i) => {
        const q = questions[i]!;
        expect([...call.message.matchAll(marker(lang))].map((m) => [Number(m[1]), Number(m[2])])).toEqual([[i + 1, n]]);
        expect(call.message.endsWith(promptMessage(q, i, n, lang))).toBe(true);
        if (q.kind === "multi") expect(call.choices.map((c) => c.value)).toEqual(choiceIds(q));
        else expect(call.choices.map((c) => c.value)).toEqual([...choiceIds(q), SKIP]);
        for (const label of choiceLabels(q, lang)) expect(call.choices.some((c) => c.name.includes(label)), label).toBe(true);
        // The keys line names the back key from the second question on.
        expect(call.keys.includes("←"), `question ${i + 1}`).toBe(i > 0);
        expect(call.canGoBack).toBe(i > 0);
      });
      const first = asked[0]!.message.slice(0, -promptMessage(questions[0]!, 0, n, lang).length);
      const words = lang === "en" ? ["Skip", "←", "Backspace", "Esc", "back", "Ctrl-C"] : ["跳过", "←", "退格", "Esc", "上一题", "Ctrl-C"];
      for (const word of words) expect(first, word).toContain(word);
      // Only the first screen carries it.
      expect(asked[1]!.message).toBe(promptMessage(questions[1]!, 1, n, lang));
    });
  }
});

describe("going back and changing answers", () => {
  const single = questions.filter((q) => q.kind === "single");
  const [q1, q2] = [questions[0]!, questions[1]!];
  if (q1.kind !== "single" || q2.kind !== "single") throw new Error("the first two questions are single-choice");

  it("← goes back one question, shows the answer given before, and a new answer replaces it", async () => {
    const script: Array<(c: ChoicePromptConfig) => ChoiceResult> = [
      () => chosen(q1.options[1]!.id), // Q1
      () => chosen(q2.options[2]!.id), // Q2
      (c) => (expect(questionNumber(c)).toBe(3), BACK), // Q3: back
      (c) => {
        // Q2 again, its answer ready to be kept or changed.
        expect(questionNumber(c)).toBe(2);
        expect(c.initial).toEqual([q2.options[2]!.id]);
        return BACK;
      },
      (c) => {
        expect(questionNumber(c)).toBe(1);
        expect(c.initial).toEqual([q1.options[1]!.id]);
        expect(c.canGoBack).toBe(false);
        return chosen(q1.options[3]!.id);
      },
    ];
    // After the script: Enter on whatever is shown (the answer given before, if any).
    const enter = (c: ChoicePromptConfig) => {
      if (isReview(c)) return chosen(CONFIRM);
      if (c.initial?.length) return chosen(...c.initial);
      return c.multiple ? chosen(c.choices.at(-1)!.value) : chosen(SKIP);
    };
    const { prompter, calls } = fakePrompter((c, i) => (script[i] ? script[i](c) : enter(c)));
    const answers = await askQuestionnaire(questionnaire, "en", prompter);
    expect(answers.get(q1.id)).toBe(q1.options[3]!.id);
    expect(answers.get(q2.id)).toBe(q2.options[2]!.id);
    // After going back to Q1, the questions go on from Q2.
    expect(calls.slice(5, 7).map((c) => questionNumber(c))).toEqual([2, 3]);
    expect(single.length).toBeGreaterThan(1);
  });

  it("the review lists every answer; picking one asks it again, ← there keeps it; then confirm", async () => {
    const scale = questions.findIndex((q) => q.kind === "scale");
    const sq = questions[scale]!;
    if (sq.kind !== "scale") throw new Error("unreachable");
    let reviews = 0;
    const { prompter, calls } = fakePrompter((c) => {
      if (isReview(c)) {
        reviews++;
        // Every question is listed, with its answer (the first level, or "skipped").
        expect(c.choices).toHaveLength(n + 1);
        if (reviews === 1) {
          expect(c.choices[scale + 1]!.name).toContain(sq.levels[0]!.label.en);
          return chosen(String(scale));
        }
        if (reviews === 2) {
          expect(c.choices[scale + 1]!.name).toContain(sq.levels[3]!.label.en);
          // The cursor is back on the answer just changed.
          expect(c.initial).toEqual([String(scale)]);
          return chosen("0");
        }
        if (reviews === 3) return BACK; // to the last question
        return chosen(CONFIRM);
      }
      const number = questionNumber(c)!;
      const q = questions[number - 1]!;
      if (reviews === 1) return chosen(sq.levels[3]!.value.toString()); // the change asked from the review
      if (reviews === 2) return BACK; // Q1 from the review: ← leaves it
      if (reviews === 3) return chosen(c.initial?.[0] ?? SKIP); // the last question, unchanged
      if (q.kind === "multi") return chosen(q.options.at(-1)!.id);
      return chosen(c.choices[0]!.value);
    });
    const answers = await askQuestionnaire(questionnaire, "en", prompter);
    expect(reviews).toBe(4);
    expect(answers.get(sq.id)).toBe(sq.levels[3]!.value);
    expect(answers.get(q1.id)).toBe(q1.options[0]!.id);
    const last = calls.at(-2)!;
    expect(questionNumber(last)).toBe(n);
  });

  it("a skipped question shows as skipped in the review and is absent from the answers", async () => {
    const { prompter } = fakePrompter((c) => {
      if (isReview(c)) {
        expect(c.choices[1]!.name).toContain("(skipped)");
        return chosen(CONFIRM);
      }
      const q = questions[questionNumber(c)! - 1]!;
      return q.kind === "multi" ? chosen(q.options.at(-1)!.id) : chosen(SKIP);
    });
    const answers = await askQuestionnaire(questionnaire, "en", prompter);
    expect(answers.has(q1.id)).toBe(false);
  });
});

describe("stopping and resuming", () => {
  const env = () => ({ XDG_STATE_HOME: scratchDir("state"), HOME: "/nonexistent-home" });

  /** Answers the first `count` questions with their first choice (last, for checkboxes), then `then`. */
  const answerFirst = (count: number, then: () => ChoiceResult | Promise<ChoiceResult>) =>
    fakePrompter((c) => {
      const number = questionNumber(c);
      if (number === undefined || number > count) return then();
      const q = questions[number - 1]!;
      return q.kind === "multi" ? chosen(q.options.at(-1)!.id) : chosen(c.choices[0]!.value);
    });

  it("Ctrl-C after three answers: exit 130, the three answers carried and kept in the state folder", async () => {
    const e = env();
    const store = progressStore(e, questionnaire)!;
    expect(store.path).toBe(path.join(e.XDG_STATE_HOME, "llm-career", "progress.json"));
    const { prompter, restored } = answerFirst(3, () => {
      throw exitPrompt();
    });
    const stop = await askQuestionnaire(questionnaire, "en", prompter, { progress: store }).catch((error: unknown) => error);
    expect(stop).toBeInstanceOf(QuestionnaireStopped);
    const stopped = stop as QuestionnaireStopped;
    expect(stopped.exitCode).toBe(130);
    expect(stopped.answers.size).toBe(3);
    expect(stopped.text).toMatchObject({ en: expect.stringMatching(/^cancelled; your 3 answers are kept/) });
    expect(restored()).toBe(1);
    const kept = store.load()!;
    expect(kept.next).toBe(3);
    expect([...kept.answers.keys()]).toEqual(questions.slice(0, 3).map((q) => q.id));
    expect(fs.statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it("the next start offers to carry on: the run resumes at question 4 with the answers kept", async () => {
    const e = env();
    const store = progressStore(e, questionnaire)!;
    await askQuestionnaire(questionnaire, "en", answerFirst(3, () => { throw exitPrompt(); }).prompter, { progress: store }).catch(() => undefined);
    const first = questions[0]!;
    const { prompter, calls } = fakePrompter((c, i) => {
      if (i === 0) {
        expect(c.message).toContain("question 4 of");
        expect(c.message).toContain("3 answered");
        return chosen(c.choices[0]!.value); // carry on
      }
      if (isReview(c)) return chosen(CONFIRM);
      const q = questions[questionNumber(c)! - 1]!;
      return q.kind === "multi" ? chosen(q.options.at(-1)!.id) : chosen(SKIP);
    });
    const answers = await askQuestionnaire(questionnaire, "en", prompter, { progress: store });
    expect(questionNumber(calls[1]!)).toBe(4);
    expect(answers.get(first.id)).toBe(first.kind === "single" ? first.options[0]!.id : undefined);
    // Completed: the caller clears it once the answers are safe; the file is still there until then.
    expect(store.load()?.next).toBe(n);
  });

  it("start over forgets the kept progress and asks from question 1", async () => {
    const e = env();
    const store = progressStore(e, questionnaire)!;
    await askQuestionnaire(questionnaire, "en", answerFirst(2, () => { throw exitPrompt(); }).prompter, { progress: store }).catch(() => undefined);
    const { prompter, calls } = fakePrompter((c, i) => {
      if (i === 0) return chosen(c.choices[1]!.value); // start over
      throw exitPrompt();
    });
    await askQuestionnaire(questionnaire, "en", prompter, { progress: store }).catch(() => undefined);
    expect(questionNumber(calls[1]!)).toBe(1);
    expect(store.load()).toBeUndefined();
  });

  it("a progress file that cannot be written: one warning, and the questions go on", async () => {
    const e = env();
    // A folder where the file should be: the save cannot replace it.
    fs.mkdirSync(path.join(e.XDG_STATE_HOME, "llm-career", "progress.json"), { recursive: true });
    const warnings: string[] = [];
    const { prompter } = answerFirst(n, () => chosen(CONFIRM));
    const answers = await askQuestionnaire(questionnaire, "en", prompter, { progress: progressStore(e, questionnaire)!, warn: (l) => warnings.push(l) });
    expect(answers.size).toBeGreaterThan(0);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^llm-career: cannot save to .*progress\.json.*folder.*the questions go on/);
  });

  it("any other error is not a stop: it propagates, and the terminal is restored", async () => {
    const boom = new Error("boom");
    const { prompter, restored } = answerFirst(1, () => {
      throw boom;
    });
    await expect(askQuestionnaire(questionnaire, "en", prompter)).rejects.toBe(boom);
    expect(restored()).toBe(1);
  });
});

describe("the prompt on a terminal (choicePrompt under @inquirer/testing)", () => {
  const base = (extra: Partial<ChoicePromptConfig> = {}): ChoicePromptConfig => ({
    message: "Question 2 of 5 · Pick one",
    choices: [
      { value: "a", name: "Alpha" },
      { value: "b", name: "Beta" },
      { value: "c", name: "Gamma" },
    ],
    keys: "↑↓ move • ⏎ choose • ← back",
    ...extra,
  });

  it("shows the message, the choices and the keys line; ↓ then ⏎ picks the second", async () => {
    const r = await render(choicePrompt, base());
    const screen = r.getScreen();
    for (const text of ["Question 2 of 5 · Pick one", "Alpha", "Beta", "Gamma", "← back"]) expect(screen).toContain(text);
    r.events.keypress("down");
    await r.nextRender();
    r.events.keypress("enter");
    await expect(r.answer).resolves.toEqual({ kind: "chosen", values: ["b"] });
  });

  it("starts on the answer given before", async () => {
    const r = await render(choicePrompt, base({ initial: ["c"] }));
    expect(r.getScreen()).toMatch(/❯ Gamma/);
    r.events.keypress("enter");
    await expect(r.answer).resolves.toEqual({ kind: "chosen", values: ["c"] });
  });

  it.each(["left", "backspace", "escape"])("%s goes back when it may", async (key) => {
    const r = await render(choicePrompt, base({ canGoBack: true }));
    r.events.keypress(key);
    await expect(r.answer).resolves.toEqual({ kind: "back" });
  });

  it("on the first question the back keys say there is nothing before, and the prompt stays", async () => {
    const r = await render(choicePrompt, base({ canGoBack: false, noBack: "This is the first question" }));
    r.events.keypress("left");
    await r.nextRender();
    expect(r.getScreen()).toContain("This is the first question");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toEqual({ kind: "chosen", values: ["a"] });
  });

  it("a checkbox ticks with space, keeps the list's order, and checks the ticks", async () => {
    const validate = (v: readonly string[]) => (v.length === 0 ? "Tick at least one" : true);
    const r = await render(choicePrompt, base({ multiple: true, validate, initial: ["c"] }));
    expect(r.getScreen()).toContain("◉ Gamma");
    r.events.keypress("space"); // untick Alpha? no: the cursor starts on the first ticked, Gamma
    await r.nextRender();
    r.events.keypress("enter");
    await r.nextRender();
    expect(r.getScreen()).toContain("Tick at least one");
    r.events.keypress("up");
    r.events.keypress("up");
    await r.nextRender();
    r.events.keypress("space");
    await r.nextRender();
    r.events.keypress("down");
    r.events.keypress("down");
    await r.nextRender();
    r.events.keypress("space");
    await r.nextRender();
    r.events.keypress("enter");
    await expect(r.answer).resolves.toEqual({ kind: "chosen", values: ["a", "c"] });
  });

  it("a checkbox goes back too, with its ticks unanswered", async () => {
    const r = await render(choicePrompt, base({ multiple: true, canGoBack: true }));
    r.events.keypress("space");
    await r.nextRender();
    r.events.keypress("backspace");
    await expect(r.answer).resolves.toEqual({ kind: "back" });
  });

  it("wraps long choices between words to the width, never cutting one", async () => {
    const long = "Backend or full-stack developer (business code in Java, Go, Python, TypeScript/Node.js and the like)";
    const r = await render(choicePrompt, base({ choices: [{ value: "x", name: long }], width: () => 40 }));
    const lines = r.getScreen().split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    const words = lines.join(" ").split(/\s+/);
    for (const word of long.split(" ")) expect(words, word).toContain(word);
    r.events.keypress("enter");
    await r.answer;
  });

  it("Ctrl-C rejects with ExitPromptError", async () => {
    const r = await render(choicePrompt, base());
    r.events.keypress({ name: "c", ctrl: true });
    await expect(r.answer).rejects.toSatisfy((e: unknown) => e instanceof Error && e.name === "ExitPromptError");
  });

  it("the real flow with the real prompt: Chinese keys line, exclusive 'none' refused with others", async () => {
    const multi = questions.find((q): q is Extract<Question, { kind: "multi" }> => q.kind === "multi" && q.options.some((o) => o.exclusive))!;
    const none = multi.options.find((o) => o.exclusive)!;
    const screens: string[] = [];
    const prompter: Prompter = {
      choose: async (config) => {
        const r = await render(choicePrompt, config);
        screens.push(r.getScreen());
        if (isReview(config)) r.events.keypress("enter");
        else {
          // Tick the first option and "none": refused; untick the first, confirm.
          r.events.keypress("space");
          await r.nextRender();
          for (let k = 0; k < multi.options.indexOf(none); k++) r.events.keypress("down");
          await r.nextRender();
          r.events.keypress("space");
          await r.nextRender();
          r.events.keypress("enter");
          await r.nextRender();
          screens.push(r.getScreen());
          for (let k = 0; k < multi.options.indexOf(none); k++) r.events.keypress("up");
          await r.nextRender();
          r.events.keypress("space");
          await r.nextRender();
          r.events.keypress("enter");
        }
        return r.answer;
      },
      restore: () => {},
    };
    const answers = await askQuestionnaire({ ...questionnaire, questions: [multi] }, "zh", prompter);
    expect(answers.get(multi.id)).toEqual([none.id]);
    expect(screens[0]).toContain("第 1/1 题");
    expect(screens[0]).toContain("空格 勾选");
    expect(screens[1]).toContain(`“${none.label.zh}”不能和其他选项同时选`);
  });
});

describe("the opening self-description", () => {
  // The issue's own examples; a mobile developer is what both say, whatever else the lexicon reads.
  const EN = "5 years as an Android developer, my math is so-so, I want a job in AI fast";
  const ZH = "做了5年 Android 开发，数学一般，想尽快转 AI";

  /** A prompt with a text step: `texts` answers the text prompts in turn; `step` the lists. */
  function describing(texts: Array<string | ((c: TextPromptConfig) => string)>, step: (config: ChoicePromptConfig, index: number) => ChoiceResult | Promise<ChoiceResult>) {
    const fake = fakePrompter(step);
    const textCalls: TextPromptConfig[] = [];
    const shown: string[] = [];
    const prompter: Prompter = {
      ...fake.prompter,
      text: async (config) => {
        textCalls.push(config);
        const t = texts[textCalls.length - 1];
        if (t === undefined) throw exitPrompt();
        return typeof t === "string" ? t : t(config);
      },
      show: (lines) => void shown.push(lines(80)),
    };
    return { ...fake, prompter, textCalls, shown };
  }
  /** Enter on whatever each question shows; "none" for an untouched checkbox; confirm the review. */
  const enter = (c: ChoicePromptConfig): ChoiceResult => {
    if (isReview(c)) return chosen(CONFIRM);
    if (c.initial?.length) return chosen(...c.initial);
    return c.multiple ? chosen(c.choices.at(-1)!.value) : chosen(SKIP);
  };
  const askedIds = (calls: ChoicePromptConfig[], lang: Lang = "en") => {
    const walk = calls.slice(0, calls.findIndex(isReview));
    return walk.map((c) => questions.find((q) => c.message.endsWith(promptMessage(q, questionNumber(c, lang)! - 1, [...c.message.matchAll(marker(lang))].map((m) => Number(m[2]))[0]!, lang)))!.id);
  };

  for (const [lang, text] of [["en", EN], ["zh", ZH]] as const) {
    it(`[${lang}] opens with the prompt, shows what it read, asks only the rest, and marks the pre-filled answers in the review`, async () => {
      const reading = readAbout(questionnaire, lexicon, text);
      expect(reading.answers.get("background")).toBe("mobile");
      let review: ChoicePromptConfig | undefined;
      const { prompter, calls, textCalls, shown } = describing([text], (c) => {
        if (isReview(c)) review = c;
        return enter(c);
      });
      const answers = await askQuestionnaire(questionnaire, lang, prompter);
      // The first screen is the text prompt, with the way round the questions.
      expect(textCalls).toHaveLength(1);
      expect(textCalls[0]!.message).toContain(lang === "en" ? "Describe your background in a sentence or two (Enter skips)" : "用一两句话介绍一下你的背景（直接按回车跳过）");
      for (const word of lang === "en" ? ["Skip", "←", "Ctrl-C"] : ["跳过", "←", "Ctrl-C"]) expect(textCalls[0]!.message).toContain(word);
      expect(textCalls[0]!.initial).toBe("");
      // What was read, in the person's language.
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(lang === "en" ? /^I read: .*Android/ : /^我读到：.*Android/);
      // Only the questions it did not answer, numbered among themselves.
      const asked = askedIds(calls, lang);
      expect(asked).toEqual(questions.map((q) => q.id).filter((id) => !reading.answers.has(id)));
      expect(asked).not.toContain("background");
      expect(questionNumber(calls[0]!, lang)).toBe(1);
      expect(calls[0]!.message).toContain(lang === "en" ? `of ${n - reading.answers.size}` : `/${n - reading.answers.size} 题`);
      // ← from the first one goes to the description.
      expect(calls[0]!.canGoBack).toBe(true);
      expect(calls[0]!.keys).toContain(lang === "en" ? "← your description" : "← 回到自我介绍");
      // The review lists every question; exactly the pre-filled ones are marked.
      const mark = lang === "en" ? " (from your words)" : "（来自你的描述）";
      expect(review!.choices).toHaveLength(n + 1);
      questions.forEach((q, i) => expect(review!.choices[i + 1]!.name.endsWith(mark), q.id).toBe(reading.answers.has(q.id)));
      for (const [id, v] of reading.answers) expect(answers.get(id), id).toEqual(v);
    });
  }

  it("a pre-filled answer changed in the review loses its mark and the new one is returned", async () => {
    const bg = questions.findIndex((q) => q.id === "background");
    let reviews = 0;
    const { prompter } = describing([EN], (c) => {
      if (!isReview(c)) return questionNumber(c) === bg + 1 && reviews > 0 ? chosen("researcher") : enter(c);
      reviews++;
      if (reviews === 1) {
        expect(c.choices[bg + 1]!.name).toMatch(/Mobile.*\(from your words\)$/);
        return chosen(String(bg));
      }
      expect(c.choices[bg + 1]!.name).not.toContain("(from your words)");
      expect(c.choices[bg + 1]!.name).toContain("Researcher");
      return chosen(CONFIRM);
    });
    const answers = await askQuestionnaire(questionnaire, "en", prompter);
    expect(answers.get("background")).toBe("researcher");
  });

  it("← from the first question asked goes back to the text, kept; an emptied text asks everything", async () => {
    const { prompter, calls, textCalls } = describing([EN, (c) => (expect(c.initial).toBe(EN), "")], (c, i) => (i === 0 ? BACK : enter(c)));
    const answers = await askQuestionnaire(questionnaire, "en", prompter);
    expect(textCalls).toHaveLength(2);
    // The intro is said once, on the first screen.
    expect(textCalls[1]!.message).toBe("Describe your background in a sentence or two (Enter skips)");
    expect(askedIds(calls.slice(1))).toEqual(questions.map((q) => q.id));
    // Nothing from the text is left.
    expect(answers.has("background")).toBe(false);
  });

  it("Enter on an empty or blank line skips it: all the questions, nothing shown", async () => {
    for (const blank of ["", "   \t "]) {
      const { prompter, calls, shown } = describing([blank], enter);
      await askQuestionnaire(questionnaire, "en", prompter);
      expect(shown).toEqual([]);
      expect(askedIds(calls)).toEqual(questions.map((q) => q.id));
    }
  });

  it.each([
    ["a bidi override", "Go dev\u202e for 5 years", /^Your description contains a control character \(U\+202E\)/],
    ["bytes that are not text", "Go dev \ufffd", /^Your description is not text/],
  ])("%s: the one-line reason, the text kept to be mended, and the questions go on", async (_, bad, reason) => {
    const { prompter, textCalls, shown } = describing([bad, (c) => c.initial!.replace(/[\u202e\ufffd]/g, "")], enter);
    await askQuestionnaire(questionnaire, "en", prompter);
    expect(textCalls).toHaveLength(2);
    expect(textCalls[1]!.initial).toBe(bad);
    expect(textCalls[1]!.error).toMatch(reason);
    expect(textCalls[1]!.error).not.toContain("\n");
    expect(shown).toHaveLength(1);
  });

  it("nothing recognised: says so, in Chinese too, and asks every question", async () => {
    for (const [lang, said] of [["en", "I could not read anything I know; answer the questions instead."], ["zh", "这段话里没有我认得的内容，请直接回答问题。"]] as const) {
      const { prompter, calls, shown } = describing(["qwerty zxcv asdf"], enter);
      await askQuestionnaire(questionnaire, lang, prompter);
      expect(shown).toEqual([said]);
      expect(askedIds(calls, lang)).toEqual(questions.map((q) => q.id));
    }
  });

  it("`about` given (--about on a terminal): no text prompt, what was read shown, only the rest asked", async () => {
    const reading = readAbout(questionnaire, lexicon, ZH);
    const { prompter, calls, textCalls, shown } = describing([], enter);
    const answers = await askQuestionnaire(questionnaire, "zh", prompter, { about: ZH });
    expect(textCalls).toEqual([]);
    expect(shown[0]).toMatch(/^我读到：/);
    expect(askedIds(calls, "zh")).toEqual(questions.map((q) => q.id).filter((id) => !reading.answers.has(id)));
    // The first screen's words come with the first question instead.
    expect(calls[0]!.message).toContain("Ctrl-C");
    expect(answers.get("background")).toBe("mobile");
  });

  it("`about` that cannot be a description: its usage error (exit 2), nothing asked, the terminal restored", async () => {
    const { prompter, calls, restored } = describing([], enter);
    const error = await askQuestionnaire(questionnaire, "en", prompter, { about: "x\u0007y" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).text).toMatchObject({ en: expect.stringContaining("--about") });
    expect(calls).toEqual([]);
    expect(restored()).toBe(1);
  });

  it("Ctrl-C at the text prompt keeps nothing; after two answers, the pre-filled ones are kept and a resumed run asks neither the text nor them", async () => {
    const e = { XDG_STATE_HOME: scratchDir("about-state"), HOME: "/nonexistent-home" };
    const store = progressStore(e, questionnaire)!;
    const atText = await askQuestionnaire(questionnaire, "en", describing([], enter).prompter, { progress: store }).catch((x: unknown) => x);
    expect(atText).toBeInstanceOf(QuestionnaireStopped);
    expect((atText as QuestionnaireStopped).answers.size).toBe(0);
    expect(store.load()).toBeUndefined();

    const reading = readAbout(questionnaire, lexicon, EN);
    const rest = questions.map((q) => q.id).filter((id) => !reading.answers.has(id));
    const first = describing([EN], (c, i) => {
      if (i < 2) return enter(c);
      throw exitPrompt();
    });
    const stop = (await askQuestionnaire(questionnaire, "en", first.prompter, { progress: store }).catch((x: unknown) => x)) as QuestionnaireStopped;
    expect(stop).toBeInstanceOf(QuestionnaireStopped);
    const kept = store.load()!;
    for (const [id, v] of reading.answers) expect(kept.answers.get(id), id).toEqual(v);
    expect(questions[kept.next]!.id).toBe(rest[2]);
    expect(stop.answers.size).toBe(kept.answers.size);

    const again = describing([], (c, i) => {
      if (i === 0) {
        // The resumed walk: every question up to the stop (which ones the text answered is not
        // kept), then those after it that have no answer.
        const after = rest.slice(3).length;
        expect(c.message).toContain(`question ${kept.next + 1} of ${kept.next + 1 + after}, with ${kept.answers.size} answered`);
        return chosen(RESUME_VALUE(c));
      }
      return enter(c);
    });
    const answers = await askQuestionnaire(questionnaire, "en", again.prompter, { progress: store });
    expect(again.textCalls).toEqual([]);
    // From where it stopped, the questions the text did not answer.
    expect(askedIds(again.calls.slice(1))).toEqual(rest.slice(2));
    expect(questionNumber(again.calls[1]!)).toBe(kept.next + 1);
    for (const [id, v] of reading.answers) expect(answers.get(id), id).toEqual(v);
  });
  const RESUME_VALUE = (c: ChoicePromptConfig) => c.choices[0]!.value;
});

describe("the text prompt on a terminal (textPrompt under @inquirer/testing)", () => {
  const base = (extra: Partial<TextPromptConfig> = {}): TextPromptConfig => ({ message: "Describe your background", keys: "⏎ done • Ctrl-C quit", ...extra });
  /** The text rows of the screen: between the message and the keys line. */
  const rows = (screen: string) => screen.split("\n").slice(1, -1);

  it("types English and Chinese; Enter gives the text as typed", async () => {
    const r = await render(textPrompt, base());
    r.events.type("做了5年 Android 开发, math so-so");
    await r.nextRender();
    expect(r.getScreen()).toContain("做了5年 Android 开发, math so-so");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("做了5年 Android 开发, math so-so");
  });

  it("Backspace deletes one whole character: a Chinese one, an accented letter, an emoji", async () => {
    const r = await render(textPrompt, base());
    r.events.type("数学一般e\u0301👍🏽");
    await r.nextRender();
    for (const left of ["数学一般e\u0301", "数学一般", "数学一"]) {
      r.events.keypress("backspace");
      await r.nextRender();
      // The screen is NFC (the prompt's wrapping composes e + U+0301 into é).
      expect(rows(r.getScreen())).toEqual([`  ${left.normalize()} `]); // the cursor, a reversed space
    }
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("数学一");
  });

  it("← → Home End move by character; typing inserts at the cursor; Ctrl-W and Ctrl-U delete", async () => {
    const r = await render(textPrompt, base());
    r.events.type("Go和Python");
    await r.nextRender();
    for (let k = 0; k < 7; k++) r.events.keypress("left");
    r.events.type("C++");
    await r.nextRender();
    r.events.keypress({ name: "a", ctrl: true });
    r.events.type("我会");
    r.events.keypress("end");
    r.events.type(" rust");
    r.events.keypress({ name: "w", ctrl: true });
    await r.nextRender();
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("我会GoC++和Python ");
    const r2 = await render(textPrompt, base({ initial: "abc def" }));
    r2.events.keypress("left");
    r2.events.keypress({ name: "u", ctrl: true });
    r2.events.keypress("enter");
    await expect(r2.answer).resolves.toBe("f");
  });

  it("a long line of Chinese and English wraps to the width, by display columns, losing no character", async () => {
    const text = "我在一家支付公司做了八年后端，主要写 Go 和 C++，负责过 Kubernetes 平台，平时喜欢调 TCP 参数，也看过一些深度学习的论文";
    for (const width of [30, 47, 80]) {
      const r = await render(textPrompt, base({ width: () => width }));
      r.events.type(text);
      await r.nextRender();
      const lines = rows(r.getScreen());
      for (const line of lines) expect(stringWidth(line), line).toBeLessThan(width);
      expect(lines.map((l) => l.trimStart()).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
      r.events.keypress("enter");
      await expect(r.answer).resolves.toBe(text);
    }
  });

  it("a pasted text with line breaks stays one description: each break becomes a space", async () => {
    const r = await render(textPrompt, base());
    r.events.type("8 years of Go\nran our Kubernetes platform\r\nI tune TCP");
    await r.nextRender();
    expect(r.getScreen()).toContain("8 years of Go ran our Kubernetes platform I tune TCP");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("8 years of Go ran our Kubernetes platform I tune TCP");
  });

  it("starts from the text typed before, with the reason it was refused; typing clears the reason", async () => {
    const r = await render(textPrompt, base({ initial: "Go dev", error: "Your description contains a control character" }));
    expect(r.getScreen()).toContain("Go dev");
    expect(r.getScreen()).toContain("> Your description contains a control character");
    r.events.type("!");
    await r.nextRender();
    expect(r.getScreen()).not.toContain("control character");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("Go dev!");
  });

  it("control and bidi characters that get in are shown escaped, never painted", async () => {
    const r = await render(textPrompt, base());
    r.events.type("ab\u202ecd");
    await r.nextRender();
    expect(r.getScreen({ raw: true })).not.toContain("\u202e");
    expect(r.getScreen()).toContain("ab\\u202ecd");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("ab\u202ecd");
  });

  it("keeps at most maxLength characters and says so", async () => {
    const r = await render(textPrompt, base({ maxLength: 5, full: "That is as long as it can be" }));
    r.events.type("abcdefgh");
    await r.nextRender();
    expect(r.getScreen()).toContain("That is as long as it can be");
    r.events.keypress("enter");
    await expect(r.answer).resolves.toBe("abcde");
  });

  it("a long text shows the rows around the cursor, not the whole of it", async () => {
    const r = await render(textPrompt, base({ width: () => 30 }));
    r.events.type(Array.from({ length: 40 }, (_, i) => `word${i}`).join(" "));
    await r.nextRender();
    const lines = rows(r.getScreen());
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines.join(" ")).toContain("word39");
    r.events.keypress("enter");
    await r.answer;
  });

  it("Ctrl-C rejects with ExitPromptError", async () => {
    const r = await render(textPrompt, base());
    r.events.type("abc");
    r.events.keypress({ name: "c", ctrl: true });
    await expect(r.answer).rejects.toSatisfy((e: unknown) => e instanceof Error && e.name === "ExitPromptError");
  });
});
