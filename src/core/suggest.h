#pragma once
// The word a typo meant: "did you mean" for commands, options and config keys. The distance
// and the threshold are those of names (core/names.h: edit_distance, typo_allowance), so
// that every "did you mean" of acct agrees.
#include <optional>
#include <span>
#include <string_view>

#include "core/names.h"

namespace acctool {

// The candidate `word` most likely meant: one equal to it (ASCII case aside), else the only
// candidate it is a prefix of (2 letters or more: "cli" for "client"), else the nearest
// within typo_allowance(word) (ASCII case aside), the first listed on a tie. Nothing when none is that near.
std::optional<std::string_view> nearest_word(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace acctool
