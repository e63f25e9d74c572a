#include "core/fields.h"

#include <charconv>

#include "core/currency.h"
#include "core/errors.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/local_forms.h"
#include "core/text.h"

namespace acctool {
namespace {

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// The field's name in the user's language: callers mark it NC_("field", ...).
std::string field_label(std::string_view what) {
    const std::string name(what);
    return trc("field", name.c_str());
}

// The value as a message shows it: at most 60 characters, so that a megabyte of text is
// never echoed, on one line, its control characters escaped.
std::string echoed(std::string_view text) { return quoted(escape_controls(shorten(text, 60))); }

std::string code_point_name(char32_t c) {
    static constexpr char k_hex[] = "0123456789ABCDEF";
    std::string out = "U+";
    for (int shift = 12; shift >= 0; shift -= 4) out += k_hex[(c >> shift) & 0xF];
    return out;
}

std::optional<int> optional_days(std::string_view text, std::string_view what, int min) {
    if (trim(text).empty()) return std::nullopt;
    return parse_whole_number(text, what, min, 36500);
}

bool looks_like_email(std::string_view s) {
    auto at = s.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < s.size() && s.find(' ') == std::string_view::npos;
}

}  // namespace

int parse_whole_number(std::string_view text, std::string_view what, int min, int max) {
    const std::string_view t = trim(text);
    int value = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (t.empty() || ec != std::errc{} || end != t.data() + t.size() || value < min || value > max)
        // TRANSLATORS: "invalid cadence (days) '0': expected a whole number from 1 to 36500"; the
        // first {} names the field, the second is the value as typed, in quotes.
        throw InvalidInput(trf("invalid {} {}: expected a whole number from {} to {}", field_label(what), quoted(text),
                               min, max));
    return value;
}

double parse_probability(std::string_view text) {
    const std::string local = local_ratio(text);
    std::string_view t = local;
    const bool percent = !t.empty() && t.back() == '%';
    if (percent) t.remove_suffix(1);
    double value = -1;
    // Fixed notation: "1e-1" is no probability anyone types.
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value, std::chars_format::fixed);
    if (percent) value /= 100;
    if (t.empty() || ec != std::errc{} || end != t.data() + t.size() || !(value >= 0 && value <= 1))
        throw InvalidInput(local_input()
                               // TRANSLATORS: shown in a language that writes a decimal comma, where 0,35, 35%
                               // and 35 % are read: write the examples in your language's form. {} is the value
                               // as typed, in quotes.
                               ? trf("invalid probability {}: expected 0 to 1 (0,35) or a percentage (35 %)", quoted(text))
                               // TRANSLATORS: {} is the value as typed, in quotes.
                               : trf("invalid probability {}: expected 0 to 1 (0.35) or a percentage (35%)", quoted(text)));
    return value;
}

bool parse_yes_no(std::string_view text, std::string_view what) {
    if (trim(text).empty()) return false;
    if (auto word = yes_no_word(text)) return *word;
    // TRANSLATORS: the first {} names the field, the second is the value as typed, in quotes.
    throw InvalidInput(trf("invalid {} {}: expected yes or no", field_label(what), quoted(text)));
}

std::string canonical_tier(const Settings& settings, std::string_view text) {
    const std::string key = fold_case(trim(text));
    std::vector<std::string> names;
    for (const auto& tier : settings.tiers) {
        if (fold_case(tier.name) == key) return tier.name;
        names.push_back(tier.name);
    }
    // TRANSLATORS: the first {} is the value as typed, in quotes; the second lists the tiers.
    throw InvalidInput(trf("invalid tier {}: the config defines {}", quoted(text), join(names, ", ")));
}

