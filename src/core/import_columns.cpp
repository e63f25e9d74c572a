#include "core/import_columns.h"

#include "core/errors.h"
#include "core/text.h"

namespace acctool {
namespace {

struct KindInfo {
    ImportKind kind;
    std::string_view name;
    std::vector<ImportColumn> columns;
};

const std::vector<KindInfo>& kinds() {
    static const std::vector<KindInfo> all{
        {ImportKind::Clients, "clients",
         {{"name", true}, {"tier"}, {"status"}, {"industry"}, {"region"}, {"tags"}, {"cadence_days"},
          {"credit_limit"}, {"payment_terms_days"}, {"notes"}}},
        {ImportKind::Contacts, "contacts",
         {{"client", true}, {"name", true}, {"role"}, {"email"}, {"phone"}, {"birthday"}, {"decision_maker"},
          {"notes"}}},
        {ImportKind::Deals, "deals",
         {{"client", true}, {"amount", true}, {"title"}, {"stage"}, {"date"}, {"expected_close"}, {"probability"},
          {"product"}, {"kind"}, {"lost_reason"}}},
        {ImportKind::Touches, "touches",
         {{"client", true}, {"kind", true}, {"date", true}, {"summary"}, {"contact"}, {"next_action"},
          {"next_date"}}},
        {ImportKind::Invoices, "invoices",
         {{"client", true}, {"amount", true}, {"due", true}, {"number"}, {"issued"}, {"paid_amount"}, {"paid_on"}}},
    };
    return all;
}

const KindInfo& info(ImportKind kind) {
    for (const auto& k : kinds())
        if (k.kind == kind) return k;
    throw std::logic_error("unknown import kind");
}

std::string column_list(const std::vector<ImportColumn>& columns) {
    std::vector<std::string> names;
    for (const auto& c : columns) names.emplace_back(c.name);
    return join(names, ", ");
}

std::vector<ImportColumn> required_of(const std::vector<ImportColumn>& columns) {
    std::vector<ImportColumn> required;
    for (const auto& c : columns)
        if (c.required) required.push_back(c);
    return required;
}

}  // namespace

ImportKind parse_import_kind(std::string_view text) {
    for (const auto& k : kinds())
        if (k.name == text) return k.kind;
    throw InvalidInput("invalid kind '" + std::string(text) +
                       "': expected clients, contacts, deals, touches or invoices");
}

std::string_view to_string(ImportKind kind) { return info(kind).name; }

const std::vector<ImportColumn>& import_columns(ImportKind kind) { return info(kind).columns; }

ColumnMap::ColumnMap(ImportKind kind, const std::vector<std::string>& header)
    : m_kind(kind), m_field(import_columns(kind).size(), -1), m_width(header.size()) {
    const auto& columns = import_columns(kind);
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string name = ascii_lower(trim(header[i]));
        std::size_t c = 0;
        while (c < columns.size() && columns[c].name != name) ++c;
        if (c == columns.size())
            throw InvalidInput("unknown column '" + header[i] + "' for " + std::string(to_string(kind)) +
                               ": expected " + column_list(columns));
        if (m_field[c] >= 0) throw InvalidInput("column '" + name + "' appears twice");
        m_field[c] = static_cast<int>(i);
    }
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].required && m_field[c] < 0)
            throw InvalidInput("missing column '" + std::string(columns[c].name) + "': " +
                               std::string(to_string(kind)) + " need " + column_list(required_of(columns)));
}

std::optional<std::string_view> ColumnMap::cell(const std::vector<std::string>& fields, int column) const {
    const int field = m_field[static_cast<std::size_t>(column)];
    if (field < 0) return std::nullopt;
    return unguard(fields[static_cast<std::size_t>(field)]);
}

std::string_view ColumnMap::text(const std::vector<std::string>& fields, int column) const {
    return cell(fields, column).value_or(std::string_view{});
}

std::string_view ColumnMap::name(int column) const {
    return import_columns(m_kind)[static_cast<std::size_t>(column)].name;
}

std::string_view unguard(std::string_view text) {
    if (text.empty() || text.front() != '\'') return text;
    const std::size_t first = text.find_first_not_of('\'');
    if (first != std::string_view::npos && std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos)
        return text.substr(1);
    return text;
}

}  // namespace acctool
