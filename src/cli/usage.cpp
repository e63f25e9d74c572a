// CLI11's usage errors in acct's words (cli/usage.h). CLI11 says what went wrong in its own
// terms ("Could not convert: id = F12", "The following argument was not expected: x");
// this file finds the command, the argument and the word the user typed, and says it once.
#include "cli/usage.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "core/i18n.h"
#include "core/suggest.h"
#include "core/text.h"

namespace acctool::cli {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }

std::string upper(std::string text) {
    for (char& c : text)
        if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
    return text;
}

// "a, b": every name but the last.
std::string all_but_last(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i + 1 < names.size(); ++i) out += (i > 0 ? ", " : "") + names[i];
    return out;
}

// "a", "a or b", "a, b or c".
std::string one_of(const std::vector<std::string>& names) {
    if (names.size() < 2) return names.empty() ? std::string() : names.front();
    // TRANSLATORS: a choice between words: the first {} is all but the last ("a, b"), the second the last one.
    return trf("{} or {}", all_but_last(names), names.back());
}

// "a", "a and b", "a, b and c".
std::string all_of(const std::vector<std::string>& names) {
    if (names.size() < 2) return names.empty() ? std::string() : names.front();
    // TRANSLATORS: a list of words: the first {} is all but the last ("a, b"), the second the last one.
    return trf("{} and {}", all_but_last(names), names.back());
}

std::optional<std::string> nearest(std::string_view word, const std::vector<std::string>& names) {
    const std::vector<std::string_view> views(names.begin(), names.end());
    if (auto found = nearest_word(word, views)) return std::string(*found);
    return std::nullopt;
}

// The command and the commands above it, whose options it accepts too (fallthrough).
std::vector<const CLI::App*> lineage(const CLI::App& command) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* c = &command; c; c = c->get_parent()) out.push_back(c);
    return out;
}

// The subcommands one can type at `command`: not hidden, not disabled (touch's, once a
// client was read).
std::vector<std::string> typeable_subcommands(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* sub : command.get_subcommands({}))
        if (!sub->get_name().empty() && !sub->get_group().empty() && !sub->get_disabled())
            names.push_back(sub->get_name());
    return names;
}

const CLI::Option* find_option(const CLI::App& where, const std::string& name) {
    for (const CLI::App* command : lineage(where))
        if (const CLI::Option* option = command->get_option_no_throw(name)) return option;
    return nullptr;
}

// How a message names an argument: REF for a positional, --due for an option.
std::string argument_name(const CLI::Option& option) {
    return option.get_positional() ? upper(option.get_name(true)) : option.get_name();
}

// A word that is an option: "--name", "--name=value", "-q"; not "-", "--" or "-5".
bool is_option_word(std::string_view word) {
    if (word.size() > 2 && word.starts_with("--")) return true;
    return word.size() > 1 && word[0] == '-' && is_letter(word[1]);
}

std::string unknown_command(const CLI::App& where, const std::string& word, const std::vector<std::string>& names) {
    const std::string message = where.get_parent()
                                    // TRANSLATORS: the word typed, then the command it was typed after ("acct deal").
                                    ? trf("unknown command '{}' for '{}'", word, command_path(where))
                                    : trf("unknown command '{}'", word);
    // TRANSLATORS: the first {} is a whole message ("unknown command 'lsit'"), the second the word meant.
    if (auto near = nearest(word, names)) return trf("{}; did you mean '{}'?", message, *near);
    // TRANSLATORS: the first {} is a whole message ("unknown command 'x'"), the second the commands there are ("add, list or show").
    return trf("{}; expected {}", message, one_of(names));
}

