#pragma once
// The question before a delete (man page: "Deletes ask first"). On a terminal (stdin and
// stderr both terminals) it prints "QUESTION? [y/N] " on stderr and reads one line; --yes
// answers it without asking. Off a terminal, --yes is required, so cron never hangs.
#include <string_view>

namespace acctool::cli {

// Returns when the delete may go on. Throws InvalidInput (exit 2) off a terminal without
// --yes, Conflict (exit 1, "nothing deleted") when the answer is not yes.
// `question` names the record: "delete deal 12 'Coatings', 40,000.00 EUR won 2026-11-02".
void confirm_delete(std::string_view question, bool yes);
// The same question for any change; `kept` is what a "no" says ("nothing undone").
void confirm(std::string_view question, bool yes, std::string_view kept);

}  // namespace acctool::cli
