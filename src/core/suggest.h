#pragma once
// The word a typo meant: "did you mean" for commands, options and config keys. One home for
// the distance and the threshold, so that every "did you mean" of acct agrees.
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace acctool {

// Damerau–Levenshtein distance, optimal string alignment: inserting, deleting or replacing
// a character, or swapping two adjacent ones, each costs 1 ("prodcut" is 1 from "product").
// Bytes are compared, ASCII letters without case.
std::size_t edit_distance(std::string_view a, std::string_view b);

// How many edits a typed word may be from the word it meant: none for one letter, 1 for
// words of up to 4 letters, 2 for longer ones.
std::size_t typo_allowance(std::string_view word);

// The candidate `word` most likely meant: one equal to it (ASCII case aside), else the only
// candidate it is a prefix of (2 letters or more: "cli" for "client"), else the nearest
// within typo_allowance(word), the first listed on a tie. Nothing when none is that near.
std::optional<std::string_view> nearest_word(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace acctool
