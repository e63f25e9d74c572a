#include "core/import_columns.h"

#include "core/errors.h"
#include "core/i18n.h"
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
         {{"name", true}, {"tier"}, {"status"}, {"industry"}, {"region"}, {"tags"}, {"cadence_days", false, CellForm::Number},
          {"credit_limit", false, CellForm::Number}, {"payment_terms_days", false, CellForm::Number}, {"notes"},
          {"currency"}, {"created_on", false, CellForm::Date}, {"id", false, CellForm::Number}, {"status_before_archive"},
          {"address"}, {"customer_since", false, CellForm::Date}}},
        {ImportKind::Contacts, "contacts",
         {{"client", true}, {"name", true}, {"role"}, {"email"}, {"phone"}, {"birthday"}, {"decision_maker", false, CellForm::YesNo},
          {"notes"}, {"id", false, CellForm::Number}}},
        {ImportKind::Deals, "deals",
         {{"client", true}, {"amount", true, CellForm::Number}, {"title"}, {"stage"}, {"date", false, CellForm::Date}, {"expected_close", false, CellForm::Date}, {"probability", false, CellForm::Number},
          {"product"}, {"kind"}, {"lost_reason"}, {"currency"}, {"discount", false, CellForm::Number},
          {"stage_changed_on", false, CellForm::Date}, {"id", false, CellForm::Number}, {"created_on", false, CellForm::Date},
          {"base_amount", false, CellForm::Number}}},
        {ImportKind::Refunds, "refunds",
         {{"deal_id", true, CellForm::Number}, {"amount", true, CellForm::Number}, {"date", true, CellForm::Date}, {"reason"},
          {"currency"}, {"id", false, CellForm::Number}, {"base_amount", false, CellForm::Number}}},
        {ImportKind::Touches, "touches",
         {{"client", true}, {"kind", true}, {"date", true, CellForm::Date}, {"summary"}, {"contact"}, {"next_action"},
          {"next_date", false, CellForm::Date}, {"id", false, CellForm::Number}}},
        {ImportKind::Followups, "followups",
         {{"client", true}, {"due", true, CellForm::Date}, {"action"}, {"contact"}, {"state"}, {"closed_on", false, CellForm::Date},
          {"touch_id", false, CellForm::Number}, {"closed_by", false, CellForm::Number}, {"id", false, CellForm::Number}}},
        {ImportKind::Invoices, "invoices",
         {{"client", true}, {"amount", true, CellForm::Number}, {"due", true, CellForm::Date}, {"number"}, {"issued", false, CellForm::Date}, {"paid_amount", false, CellForm::Number}, {"paid_on", false, CellForm::Date},
          {"currency"}, {"id", false, CellForm::Number}, {"deal_id", false, CellForm::Number},
          {"base_amount", false, CellForm::Number}}},
        {ImportKind::Payments, "payments",
         {{"invoice_id", false, CellForm::Number}, {"amount", true, CellForm::Number}, {"date", true, CellForm::Date},
          {"currency"}, {"number"}, {"id", false, CellForm::Number}, {"base_amount", false, CellForm::Number}}},
        {ImportKind::Cases, "cases",
         {{"client", true}, {"opened", true}, {"summary", true}, {"severity"},
          {"first_response"}, {"resolved"}, {"resolution"},
          {"id", false, CellForm::Number}}},
        {ImportKind::Rates, "rates", {{"currency", true}, {"date", true, CellForm::Date}, {"rate", true, CellForm::Number}}},
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

const std::vector<ImportKind>& all_import_kinds() {
    static const std::vector<ImportKind> all = [] {
        std::vector<ImportKind> v;
        // Rates first: every dated money record is converted at its date as it is written.
        v.push_back(ImportKind::Rates);
        for (const auto& k : kinds())
            if (k.kind != ImportKind::Rates) v.push_back(k.kind);
        return v;
    }();
    return all;
}

ImportKind parse_import_kind(std::string_view text) {
    for (const auto& k : kinds())
        if (k.name == text) return k.kind;
    std::vector<std::string> names;
    for (const auto& k : kinds()) names.emplace_back(k.name);
    // TRANSLATORS: the second {} lists the kinds of an import, as typed (clients, deals, ...).
    throw InvalidInput(trf("invalid kind '{}': expected {}", text, join(names, ", ")));
}

