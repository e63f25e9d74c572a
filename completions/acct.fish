# fish completion for acct, the account manager's portfolio tool.
# Installed as share/fish/vendor_completions.d/acct.fish; also printed by `acct completion fish`.
# Client names, tiers and stages come from `acct __complete clients|tiers|stages`, run with
# the --db and --config of the command line being completed.

# The positional words typed so far (command, subcommand, arguments), options and their
# values left out.
function __acct_positional
    set -l words (commandline -opc)
    set -e words[1]
    set -l switches --csv --json --bom -q --quiet --help -h --help-all --version --all --open --won \
        --lost --stale --overdue --compare --list --dry-run --create-clients --ignore-columns --explain --force --yes
    set -l skip 0
    set -l out
    for w in $words
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $w
            case '--*=*'
                continue
            case '-*'
                if not contains -- $w $switches
                    # --decision-maker is a switch on contact add, takes yes/no on contact edit
                    if test "$w" = --decision-maker; and test "$out[1] $out[2]" != 'contact edit'
                        continue
                    end
                    set skip 1
                end
                continue
        end
        set -a out $w
    end
    # printf with no arguments would still print an empty line: one "word" too many.
    test (count $out) -gt 0; and printf '%s\n' $out
    return 0
end

# __acct_at PATH... N: the command path is PATH and N positional arguments follow it.
function __acct_at
    # $argv[1..-2] of a single argument would be that argument (fish ranges run backwards).
    set -l want
    test (count $argv) -gt 1; and set want $argv[1..-2]
    set -l n $argv[-1]
    set -l have (__acct_positional)
    test (count $have) -eq (math (count $want) + $n); or return 1
    for i in (seq (count $want))
        test "$have[$i]" = "$want[$i]"; or return 1
    end
    return 0  # a loop that runs no time leaves the status of its last command
end

# __acct_in PATH...: the command path starts with PATH (any number of arguments after it).
function __acct_in
    set -l have (__acct_positional)
    test (count $have) -ge (count $argv); or return 1
    for i in (seq (count $argv))
        test "$have[$i]" = "$argv[$i]"; or return 1
    end
end

function __acct_names
    set -l words (commandline -opc)
    set -l source
    for i in (seq (count $words))
        switch $words[$i]
            case --db --config
                set -a source $words[$i] $words[(math $i + 1)]
            case '--db=*' '--config=*'
                set -a source $words[$i]
        end
    end
    $words[1] $source __complete $argv[1] 2>/dev/null
end

complete -c acct -f

# Global options, everywhere.
complete -c acct -l db -r -F -d 'Database file'
complete -c acct -l config -r -F -d 'Config file'
complete -c acct -l format -x -a 'table csv tsv json xlsx ics' -d 'Output format'
complete -c acct -l output -r -F -d 'Write the data output to a file'
complete -c acct -l csv -d 'Same as --format csv'
complete -c acct -l json -d 'Same as --format json'
complete -c acct -l bom -d 'UTF-8 byte order mark before CSV'
complete -c acct -l today -x -a 'today yesterday tomorrow mon tue wed thu fri sat sun' -d 'Pin today'
complete -c acct -l color -x -a 'auto always never' -d 'Colour'
complete -c acct -s q -l quiet -d 'No confirmations on stderr'
complete -c acct -l help -d 'Print help'
complete -c acct -l help-all -d 'Print help for every command'
complete -c acct -l version -d 'Print the version'

