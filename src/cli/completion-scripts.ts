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
  # bash splits --format=m at the "=": right after it, the word is the "=", and
  # what is typed after it is none yet.
  [[ "$cur" == "=" ]] && cur=""
  local -a candidates=()
  COMPREPLY=()
  # Line by line, never through compgen -W or an unquoted $(…): those expand
  # what they are given, and a candidate after a comma repeats the word typed,
  # $(…) and * included.
  while IFS= read -r line; do candidates+=("$line"); done < <(
    ethics __complete --current="$cur" -- "\${COMP_WORDS[@]:1:COMP_CWORD-1}" \\
      2>/dev/null)
  # \${…-}: no candidate leaves candidates[0] unset, which stops a shell with
  # set -u (nounset) at "unbound variable", printed into the line being typed.
  case "\${candidates[0]-}" in
    :files|:dirs)
      if [[ "$cur" == -* ]]; then
        _ethics_offer "$cur" "\${candidates[@]:1}"
      else
        compopt -o filenames 2>/dev/null
        if [[ "\${candidates[0]-}" == :dirs ]]; then
          while IFS= read -r line; do COMPREPLY+=("$line"); done \\
            < <(compgen -d -- "$cur")
        else
          while IFS= read -r line; do COMPREPLY+=("$line"); done \\
            < <(compgen -f -- "$cur")
        fi
      fi ;;
    *) _ethics_offer "$cur" "\${candidates[@]}" ;;
  esac
}
# The candidates (after the first argument, the word typed) that start with the
# word typed, or with it as the shell will read it ('med, "med, m\\ed: med):
# ethics offers code ids as they are, and a quoted word matched none of them.
# Readline replaces only the end of the word: after its last break outside
# quotes (COMP_WORDBREAKS: the "(" and the space of $(echo ak),w), or after a
# quote left open, where COMP_WORDS holds the whole word. Each candidate goes
# without what comes before that end, or a Tab would write it twice
# ($(echo $(echo ak),wisconsin); one matched as read goes after the word as
# typed, its quotes kept ('me'd: 'me'di-cal).
_ethics_offer() {
  local cur="$1" candidate char quote="" at start plain=""
  local after_break=0 after_quote=0
  shift
  for ((at = 0; at < \${#cur}; at++)); do
    char="\${cur:at:1}"
    if [[ -n "$quote" ]]; then
      if [[ "$char" == "$quote" ]]; then quote=""
      elif [[ "$quote" == '"' && "$char" == "\\\\" ]]; then
        at=$((at + 1))
        # In double quotes a backslash escapes only " \\ $ and \`; before anything
        # else it is itself.
        [[ "\${cur:at:1}" == [\\\"\\\\\\$\\\`] ]] || plain+="$char"
        plain+="\${cur:at:1}"
      else plain+="$char"; fi
    elif [[ "$char" == "\\\\" ]]; then at=$((at + 1)); plain+="\${cur:at:1}"
    elif [[ "$char" == "'" || "$char" == '"' ]]; then
      quote="$char" after_quote=$((at + 1))
    else
      plain+="$char"
      [[ "\${COMP_WORDBREAKS-}" == *"$char"* ]] && after_break=$((at + 1))
    fi
  done
  if [[ -n "$quote" ]]; then start=$after_quote; else start=$after_break; fi
  for candidate in "$@"; do
    if [[ "$candidate" == "$cur"* ]]; then COMPREPLY+=("\${candidate:start}")
    elif [[ "$candidate" == "$plain"* ]]; then
      candidate="$cur\${candidate:\${#plain}}"
      COMPREPLY+=("\${candidate:start}")
    fi
  done
  return 0
}
complete -F _ethics_complete ethics
`;

const zsh = `#compdef ethics
# ethics completion for zsh. Install:
#   ethics completion zsh > "\${fpath[1]}/_ethics"
_ethics() {
  local -a candidates
  local head
  # $PREFIX, not \${words[CURRENT]}: the word as zsh matches candidates to it
  # ('ak',w is ak,w). No output is no candidate, not an empty one, which would
  # take back the space typed.
  candidates=("\${(@f)$(ethics __complete --current="$PREFIX" \\
    -- "\${(@)words[2,CURRENT-1]}" 2>/dev/null)}")
  candidates=("\${(@)candidates:#}")
  case "\${candidates[1]}" in
    :files|:dirs)
      # --data=<folder>: the folder is completed after the "=".
      compset -P '--[^=]#='
      if [[ "$PREFIX" == -* ]]; then
        compadd -a "candidates[2,-1]"
      elif [[ "\${candidates[1]}" == :dirs ]]; then
        _files -/
      else
        _files
      fi ;;
    *)
      # What the values go after (--format=, or a list up to its last comma)
      # stays as typed: added with the values, compadd would quote it again:
      # $(cmd x),w became \\$\\(cmd\\ x\\),…
      head="\${(M)PREFIX##*[,=]}"
      if [[ -n "$head" ]]; then
        compset -P '*[,=]'
        candidates=("\${(@)\${(@M)candidates:#$head*}#$head}")
      fi
      compadd -a candidates ;;
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _ethics "$@"
else
  compdef _ethics ethics
fi
`;

const fish = `# ethics completion for fish. Install:
#   ethics completion fish > ~/.config/fish/completions/ethics.fish
function __ethics_complete
    set -l current (commandline -ct)
    # The word unquoted, as fish matches candidates to it (the words before it,
    # -o, are too): given 'ak',w as typed, the candidates ('ak',wisconsin) match
    # nothing, and fish writes the one it picks over the word, quotes escaped:
    # \\'ak\\',wisconsin.
    set -l typed (string unescape -- "$current")
    set -l before (commandline -opc)[2..-1]
    set -l candidates (ethics __complete --current="$typed" -- $before \\
        2>/dev/null)
    switch "$candidates[1]"
        case :files :dirs
            # --data=<folder>: __fish_complete_directories completes the folder
            # after the "=".
            if string match -q -- '-*' "$current"
                and not string match -q -- '-*=*' "$current"
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
