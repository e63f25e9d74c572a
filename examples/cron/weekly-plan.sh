#!/bin/sh
# Writes next week's plan as CSV and ICS into a folder: plan-2026-W49.csv and .ics.
# Meant for cron on Friday (see acct-plan.cron); no prompt, no colour, no pager.
# Usage: weekly-plan.sh DIR. Environment: ACCT (the binary, default `acct` on PATH), and
# acct's own ACCT_DB, ACCT_CONFIG, ACCT_TODAY. Exits non-zero, leaving no partial file,
# when acct or a write fails.
set -eu

dir=${1:?usage: weekly-plan.sh DIR}
acct=${ACCT:-acct}
# The ISO week of "today + 7 days", today being ACCT_TODAY when it is pinned.
week=$(date -d "${ACCT_TODAY:-today} +7 days" +%G-W%V)

mkdir -p "$dir"
for format in csv ics; do
    out="$dir/plan-$week.$format"
    "$acct" plan --week next --format "$format" --color never >"$out.tmp" || {
        rm -f "$out.tmp"
        echo "weekly-plan: acct plan --format $format failed" >&2
        exit 1
    }
    mv "$out.tmp" "$out"
done
