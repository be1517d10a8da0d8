// Checks that each language's output is written in that language's script and punctuation:
// English output holds no CJK characters (except the Chinese aliases `show` prints on its
// "id: …   aliases: …" line), and Chinese output never puts a half-width `:` (or `;` `,` `?` `!`
// `(` `)`) right against a CJK character. Used by test/commands/language.test.ts; kept here so
// that the checkers can be tested on crafted strings, which proves they can fail.
import { stripVTControlCharacters as stripAnsi } from "node:util";

/**
 * CJK characters: Han (with its radicals, compatibility ideographs and extensions), CJK symbols
 * and punctuation U+3000–U+303F, Hiragana and Katakana (with the phonetic extensions and the
 * half-width forms), Hangul (syllables, jamo, compatibility jamo), and full-width forms
 * U+FF00–U+FFEF (full-width ASCII such as `：` `，` `（`). Script properties and block ranges both,
 * so that a character counts whichever way Unicode classifies it.
 */
const CJK_CLASS =
  "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}" +
  "\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3130-\\u318F\\u31F0-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF" +
  "\\u1100-\\u11FF\\uA960-\\uA97F\\uAC00-\\uD7AF\\uD7B0-\\uD7FF\\uF900-\\uFAFF\\uFF00-\\uFFEF";
export const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, "u");
const CJK_GLOBAL = new RegExp(`[${CJK_CLASS}]`, "gu");

export const hasCjk = (s: string) => CJK_CHAR.test(s);

/** Whitespace removed: renderers wrap (and Chinese wraps between any two characters). */
const squash = (s: string) => s.replace(/\s+/g, "");

export interface Offence {
  /** 1-based line number in the output. */
  line: number;
  text: string;
  /** What was found, e.g. `中 (U+4E2D)` or `"文章:" (half-width ":" after 章)`. */
  found: string;
}

export const describeOffence = (command: string, o: Offence) => `\`${command}\`, line ${o.line}: ${o.found}\n  ${JSON.stringify(o.text)}`;

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The lines of `show`'s output that print an entry's id and aliases: the line that starts
 * `id: <id>   aliases: ` and the lines it wraps onto, but only if together they say exactly
 * `id: <id>   aliases: <aliases, joined by ", ">` for one of the given alias lists (the ones
 * `show --json` gives). Anything else on or after that line is not exempt.
 */
export function aliasLines(lines: readonly string[], aliasLists: ReadonlyArray<readonly string[]>): Set<number> {
  const exempt = new Set<number>();
  lines.forEach((line, i) => {
    const m = /^id: (\S+) {3}aliases: /.exec(line);
    if (!m) return;
    for (const aliases of aliasLists) {
      const want = squash(`id: ${m[1]}   aliases: ${aliases.join(", ")}`);
      let have = "";
      const taken: number[] = [];
      for (let j = i; j < lines.length; j++) {
        have += squash(lines[j]!);
        taken.push(j);
        if (have === want) {
          taken.forEach((k) => exempt.add(k));
          return;
        }
        if (!want.startsWith(have)) break;
      }
    }
  });
  return exempt;
}

export interface EnglishCheckOptions {
  /**
   * Alias lists of the entries the output may show (from `show --json`): their id/aliases line is
   * exempt, and so is an argument of an `llm-career …` command line that is exactly one of the
   * aliases (help's example `llm-career show 推理 --lang zh`).
   */
  aliases?: ReadonlyArray<readonly string[]>;
}

/** The line without the words after `llm-career` on it that are exactly one of `aliases`. */
export function withoutAliasArguments(line: string, aliases: ReadonlySet<string>): string {
  const at = line.indexOf("llm-career ");
  if (at < 0) return line;
  const rest = line.slice(at).replace(/\S+/g, (word) => (aliases.has(word) ? " ".repeat(word.length) : word));
  return line.slice(0, at) + rest;
}

/** The first line of English output that holds a CJK character, if any. */
export function firstCjkLine(output: string, opts: EnglishCheckOptions = {}): Offence | undefined {
  const lines = stripAnsi(output).split("\n");
  const exempt = opts.aliases ? aliasLines(lines, opts.aliases) : new Set<number>();
  const words = new Set(opts.aliases?.flat());
  for (let i = 0; i < lines.length; i++) {
    if (exempt.has(i)) continue;
    const m = CJK_CHAR.exec(withoutAliasArguments(lines[i]!, words));
    if (m) return { line: i + 1, text: lines[i]!, found: `${m[0]} (${codePoint(m[0])})` };
  }
  return undefined;
}

/** Every CJK character in a string (for messages about JSON values). */
export const cjkIn = (s: string) => [...new Set(s.match(CJK_GLOBAL) ?? [])].map((c) => `${c} (${codePoint(c)})`).join(", ");