std::string_view record_noun(ImportKind kind) {
    switch (kind) {
    case ImportKind::Clients: return "client";
    case ImportKind::Contacts: return "contact";
    case ImportKind::Deals: return "deal";
    case ImportKind::Refunds: return "refund";
    case ImportKind::Touches: return "touch";
    case ImportKind::Followups: return "follow-up";
    case ImportKind::Invoices: return "invoice";
    case ImportKind::Payments: return "payment";
    case ImportKind::Cases: return "case";
    case ImportKind::Rates: return "rate";
    }
    return "";
}

std::string_view to_string(ImportKind kind) { return info(kind).name; }

const std::vector<ImportColumn>& import_columns(ImportKind kind) { return info(kind).columns; }

HeaderOptions parse_header_map(ImportKind kind, std::string_view text) {
    HeaderOptions options;
    const auto& columns = import_columns(kind);
    for (const std::string& pair : split_list(text)) {
        const std::size_t eq = pair.find('=');
        if (eq == std::string::npos)
            throw InvalidInput(trf("invalid --map entry '{}': expected HEADER=column, e.g. Клиент=client", pair));
        std::string from{trim(std::string_view(pair).substr(0, eq))};
        std::string to = ascii_lower(trim(std::string_view(pair).substr(eq + 1)));
        bool known = false;
        for (const auto& c : columns) known = known || c.name == to;
        if (from.empty() || !known)
            // TRANSLATORS: "invalid --map entry 'X=y': deals have client, amount, ...": the entry, the
            // kind of the import as typed, its column names.
            throw InvalidInput(trf("invalid --map entry '{}': {} have {}", pair, to_string(kind), column_list(columns)));
        options.renames.emplace_back(std::move(from), std::move(to));
    }
    return options;
}

ColumnMap::ColumnMap(ImportKind kind, const std::vector<std::string>& header, const HeaderOptions& options)
    : m_kind(kind), m_field(import_columns(kind).size(), -1), m_width(header.size()) {
    const auto& columns = import_columns(kind);
    std::size_t used = header.size();
    while (used > 0 && trim(header[used - 1]).empty()) --used;
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < used; ++i) {
        std::string name = ascii_lower(trim(header[i]));
        for (const auto& [from, to] : options.renames)
            if (fold_case(trim(header[i])) == fold_case(from)) name = to;
        std::size_t c = 0;
        while (c < columns.size() && columns[c].name != name) ++c;
        if (c == columns.size()) {
            if (!options.ignore_unknown) unknown.push_back("'" + header[i] + "'");
            continue;
        }
        if (m_field[c] >= 0) throw InvalidInput(trf("column '{}' appears twice", name));
        m_field[c] = static_cast<int>(i);
    }
    if (!unknown.empty())
        // TRANSLATORS: "unknown column 'Nume' for clients: expected name, tier, ... (--map ...)": the
        // headers in quotes, the kind of the import as typed, its column names.
        throw InvalidInput(trn("unknown column {} for {}: expected {} (--map renames a header, --ignore-columns skips the "
                               "others)",
                               "unknown columns {} for {}: expected {} (--map renames a header, --ignore-columns skips the "
                               "others)",
                               unknown.size(), join(unknown, ", "), to_string(kind), column_list(columns)));
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].required && m_field[c] < 0)
            // TRANSLATORS: "missing column 'client': deals need client, amount": the column, the kind of
            // the import as typed, the columns it needs.
            throw InvalidInput(trf("missing column '{}': {} need {}", columns[c].name, to_string(kind),
                                   column_list(required_of(columns))));
}

std::optional<std::string_view> ColumnMap::cell(const std::vector<std::string>& fields, int column) const {
    const int field = m_field[static_cast<std::size_t>(column)];
    if (field < 0) return std::nullopt;
    return unguard(fields[static_cast<std::size_t>(field)]);
}

std::string_view ColumnMap::text(const std::vector<std::string>& fields, int column) const {
    return cell(fields, column).value_or(std::string_view{});
}

CellForm ColumnMap::form(int column) const { return import_columns(m_kind)[static_cast<std::size_t>(column)].form; }

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
