#include "core/model.h"

#include <array>
#include <string>
#include <vector>

#include "core/errors.h"
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

constexpr std::array<EnumName<ClientStatus>, 3> k_client_statuses{{
    {ClientStatus::Customer, "customer"},
    {ClientStatus::Prospect, "prospect"},
    {ClientStatus::Archived, "archived"},
}};

constexpr std::array<EnumName<DealKind>, 5> k_deal_kinds{{
    {DealKind::New, "new"},
    {DealKind::Upsell, "upsell"},
    {DealKind::CrossSell, "cross-sell", "crosssell"},  // two aliases, so two rows
    {DealKind::CrossSell, "cross-sell", "cross_sell"},
    {DealKind::Renewal, "renewal"},
}};

constexpr std::array<EnumName<TouchKind>, 6> k_touch_kinds{{
    {TouchKind::Call, "call"},
    {TouchKind::Visit, "visit"},
    {TouchKind::Meeting, "meeting"},
    {TouchKind::Email, "email"},
    {TouchKind::Message, "message"},
    {TouchKind::Note, "note"},
}};

constexpr std::array<EnumName<Severity>, 4> k_severities{{
    {Severity::Low, "low"},
    {Severity::Normal, "normal"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
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
    std::string last = names.back();
    names.pop_back();
    return join(names, ", ") + " or " + last;
}

// Case-insensitive, surrounding blanks ignored (CSV cells often carry them).
template <typename Enum, std::size_t N>
Enum parse_name(const std::array<EnumName<Enum>, N>& table, std::string_view what,
                std::string_view text) {
    std::string key = ascii_lower(trim(text));
    for (const auto& row : table)
        if (key == row.name || (!row.alias.empty() && key == row.alias)) return row.value;
    throw InvalidInput("invalid " + std::string(what) + " '" + std::string(text) + "': expected " +
                       accepted(table));
}

}  // namespace

std::string_view to_string(ClientStatus s) { return name_of(k_client_statuses, s); }
std::string_view to_string(DealKind k) { return name_of(k_deal_kinds, k); }
std::string_view to_string(TouchKind k) { return name_of(k_touch_kinds, k); }
std::string_view to_string(Severity s) { return name_of(k_severities, s); }

ClientStatus parse_client_status(std::string_view text) {
    return parse_name(k_client_statuses, "client status", text);
}
DealKind parse_deal_kind(std::string_view text) {
    return parse_name(k_deal_kinds, "deal kind", text);
}
TouchKind parse_touch_kind(std::string_view text) {
    return parse_name(k_touch_kinds, "touch kind", text);
}
Severity parse_severity(std::string_view text) {
    return parse_name(k_severities, "severity", text);
}

}  // namespace acctool
