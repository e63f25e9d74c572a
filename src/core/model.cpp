#include "core/model.h"

#include <array>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {

namespace {

// One row per value: the name that to_string gives, then any other spelling accepted.
template <typename Enum>
struct EnumName {
    Enum value;
    std::string_view name;
    std::string_view alias = {};
};

// The names are tokens: typed in English, stored, and written in English in CSV and JSON.
// They are marked so that a table may show them translated (trc("token", name)).
constexpr std::array<EnumName<ClientStatus>, 3> k_client_statuses{{
    // TRANSLATORS: a client's status, as the tables show it.
    {ClientStatus::Customer, NC_("token", "customer")},
    {ClientStatus::Prospect, NC_("token", "prospect")},
    {ClientStatus::Archived, NC_("token", "archived")},
}};

constexpr std::array<EnumName<DealKind>, 5> k_deal_kinds{{
    // TRANSLATORS: a deal's kind, as the tables show it.
    {DealKind::New, NC_("token", "new")},
    {DealKind::Upsell, NC_("token", "upsell")},
    {DealKind::CrossSell, NC_("token", "cross-sell"), "crosssell"},  // two aliases, so two rows
    {DealKind::CrossSell, "cross-sell", "cross_sell"},
    {DealKind::Renewal, NC_("token", "renewal")},
}};

constexpr std::array<EnumName<TouchKind>, 6> k_touch_kinds{{
    // TRANSLATORS: a touch's kind, as the tables show it.
    {TouchKind::Call, NC_("token", "call")},
    {TouchKind::Visit, NC_("token", "visit")},
    {TouchKind::Meeting, NC_("token", "meeting")},
    {TouchKind::Email, NC_("token", "email")},
    {TouchKind::Message, NC_("token", "message")},
    {TouchKind::Note, NC_("token", "note")},
}};

constexpr std::array<EnumName<Severity>, 4> k_severities{{
    // TRANSLATORS: a case's severity, as the tables show it.
    {Severity::Low, NC_("token", "low")},
    {Severity::Normal, NC_("token", "normal")},
    {Severity::High, NC_("token", "high")},
    {Severity::Critical, NC_("token", "critical")},
}};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<EnumName<Enum>, N>& table, Enum value) {
    for (const auto& row : table)
        if (row.value == value) return row.name;
    return "?";  // unreachable for a valid enumerator
}

// "a, b, c or d", each name once, in table order.
template <typename Enum, std::size_t N>
std::string accepted(const std::array<EnumName<Enum>, N>& table) {
    std::vector<std::string> names;
    for (const auto& row : table)
        if (names.empty() || names.back() != row.name) names.emplace_back(row.name);
    return or_list(names);
}

// Case-insensitive, surrounding blanks ignored (CSV cells often carry them). `message`
// takes the text as typed, then the accepted names.
template <typename Enum, std::size_t N>
Enum parse_name(const std::array<EnumName<Enum>, N>& table, const char* message, std::string_view text) {
    std::string key = ascii_lower(trim(text));
    for (const auto& row : table)
        if (key == row.name || (!row.alias.empty() && key == row.alias)) return row.value;
    throw InvalidInput(trf(message, text, accepted(table)));
}

}  // namespace

std::string_view to_string(ClientStatus s) { return name_of(k_client_statuses, s); }
std::string_view to_string(DealKind k) { return name_of(k_deal_kinds, k); }
std::string_view to_string(TouchKind k) { return name_of(k_touch_kinds, k); }
std::string_view to_string(Severity s) { return name_of(k_severities, s); }

ClientStatus parse_client_status(std::string_view text) {
    // TRANSLATORS: the second {} lists the statuses as typed: "customer, prospect or archived".
    return parse_name(k_client_statuses, N_("invalid client status '{}': expected {}"), text);
}
DealKind parse_deal_kind(std::string_view text) {
    // TRANSLATORS: the second {} lists the kinds as typed: "new, upsell, cross-sell or renewal".
    return parse_name(k_deal_kinds, N_("invalid deal kind '{}': expected {}"), text);
}
TouchKind parse_touch_kind(std::string_view text) {
    // TRANSLATORS: the second {} lists the kinds as typed: "call, visit, ... or note".
    return parse_name(k_touch_kinds, N_("invalid touch kind '{}': expected {}"), text);
}
Severity parse_severity(std::string_view text) {
    // TRANSLATORS: the second {} lists the severities as typed: "low, normal, high or critical".
    return parse_name(k_severities, N_("invalid severity '{}': expected {}"), text);
}

}  // namespace acctool
