#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/suggest.h"

using acctool::edit_distance;
using acctool::nearest_word;
using acctool::typo_allowance;

namespace {

std::string nearest(std::string_view word, std::vector<std::string_view> candidates) {
    auto found = nearest_word(word, candidates);
    return found ? std::string(*found) : std::string("(none)");
}

const std::vector<std::string_view> k_commands = {
    "init", "config", "client", "contact", "deal",  "refund", "touch", "followup", "invoice", "payment",  "rate", "case",
    "plan", "today",  "search", "report",  "kpi",   "import", "export", "backup",  "undo",    "log", "completion",
};

}  // namespace

TEST_CASE("edit_distance is the optimal string alignment distance") {
    CHECK(edit_distance("", "") == 0);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("client", "client") == 0);
    CHECK(edit_distance("clinet", "client") == 1);   // a swap of two letters costs 1
    CHECK(edit_distance("lsit", "list") == 1);
    CHECK(edit_distance("prodcut", "product") == 1);
    CHECK(edit_distance("clent", "client") == 1);    // a letter left out
    CHECK(edit_distance("cliient", "client") == 1);  // a letter doubled
    CHECK(edit_distance("clienz", "client") == 1);   // a letter replaced
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("ca", "abc") == 3);          // OSA: no edit of a swapped pair (full DL says 2)
    CHECK(edit_distance("ab", "ba") == 1);
    CHECK(edit_distance("abcd", "badc") == 2);
    CHECK(edit_distance("flaw", "lawn") == 2);
}

TEST_CASE("edit_distance is symmetric") {
    const std::vector<std::string_view> words = {"", "a", "ab", "ba", "abc", "acb", "list", "lsit", "delete", "deleet"};
    for (auto a : words)
        for (auto b : words) CHECK(edit_distance(a, b) == edit_distance(b, a));
}

TEST_CASE("typo_allowance suits short words") {
    CHECK(typo_allowance("") == 0);
    CHECK(typo_allowance("x") == 0);
    CHECK(typo_allowance("ad") == 1);
    CHECK(typo_allowance("lsit") == 1);
    CHECK(typo_allowance("clinet") == 2);
    CHECK(typo_allowance("prodcut") == 2);
}

TEST_CASE("nearest_word finds the word a typo meant") {
    CHECK(nearest("clinet", k_commands) == "client");
    CHECK(nearest("invocie", k_commands) == "invoice");
    CHECK(nearest("reprot", k_commands) == "report");
    CHECK(nearest("Client", k_commands) == "client");   // an exact match, case aside
    CHECK(nearest("client", k_commands) == "client");
    CHECK(nearest("lsit", {"add", "list", "show", "edit", "archive", "unarchive", "delete"}) == "list");
    CHECK(nearest("prodcut", {"help", "client", "stage", "product", "open", "db", "config", "format"}) == "product");
}

TEST_CASE("nearest_word takes a unique prefix of 2 letters or more") {
    CHECK(nearest("cli", k_commands) == "client");
    CHECK(nearest("inv", k_commands) == "invoice");
    CHECK(nearest("comp", k_commands) == "completion");
    CHECK(nearest("co", k_commands) == "(none)");   // config, contact, completion
    CHECK(nearest("k", k_commands) == "(none)");    // one letter is no prefix
    CHECK(nearest("re", k_commands) == "(none)");   // refund, report
}

TEST_CASE("nearest_word refuses words that are not near") {
    CHECK(nearest("xyz", k_commands) == "(none)");
    CHECK(nearest("frobnicate", k_commands) == "(none)");
    CHECK(nearest("", k_commands) == "(none)");
    CHECK(nearest("x", {"a", "b"}) == "(none)");          // one letter: no edit allowed
    CHECK(nearest("lxst", {"list"}) == "list");           // 4 letters: 1 edit
    CHECK(nearest("lxxt", {"list"}) == "(none)");         // 4 letters: not 2
    CHECK(nearest("clxxnt", {"client"}) == "client");     // 6 letters: 2 edits
    CHECK(nearest("cxxxnt", {"client"}) == "(none)");     // not 3
    CHECK(nearest("abc", std::vector<std::string_view>{}) == "(none)");
}

TEST_CASE("nearest_word takes the nearest, the first listed on a tie") {
    CHECK(nearest("lost", {"list", "last"}) == "list");
    CHECK(nearest("lost", {"last", "list"}) == "last");
    CHECK(nearest("calss", {"class", "calls"}) == "class");   // both one swap away
    CHECK(nearest("stag", {"stages", "stage"}) == "stage");   // prefix of both: the nearer
}
