# acct contact add|list|edit and their bad inputs.
source "$(dirname "$0")/lib.sh"

ok -q init
ok -q client add "Acme SRL" --tier A
ok -q client add "Ωμέγα ΑΕ" --tier B

ok contact add Acme "Ion Pop" --role "Purchasing" --email ion@acme.ro --phone "+40 721 000 000" \
   --birthday 1980-03-14 --decision-maker --note "Prefers calls"
expect_out "1"
expect_err_has "added contact 1 'Ion Pop' at 'Acme SRL'"
ok contact add Acme "Maria Ionescu" --birthday 02-29
ok contact add "ωμέγα" "Γιώργος Παπαδόπουλος" --role Διευθυντής --decision-maker

ok contact list --csv
expect_out 'id,client,name,role,decision_maker,email,phone,birthday
1,Acme SRL,Ion Pop,Purchasing,yes,ion@acme.ro,'\''+40 721 000 000,1980-03-14
2,Acme SRL,Maria Ionescu,,no,,,02-29
3,Ωμέγα ΑΕ,Γιώργος Παπαδόπουλος,Διευθυντής,yes,,,'
ok contact list Ωμέγα --json
expect_out '[
{"id":3,"client":"Ωμέγα ΑΕ","name":"Γιώργος Παπαδόπουλος","role":"Διευθυντής","decision_maker":true,"email":null,"phone":null,"birthday":null}
]'

ok contact edit 2 --role "Accounts" --decision-maker yes --birthday ""
ok contact list Acme --csv
expect_out_has '^2,Acme SRL,Maria Ionescu,Accounts,yes,,,$'
ok contact edit 2 --client "Ωμέγα"
ok contact list "Ωμέγα" --csv
expect_out_has '^2,Ωμέγα ΑΕ,Maria Ionescu'

fails_unchanged 2 "invalid birthday '1980-02-30'" contact add Acme "Bad Date" --birthday 1980-02-30
fails_unchanged 2 "invalid birthday '13-01'" contact add Acme "Bad Date" --birthday 13-01
fails_unchanged 2 "invalid email 'not-an-email'" contact add Acme "Bad Mail" --email not-an-email
fails_unchanged 1 "already has a contact named 'ion pop'" contact add Acme "ion pop"
fails_unchanged 1 "no client matches 'Nobody'" contact add Nobody "X"
fails_unchanged 1 "no contact with id 99" contact edit 99 --role X
fails_unchanged 2 "invalid decision maker 'maybe'" contact edit 1 --decision-maker maybe
fails_unchanged 2 "id" contact edit abc --role X
fails 1 "no client matches 'Nobody'" contact list Nobody

finish