std::string parse_text(std::string_view text, std::string_view what, TextKind kind, std::size_t max_chars) {
    // TRANSLATORS: in the messages of a text field, the first {} names the field ("client
    // name", "notes") and the second is the value, shortened, in quotes.
    if (!is_valid_utf8(text)) throw InvalidInput(trf("invalid {} {}: not valid UTF-8", field_label(what), echoed(text)));
    const std::string_view trimmed = trim(text);
    if (auto control = find_control(trimmed, kind == TextKind::Lines)) {
        if (kind == TextKind::Lines)
            // TRANSLATORS: "invalid notes 'a\x1bb': control character U+001B at character 2 (only
            // tab and newline are allowed)".
            throw InvalidInput(trf("invalid {} {}: control character {} at character {} (only tab and newline are allowed)",
                                   field_label(what), echoed(trimmed), code_point_name(control->code_point),
                                   control->character));
        // TRANSLATORS: "invalid client name 'A\x1bB': control character U+001B at character 2".
        throw InvalidInput(trf("invalid {} {}: control character {} at character {}", field_label(what), echoed(trimmed),
                               code_point_name(control->code_point), control->character));
    }
    if (max_chars > 0 && count_chars(trimmed) > max_chars)
        // TRANSLATORS: "invalid client name 'Aaa…': 250 characters; at most 200".
        throw InvalidInput(trn("invalid {} {}: {} character; at most {}", "invalid {} {}: {} characters; at most {}",
                               count_chars(trimmed), field_label(what), echoed(trimmed), count_chars(trimmed), max_chars));
    return std::string(trimmed);
}

std::string parse_name(std::string_view text, std::string_view what, TextKind kind, std::size_t max_chars) {
    std::string name = parse_text(text, what, kind, max_chars);
    // TRANSLATORS: {} names the field ("client name", "deal title").
    if (name.empty()) throw InvalidInput(trf("invalid {}: it is empty", field_label(what)));
    return name;
}

Client new_client(const Settings& settings, Date today) {
    Client client;
    client.tier = settings.tiers.empty() ? "" : settings.tiers.back().name;
    client.currency = settings.currency;
    client.created_on = today;
    return client;
}

void apply_client_fields(Client& c, const ClientFields& f, const Settings& settings, Date today) {
    if (f.name) c.name = parse_name(*f.name, NC_("field", "client name"), TextKind::Line, k_max_name_chars);
    if (f.tier) c.tier = canonical_tier(settings, *f.tier);
    if (f.status) c.status = parse_client_status(trim(*f.status));
    if (f.industry) c.industry = parse_text(*f.industry, NC_("field", "industry"));
    if (f.region) c.region = parse_text(*f.region, NC_("field", "region"));
    if (f.tags) c.tags = split_list(parse_text(*f.tags, NC_("field", "tags")));
    if (f.cadence_days) c.cadence_days = optional_days(*f.cadence_days, NC_("field", "cadence (days)"), 1);
    if (f.credit_limit) {
        if (trim(*f.credit_limit).empty()) c.credit_limit.reset();
        else c.credit_limit = parse_money(*f.credit_limit);
    }
    if (f.payment_terms_days) c.payment_terms_days = optional_days(*f.payment_terms_days, NC_("field", "payment terms (days)"), 0);
    if (f.notes) c.notes = parse_text(*f.notes, NC_("field", "notes"), TextKind::Lines);
    if (f.currency) c.currency = parse_record_currency(trim(*f.currency));
    if (f.address) c.address = parse_text(*f.address, NC_("field", "address"), TextKind::Lines);
    if (f.customer_since) {
        if (trim(*f.customer_since).empty()) c.customer_since.reset();
        else c.customer_since = parse_happened_date(trim(*f.customer_since), today, NC_("event", "customer-since"));
    }
}

void apply_contact_fields(Contact& k, const ContactFields& f) {
    if (f.name) k.name = parse_name(*f.name, NC_("field", "contact name"), TextKind::Line, k_max_name_chars);
    if (f.role) k.role = parse_text(*f.role, NC_("field", "role"));
    if (f.email) {
        k.email = parse_text(*f.email, NC_("field", "email"));
        if (!k.email.empty() && !looks_like_email(k.email))
            // TRANSLATORS: {} is the value as typed, in quotes.
            throw InvalidInput(trf("invalid email {}: expected name@domain", quoted(*f.email)));
    }
    if (f.phone) k.phone = parse_text(*f.phone, NC_("field", "phone"));
    if (f.birthday) {
        if (trim(*f.birthday).empty()) k.birthday.reset();
        else k.birthday = parse_birthday(trim(*f.birthday));
    }
    if (f.decision_maker) k.decision_maker = parse_yes_no(*f.decision_maker, NC_("field", "decision maker"));
    if (f.notes) k.notes = parse_text(*f.notes, NC_("field", "notes"), TextKind::Lines);
}

}  // namespace acctool
