# bash completion for acct, the account manager's portfolio tool.   -*- shell-script -*-
# Installed as share/bash-completion/completions/acct; also printed by `acct completion bash`.
# Client names, tiers and stages come from `acct __complete clients|tiers|stages`, run with
# the --db and --config of the command line being completed.

# Words that are the names of things, by what they name.
_acct_commands='init config client contact deal refund touch followup invoice payment rate case plan today search report kpi import export backup undo log completion'
_acct_formats='table csv tsv json xlsx ics'
_acct_colors='auto always never'
_acct_statuses='customer prospect archived'
_acct_deal_kinds='new upsell cross-sell renewal'
_acct_touch_kinds='call visit meeting email message note'
_acct_severities='low normal high critical'
_acct_reports='sales history pipeline forecast receivables abc activity portfolio'
_acct_by_keys='client product month week tier region kind'
_acct_io_kinds='clients contacts deals refunds touches followups invoices payments cases rates all'
_acct_duplicates='error skip update'
_acct_dates='today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun'
_acct_weeks='this next last'
_acct_periods='this-week last-week this-month last-month this-quarter last-quarter this-year last-year ytd qtd mtd'
_acct_global_flags='--db --config --format --output --csv --json --bom --today --color -q --quiet --help --help-all --version'

# The flags of each command, by its path.
_acct_flags_for() {
  case $1 in
    'client add') echo '--tier --status --industry --region --tags --cadence --credit-limit --terms --note --currency --address --since' ;;
    'client edit') echo '--name --tier --status --industry --region --tags --cadence --credit-limit --terms --note --currency --address --since' ;;
    'client list') echo '--tier --status --tag --region --search --all' ;;
    'contact add') echo '--role --email --phone --birthday --decision-maker --note' ;;
    'contact edit') echo '--name --role --email --phone --birthday --decision-maker --note --client' ;;
    'deal log') echo '--date --product --kind --title --discount --currency' ;;
    'deal add') echo '--stage --close --probability --product --kind --currency' ;;
    'deal win') echo '--amount --date' ;;
    'deal lose') echo '--reason --date' ;;
    'deal refund') echo '--date --reason --currency' ;;
    'deal list') echo '--open --won --lost --stale --client --period --product' ;;
    'deal edit') echo '--amount --title --product --kind --probability --close --date --discount --currency --client' ;;
    'deal reopen') echo '--stage' ;;
    'deal delete' | 'refund delete' | 'touch delete' | 'invoice delete' | 'payment delete' | \
      'case delete' | 'contact delete' | 'client delete' | 'rate delete') echo '--yes' ;;
    'rate list') echo '--currency' ;;
    'rate import') echo '--dry-run --on-duplicate --delimiter --locale' ;;
    'refund list') echo '--client --deal --period' ;;
    touch) echo '--date --contact --next --next-date --keep-followups' ;;
    'touch list') echo '--client --kind --period' ;;
    'touch edit') echo '--kind --date --summary --contact' ;;
    'followup list') echo '--client --overdue --all' ;;
    'followup done') echo '--date' ;;
    'invoice add') echo '--due --number --issued --deal --currency' ;;
    'invoice pay') echo '--amount --date --currency' ;;
    'invoice list') echo '--overdue --client' ;;
    'invoice edit') echo '--amount --due --issued --number --deal' ;;
    'payment list') echo '--invoice --client --period' ;;
    'case open') echo '--severity --at' ;;
    'case respond') echo '--at' ;;
    'case resolve') echo '--at --note' ;;
    'case edit') echo '--summary --severity --opened --responded --resolved --note' ;;
    'deal move') echo '--probability --close' ;;
    'case list') echo '--open --client' ;;
    plan) echo '--week --from --days --calls-per-day --visits-per-day --alarm --explain' ;;
    'report sales') echo '--period --by --compare' ;;
    'report pipeline') echo '--list' ;;
    'report forecast' | 'report abc' | 'report activity') echo '--period' ;;
    kpi) echo '--period --what-if --statement' ;;
    import*) echo '--dry-run --on-duplicate --create-clients --delimiter --encoding --locale --map --ignore-columns' ;;
    backup) echo '--force' ;;
    undo) echo '--list --yes' ;;
    search) echo '--client' ;;
  esac
}

# Flags that take no value; every other flag takes the next word.
_acct_is_switch() {
  case $1 in
    --csv | --json | --bom | -q | --quiet | --help | -h | --help-all | --version | --all | --open | \
      --won | --lost | --stale | --overdue | --compare | --list | --dry-run | --create-clients | --ignore-columns | --explain | \
      --force | --yes | --statement | --keep-followups)
      return 0 ;;
    --decision-maker) [[ $2 != 'contact edit' ]] ;;
    *) return 1 ;;
  esac
}

# _acct_names KIND: one name per line from the database or config of this command line.
_acct_names() {
  local -a source=()
  [[ -n ${_acct_db-} ]] && source+=(--db "$_acct_db")
  [[ -n ${_acct_config-} ]] && source+=(--config "$_acct_config")
  "${_acct_program:-acct}" "${source[@]}" __complete "$1" 2>/dev/null
}

