// What `llm-career completion` says beside the script, when it is printed on a terminal.
import { defineMessages } from "./define.js";

export const COMPLETION = defineMessages({
  bash: {
    en: 'To turn it on, add  eval "$(llm-career completion bash)"  to ~/.bashrc and open a new terminal.',
    zh: '要启用补全，把  eval "$(llm-career completion bash)"  加进 ~/.bashrc，再开一个新终端。',
  },
  zsh: {
    en: 'To turn it on, run  llm-career completion zsh > "${fpath[1]}/_llm-career"  and start a new zsh.',
    zh: '要启用补全，运行  llm-career completion zsh > "${fpath[1]}/_llm-career"，再开一个新的 zsh。',
  },
  fish: {
    en: "To turn it on, run  llm-career completion fish > ~/.config/fish/completions/llm-career.fish",
    zh: "要启用补全，运行  llm-career completion fish > ~/.config/fish/completions/llm-career.fish 即可。",
  },
});
