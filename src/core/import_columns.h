#pragma once
// The CSV columns of import and export (man page: Import, export and backup): per kind, their names in
// contract order, which are required, and the map from a file's header to them.
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace acctool {

enum class ImportKind { Clients, Contacts, Deals, Refunds, Touches, Followups, Invoices, Payments, Cases, Rates };

// Every kind, in the order `import all` reads them: rates, then each kind after the records it names.
const std::vector<ImportKind>& all_import_kinds();

// "clients", "contacts", "deals", "refunds", ...; throws InvalidInput otherwise.
ImportKind parse_import_kind(std::string_view text);
std::string_view to_string(ImportKind kind);
// "client", "deal", "touch", "case": one record of the kind, for messages.
std::string_view record_noun(ImportKind kind);

// Column positions in contract order, per kind: the order export writes them.
// Columns after the first ones are appended, never inserted: the order is a contract.
namespace client_col { enum : int { name, tier, status, industry, region, tags, cadence_days, credit_limit, payment_terms_days, notes, currency, created_on, id, status_before_archive, address, customer_since }; }
namespace contact_col { enum : int { client, name, role, email, phone, birthday, decision_maker, notes, id }; }
namespace deal_col { enum : int { client, amount, title, stage, date, expected_close, probability, product, kind, lost_reason, currency, discount, stage_changed_on, id, created_on, base_amount }; }
namespace refund_col { enum : int { deal_id, amount, date, reason, currency, id, base_amount }; }
namespace touch_col { enum : int { client, kind, date, summary, contact, next_action, next_date, id }; }
namespace followup_col { enum : int { client, due, action, contact, state, closed_on, touch_id, closed_by, id }; }
namespace invoice_col { enum : int { client, amount, due, number, issued, paid_amount, paid_on, currency, id, deal_id, base_amount }; }
namespace payment_col { enum : int { invoice_id, amount, date, currency, number, id, base_amount }; }
namespace case_col { enum : int { client, opened, summary, severity, first_response, resolved, resolution, id }; }
namespace rate_col { enum : int { currency, date, rate }; }

// What a column holds, for reading the local forms of numbers, dates and yes/no words.
enum class CellForm { Text, Number, Date, YesNo };

struct ImportColumn {
    std::string_view name;
    bool required = false;
    CellForm form = CellForm::Text;
};

// How a file's header becomes columns: `renames` maps header names in the user's
// language to column names (--map), and `ignore_unknown` drops other columns.
struct HeaderOptions {
    std::vector<std::pair<std::string, std::string>> renames;
    bool ignore_unknown = false;
};

// Parses --map "Клиент=client,Сумма=amount" for `kind`; throws InvalidInput for a pair
// without '=' or naming a column the kind does not have.
HeaderOptions parse_header_map(ImportKind kind, std::string_view text);

const std::vector<ImportColumn>& import_columns(ImportKind kind);

// Where each contract column sits in a file's records.
class ColumnMap {
public:
    // Header names are matched case-insensitively after trimming, after `options`'
    // renames; empty header cells at the end are ignored. Throws InvalidInput naming the
    // unknown columns (and listing the known ones) unless they are to be ignored, a
    // repeated or a missing required column.
    ColumnMap(ImportKind kind, const std::vector<std::string>& header, const HeaderOptions& options = {});

    std::size_t width() const { return m_width; }  // fields in the header
    bool has(int column) const { return m_field[static_cast<std::size_t>(column)] >= 0; }
    // The cell of `column` in a record of width() fields, its export formula guard undone;
    // nullopt when the file has no such column.
    std::optional<std::string_view> cell(const std::vector<std::string>& fields, int column) const;
    // The cell, or "" when the file has no such column.
    std::string_view text(const std::vector<std::string>& fields, int column) const;
    std::string_view name(int column) const;
    CellForm form(int column) const;
    // The field index of `column` in a record, or -1.
    int field(int column) const { return m_field[static_cast<std::size_t>(column)]; }
    std::size_t columns() const { return m_field.size(); }

private:
    ImportKind m_kind;
    std::vector<int> m_field;
    std::size_t m_width = 0;
};

// Undoes the formula guard of CSV output: drops one "'" from text that starts with one
// or more "'" followed by = + - @ tab or CR ("'+40 721" -> "+40 721"), so that what
// export wrote imports as what was stored.
std::string_view unguard(std::string_view text);

}  // namespace acctool
