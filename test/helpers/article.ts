// The source article, as the repository keeps it (data/source/article.zh.md): its first line says
// what the file is; the rest is the article unchanged, so line numbers here are the article's own.
import fs from "node:fs";
import path from "node:path";
import { REPO } from "./run-cli.js";

const file = fs.readFileSync(path.join(REPO, "data/source/article.zh.md"), "utf8");
const HEADER = /^<!-- llm-career source: [^\n]*-->\n/;
if (!HEADER.test(file)) throw new Error("data/source/article.zh.md must start with its llm-career header line");

/** The article as published. */
export const articleSource = file.replace(HEADER, "");
/** The article with markdown emphasis removed, which is how quotes are stored. */
export const articlePlain = articleSource.replace(/\*\*/g, "").replace(/\*/g, "");
/** `articlePlain` by line; index 0 is the article's line 1. */
export const articleLines = articlePlain.split("\n");
/** The text is the article's words: each of its paragraphs (joined by a blank line) is in the article. */
export const isVerbatim = (zh: string) => zh.split("\n\n").every((p) => articlePlain.includes(p));
