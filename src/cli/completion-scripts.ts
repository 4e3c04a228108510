// Shell glue for `ethics completion <shell>`. Each asks `ethics __complete` for candidates, so
// users' own codes and sections complete too, and the scripts never go stale.

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const bash = `# ethics completion for bash. Install: ethics completion bash > ~/.local/share/bash-completion/completions/ethics
_ethics_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}"
  local IFS=$'\\n'
  COMPREPLY=( $(compgen -W "$(ethics __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)" -- "$cur") )
}
complete -F _ethics_complete ethics
`;

const zsh = `#compdef ethics
# ethics completion for zsh. Install: ethics completion zsh > "\${fpath[1]}/_ethics"
_ethics() {
  local -a candidates
  candidates=("\${(@f)$(ethics __complete -- "\${(@)words[2,CURRENT-1]}" 2>/dev/null)}")
  compadd -a candidates
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _ethics "$@"; else compdef _ethics ethics; fi
`;

const fish = `# ethics completion for fish. Install: ethics completion fish > ~/.config/fish/completions/ethics.fish
complete -c ethics -f -a '(ethics __complete -- (commandline -opc)[2..-1] 2>/dev/null)'
`;

export const completionScripts: Record<Shell, string> = { bash, zsh, fish };
