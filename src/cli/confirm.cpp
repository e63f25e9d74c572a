#include "cli/confirm.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/local_forms.h"
#include "output/sink.h"

namespace acctool::cli {

void confirm_delete(std::string_view question, bool yes) { confirm(question, yes, tr("nothing deleted")); }

void confirm(std::string_view question, bool yes, std::string_view kept) {
    if (yes) return;
    const std::string shown(question);
    if (::isatty(STDIN_FILENO) != 1 || ::isatty(STDERR_FILENO) != 1)
        // TRANSLATORS: {} is the question, which starts with a verb: "delete deal 12 'Coatings'".
        throw InvalidInput(trf("not on a terminal: add --yes to {}", shown));
    // TRANSLATORS: {} is the question ("delete deal 12 'Coatings'"); the answer is read as yes or no
    // in English or in the user's language (y, yes, da, sì, ...).
    output::write_stderr(trf("{}? [y/N] ", shown));
    std::string answer;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) answer.push_back(static_cast<char>(c));
    if (yes_no_word(answer).value_or(false)) return;
    throw Conflict(std::string(kept));
}

}  // namespace acctool::cli
