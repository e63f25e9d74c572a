#pragma once
// Options whose presence matters ("--note ''" clears the note; no --note leaves it).
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

namespace acctool::cli {

inline CLI::Option* add_field_option(CLI::App* cmd, const std::string& flag, std::optional<std::string>& target,
                                     const std::string& description) {
    return cmd->add_option_function<std::string>(
        flag, [&target](const std::string& value) { target = value; }, description);
}

}  // namespace acctool::cli
