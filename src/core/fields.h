#pragma once
// Validation of the text a user types for record fields, shared by the command line and
// the CSV importer: each function names the value in its InvalidInput message. A `what`
// is the field's English name, marked NC_("field", ...) where it is written; the message
// shows it translated (core/i18n.h).
#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/settings.h"

namespace acctool {

// A whole number in [min, max]; `what` names the field in the message
// ("invalid cadence 'x': expected a whole number of days from 1 to 3650").
int parse_whole_number(std::string_view text, std::string_view what, int min, int max);
// A probability as 0.35 or 35%; throws outside 0..1.
double parse_probability(std::string_view text);
// yes/no, true/false, 1/0, y/n (case-insensitive).
bool parse_yes_no(std::string_view text, std::string_view what);
// A tier of the config, matched case-insensitively, returned as configured.
std::string canonical_tier(const Settings& settings, std::string_view text);
// Whether a text field may hold several lines: notes and summaries keep tab and newline,
// every other field is one line.
enum class TextKind { Line, Lines };
// The one check of every text field, on the command line and in imports: valid UTF-8 and
// no control character (C0 but tab and newline in TextKind::Lines, DEL, C1), at most
// `max_chars` characters when not 0; returned trimmed. The message names the field, the
// value (shortened) and the character: "invalid client name 'A\x1bB': control character
// U+001B at character 2".
std::string parse_text(std::string_view text, std::string_view what, TextKind kind = TextKind::Line,
                       std::size_t max_chars = 0);
// A name: as parse_text, and non-empty.
std::string parse_name(std::string_view text, std::string_view what, TextKind kind = TextKind::Line,
                       std::size_t max_chars = 0);
// Client and contact names are at most this many characters (man/acct.1).
inline constexpr std::size_t k_max_name_chars = 200;

// The editable fields of a client as typed; empty optionals are left unchanged.
struct ClientFields {
    std::optional<std::string> name;
    std::optional<std::string> tier;
    std::optional<std::string> status;
    std::optional<std::string> industry;
    std::optional<std::string> region;
    std::optional<std::string> tags;
    std::optional<std::string> cadence_days;
    std::optional<std::string> credit_limit;
    std::optional<std::string> payment_terms_days;
    std::optional<std::string> notes;
    std::optional<std::string> currency;  // of its deals and invoices by default, and of credit_limit
    std::optional<std::string> address;
    std::optional<std::string> customer_since;  // a date for something that happened; empty clears
};

// A client about to be added on `today`, before its fields are applied: the last (lowest)
// tier of the config, the owner's currency, created today. The command line, an import
// and --create-clients all start here.
Client new_client(const Settings& settings, Date today);

// Validates and applies each given field to the client. An empty string clears an
// optional field (cadence, credit limit, terms). Throws InvalidInput naming the value.
// A customer-since date may not be after `today`.
void apply_client_fields(Client& client, const ClientFields& fields, const Settings& settings, Date today);

// The editable fields of a contact as typed.
struct ContactFields {
    std::optional<std::string> name;
    std::optional<std::string> role;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<std::string> birthday;
    std::optional<std::string> decision_maker;
    std::optional<std::string> notes;
};

void apply_contact_fields(Contact& contact, const ContactFields& fields);

}  // namespace acctool
