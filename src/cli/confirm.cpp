#include "cli/confirm.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/errors.h"
#include "core/local_forms.h"
#include "output/sink.h"

namespace acctool::cli {

void confirm_delete(std::string_view question, bool yes) { confirm(question, yes, "nothing deleted"); }

void confirm(std::string_view question, bool yes, std::string_view kept) {
    if (yes) return;
    const std::string shown(question);
    if (::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1)
        throw InvalidInput(std::string("not on a terminal: add --yes to ") + shown);
    output::write_stderr(shown + "? [y/N] ");
    std::string answer;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) answer.push_back(static_cast<char>(c));
    if (yes_no_word(answer).value_or(false)) return;
    throw Conflict(std::string(kept));
}

}  // namespace acctool::cli
