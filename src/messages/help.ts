// The help: what each command, argument and option is for, the examples, and the headings.
import { defineMessages } from "./define.js";

export const HELP_TITLES = defineMessages({
  usage: { en: "Usage:", zh: "用法：" },
  arguments: { en: "Arguments:", zh: "参数：" },
  options: { en: "Options:", zh: "选项：" },
  globalOptions: { en: "Global options:", zh: "通用选项：" },
  commands: { en: "Commands:", zh: "命令：" },
  examples: { en: "Examples:", zh: "示例：" },
  choices: { en: (values: string) => `one of: ${values}`, zh: (values: string) => `可选：${values}` },
  usageOptions: { en: "[options]", zh: "[选项]" },
  usageCommand: { en: "[command]", zh: "[命令]" },
});

export const HELP_PROGRAM = defineMessages({
  description: {
    en: "Find your way into the large-language-model industry: six directions, eighteen roles, and which fits you.",
    zh: "找到进入大模型行业的路：六大方向、十八个岗位，看看哪个适合你。",
  },
  version: { en: "print the version", zh: "显示版本号" },
  help: { en: "show help", zh: "显示帮助" },
  lang: { en: "language of the output: zh or en", zh: "输出语言：zh（中文）或 en（英文）" },
  noColor: { en: "no colour, even on a terminal", zh: "不用颜色，在终端里也不用" },
  footer: {
    en: "Language: --lang, else LLM_CAREER_LANG, LC_ALL, LC_MESSAGES, LANG (zh_* = zh).\nExit codes: 0 ok, 1 failure, 2 usage error, 130 cancelled (129 hang-up, 143 terminated).",
    zh: "语言：先看 --lang，其次是 LLM_CAREER_LANG、LC_ALL、LC_MESSAGES、LANG（zh_* 即中文）。\n退出码：0 成功，1 运行失败，2 用法错误，130 已取消（129 终端断开，143 被终止）。",
  },
  helpCommand: { en: "show help for a command", zh: "显示某个命令的帮助" },
  helpArgument: { en: "the command to explain", zh: "要查看的命令" },
});

export const HELP_COMMANDS = defineMessages({
  list: {
    en: "list the six directions: number, id, name, nickname, entry barrier, verdict",
    zh: "列出六大方向：编号、id、名称、外号、入门门槛、一句话总结",
  },
  show: {
    en: "show a direction's full profile with its role table, or one role's profile",
    zh: "查看一个方向的完整介绍和岗位表，或一个岗位的介绍",
  },
  compare: {
    en: "compare two or more directions side by side: barrier, roles, key skills, who fits, market, verdict",
    zh: "并排比较两个或更多方向：门槛、岗位、关键技能、适合人群、市场、总结",
  },
  questions: {
    en: "print the questionnaire: every question and option with its id, for writing answers files",
    zh: "打印问卷：每道题和每个选项及其 id，方便手写答案文件",
  },
  recommend: {
    en: "answer the questionnaire (or pass answers) and get every direction ranked by fit, with reasons",
    zh: "回答问卷（或直接给出答案），按契合度给六个方向排序，并说明理由",
  },
  gap: {
    en: "for a direction you choose: the criteria you meet, the ones you miss, and the smallest change that makes it your first",
    zh: "针对你选的方向：哪些条件已经满足、哪些还缺，以及让它排到第一的最小改变",
  },
  plan: {
    en: "a 30/60/90-day plan towards a direction: what to learn first and small fit experiments, built from your gaps",
    zh: "朝一个方向的 30/60/90 天计划：先学什么、做哪些小实验来试试合不合适，依据是你的差距",
  },
  schema: {
    en: "print the JSON Schema of the answers file or of a command's --json output",
    zh: "打印答案文件或某个命令 --json 输出的 JSON Schema",
  },
  completion: {
    en: "print a shell completion script (commands, options and their values, files, direction and role ids): bash, zsh or fish",
    zh: "打印 shell 补全脚本（命令、选项及其取值、文件、方向和岗位 id）：bash、zsh 或 fish",
  },
});

