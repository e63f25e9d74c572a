#include <doctest/doctest.h>

#include "core/names.h"

using namespace acctool;

TEST_CASE("match_key: case, accents, quotes, punctuation and legal forms of the five countries") {
    CHECK(match_key("ООО «Ромашка»") == "ромашка");
    CHECK(match_key("ромашка") == "ромашка");
    CHECK(match_key("Farmacia Sănătatea S.R.L.") == "farmacia sanatatea");
    CHECK(match_key("Farmacia Sanatatea SRL") == "farmacia sanatatea");
    CHECK(match_key("Αθηναϊκή Α.Ε.") == "αθηναικη");
    CHECK(match_key("ΑΘΗΝΑΪΚΗ") == "αθηναικη");
    CHECK(match_key("Constructii Ştefan şi Fiii SA") == match_key("constructii stefan si fiii"));  // cedilla and comma below
    CHECK(match_key("Constructii Ștefan și Fiii SA") == "constructii stefan si fiii");
    CHECK(match_key("Bianchi & Figli S.p.A.") == "bianchi figli");
    CHECK(match_key("D’Amico S.r.l.") == "damico");
    CHECK(match_key("d'amico") == "damico");
    CHECK(match_key("Société Générale SARL") == "societe generale");
    CHECK(match_key("“Quoted”  Name,  Ltd.") == "quoted name");
    CHECK(match_key("Cluj-Napoca") == "cluj napoca");
    CHECK(match_key("ＡＢＣ") == "abc");  // full-width letters: compatibility form
    CHECK(match_key("Ёлка") == match_key("елка"));
}

TEST_CASE("match_key: a name made only of legal forms keeps them; people keep every word") {
    CHECK(match_key("S.A.") == "sa");
    CHECK(match_key("ООО") == "ооо");
    CHECK(match_key("Ana Sa", NameKind::Person) == "ana sa");
    CHECK(match_key("Ana Sa") == "ana");
    CHECK(match_key("") == "");
    CHECK(match_key("\xff\xfe" "abc") == "abc");  // invalid bytes dropped
}

TEST_CASE("key_contains_words: whole words only") {
    CHECK(key_contains_words("farmacia sanatatea", "sanatatea"));
    CHECK(key_contains_words("farmacia sanatatea", "farmacia sanatatea"));
    CHECK_FALSE(key_contains_words("farmacia sanatatea", "ana"));
    CHECK_FALSE(key_contains_words("farmacia sanatatea", "sanatate"));
    CHECK(key_contains_words("cluj napoca", "cluj"));
    CHECK(key_contains_words("anything", ""));
}

TEST_CASE("edit_distance: code points, a swap counts one, limited") {
    CHECK(edit_distance("client", "clinet") == 1);
    CHECK(edit_distance("ромашка", "рамашка") == 1);  // one Cyrillic letter, not two bytes
    CHECK(edit_distance("abc", "abc") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("kitten", "sitting", 1) == 2);  // past the limit: limit + 1
    CHECK(edit_distance("a", "abcdef", 2) == 3);
}

TEST_CASE("nearest_names: the typed key against whole keys and runs of words") {
    const std::vector<std::string> keys{"farmacia sanatatea", "constructii moldova", "ромашка", "alfa"};
    CHECK(nearest_names("sanatate", keys) == std::vector<std::size_t>{0});
    CHECK(nearest_names("constructi", keys) == std::vector<std::size_t>{1});
    CHECK(nearest_names("рамашка", keys) == std::vector<std::size_t>{2});
    CHECK(nearest_names("alfx", keys) == std::vector<std::size_t>{3});
    CHECK(nearest_names("zzzzzz", keys).empty());
    CHECK(nearest_names("abcd", {"abce", "abcd x", "abxy"}) == std::vector<std::size_t>{1, 0});
    CHECK(typo_allowance("abcd") == 1);
    CHECK(typo_allowance("ромашка") == 2);
    CHECK(typo_allowance("farmacia sanatatea") == 3);
}
