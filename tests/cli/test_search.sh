# acct search TEXT: notes, touch summaries, follow-up actions, deal titles and case texts,
# case- and accent-insensitive, each word matching words that begin with it, newest first;
# the index follows edits, deletes, imports and undo. Today is Monday 2026-11-23.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Sănătatea SRL" --note "Construcții noi în Cluj"
ok -q client add "Ромашка ООО" --note "Поставка красок"
ok -q contact add Sănătatea "Ioana Marin" --note "prefers calls about construcții"
ok -q touch Sănătatea call "Ofertă trimisă pentru construcții" --date 2026-11-20 --next "Trimite oferta finală" --next-date 2026-11-27
ok -q deal add Sănătatea "Construcții hală" 1000
ok -q case open Ромашка "Краска не та" --at 2026-11-10T10:00

ok search constructii --csv
expect_out "kind,id,client,date,text
deal,1,Sănătatea SRL,2026-11-23,Construcții hală
note,1,Sănătatea SRL,2026-11-23,Construcții noi în Cluj
touch,1,Sănătatea SRL,2026-11-20,Ofertă trimisă pentru construcții
contact,1,Sănătatea SRL,,prefers calls about construcții"
ok search OFERT --csv
expect_out "kind,id,client,date,text
followup,1,Sănătatea SRL,2026-11-27,Trimite oferta finală
touch,1,Sănătatea SRL,2026-11-20,Ofertă trimisă pentru construcții"
ok search "крас" --csv
expect_out "kind,id,client,date,text
note,2,Ромашка ООО,2026-11-23,Поставка красок
case,1,Ромашка ООО,2026-11-10,Краска не та"
ok search "крас" --client Sănătatea --csv
expect_out "kind,id,client,date,text"
ok search 'a"b OR x' --csv   # quotes and operators are words, never query syntax
expect_out "kind,id,client,date,text"

# The index follows an edit, a delete, an undo and an import.
ok -q deal edit 1 --title "Hală nouă"
ok search hala --csv
expect_out_has "^deal,1,Sănătatea SRL,2026-11-23,Hală nouă$"
ok search constructii --csv
expect_out_lacks "^deal,"
ok -q undo --yes
ok search constructii --csv
expect_out_has "^deal,1,Sănătatea SRL,2026-11-23,Construcții hală$"
ok -q deal delete 1 --yes
ok search hala --csv
expect_out "kind,id,client,date,text"
cat >"$TEST_DIR/touches.csv" <<'CSV'
client,kind,date,summary
Ромашка ООО,call,2026-11-21,Заказ краски на декабрь
CSV
ok -q import touches "$TEST_DIR/touches.csv"
ok search заказ --csv
expect_out_has "^touch,2,Ромашка ООО,2026-11-21,Заказ краски на декабрь$"
ok -q undo --yes
ok search заказ --csv
expect_out "kind,id,client,date,text"
expect_eq "$(sqlite3 "$ACCT_DB" "INSERT INTO search_index(search_index) VALUES('integrity-check'); SELECT 'ok'")" ok "FTS integrity"

fails_unchanged 2 "invalid search '  ': give a word to look for" search "  "
fails_unchanged 1 "no client matches 'nobody'" search x --client nobody
finish
