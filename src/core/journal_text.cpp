#include "core/journal_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>

#include "core/i18n.h"
#include "core/language.h"
#include "core/money.h"

namespace acctool {
namespace {

// The one table whose records go by another noun than its name.
constexpr std::string_view k_renamed_table = "support_case", k_renamed_noun = "case";

std::string name_records(std::string_view table, long count, Id single_id) {
    if (count == 1) return record_noun(table, 1) + " " + std::to_string(single_id);
    return std::to_string(count) + " " + record_noun(table, count);
}

// As name_records, in the user's language; nothing for a table without words for people.
std::optional<std::string> name_records_for_people(std::string_view table, long count, Id single_id) {
    if (count == 1) {
        const Id id = single_id;  // the one record's
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
        return std::nullopt;
    }
    const auto n = static_cast<unsigned long>(count);
    // The count grouped in the language's form (1.313 in Italian), its plural by the number.
    const std::string shown = localize_number(group_digits(count), current_language());
    if (table == "client") return trn("{} client", "{} clients", n, shown);
    if (table == "contact") return trn("{} contact", "{} contacts", n, shown);
    if (table == "deal") return trn("{} deal", "{} deals", n, shown);
    if (table == "refund") return trn("{} refund", "{} refunds", n, shown);
    if (table == "touch") return trn("{} touch", "{} touches", n, shown);
    if (table == "invoice") return trn("{} invoice", "{} invoices", n, shown);
    if (table == "payment") return trn("{} payment", "{} payments", n, shown);
    if (table == "support_case") return trn("{} case", "{} cases", n, shown);
    // TRANSLATORS: a count of follow-ups, as the journal names them.
    if (table == "followup") return trn("{} followup", "{} followups", n, shown);
    if (table == "rate") return trn("{} rate", "{} rates", n, shown);
    return std::nullopt;
}

std::vector<ChangePhrase> phrases_of(const std::vector<RecordChanges>& changes) {
    std::vector<ChangePhrase> out{{ChangeVerb::Added, {}}, {ChangeVerb::Changed, {}}, {ChangeVerb::Deleted, {}}};
    for (const auto& r : changes) {
        if (r.added) out[0].records.push_back({r.table, r.added, r.added_id});
        if (r.changed) out[1].records.push_back({r.table, r.changed, r.changed_id});
        if (r.deleted) out[2].records.push_back({r.table, r.deleted, r.deleted_id});
    }
    std::erase_if(out, [](const ChangePhrase& p) { return p.records.empty(); });
    return out;
}

constexpr std::string_view k_phrase_separator = "; ", k_list_separator = ", ";

std::string_view english_verb(ChangeVerb verb) {
    switch (verb) {
        case ChangeVerb::Added: return "added";
        case ChangeVerb::Changed: return "changed";
        case ChangeVerb::Deleted: return "deleted";
    }
    return "";
}

// The summary as the journal stores it: English, whatever the language.
std::string english(const std::vector<ChangePhrase>& phrases) {
    std::string out;
    for (const auto& p : phrases) {
        if (!out.empty()) out += k_phrase_separator;
        out += english_verb(p.verb);
        out += ' ';
        for (std::size_t i = 0; i < p.records.size(); ++i) {
            if (i) out += k_list_separator;
            out += name_records(p.records[i].table, p.records[i].count, p.records[i].id);
        }
    }
    return out;
}

// The phrases in the user's language, each verb the msgid that `verbs` gives it ("remove
// {}"); nothing when a table has no words for people and `strict` asks for all of them
// (otherwise it is named in English).
using VerbMsgid = const char* (*)(ChangeVerb);
std::optional<std::string> for_people(const std::vector<ChangePhrase>& phrases, VerbMsgid verbs, bool strict) {
    // TRANSLATORS: between two phrases of what a command changed or what undoing it does:
    // "remove deal 41, 2 touches; restore client 3". The spaces around it are part of it:
    // Greek " · " (';' is the question mark there), French U+202F before ';' ("\u202f; ").
    const std::string separator = trc("separator", "; ");
    std::string out;
    for (const auto& p : phrases) {
        std::string list;
        for (std::size_t i = 0; i < p.records.size(); ++i) {
            const auto& r = p.records[i];
            const std::optional<std::string> name = name_records_for_people(r.table, r.count, r.id);
            if (!name && strict) return std::nullopt;
            if (i) list += k_list_separator;
            list += name.value_or(name_records(r.table, r.count, r.id));
        }
        if (!out.empty()) out += separator;
        out += trf(verbs(p.verb), list);
    }
    return out;
}

const char* undo_verb(ChangeVerb verb) {
    switch (verb) {
        // TRANSLATORS: what undoing an entry does, "remove deal 41, 2 touches; restore client 3;
        // put back refund 5": {} lists the records.
        case ChangeVerb::Added: return N_("remove {}");
        case ChangeVerb::Changed: return N_("restore {}");
        case ChangeVerb::Deleted: return N_("put back {}");
    }
    return "{}";
}

const char* journal_verb(ChangeVerb verb) {
    switch (verb) {
        // TRANSLATORS: what a command did, as acct log and acct undo --list show it: "added deal 41,
        // 2 touches; changed client 3; deleted refund 5". {} lists the records ("client 3",
        // "2 invoices"), whatever their number and gender.
        case ChangeVerb::Added: return N_("added {}");
        // TRANSLATORS: records a command changed, in "added deal 41; changed client 3, 2 deals".
        case ChangeVerb::Changed: return N_("changed {}");
        // TRANSLATORS: records a command deleted, in "changed client 3; deleted deal 41, 2 refunds".
        case ChangeVerb::Deleted: return N_("deleted {}");
    }
    return "{}";
}

// A count or an id as describe_changes writes it: decimal digits, no sign, no leading zero.
std::optional<std::int64_t> parse_number(std::string_view text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    if (text.size() > 1 && text[0] == '0') return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// The table that record_noun names `noun` for `count` records. "touches" is tried as
// "touch" before "touche" (which record_noun would name so too).
std::optional<std::string> table_of_noun(std::string_view noun, long count) {
    std::vector<std::string_view> stems{noun};
    if (noun.ends_with("es")) stems.push_back(noun.substr(0, noun.size() - 2));
    if (noun.ends_with("s")) stems.push_back(noun.substr(0, noun.size() - 1));
    for (std::string_view stem : stems) {
        std::string table(stem == k_renamed_noun ? k_renamed_table : stem);
        if (record_noun(table, count) == noun) return table;
    }
    return std::nullopt;
}

// "deal 41" or "1000 touches".
std::optional<NamedRecords> parse_records(std::string_view text) {
    const auto space = text.find(' ');
    if (space == std::string_view::npos || text.find(' ', space + 1) != std::string_view::npos) return std::nullopt;
    const std::string_view first = text.substr(0, space), second = text.substr(space + 1);
    NamedRecords r;
    if (auto count = parse_number(first)) {
        if (*count < 2) return std::nullopt;
        r.count = static_cast<long>(*count);
        auto table = table_of_noun(second, r.count);
        if (!table) return std::nullopt;
        r.table = std::move(*table);
        return r;
    }
    auto id = parse_number(second);
    auto table = table_of_noun(first, 1);
    if (!id || !table) return std::nullopt;
    return NamedRecords{std::move(*table), 1, *id};
}

// `text` cut at each `separator`.
std::vector<std::string_view> split(std::string_view text, std::string_view separator) {
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = text.find(separator);
        parts.push_back(text.substr(0, at));
        if (at == std::string_view::npos) return parts;
        text.remove_prefix(at + separator.size());
    }
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
    const std::string noun(table == k_renamed_table ? k_renamed_noun : table);
    if (count == 1) return noun;
    return noun == "touch" ? "touches" : noun + "s";
}

std::string name_record(std::string_view table, Id id) {
    return name_records_for_people(table, 1, id).value_or(name_records(table, 1, id));
}

std::string describe_changes(const std::vector<RecordChanges>& changes) { return english(phrases_of(changes)); }

std::optional<std::vector<ChangePhrase>> parse_changes(std::string_view summary) {
    if (summary.empty()) return std::nullopt;
    std::vector<ChangePhrase> phrases;
    for (std::string_view text : split(summary, k_phrase_separator)) {
        const auto space = text.find(' ');
        if (space == std::string_view::npos) return std::nullopt;
        ChangePhrase p;
        const std::string_view verb = text.substr(0, space);
        if (verb == english_verb(ChangeVerb::Added)) p.verb = ChangeVerb::Added;
        else if (verb == english_verb(ChangeVerb::Changed)) p.verb = ChangeVerb::Changed;
        else if (verb == english_verb(ChangeVerb::Deleted)) p.verb = ChangeVerb::Deleted;
        else return std::nullopt;
        for (std::string_view item : split(text.substr(space + 1), k_list_separator)) {
            auto records = parse_records(item);
            if (!records) return std::nullopt;
            p.records.push_back(std::move(*records));
        }
        phrases.push_back(std::move(p));
    }
    // Only what describe_changes writes: the parts written back are the same bytes.
    if (english(phrases) != summary) return std::nullopt;
    return phrases;
}

std::string describe_stored_changes(std::string_view summary) {
    if (!translating()) return std::string(summary);  // the English is the stored text
    const auto phrases = parse_changes(summary);
    if (!phrases) return std::string(summary);
    return for_people(*phrases, journal_verb, true).value_or(std::string(summary));
}

std::string describe_undo(const std::vector<RecordChanges>& changes) {
    return *for_people(phrases_of(changes), undo_verb, false);
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
