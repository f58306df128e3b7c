# Completes command lines in a real interactive zsh, driven through a pseudo-terminal (zpty),
# and prints what the completion system offers: 'zsh zsh-capture.zsh <script> <line>...'
# prints, for each line, '== <line>' and then one offered word a line. The words are caught by
# wrapping compadd: 'compadd -O' gives the matches without adding them.
zmodload zsh/zpty || exit 3
script=$1; shift
zpty capture zsh -f -i
zpty -w capture "PS1=''; PROMPT=''; autoload -Uz compinit && compinit -u -d ${TMPDIR:-/tmp}/slingr-pkg-zcompdump-$$"
zpty -w capture "source ${(q)script}"
# The marker is split in the typed text so the echoed input never looks like a match.
zpty -w capture 'compadd() { local -a found; builtin compadd -O found "$@"; print -rl -- ${found/#/OFF""ERED:} >/dev/tty; }'
# Called by the completion system when a completion is over: the test waits for it, so a busy
# machine cannot make the next keys arrive while completion is still running.
zpty -w capture '_capture_done() { print -r -- COMP""LETE42 >/dev/tty; }'
zpty -w capture "zstyle ':completion:*' menu no; print READY\$((40+2))"

# Reads the terminal until $1 appears (at most 10 seconds); the text read is in $output.
read_until() {
  output=''
  local chunk deadline=$(( SECONDS + 10 ))
  while (( SECONDS < deadline )); do
    if zpty -r -t capture chunk 2>/dev/null; then
      output+=$chunk
      [[ $output == *$1* ]] && return 0
    else
      sleep 0.02
    fi
  done
  return 1
}

read_until READY42 || exit 4
for line in "$@"; do
  zpty -w capture "comppostfuncs=(_capture_done); print ARMED\$((40+2))"
  read_until ARMED42 || exit 6
  zpty -w -n capture "$line"$'\t'
  read_until COMPLETE42 || exit 7
  offers=$output
  zpty -w capture $'\C-u'"print DONE\$((40+2))"
  read_until DONE42 || exit 5
  print -r -- "== $line"
  print -rl -- ${(u)${(M)${(f)offers//$'\r'/}:#*OFFERED:*}#*OFFERED:}
done
zpty -d capture
