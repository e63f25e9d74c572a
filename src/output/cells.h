#pragma once
// Cell helpers shared by the writers (internal to output; commands use render.h).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"
#include "output/table.h"

namespace acctool::output {

// A Decimal with exactly `places` digits after the point, "-0.00" normalised to "0.00".
// Infinity and NaN have no sensible rendering in any format and come out empty.
std::string decimal_text(const Decimal& d);
bool is_finite(const Decimal& d);
// Cell text for the human table: money and integers grouped, ratios as percentages, the
// numbers in the language's form (core/language.h: 12.000,50 in it, 53,8 % in ro), yes and
// no translated (NC_("token", "yes")), the rest as plain_text.
std::string table_text(const Cell& cell, Language language = Language::En);
// Columns whose text is English vocabulary, the tokens and reasons marked NC_("token", ...)
// and NC_("reason", ...) (kind, status, stage, severity, state, flags, trend, metric,
// bands, reasons, why, on): their text is shown translated in tables and cards.
bool vocabulary_column(std::string_view name);
// Columns of record ids ("id", "client_id", ...): never grouped, so that an id reads as it
// is typed back (1314, not 1,314 or 1.314).
bool id_column(std::string_view name);
// A vocabulary cell's text translated part by part (parts split by ',' or ';', spacing
// kept; a bare ';' shown as ", ", "; " as the language's separator of phrases; a part
// without a translation, such as a stage named in the config, as it is).
std::string vocabulary_text(std::string_view text);
// What a column is to people: its text translated as vocabulary, or ids never grouped.
struct ColumnRole {
    bool vocabulary = false;
    bool id = false;
};
ColumnRole column_role(std::string_view name);
// A cell as a table or a card shows it: vocabulary translated, an id as it is typed,
// anything else by table_text.
std::string text_for_people(const Cell& cell, ColumnRole role, Language language);
// Prefixes "'" to text that a spreadsheet would run as a formula (= + - @ tab CR), and to
// text whose leading quotes precede such a character, so that the guard can be undone.
std::string guard_formula(std::string_view text);
// Text cells are guarded; numbers, dates and booleans are rendered by us and exempt.
std::string guarded_text(const Cell& cell);
// A JSON string literal (RFC 8259) and a cell as a JSON value (numbers, null, strings).
std::string json_string(std::string_view text);
std::string json_value(const Cell& cell);
// A row with another number of cells than the table has columns is a programming error.
void check_row_size(const std::vector<Column>& columns, const Row& cells);

}  // namespace acctool::output
