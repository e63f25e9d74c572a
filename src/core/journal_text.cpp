#include "core/journal_text.h"

#include <algorithm>
#include <cctype>

namespace acctool {
namespace {

std::string name_records(std::string_view table, long count, Id single_id) {
    if (count == 1) return record_noun(table, 1) + " " + std::to_string(single_id);
    return std::to_string(count) + " " + record_noun(table, count);
}

// Joins "verb records" phrases: the verb is said once per kind of change.
std::string describe(const std::vector<RecordChanges>& changes, std::string_view added, std::string_view changed,
                     std::string_view deleted) {
    std::string out;
    auto phrase = [&out](std::string_view verb, std::vector<std::string> parts) {
        if (parts.empty()) return;
        if (!out.empty()) out += "; ";
        out += std::string(verb) + " ";
        for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    };
    std::vector<std::string> a, c, d;
    for (const auto& r : changes) {
        if (r.added) a.push_back(name_records(r.table, r.added, r.added_id));
        if (r.changed) c.push_back(name_records(r.table, r.changed, r.changed_id));
        if (r.deleted) d.push_back(name_records(r.table, r.deleted, r.deleted_id));
    }
    phrase(added, a);
    phrase(changed, c);
    phrase(deleted, d);
    return out;
}

bool needs_quotes(std::string_view arg) {
    if (arg.empty()) return true;
    return std::any_of(arg.begin(), arg.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) return false;  // letters of other scripts are safe words
        return !(std::isalnum(c) || std::string_view("-_./=:,+%@").find(ch) != std::string_view::npos);
    });
}

}  // namespace

std::string record_noun(std::string_view table, long count) {
    const std::string noun = table == "support_case" ? "case" : std::string(table);
    if (count == 1) return noun;
    return noun == "touch" ? "touches" : noun + "s";
}

std::string describe_changes(const std::vector<RecordChanges>& changes) {
    return describe(changes, "added", "changed", "deleted");
}

std::string describe_undo(const std::vector<RecordChanges>& changes) {
    return describe(changes, "remove", "restore", "put back");
}

std::string quote_command_line(const std::vector<std::string>& args) {
    std::string out;
    for (const auto& arg : args) {
        if (!out.empty()) out += ' ';
        if (!needs_quotes(arg)) {
            out += arg;
            continue;
        }
        out += '\'';
        for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
        out += '\'';
    }
    return out;
}

}  // namespace acctool
