# Schema migrations: a version-1 database (written by acct 0.1.0, tests/cli/data/schema_v1.sql)
# is brought to the current version on first open, keeps every row, and gives the KPIs that
# 0.1.0 computed from it (goldens written by 0.1.0; the `currency` column, naming the base,
# appended since). Version 2 adds first_won, kept by triggers: it must always equal what it
# caches, through every write of deal.
source "$(dirname "$0")/lib.sh"

ok -q --db "$TEST_DIR/scratch.db" init   # writes the commented config the goldens were made with

sqlite3 "$ACCT_DB" <"$ACCT_SOURCE_DIR/tests/cli/data/schema_v1.sql"; check
chmod 600 "$ACCT_DB"
expect_eq "$(sql 'PRAGMA user_version')" 1 "the fixture's schema version"
# Version 1 kept the date of the payment entered last as an invoice's settling day; give
# F-3 (paid 2025-11-20 and 2026-01-10) the earlier one, as if entered out of order.
sql "UPDATE invoice SET paid_on = '2025-11-20' WHERE number = 'F-3'"
rows_before=$(sql "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM deal), (SELECT count(*) FROM invoice),
                          (SELECT count(*) FROM payment)")

for period in 2025-Q4 2025-Q1 2026-Q1; do
  ok --csv kpi --period "$period"
  golden "migrate_v1_kpi_$period.csv"
done
expect_eq "$(sql 'PRAGMA user_version')" "$(grep -oE 'k_schema_version = [0-9]+' "$ACCT_SOURCE_DIR/src/store/database.h" | grep -oE '[0-9]+$')" "the schema version after the first open"
expect_eq "$(sql "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM deal), (SELECT count(*) FROM invoice),
                         (SELECT count(*) FROM payment)")" "$rows_before" "rows kept by the migration"
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA integrity_check')" ok "integrity after the migration"
expect_eq "$(sqlite3 "$ACCT_DB" 'PRAGMA journal_mode')" wal "the migrated file is in WAL mode"
expect_eq "$(sql "SELECT count(*) FROM first_won")" 3 "first_won rows (Acme licences and support, Globex hardware)"
expect_eq "$(first_won_mismatches)" 0 "first_won after the migration"
expect_eq "$(sql "SELECT paid_on FROM invoice WHERE number = 'F-3'")" 2026-01-10 "settling days repaired to the latest payment"
expect_eq "$(sql "SELECT count(*) FROM sqlite_master WHERE name = 'deal_closed_by_date'")" 0 "the v1 index replaced"

# first_won follows every write of deal: a sale dated before the first one, a win of an
# open deal, a loss, imports (row by row, and the bulk path of large files: test_import_crash).
ok -q deal log Acme 10 --date 2024-01-05 --product support
expect_eq "$(sql "SELECT won_on FROM first_won WHERE client_id = 1 AND product = 'support'")" 2024-01-05 "an earlier sale"
ok -q deal log Acme 10 --date 2026-02-01 --product support
expect_eq "$(sql "SELECT won_on FROM first_won WHERE client_id = 1 AND product = 'support'")" 2024-01-05 "a later sale"
ok -q deal win 5 --date 2026-03-01
expect_eq "$(sql "SELECT won_on FROM first_won WHERE client_id = 3 AND product = 'hardware'")" 2026-03-01 "a won deal"
ok -q deal add Initech "Training" 100 --product training
ok -q deal lose "$OUT" --reason budget
expect_eq "$(sql "SELECT count(*) FROM first_won WHERE product = 'training'")" 0 "a lost deal"
printf 'client,amount,stage,date,product\nGlobex,5,won,2020-06-01,hardware\nInitech,7,won,2021-01-01,\n' |
  "$ACCT_BIN" -q import deals -; check
expect_eq "$(sql "SELECT won_on FROM first_won WHERE client_id = 2 AND product = 'hardware'")" 2020-06-01 "an import"
expect_eq "$(first_won_mismatches)" 0 "first_won after the writes"

# New clients and first sales of a product line come from first_won: Initech's first sale
# is now the imported one of 2021, not the win of 2026.
ok --csv kpi --period 2026-Q1
expect_out_has '^new_clients,0,'
ok --csv kpi --period 2021-Q1
expect_out_has '^new_clients,1,'
expect_out_has '^bonus,300\.00,'

finish
