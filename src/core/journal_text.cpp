#include "core/journal_text.h"

#include <algorithm>
#include <cctype>

#include "core/i18n.h"

namespace acctool {
namespace {

std::string name_records(std::string_view table, long count, Id single_id) {
    if (count == 1) return record_noun(table, 1) + " " + std::to_string(single_id);
    return std::to_string(count) + " " + record_noun(table, count);
}

// As name_records, in the user's language.
std::string name_records_for_people(std::string_view table, long count, Id single_id) {
    if (count == 1) return name_record(table, single_id);
    const auto n = static_cast<unsigned long>(count);
    if (table == "client") return trn("{} client", "{} clients", n, count);
    if (table == "contact") return trn("{} contact", "{} contacts", n, count);
    if (table == "deal") return trn("{} deal", "{} deals", n, count);
    if (table == "refund") return trn("{} refund", "{} refunds", n, count);
    if (table == "touch") return trn("{} touch", "{} touches", n, count);
    if (table == "invoice") return trn("{} invoice", "{} invoices", n, count);
    if (table == "payment") return trn("{} payment", "{} payments", n, count);
    if (table == "support_case") return trn("{} case", "{} cases", n, count);
    // TRANSLATORS: a count of follow-ups, as the journal names them.
    if (table == "followup") return trn("{} followup", "{} followups", n, count);
    if (table == "rate") return trn("{} rate", "{} rates", n, count);
    return name_records(table, count, single_id);
}

// Joins "verb records" phrases: the verb is said once per kind of change. The phrases
// are English, as the journal keeps them, or the user's language (`verbs` then holds
// msgids such as "remove {}").
std::string describe(const std::vector<RecordChanges>& changes, std::string_view added, std::string_view changed,
                     std::string_view deleted, bool for_people = false) {
    std::string out;
    auto phrase = [&out, for_people](std::string_view verb, std::vector<std::string> parts) {
        if (parts.empty()) return;
        if (!out.empty()) out += "; ";
        std::string list;
        for (std::size_t i = 0; i < parts.size(); ++i) list += (i ? ", " : "") + parts[i];
        out += for_people ? trf(std::string(verb).c_str(), list) : std::string(verb) + " " + list;
    };
    std::vector<std::string> a, c, d;
    const auto name = for_people ? name_records_for_people : name_records;
    for (const auto& r : changes) {
        if (r.added) a.push_back(name(r.table, r.added, r.added_id));
        if (r.changed) c.push_back(name(r.table, r.changed, r.changed_id));
        if (r.deleted) d.push_back(name(r.table, r.deleted, r.deleted_id));
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

std::string name_record(std::string_view table, Id id) {
    if (table == "client") return trf("client {}", id);
    if (table == "contact") return trf("contact {}", id);
    if (table == "deal") return trf("deal {}", id);
    if (table == "refund") return trf("refund {}", id);
    if (table == "touch") return trf("touch {}", id);
    if (table == "invoice") return trf("invoice {}", id);
    if (table == "payment") return trf("payment {}", id);
    if (table == "support_case") return trf("case {}", id);
    // TRANSLATORS: a follow-up and its id, as the journal names it.
    if (table == "followup") return trf("followup {}", id);
    if (table == "rate") return trf("rate {}", id);
    return name_records(table, 1, id);
}

std::string describe_changes(const std::vector<RecordChanges>& changes) {
    return describe(changes, "added", "changed", "deleted");
}

std::string describe_undo(const std::vector<RecordChanges>& changes) {
    // TRANSLATORS: what undoing an entry does, "remove deal 41, 2 touches; restore client 3;
    // put back refund 5": {} lists the records.
    return describe(changes, N_("remove {}"), N_("restore {}"), N_("put back {}"), true);
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
