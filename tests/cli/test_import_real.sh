# acct import of real spreadsheet files (tests/cli/data/real_files, made by make_files.py
# the way Excel, LibreOffice and Google Sheets save them in ro, it, el, ru and fr):
# separators, encodings, --locale, yes/no words, --map, blank rows, --ignore-columns.
source "$(dirname "$0")/lib.sh"
R="$ACCT_SOURCE_DIR/tests/cli/data/real_files"

ok -q init

# Excel in Russian, CP1251: without --encoding the error names the line and the code page.
fails_unchanged 2 "excel_ru_cp1251.csv:2: the file is not UTF-8; its bytes look like cp1251 \(Cyrillic\): add --encoding cp1251" \
  import clients "$R/excel_ru_cp1251.csv"
fails_unchanged 2 "excel_el_cp1253.csv:2: .*cp1253 \(Greek\): add --encoding cp1253" import clients "$R/excel_el_cp1253.csv"
# Without a locale, a decimal comma says which --locale reads it.
fails_unchanged 2 "excel_ru_cp1251.csv:2: credit_limit: '12.000,50' has a decimal comma: --locale ro, it or el reads it as 12000.50|credit_limit: .* --locale ru or fr reads it as 12000.50" \
  import clients "$R/excel_ru_cp1251.csv" --encoding cp1251
ok import clients "$R/excel_ru_cp1251.csv" --encoding cp1251 --locale ru
expect_err_has '^imported 2 clients$'
expect_eq "$(sql "select name || '|' || region || '|' || credit_limit from client order by id")" \
  "ООО «Ромашка»|Москва|1200050
Берёзка|Казань|50" "CP1251 names, 12 000,50 and 0,5 under --locale ru, the ;;; row skipped"

# Excel "CSV UTF-8" in Romanian: BOM and ';'.
ok import clients "$R/excel_ro_utf8_bom.csv" --locale ro
expect_eq "$(sql "select name || '|' || region || '|' || credit_limit from client where id > 2 order by id")" \
  "Sănătatea SRL|Cluj|1200050
Construcții Ardeal SA|Brașov|150000" "ro: 12.000,50 and 1.500"

# Greek CP1253.
ok import clients "$R/excel_el_cp1253.csv" --encoding cp1253 --locale el
expect_eq "$(sql "select name || '|' || region || '|' || credit_limit from client where id = 5")" \
  "Αθηναϊκή Ζυθοποιία ΑΕ|Αθήνα|750025" "el: CP1253 and 7.500,25"

# Excel "Unicode text": UTF-16LE with BOM, tab-separated, да/нет.
ok import contacts "$R/excel_unicode_text.txt"
expect_err_has '^imported 2 contacts$'
expect_eq "$(sql "select name || '|' || role || '|' || decision_maker from contact order by id")" \
  "Ирина Петрова|директор|1
Олег||0" "UTF-16 text, да and нет"

# Deals in CP1251 with day-first dates.
ok import deals "$R/excel_ru_deals_cp1251.csv" --encoding cp1251 --locale ru
expect_eq "$(sql "select amount || '|' || closed_on from deal order by id")" "123456|2026-11-23
1200000|2026-10-01" "ru deals: 1 234,56 and 23.11.2026"

# LibreOffice in Italian: invoices with 1.250,00 and 31/12/2026.
ok import invoices "$R/libreoffice_it.csv" --locale it --create-clients
expect_eq "$(sql "select amount || '|' || due_on || '|' || issued_on || '|' || paid_amount from invoice")" \
  "125000|2026-12-31|2026-11-23|25050" "it invoice"

# Google Sheets in French: ',' separator, quoted decimal commas, U+202F grouping, 35 %.
ok import deals "$R/sheets_fr.csv" --locale fr --create-clients
expect_eq "$(sql "select amount || '|' || stage || '|' || coalesce(closed_on, '') || '|' || coalesce(probability, '') from deal where id > 2 order by id")" \
  "350075|won|2026-11-15|
90000|proposal||0.35" "fr deals"

# Headers in the user's language with --map.
fails_unchanged 2 "excel_ru_headers.csv:1: unknown columns 'Клиент', 'Сумма', 'Дата' for deals: expected client, amount" \
  import deals "$R/excel_ru_headers.csv" --locale ru
fails_unchanged 2 "invalid --map entry 'Сумма=sum': deals have client, amount" \
  import deals "$R/excel_ru_headers.csv" --map 'Клиент=client,Сумма=sum'
ok import deals "$R/excel_ru_headers.csv" --locale ru --map 'Клиент=client,Сумма=amount,Дата=date'
expect_eq "$(sql "select amount || '|' || closed_on from deal order by id desc limit 1")" "10000|2026-11-20" "--map"

# --ignore-columns, --delimiter and bad option values.
printf 'name|colour|tier\nPipe Co|red|A\n' > "$TEST_DIR/pipe.csv"
fails_unchanged 2 "pipe.csv:1: unknown column 'name\|colour\|tier'" import clients "$TEST_DIR/pipe.csv"
fails_unchanged 2 "pipe.csv:1: unknown column 'colour' for clients" import clients "$TEST_DIR/pipe.csv" --delimiter '|'
ok import clients "$TEST_DIR/pipe.csv" --delimiter '|' --ignore-columns
expect_eq "$(sql "select tier from client where name = 'Pipe Co'")" "A" "--delimiter | with --ignore-columns"
fails_unchanged 2 "invalid encoding 'cp866': expected cp1251" import clients "$TEST_DIR/pipe.csv" --encoding cp866
fails_unchanged 2 "invalid locale 'de': expected ro, it, el, ru or fr" import clients "$TEST_DIR/pipe.csv" --locale de
fails_unchanged 2 "invalid delimiter ':'" import clients "$TEST_DIR/pipe.csv" --delimiter ':'
# A number the locale does not read; a file not valid in the given encoding.
printf 'name;credit_limit\nX;12.000,5.0\n' > "$TEST_DIR/badnum.csv"
fails_unchanged 2 "badnum.csv:2: credit_limit: invalid number '12.000,5.0' for --locale ru" \
  import clients "$TEST_DIR/badnum.csv" --locale ru
printf '\xff\xfeA\x00\x0a' > "$TEST_DIR/cut.txt"
fails_unchanged 2 "cut.txt:1: .*not valid utf-16le" import clients "$TEST_DIR/cut.txt"

finish