# Commands.
set -l top '__acct_at 0'
complete -c acct -n $top -a init -d 'Create the database and a starter config'
complete -c acct -n $top -a config -d 'Check or show the configuration'
complete -c acct -n $top -a client -d 'Add, list, show and change clients'
complete -c acct -n $top -a contact -d 'Add, list and change contacts'
complete -c acct -n $top -a deal -d 'Log sales, manage the pipeline'
complete -c acct -n $top -a refund -d 'List and delete refunds'
complete -c acct -n $top -a followup -d 'List, close, move or drop follow-ups'
complete -c acct -n $top -a touch -d 'Log a call, visit, meeting, email, message or note'
complete -c acct -n $top -a invoice -d 'Receivables'
complete -c acct -n $top -a payment -d 'List and delete payments'
complete -c acct -n $top -a rate -d 'Exchange rates into the base currency'
complete -c acct -n $top -a case -d 'Complaints and problems'
complete -c acct -n $top -a plan -d 'The week of calls and visits'
complete -c acct -n $top -a today -d 'The morning screen: calls, follow-ups, birthdays, cases, invoices'
complete -c acct -n $top -a report -d 'Reports'
complete -c acct -n $top -a kpi -d 'KPIs, targets and the payout estimate'
complete -c acct -n $top -a import -d 'Import a CSV file'
complete -c acct -n $top -a export -d 'Export as CSV or JSON'
complete -c acct -n $top -a backup -d 'Consistent copy of the database'
complete -c acct -n $top -a search -d 'Find notes, touches, follow-ups, deals and cases'
complete -c acct -n '__acct_in search' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n $top -a undo -d 'Revert the last command that changed the database'
complete -c acct -n $top -a log -d 'The journal of changes'
complete -c acct -n $top -a completion -d 'Print a completion script'

# Subcommands and enumerated positional arguments.
complete -c acct -n '__acct_at config 0' -a 'check show'
complete -c acct -n '__acct_at completion 0' -a 'bash zsh fish'
complete -c acct -n '__acct_at client 0' -a 'add list show edit archive unarchive delete'
complete -c acct -n '__acct_at contact 0' -a 'add list edit delete'
complete -c acct -n '__acct_at deal 0' -a 'log add move win lose refund list edit reopen delete'
complete -c acct -n '__acct_at refund 0' -a 'list delete'
complete -c acct -n '__acct_at followup 0' -a 'list done move drop'
complete -c acct -n '__acct_at invoice 0' -a 'add pay list edit delete'
complete -c acct -n '__acct_at payment 0' -a 'list delete'
complete -c acct -n '__acct_at rate 0' -a 'add list delete import'
complete -c acct -n '__acct_at rate import 0' -F
complete -c acct -n '__acct_at case 0' -a 'open respond resolve list reopen edit delete'
complete -c acct -n '__acct_at report 0' -a 'sales history pipeline forecast receivables abc activity portfolio'
complete -c acct -n '__acct_at import 0' -a 'clients contacts deals refunds touches followups invoices payments cases rates all'
complete -c acct -n '__acct_at export 0' -a 'clients contacts deals refunds touches followups invoices payments cases rates all'
complete -c acct -n '__acct_at import clients 0; or __acct_at import contacts 0; or __acct_at import deals 0; or __acct_at import refunds 0; or __acct_at import touches 0; or __acct_at import followups 0; or __acct_at import invoices 0; or __acct_at import payments 0; or __acct_at import cases 0; or __acct_at import rates 0' -F
complete -c acct -n '__acct_at import all 0; or __acct_at export all 0' -x -a '(__fish_complete_directories)'
complete -c acct -n '__acct_at backup 0' -F
complete -c acct -n '__acct_at touch 0' -a 'list edit delete'
complete -c acct -n '__acct_at touch 1; and not __acct_in touch list; and not __acct_in touch edit; and not __acct_in touch delete' -a 'call visit meeting email message note'
complete -c acct -n '__acct_at deal move 1' -a '(__acct_names stages)'

# Client names where a REF is expected.
for path in 'client show' 'client edit' 'client archive' 'client unarchive' 'client delete' 'contact add' 'contact list' \
        'deal log' 'deal add' 'invoice add' 'case open' touch 'report history'
    complete -c acct -n "__acct_at $path 0" -a '(__acct_names clients)'
end

# Options of each command.
for path in 'client add' 'client edit' 'deal log' 'deal add' 'deal edit' 'invoice add'
    complete -c acct -n "__acct_in $path" -l currency -x -d 'ISO 4217 currency'
end
for path in 'deal refund' 'invoice pay'
    complete -c acct -n "__acct_in $path" -l currency -x -d 'Its deal or invoice currency, as a check'