/**
 * What in a line of Chinese output is not prose: markdown code spans, URLs, and `llm-career …`
 * command lines (the command and its ASCII arguments, up to the first non-ASCII character). Each is
 * replaced by a space, so that removing it never puts two characters next to each other.
 */
export function withoutCode(line: string): string {
  return line
    .replace(/`[^`]*`/g, " ")
    .replace(/https?:\/\/[\x21-\x7e]+/g, " ")
    .replace(/llm-career(?:[ \t]+[\x21-\x7e]+)*/g, " ");
}

export interface ChineseCheckOptions {
  /** Half-width characters not to put next to a CJK character (default `:`). */
  chars?: string;
  /** Also flag the character right before a CJK one (`:中`), not only right after (`中:`). */
  before?: boolean;
  /** Alias lists, as for firstCjkLine: the id/aliases line (literal ids, joined by ", ") is exempt. */
  aliases?: ReadonlyArray<readonly string[]>;
  /**
   * Texts quoted from the source article as it writes them (e.g. the role name
   * "强化学习工程师 (RLHF - 人类反馈强化学习)"): these are the article's words, not the
   * interface's, and a character inside one is exempt (see inArticleText).
   */
  articleTexts?: readonly string[];
}

/**
 * Whether the half-width character at `k` (touching the CJK character at `k - 1` or `k + 1`) lies in
 * a piece of one of `texts` as the output shows it: the longest run of the line around the pair
 * that is part of the text, which either is the whole text or stops only where the text stops or
 * where the line (or a table cell) ends, as wrapping cuts it.
 */
export function inArticleText(line: string, k: number, texts: readonly string[]): boolean {
  const edgeLeft = (s: number) => /(^|[│|])\s*$/.test(line.slice(0, s));
  const edgeRight = (e: number) => /^\s*([│|]|$)/.test(line.slice(e));
  for (const text of texts) {
    for (const [s0, e0] of [
      [k - 1, k + 1],
      [k, k + 2],
    ] as const) {
      if (s0 < 0 || e0 > line.length || !text.includes(line.slice(s0, e0))) continue;
      let s = s0;
      let e = e0;
      while (s > 0 && text.includes(line.slice(s - 1, e))) s--;
      while (e < line.length && text.includes(line.slice(s, e + 1))) e++;
      const piece = line.slice(s, e);
      if ((text.startsWith(piece) || edgeLeft(s)) && (text.endsWith(piece) || edgeRight(e))) return true;
    }
  }
  return false;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\\-]/g, "\\$&");

/** Full-width brackets: a half-width bracket against one closes or opens another text, not Chinese prose. */
const FULL_WIDTH_BRACKETS = new Set([..."（）［］｛｝【】〔〕〈〉《》「」『』〖〗〘〙〚〛｟｠"]);

/**
 * Where in `line` half-width `chars` touch a CJK character: the index of the half-width character.
 * A half-width bracket against a full-width one does not count ("(Pre-training)（id）": the
 * article's name, then the interface's aside).
 */
export function halfWidthNextToCjk(line: string, chars: string, before: boolean): number[] {
  const cls = `[${escapeRe(chars)}]`;
  const found = new Set<number>();
  const brackets = (ch: string, other: string) => "()".includes(ch) && FULL_WIDTH_BRACKETS.has(other);
  for (const m of line.matchAll(new RegExp(`([${CJK_CLASS}])(${cls})`, "gu"))) if (!brackets(m[2]!, m[1]!)) found.add(m.index + m[1]!.length);
  if (before) for (const m of line.matchAll(new RegExp(`(${cls})([${CJK_CLASS}])`, "gu"))) if (!brackets(m[1]!, m[2]!)) found.add(m.index);
  return [...found].sort((a, b) => a - b);
}

/** The first line of Chinese output with a half-width character against a CJK one, if any. */
export function firstHalfWidthAfterCjk(output: string, opts: ChineseCheckOptions = {}): Offence | undefined {
  const chars = opts.chars ?? ":";
  const lines = stripAnsi(output).split("\n");
  const exempt = opts.aliases ? aliasLines(lines, opts.aliases) : new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (exempt.has(i)) continue;
    const line = withoutCode(lines[i]!);
    for (const k of halfWidthNextToCjk(line, chars, opts.before ?? false)) {
      if (inArticleText(line, k, opts.articleTexts ?? [])) continue;
      const ch = line[k]!;
      const near = [...line.slice(Math.max(0, k - 6), k + 7)].join("");
      return { line: i + 1, text: lines[i]!, found: `half-width "${ch}" next to a CJK character in "${near.trim()}"` };
    }
  }
  return undefined;
}