std::string unknown_option(const CLI::App& where, const std::string& word) {
    const std::string name = word.substr(0, word.find('='));
    // "-prodcut" is a long option with one dash; "-x" a short one.
    const bool is_short = !name.starts_with("--") && name.size() == 2;
    const std::string bare = name.substr(name.starts_with("--") ? 2 : 1);
    std::vector<std::string> names;
    for (const CLI::App* command : lineage(where))
        for (const CLI::Option* option : command->get_options()) {
            if (option->get_group().empty()) continue;  // hidden
            for (const std::string& n : is_short ? option->get_snames() : option->get_lnames()) {
                if (n == bare && command == &where)  // typed before the command's last word
                    // TRANSLATORS: an option (--client), a command (acct deal add), the command's last word (add).
                    return trf("option '{}' of '{}' goes after '{}'", name, command_path(where), where.get_name());
                if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
            }
        }
    // TRANSLATORS: the option typed, then the command ("acct deal add").
    std::string message = trf("unknown option '{}' for '{}'", name, command_path(where));
    if (auto near = nearest(bare, names)) return trf("{}; did you mean '{}'?", message, (is_short ? "-" : "--") + *near);
    return message;
}

// RequiredError "ref is required": every required argument still missing, in the order of
// the command's usage line.
std::string missing_arguments(const CLI::App& where, const std::string& thrown) {
    std::vector<const CLI::Option*> missing;
    for (const CLI::Option* option : where.get_options())
        if (option->get_required() && option->count() == 0) missing.push_back(option);
    // touch checks its REF and KIND in its callback: they are not required() to CLI11.
    const CLI::Option* named = find_option(where, thrown);
    if (named && std::find(missing.begin(), missing.end(), named) == missing.end()) missing.insert(missing.begin(), named);
    if (missing.empty()) return {};
    if (missing.size() == 1) {
        const CLI::Option& option = *missing.front();
        if (option.get_positional())
            // TRANSLATORS: a command ("acct deal add"), the argument's name (REF), what it is (its help text).
            return trf("'{}' needs {}: {}", command_path(where), argument_name(option),
                       lower_first_letter(option.get_description()));
        // TRANSLATORS: a command ("acct deal add"), an option (--client), its placeholder (TEXT, DATE).
        return trf("'{}' needs {} {}", command_path(where), option.get_name(), option.get_type_name());
    }
    std::vector<std::string> names;
    for (const CLI::Option* option : missing)
        names.push_back(option->get_positional() ? argument_name(*option)
                                                 : option->get_name() + " " + option->get_type_name());
    // TRANSLATORS: a command ("acct deal add"), then the arguments it lacks ("REF and --amount AMOUNT").
    return trf("'{}' needs {}", command_path(where), all_of(names));
}

std::string joined_results(const CLI::Option& option) {
    std::string out;
    for (const std::string& r : option.results()) out += (out.empty() ? "" : " ") + r;
    return out;
}

// ConversionError "Could not convert: id = F12": the value and what the argument takes.
std::string not_converted(const CLI::App& where, const std::string& what) {
    constexpr std::string_view k_prefix = "Could not convert: ";
    std::string name;
    if (what.starts_with(k_prefix)) name = what.substr(k_prefix.size(), what.find(" = ") - k_prefix.size());
    else if (auto colon = what.find(": "); colon != std::string::npos) name = what.substr(0, colon);  // a flag's
    const CLI::Option* option = name.empty() ? nullptr : find_option(where, name);
    if (!option) return {};
    const std::string value = joined_results(*option);
    if (option->get_type_name().empty())  // a flag: --all, or --all=true|false
        // TRANSLATORS: a flag (--all), then the value typed after it; true and false are typed as they are.
        return trf("invalid {} '{}': a flag takes no value (or true or false)", option->get_name(), value);
    if (option->get_positional() && option->get_name(true) == "id") {
        // Declared as "Deal id (see deal list)": the noun and the listing to look ids up in.
        // (A translated description has its own words: the message below without them.)
        const std::string& description = option->get_description();
        const auto at = description.find(" id (see ");
        if (at != std::string::npos) {
            const auto from = at + std::string_view(" id (see ").size();
            std::string see = description.substr(from, description.find(')', from) - from);
            if (!see.starts_with("acct ")) see = "acct " + see;
            // TRANSLATORS: what the id is of (deal, contact), the value typed, the command listing the ids ("acct deal list").
            return trf("invalid {} id '{}': an id is a whole number (see '{}')", lower_first_letter(description.substr(0, at)),
                       value, see);
        }
        // TRANSLATORS: the value typed, then the command ("acct deal edit").
        return trf("invalid id '{}' for '{}': an id is a whole number", value, command_path(where));
    }
    const std::string type = option->get_type_name();
    // TRANSLATORS: an argument (--limit, REF), then the value typed.
    if (type == "INT" || type == "UINT") return trf("invalid {} '{}': expected a whole number", argument_name(*option), value);
    // TRANSLATORS: an argument (--limit, REF), then the value typed.
    if (type == "FLOAT") return trf("invalid {} '{}': expected a number", argument_name(*option), value);
    // TRANSLATORS: an argument (--limit, REF), then the value typed.
    return trf("invalid {} '{}'", argument_name(*option), value);
}