end
complete -c acct -n '__acct_in rate list' -l currency -x -d 'One currency'
complete -c acct -n '__acct_in rate delete' -l yes -d 'Do not ask'
complete -c acct -n '__acct_in rate import' -l dry-run -d 'Check only'
complete -c acct -n '__acct_in rate import' -l on-duplicate -x -a 'error skip update' -d 'A stored day'
complete -c acct -n '__acct_in rate import' -l delimiter -x -d 'Field separator'
complete -c acct -n '__acct_in rate import' -l locale -x -a 'ro it el ru fr' -d 'Decimal commas as in'
for path in 'client add' 'client edit'
    set -l c "__acct_in $path"
    complete -c acct -n $c -l tier -x -a '(__acct_names tiers)' -d Tier
    complete -c acct -n $c -l status -x -a 'customer prospect archived' -d Status
    complete -c acct -n $c -l industry -x -d Industry
    complete -c acct -n $c -l region -x -d Region
    complete -c acct -n $c -l tags -x -d 'Comma-separated tags'
    complete -c acct -n $c -l cadence -x -d 'Contact every N days'
    complete -c acct -n $c -l credit-limit -x -d 'Credit limit'
    complete -c acct -n $c -l terms -x -d 'Payment terms in days'
    complete -c acct -n $c -l address -x -d 'Where visits go'
    complete -c acct -n $c -l since -x -d 'Customer since DATE'
    complete -c acct -n $c -l note -x -d Notes
end
complete -c acct -n '__acct_in client edit' -l name -x -d 'New name'
complete -c acct -n '__acct_in client list' -l tier -x -a '(__acct_names tiers)' -d 'Only this tier'
complete -c acct -n '__acct_in client list' -l status -x -a 'customer prospect archived' -d 'Only this status'
complete -c acct -n '__acct_in client list' -l tag -x -d 'Only this tag'
complete -c acct -n '__acct_in client list' -l region -x -d 'Only this region'
complete -c acct -n '__acct_in client list' -l search -x -d 'Text in name, industry or notes'
complete -c acct -n '__acct_in client list' -l all -d 'Include archived clients'

for path in 'contact add' 'contact edit'
    set -l c "__acct_in $path"
    complete -c acct -n $c -l role -x -d Role
    complete -c acct -n $c -l email -x -d Email
    complete -c acct -n $c -l phone -x -d Phone
    complete -c acct -n $c -l birthday -x -d 'MM-DD or YYYY-MM-DD'
    complete -c acct -n $c -l note -x -d Notes
end
complete -c acct -n '__acct_in contact add' -l decision-maker -d 'Decides purchases'
complete -c acct -n '__acct_in contact edit' -l decision-maker -x -a 'yes no' -d 'Decides purchases'
complete -c acct -n '__acct_in contact edit' -l name -x -d 'New name'
complete -c acct -n '__acct_in contact edit' -l client -x -a '(__acct_names clients)' -d 'Move to another client'

set -l dates 'today yesterday tomorrow mon tue wed thu fri sat sun'
set -l periods 'this-week last-week this-month last-month this-quarter last-quarter this-year last-year ytd qtd mtd'
complete -c acct -n '__acct_in deal log' -l date -x -a $dates -d 'Close date'
complete -c acct -n '__acct_in deal log' -l title -x -d Title
complete -c acct -n '__acct_in deal log' -l discount -x -d Discount
for path in 'deal log' 'deal add'
    complete -c acct -n "__acct_in $path" -l product -x -d 'Product line'
    complete -c acct -n "__acct_in $path" -l kind -x -a 'new upsell cross-sell renewal' -d 'Kind of sale'
