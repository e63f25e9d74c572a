# zsh -f zsh_complete.zsh COMPLETIONS_DIR BIN_DIR 'command line'
# Types the command line into an interactive zsh (in a pseudo-terminal, zsh/zpty), presses
# TAB, and prints what zsh drew: the completed line or the list of candidates.
zmodload zsh/zpty
local dir=$1 bin_dir=$2 line=$3 out='' chunk
zpty z 'zsh -f -i'
zpty -w z "PS1=''; path=($bin_dir \$path); fpath=($dir \$fpath); autoload -U compinit; compinit -u -D; LISTMAX=0"
zpty -w z "print -r -- '<<ready>>'"
zpty -w -n z "$line"$'\t'
sleep 2
while zpty -r -t z chunk; do out+=$chunk; done
zpty -d z
# What follows the typed line, escape sequences removed.
print -r -- "${${out##*<<ready>>}//$'\e'\[[0-9;?]#[A-Za-z]/}"
