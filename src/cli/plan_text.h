#pragma once
// How a plan item reads in the command line's output, for `plan` and `today` alike.
#include <optional>
#include <string>

#include "core/plan.h"

namespace acctool::cli {

// "09:30", or nothing for an item without a day or a time (overflow, all-day).
std::optional<std::string> slot_text(const plan::PlanItem& item);
// The reasons joined: "follow-up due, birthday" in words, "follow-up;birthday" as tokens.
std::string joined_reasons(const plan::PlanItem& item, bool words);
// "call" or "visit" in the user's language, for the day tables of `table` format only
// (CSV and JSON have plan::kind_token).
const char* kind_word(plan::Kind kind);

}  // namespace acctool::cli