end
complete -c acct -n '__acct_in deal add' -l stage -x -a '(__acct_names stages)' -d Stage
complete -c acct -n '__acct_in deal add' -l close -x -a $dates -d 'Expected close'
complete -c acct -n '__acct_in deal add' -l probability -x -d 'Probability 0..1 or 35%'
complete -c acct -n '__acct_in deal move' -l probability -x -d 'Probability 0..1 or 35%'
complete -c acct -n '__acct_in deal move' -l close -x -a $dates -d 'New expected close'
complete -c acct -n '__acct_in deal edit' -l amount -x -d Amount
complete -c acct -n '__acct_in deal edit' -l title -x -d Title
complete -c acct -n '__acct_in deal edit' -l product -x -d 'Product line'
complete -c acct -n '__acct_in deal edit' -l kind -x -a 'new upsell cross-sell renewal' -d 'Kind of sale'
complete -c acct -n '__acct_in deal edit' -l probability -x -d 'Probability of an open deal'
complete -c acct -n '__acct_in deal edit' -l close -x -a $dates -d 'Expected close of an open deal'
complete -c acct -n '__acct_in deal edit' -l date -x -a $dates -d 'Close date of a won or lost deal'
complete -c acct -n '__acct_in deal edit' -l discount -x -d Discount
complete -c acct -n '__acct_in deal edit' -l client -x -a '(__acct_names clients)' -d 'Move to another client'
complete -c acct -n '__acct_in deal reopen' -l stage -x -a '(__acct_names stages)' -d Stage
complete -c acct -n '__acct_in deal delete; or __acct_in refund delete' -l yes -d 'Do not ask'
complete -c acct -n '__acct_in refund list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in refund list' -l deal -x -d 'One deal'
complete -c acct -n '__acct_in refund list' -l period -x -a $periods -d Period
complete -c acct -n '__acct_in deal win' -l amount -x -d 'Final amount'
complete -c acct -n '__acct_in deal lose' -l reason -x -d 'Why it was lost'
complete -c acct -n '__acct_in deal refund' -l reason -x -d Reason
for path in 'deal win' 'deal lose' 'deal refund'
    complete -c acct -n "__acct_in $path" -l date -x -a $dates -d Date
end
complete -c acct -n '__acct_in deal list' -l open -d 'Open deals'
complete -c acct -n '__acct_in deal list' -l won -d 'Won deals'
complete -c acct -n '__acct_in deal list' -l lost -d 'Lost deals'
complete -c acct -n '__acct_in deal list' -l stale -d 'Stale deals'
complete -c acct -n '__acct_in deal list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in deal list' -l period -x -a $periods -d Period
complete -c acct -n '__acct_in deal list' -l product -x -d 'One product line'

complete -c acct -n '__acct_in touch' -l date -x -a $dates -d 'When it happened'
complete -c acct -n '__acct_in touch' -l contact -x -d Contact
complete -c acct -n '__acct_in touch' -l next -x -d 'Next action'
complete -c acct -n '__acct_in touch' -l next-date -x -a $dates -d 'Date of the next action'
complete -c acct -n '__acct_in touch list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in touch list; or __acct_in touch edit' -l kind -x -a 'call visit meeting email message note' -d Kind
complete -c acct -n '__acct_in touch list' -l period -x -a $periods -d Period
complete -c acct -n '__acct_in touch edit' -l summary -x -d Summary
complete -c acct -n '__acct_in touch delete' -l yes -d 'Do not ask'
complete -c acct -n '__acct_in touch' -l keep-followups -d 'Do not close open follow-ups'
complete -c acct -n '__acct_in followup list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in followup list' -l overdue -d 'Due before today'
complete -c acct -n '__acct_in followup list' -l all -d 'Done and dropped too'
complete -c acct -n '__acct_in followup done' -l date -x -a $dates -d 'When it was done'

complete -c acct -n '__acct_in invoice add' -l due -x -a $dates -d 'Due date'
complete -c acct -n '__acct_in invoice add' -l number -x -d 'Invoice number'
complete -c acct -n '__acct_in invoice add' -l issued -x -a $dates -d 'Issue date'
complete -c acct -n '__acct_in invoice add' -l deal -x -d 'Deal id'
complete -c acct -n '__acct_in invoice pay' -l amount -x -d 'Amount paid'
complete -c acct -n '__acct_in invoice pay' -l date -x -a $dates -d 'Payment date'
complete -c acct -n '__acct_in invoice list' -l overdue -d 'Only overdue invoices'
complete -c acct -n '__acct_in invoice list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in invoice edit' -l amount -x -d Amount
complete -c acct -n '__acct_in invoice edit' -l due -x -a $dates -d 'Due date'
complete -c acct -n '__acct_in invoice edit' -l issued -x -a $dates -d 'Issue date'
complete -c acct -n '__acct_in invoice edit' -l number -x -d 'Invoice number'
complete -c acct -n '__acct_in invoice edit' -l deal -x -d 'Deal id'
complete -c acct -n '__acct_in invoice delete; or __acct_in payment delete' -l yes -d 'Do not ask'
complete -c acct -n '__acct_in payment list' -l invoice -x -d 'One invoice, id or number'
complete -c acct -n '__acct_in payment list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in payment list' -l period -x -a $periods -d Period