export const HELP_ARGUMENTS = defineMessages({
  direction: { en: "a direction: number, id, alias or name", zh: "一个方向：编号、id、别名或名称" },
  anotherDirection: { en: "another direction", zh: "另一个方向" },
  moreDirections: { en: "more directions", zh: "更多方向" },
  entry: {
    en: "a direction or role: number, id, alias or name, in English or Chinese",
    zh: "一个方向或岗位：编号、id、别名或名称，中英文都可以",
  },
  schemaName: { en: "which schema", zh: "哪一个 schema" },
  shell: { en: "the shell", zh: "哪种 shell" },
});

export const HELP_OPTIONS = defineMessages({
  json: {
    en: (schema: string) => `print one JSON document (see \`llm-career schema ${schema}\`)`,
    zh: (schema: string) => `输出一个 JSON 文档（格式见 \`llm-career schema ${schema}\`）`,
  },
  jsonOrFormat: {
    en: (schema: string) => `print one JSON document (same as --format json; see \`llm-career schema ${schema}\`)`,
    zh: (schema: string) => `输出一个 JSON 文档（同 --format json；格式见 \`llm-career schema ${schema}\`）`,
  },
  format: {
    en: "text for people, markdown or html for reports, json for scripts",
    zh: "text 给人看，markdown 或 html 做报告，json 给脚本用",
  },
  answers: { en: "read answers from a JSON file (- for standard input)", zh: "从 JSON 文件读取答案（- 表示标准输入）" },
  code: { en: "use the answers behind an answer code from an earlier result", zh: "使用之前结果里的答案代码所代表的答案" },
  about: {
    en: "describe your background in your own words (Chinese or English)",
    zh: "用自己的话描述你的背景（中文或英文都行）",
  },
  aboutFile: {
    en: "read that description from a file (- for standard input)",
    zh: "从文件读取这段描述（- 表示标准输入）",
  },
  exclude: { en: "rank without these directions (comma-separated or repeated)", zh: "排序时排除这些方向（用逗号分隔，或多次给出）" },
  save: { en: "save the answers, to rerun later with --answers", zh: "保存答案，以后用 --answers 重新运行" },
  force: { en: "let --save replace an existing file", zh: "允许 --save 覆盖已有文件" },
  batch: {
    en: "read JSON Lines of answer documents on stdin, print one compact result per line",
    zh: "从标准输入逐行读取答案文档（JSON Lines），每行输出一条精简结果",
  },
  details: {
    en: "the full profiles of the three leading directions and the unanswered questions, not only the one-screen summary",
    zh: "列出前三个方向的完整分析和没有回答的问题，而不只是一屏的摘要",
  },
});