// ArgumentMismatch "--client: 1 required TEXT missing": an option without its value.
std::string mismatched(const CLI::App& where, const std::string& what) {
    const auto colon = what.find(": ");
    if (colon == std::string::npos) return {};
    const CLI::Option* option = find_option(where, what.substr(0, colon));
    if (!option) return {};
    if (what.find("At Most") != std::string::npos)
        // TRANSLATORS: {} is an option (--client).
        return trf("{} takes one value, got several", argument_name(*option));
    // TRANSLATORS: an option (--client), then what it is (its help text).
    return trf("{} needs a value: {}", argument_name(*option), lower_first_letter(option->get_description()));
}

// "A excludes B", "A requires B".
std::optional<std::pair<std::string, std::string>> split_pair(const std::string& what, std::string_view verb) {
    const auto at = what.find(verb);
    if (at == std::string::npos) return std::nullopt;
    return std::pair{what.substr(0, at), what.substr(at + verb.size())};
}

std::string named_message(const CLI::App& app, const CLI::ParseError& e) {
    const CLI::App& where = deepest_parsed(app);
    const std::string what = e.what();
    const std::vector<std::string> left = app.remaining(true);  // words no command took, in order
    // A word where a subcommand was expected is the likeliest mistake: name it before
    // whatever else went wrong after it.
    if (const auto names = typeable_subcommands(where); !names.empty())
        for (const std::string& word : left)
            if (!is_option_word(word)) return unknown_command(where, word, names);
    for (const std::string& word : left)
        if (is_option_word(word)) return unknown_option(where, word);
    if (dynamic_cast<const CLI::ExtrasError*>(&e) && !left.empty())
        // TRANSLATORS: the word typed, then the command ("acct deal list").
        return trf("unexpected argument '{}' for '{}'", left.front(), command_path(where));
    if (dynamic_cast<const CLI::RequiredError*>(&e) && what.ends_with(" is required"))
        return missing_arguments(where, what.substr(0, what.size() - std::string_view(" is required").size()));
    if (dynamic_cast<const CLI::ConversionError*>(&e)) return not_converted(where, what);
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return mismatched(where, what);
    if (dynamic_cast<const CLI::ExcludesError*>(&e))
        if (auto pair = split_pair(what, " excludes "))
            // TRANSLATORS: two options (--all, --client).
            return trf("{} and {} cannot be used together", pair->first, pair->second);
    if (dynamic_cast<const CLI::RequiresError*>(&e))
        if (auto pair = split_pair(what, " requires "))
            // TRANSLATORS: two options: the first is given, the second must be given with it.
            return trf("{} needs {}", pair->first, pair->second);
    return {};
}

}  // namespace

const CLI::App& deepest_parsed(const CLI::App& app) {
    for (const CLI::App* sub : app.get_subcommands())
        if (sub->parsed()) return deepest_parsed(*sub);
    return app;
}

std::string command_path(const CLI::App& command) {
    if (!command.get_parent()) return command.get_name();
    return command_path(*command.get_parent()) + " " + command.get_name();
}

std::string usage_message(const CLI::App& app, const CLI::ParseError& e) {
    if (dynamic_cast<const UsageError*>(&e)) return e.what();
    std::string message = named_message(app, e);
    return message.empty() ? e.what() : message;
}

}  // namespace acctool::cli
