// Shell glue for `ethics completion <shell>`. Each asks `ethics __complete` for candidates, so
// users' own codes and sections complete too, and the scripts never go stale. A first line
// ":files" or ":dirs" (src/cli/complete.ts) hands the word to the shell's own completion of
// paths; the lines after it are the options, offered for a word that starts with "-". The word
// being completed goes as --current=<word>, for what follows a comma in a list (--code
// alaska,<TAB>) or an "=" (--format=<TAB>): joined to it, so that a word such as "--data=x" is
// its value, not an option of ethics itself.

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

const bash = `# ethics completion for bash. Install:
#   ethics completion bash > ~/.local/share/bash-completion/completions/ethics
_ethics_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" line
  # bash splits --format=m at the "=": right after it, the word is the "=", and what is typed
  # after it is none yet.
  [[ "$cur" == "=" ]] && cur=""
  local -a candidates=()
  COMPREPLY=()
  # Line by line, never through compgen -W or an unquoted $(…): those expand what they are
  # given, and a candidate after a comma repeats the word typed, $(…) and * included.
  while IFS= read -r line; do candidates+=("$line"); done < <(ethics __complete --current="$cur" -- "\${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)
  case "\${candidates[0]}" in
    :files|:dirs)
      if [[ "$cur" == -* ]]; then
        _ethics_offer "$cur" "\${candidates[@]:1}"
      else
        compopt -o filenames 2>/dev/null
        if [[ "\${candidates[0]}" == :dirs ]]; then
          while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -d -- "$cur")
        else
          while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
        fi
      fi ;;
    *) _ethics_offer "$cur" "\${candidates[@]}" ;;
  esac
}
# The candidates (after the first argument, the word typed) that start with the word typed.
_ethics_offer() {
  local cur="$1" candidate
  shift
  for candidate in "$@"; do
    [[ "$candidate" == "$cur"* ]] && COMPREPLY+=("$candidate")
  done
  return 0
}
complete -F _ethics_complete ethics
`;

const zsh = `#compdef ethics
# ethics completion for zsh. Install: ethics completion zsh > "\${fpath[1]}/_ethics"
_ethics() {
  local -a candidates
  candidates=("\${(@f)$(ethics __complete --current="\${words[CURRENT]}" -- "\${(@)words[2,CURRENT-1]}" 2>/dev/null)}")
  case "\${candidates[1]}" in
    :files|:dirs)
      if [[ "$PREFIX" == -* ]]; then
        compadd -a "candidates[2,-1]"
      elif [[ "\${candidates[1]}" == :dirs ]]; then
        _files -/
      else
        _files
      fi ;;
    *) compadd -a candidates ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _ethics "$@"; else compdef _ethics ethics; fi
`;

const fish = `# ethics completion for fish. Install:
#   ethics completion fish > ~/.config/fish/completions/ethics.fish
function __ethics_complete
    set -l current (commandline -ct)
    set -l candidates (ethics __complete --current="$current" -- (commandline -opc)[2..-1] 2>/dev/null)
    switch "$candidates[1]"
        case :files :dirs
            if string match -q -- '-*' "$current"
                printf '%s\\n' $candidates[2..-1]
            else if test "$candidates[1]" = :dirs
                __fish_complete_directories "$current"
            else
                __fish_complete_path "$current"
            end
        case '*'
            printf '%s\\n' $candidates
    end
end
complete -c ethics -f -a '(__ethics_complete)'
`;

export const completionScripts: Record<Shell, string> = { bash, zsh, fish };