complete -c acct -n '__acct_in case open' -l severity -x -a 'low normal high critical' -d Severity
for path in 'case open' 'case respond' 'case resolve'
    complete -c acct -n "__acct_in $path" -l at -x -a $dates -d 'When: YYYY-MM-DDTHH:MM or a date'
end
complete -c acct -n '__acct_in case list' -l open -d 'Only open cases'
complete -c acct -n '__acct_in case list' -l client -x -a '(__acct_names clients)' -d 'One client'
complete -c acct -n '__acct_in case resolve; or __acct_in case edit' -l note -x -d 'Resolution note'
complete -c acct -n '__acct_in case edit' -l summary -x -d Summary
complete -c acct -n '__acct_in case edit' -l severity -x -a 'low normal high critical' -d Severity
complete -c acct -n '__acct_in case edit' -l opened -x -a $dates -d 'When it was opened'
complete -c acct -n '__acct_in case edit' -l responded -x -a $dates -d 'First response'
complete -c acct -n '__acct_in case edit' -l resolved -x -a $dates -d Resolution
complete -c acct -n '__acct_in case delete; or __acct_in contact delete; or __acct_in client delete' -l yes -d 'Do not ask'

complete -c acct -n '__acct_in plan' -l week -x -a 'this next last' -d 'ISO week (2026-W48), this, next or last'
complete -c acct -n '__acct_in plan' -l from -x -a $dates -d 'First day'
complete -c acct -n '__acct_in plan' -l days -x -d 'Number of days'
complete -c acct -n '__acct_in plan' -l calls-per-day -x -d 'Calls per day'
complete -c acct -n '__acct_in plan' -l visits-per-day -x -d 'Visits per day'
complete -c acct -n '__acct_in plan' -l alarm -x -d 'ICS reminder, minutes before each event'
complete -c acct -n '__acct_in plan' -l explain -d 'Show how each score was made'

for path in 'report sales' 'report forecast' 'report abc' 'report activity'
    complete -c acct -n "__acct_in $path" -l period -x -a $periods -d Period
end
complete -c acct -n '__acct_in report sales' -l by -x -a 'client product month week tier region kind' -d 'Group by'
complete -c acct -n '__acct_in report sales' -l compare -d 'Compare with the previous period'
complete -c acct -n '__acct_in report pipeline' -l list -d 'List the open deals'

complete -c acct -n '__acct_in kpi' -l period -x -a $periods -d Period
complete -c acct -n '__acct_in kpi' -l what-if -x -d 'A further sale of AMOUNT'
complete -c acct -n '__acct_in kpi' -l statement -d 'The commission statement, line by line'

complete -c acct -n '__acct_in import' -l dry-run -d 'Validate only'
complete -c acct -n '__acct_in import' -l on-duplicate -x -a 'error skip update' -d 'On a duplicate'
complete -c acct -n '__acct_in import' -l create-clients -d 'Create unknown clients'
complete -c acct -n '__acct_in import' -l delimiter -x -a ', ; tab' -d 'Field separator'
complete -c acct -n '__acct_in import' -l encoding -x -a 'cp1251 cp1250 cp1252 cp1253 koi8-r latin1 utf-8 utf-16' -d 'File encoding'
complete -c acct -n '__acct_in import' -l locale -x -a 'ro it el ru fr' -d 'Local numbers and dates'
complete -c acct -n '__acct_in import' -l map -x -d 'Header names to columns'
complete -c acct -n '__acct_in import' -l ignore-columns -d 'Skip unknown columns'

complete -c acct -n '__acct_in backup' -l force -d 'Replace PATH if it exists'
complete -c acct -n '__acct_in undo' -l list -d 'List what can be undone'
complete -c acct -n '__acct_in undo' -l yes -d 'Do not ask'
