// Traditional Chinese typed as the catalog's simplified Chinese: 數據 finds 数据, 強化學習 finds
// 强化学习. Covers every character of the catalog's Chinese names and aliases that has another
// traditional form (Taiwan, Hong Kong), and the Taiwan words OpenCC's s2twp puts in their place
// (資料 for 数据, 演算法 for 算法). Derived with Debian's opencc (s2t, s2tw, s2hk, s2twp over the
// names); test/unit/lookup.test.ts re-checks it against opencc where it is installed.

/** Traditional character → simplified, pairs run together: "與与專专…". */
const CHARACTERS =
  "與与專专習习優优倫伦體体衛卫衞卫壓压發发臺台員员壞坏處处學学師师應应開开強强態态據据數数構构棧栈檢检測测監监礎础類类紅红級级練练統统縮缩規规計计訓训設设評评詞词試试調调質质隊队預预饋馈佈布資资運运論论";

const CHAR_MAP = new Map<string, string>();
for (let i = 0; i < CHARACTERS.length; i += 2) CHAR_MAP.set(CHARACTERS[i]!, CHARACTERS[i + 1]!);

/** Taiwan words, already folded character by character, → the catalog's words. Longest first. */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ["演算法", "算法"],
  ["最佳化", "优化"],
  ["运算元", "算子"],
  ["分散式", "分布式"],
  ["高效能", "高性能"],
  ["智慧体", "智能体"],
  ["资料", "数据"],
  ["探勘", "挖掘"],
  ["排程", "调度"],
  // Not in OpenCC, but how Taiwan names model inference (模型推論).
  ["推论", "推理"],
];

const HAS_HAN = /\p{Script=Han}/u;

/** The text with traditional characters and Taiwan words replaced by the catalog's simplified ones. */
export function foldTraditional(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  let out = "";
  for (const ch of text) out += CHAR_MAP.get(ch) ?? ch;
  for (const [taiwan, mainland] of WORDS) if (out.includes(taiwan)) out = out.replaceAll(taiwan, mainland);
  return out;
}