/** Each command's examples, one per line: a command line, a tab, then what it does (or nothing). */
export const HELP_EXAMPLES = defineMessages({
  program: {
    en: [
      "llm-career\tanswer the questionnaire (on a terminal)",
      "llm-career recommend --answers a.json --json\t",
      "llm-career list\tthe six directions",
      "llm-career show infra\ta direction's profile and roles",
      "llm-career compare 2 3\tdirections side by side",
      "llm-career gap infra --code C\twhat you miss for a direction",
      "llm-career plan data\ta 90-day plan",
      "llm-career list --json\tone JSON document, for scripts",
      "llm-career help recommend\ta command's options",
      "llm-career show 推理 --lang zh\tin Chinese",
    ].join("\n"),
    zh: [
      "llm-career\t在终端里回答问卷",
      "llm-career recommend --answers a.json --json\t",
      "llm-career list\t六大方向",
      "llm-career show infra\t一个方向的介绍和岗位",
      "llm-career compare 2 3\t并排比较方向",
      "llm-career gap infra --code C\t离一个方向还差什么",
      "llm-career plan data\t90 天计划",
      "llm-career list --json\t一个 JSON 文档，给脚本用",
      "llm-career help recommend\t某个命令的选项",
      "llm-career show infra --lang en\t英文输出",
    ].join("\n"),
  },
  list: {
    en: "llm-career list\t\nllm-career list --lang zh\t\nllm-career list --json | jq -r '.directions[].id'\t",
    zh: "llm-career list\t\nllm-career list --lang en\t\nllm-career list --json | jq -r '.directions[].id'\t",
  },
  show: {
    en: "llm-career show infra\t\nllm-career show 3\t\nllm-career show 推理\t\nllm-career show rag-engineer --json\t",
    zh: "llm-career show infra\t\nllm-career show 3\t\nllm-career show 推理\t\nllm-career show rag-engineer --json\t",
  },
  compare: {
    en: "llm-career compare infra inference\t\nllm-career compare 1 2 3 --lang zh\t\nllm-career compare apps safety --json\t",
    zh: "llm-career compare infra inference\t\nllm-career compare 1 2 3\t\nllm-career compare apps safety --json\t",
  },
  questions: {
    en: "llm-career questions\t\nllm-career questions --json | jq '.questions[] | {id, kind}'\t",
    zh: "llm-career questions\t\nllm-career questions --json | jq '.questions[] | {id, kind}'\t",
  },
  recommend: {
    en: [
      "llm-career recommend\task on this terminal",
      "llm-career recommend --save my-answers.json\task, then keep the answers",
      "llm-career recommend --answers my-answers.json --json\t",
      "llm-career recommend --code 3-qwk8nfwfphrqfehnz --exclude algorithms,infra\t",
      "llm-career recommend --answers a.json --format html > fit.html\t",
      "cat answers.jsonl | llm-career recommend --batch > results.jsonl\t",
    ].join("\n"),
    zh: [
      "llm-career recommend\t在这个终端里答题",
      "llm-career recommend --save my-answers.json\t答完后保存答案",
      "llm-career recommend --answers my-answers.json --json\t",
      "llm-career recommend --code 3-qwk8nfwfphrqfehnz --exclude algorithms,infra\t",
      "llm-career recommend --answers a.json --format html > fit.html\t",
      "cat answers.jsonl | llm-career recommend --batch > results.jsonl\t",
    ].join("\n"),
  },
  gap: {
    en: "llm-career gap infra --answers my-answers.json\t\nllm-career gap 5 --code 3-qwk8nfwfphrqfehnz --format markdown > gap.md\t",
    zh: "llm-career gap infra --answers my-answers.json\t\nllm-career gap 5 --code 3-qwk8nfwfphrqfehnz --format markdown > gap.md\t",
  },
  plan: {
    en: "llm-career plan inference\t\nllm-career plan data --answers my-answers.json --format markdown > plan.md\t",
    zh: "llm-career plan inference\t\nllm-career plan data --answers my-answers.json --format markdown > plan.md\t",
  },
  schema: {
    en: "llm-career schema answers > answers.schema.json\t\nllm-career schema recommendation\t",
    zh: "llm-career schema answers > answers.schema.json\t\nllm-career schema recommendation\t",
  },
  completion: {
    en: 'eval "$(llm-career completion bash)"\tin ~/.bashrc\nllm-career completion zsh > "${fpath[1]}/_llm-career"\t\nllm-career completion fish | source\tin ~/.config/fish/config.fish',
    zh: 'eval "$(llm-career completion bash)"\t写进 ~/.bashrc\nllm-career completion zsh > "${fpath[1]}/_llm-career"\t\nllm-career completion fish | source\t写进 ~/.config/fish/config.fish',
  },
});

/** Text after a command's examples. */
export const HELP_NOTES = defineMessages({
  recommend: {
    en: 'Answers file: {"answers": {"<questionId>": <answer>}}, where an answer is "<optionId>", ["<optionId>", ...] or a number. Ids: `llm-career questions --json`; schema: `llm-career schema answers`. Every result ends with an answer code; --code reproduces it exactly.',
    zh: "答案文件：{\"answers\": {\"<questionId>\": <answer>}}，答案是 \"<optionId>\"、[\"<optionId>\", ...] 或一个数字。id 见 `llm-career questions --json`，格式见 `llm-career schema answers`。每个结果最后都有一个答案代码，用 --code 可以原样重现。",
  },
});