# _acct_reply_lines TEXT: COMPREPLY from newline-separated candidates that start with the
# current word (ignoring case and a leading quote), quoted for the shell: names have spaces.
_acct_reply_lines() {
  local IFS=$'\n' candidate typed=${cur#[\"\']}
  COMPREPLY=()
  for candidate in $1; do
    [[ ${candidate,,} == "${typed,,}"* ]] && COMPREPLY+=("$(printf '%q' "$candidate")")
  done
}

_acct_reply_words() { COMPREPLY=($(compgen -W "$1" -- "$cur")); }

# Completes the value of the option $1 of command path $2; returns 1 if $1 takes none.
_acct_option_value() {
  case $1 in
    --db | --config | --output) _filedir ;;
    --format) _acct_reply_words "$_acct_formats" ;;
    --color) _acct_reply_words "$_acct_colors" ;;
    --today | --date | --next-date | --close | --due | --issued | --from | --at | --opened | --responded | --resolved) _acct_reply_words "$_acct_dates" ;;
    --week) _acct_reply_words "$_acct_weeks" ;;
    --period) _acct_reply_words "$_acct_periods" ;;
    --tier) _acct_reply_lines "$(_acct_names tiers)" ;;
    --stage) _acct_reply_lines "$(_acct_names stages)" ;;
    --status) _acct_reply_words "$_acct_statuses" ;;
    --kind) if [[ $2 == touch* ]]; then _acct_reply_words "$_acct_touch_kinds"; else _acct_reply_words "$_acct_deal_kinds"; fi ;;
    --severity) _acct_reply_words "$_acct_severities" ;;
    --by) _acct_reply_words "$_acct_by_keys" ;;
    --on-duplicate) _acct_reply_words "$_acct_duplicates" ;;
    --encoding) _acct_reply_words 'cp1251 cp1250 cp1252 cp1253 koi8-r latin1 utf-8 utf-16' ;;
    --locale) _acct_reply_words 'ro it el ru fr' ;;
    --delimiter) _acct_reply_words ', ; tab' ;;
    --client) _acct_reply_lines "$(_acct_names clients)" ;;
    --decision-maker) _acct_reply_words 'yes no' ;;
    *) _acct_is_switch "$1" "$2" && return 1 ;;  # a value we cannot guess: offer nothing
  esac
  return 0
}

# Completes positional argument number $2 (0-based after the command path) of path $1.
_acct_positional() {
  local path=$1 n=$2
  case "$path:$n" in
    'client show:0' | 'client edit:0' | 'client archive:0' | 'client unarchive:0' | 'client delete:0' | 'contact add:0' | \
      'contact list:0' | 'deal log:0' | 'deal add:0' | 'invoice add:0' | 'case open:0' | 'touch:0' | \
      'report history:0')
      _acct_reply_lines "$(_acct_names clients)" ;;
    'touch:1') _acct_reply_words "$_acct_touch_kinds" ;;
    'deal move:1') _acct_reply_lines "$(_acct_names stages)" ;;
    'export all:0' | 'import all:0') _filedir -d ;;
    'import '*':0' | 'backup:0') _filedir ;;
  esac
}

_acct() {
  local cur prev words cword
  _init_completion -n = || return
  local _acct_program=${words[0]} _acct_db='' _acct_config=''
  local -a positional=()
  local i word path=''
  # Walk the words before the cursor: options and their values aside, the rest are positional.
  for ((i = 1; i < cword; i++)); do
    word=${words[i]}
    case $word in
      --db) _acct_db=${words[i + 1]-} ;;
      --config) _acct_config=${words[i + 1]-} ;;
      --db=*) _acct_db=${word#--db=} ;;
      --config=*) _acct_config=${word#--config=} ;;
    esac
    if [[ $word == -* ]]; then
      [[ $word == *=* ]] || _acct_is_switch "$word" "$path" || ((i++))
      continue
    fi
    positional+=("$word")
    case ${#positional[@]} in
      1) path=$word ;;
      2) case ${positional[0]} in client | contact | deal | refund | followup | invoice | payment | rate | case | config | report | import | export)
           path="$path $word" ;;
         touch) case $word in list | edit | delete) path="$path $word" ;; esac ;;
         esac ;;
    esac
  done

  if [[ $prev == -* && $prev != *=* ]] && _acct_option_value "$prev" "$path"; then return; fi
  if [[ $cur == --*=* ]]; then
    local option=${cur%%=*}
    cur=${cur#*=}
    _acct_option_value "$option" "$path"
    return
  fi
  if [[ $cur == -* ]]; then
    _acct_reply_words "$(_acct_flags_for "$path") $_acct_global_flags"
    return
  fi

  local command=${positional[0]-}
  local depth=1
  case $command in
    '') _acct_reply_words "$_acct_commands"; return ;;
    client) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'add list show edit archive unarchive delete'; return; } ;;
    contact) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'add list edit delete'; return; } ;;
    deal) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'log add move win lose refund list edit reopen delete'; return; } ;;
    touch) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_lines "$(printf '%s\n' list edit delete; _acct_names clients)"; return; } ;;
    refund) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'list delete'; return; } ;;
    followup) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'list done move drop'; return; } ;;
    invoice) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'add pay list edit delete'; return; } ;;
    payment) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'list delete'; return; } ;;
    rate) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'add list delete import'; return; } ;;
    case) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'open respond resolve list reopen edit delete'; return; } ;;
    config) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'check show'; return; } ;;
    report) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words "$_acct_reports"; return; } ;;
    import | export) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words "$_acct_io_kinds"; return; } ;;
    completion) [[ ${#positional[@]} -eq 1 ]] && { _acct_reply_words 'bash zsh fish'; return; } ;;
  esac
  [[ $path == *' '* ]] && depth=2
  _acct_positional "$path" $((${#positional[@]} - depth))
} &&
  complete -F _acct acct

# ex: filetype=sh
