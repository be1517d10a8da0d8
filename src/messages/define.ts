// The message catalogue: every sentence the program says to a person (help, errors, prompts,
// hints), in both languages side by side. Each area keeps its messages in one file here, built
// with defineMessages, whose type requires an English and a Chinese form with the same
// parameters; test/unit/messages.test.ts checks every file at run time too.
import type { Lang } from "../catalog/schema.js";

/** A sentence in both languages, already filled in: what an error carries until it is printed. */
export type Localized = Readonly<Record<Lang, string>>;

type Form = string | ((...args: never[]) => string);
/** One message: the same form (a string, or a function of the same parameters) in each language. */
export type MessageEntry<F extends Form = Form> = { readonly en: F; readonly zh: F };

export function defineMessages<const T extends Record<string, MessageEntry>>(messages: T): T {
  return messages;
}

type Args<E> = E extends { en: (...args: infer A) => string } ? A : [];

/** Fills a message in, in both languages: for errors, whose language is chosen when printed. */
export function localize<E extends MessageEntry>(entry: E, ...args: Args<E>): Localized {
  const fill = (form: Form) => (typeof form === "function" ? (form as (...a: unknown[]) => string)(...args) : form);
  return { en: fill(entry.en), zh: fill(entry.zh) };
}

/** A message in one language. */
export function say<E extends MessageEntry>(lang: Lang, entry: E, ...args: Args<E>): string {
  const form = entry[lang];
  return typeof form === "function" ? (form as (...a: unknown[]) => string)(...args) : form;
}
