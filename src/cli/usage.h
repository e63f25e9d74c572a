#pragma once
// Usage errors in acct's words: what CLI11 reports (an unknown word, a missing or
// unconverted argument) said as one line that names the command, the argument and what it
// expects, with the nearest valid word for a typo (core/suggest.h).
#include <string>

#include <CLI/Error.hpp>

namespace CLI {
class App;
}

namespace acctool::cli {

// A usage error whose message is already said in acct's words, for the checks a command
// makes in its callback ("export all needs a directory"): printed as it is, exit 2.
class UsageError : public CLI::ParseError {
public:
    explicit UsageError(const std::string& message)
        : CLI::ParseError("UsageError", message, CLI::ExitCodes::ExtrasError) {}
};

// The deepest (sub)command the parser entered: `acct deal list` for "acct deal list --x".
const CLI::App& deepest_parsed(const CLI::App& app);

// "acct deal list": the words that name a (sub)command.
std::string command_path(const CLI::App& command);

// The one-line message for a usage error of `app.parse` (without "acct: error: ").
std::string usage_message(const CLI::App& app, const CLI::ParseError& e);

}  // namespace acctool::cli
