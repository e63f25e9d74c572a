#pragma once
// The one table model every command hands to output. Cells keep their type so that each
// format can render them its own way: money grouped in tables, plain in CSV, a number in
// JSON; dates as YYYY-MM-DD; empty cells empty (JSON null).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "core/money.h"

namespace acctool::output {

struct Decimal {
    double value = 0;
    int places = 2;        // digits after the point in CSV, TSV and JSON
    int percent_places = -1;  // >= 0: a ratio, a percentage in tables with these decimals
};
// A ratio (attainment, share, probability, a rate): 0.5376 in CSV, TSV and JSON, 53.8 % in
// a table (one decimal unless `percent_places` says more, as an exact band rate needs).
inline Decimal ratio_cell(double value, int places = 4, int percent_places = 1) {
    return Decimal{value, places, percent_places};
}

// An amount in a currency whose minor unit is not the hundredth (core/currency.h,
// minor_digits): yen without decimals, Kuwaiti dinars with three. Money cells are
// hundredths; amount_cell chooses.
struct Amount {
    Money money;
    int digits = k_minor_digits;
};

// A number that is text in every format ("0.9216", "1/1.0850": a rate, exactly as it is
// typed back): as it is in CSV, TSV, JSON (a string) and xlsx, in the language's form in a
// table and on a card ("0,9216" in Italian, core/language.h localize_number).
struct NumberText {
    std::string text;
};

using Cell = std::variant<std::monostate, std::string, std::int64_t, Money, Decimal, Date, bool, Amount, NumberText>;

// A record's own amount in its currency: a Money cell for the currencies with cents, an
// Amount with the currency's decimals for the others.
Cell amount_cell(Money amount, std::string_view currency);

enum class Align { Auto, Left, Right };

struct Column {
    std::string name;            // snake_case: the CSV header and JSON key (contract)
    Align align = Align::Auto;   // Auto: numbers right, text left
    // In csv, tsv, json and xlsx only; `table` leaves it out (a report's `currency`,
    // which the table's title names instead: "Sales by client, 2026, in EUR").
    bool machine_only = false;
    // `table` only: the column is shown as if named so (its header and vocabulary), when
    // `name` is generic: report sales' "key" reads "client", "month" or "kind".
    std::string shown_as{};
    const std::string& people_name() const { return shown_as.empty() ? name : shown_as; }
};

using Row = std::vector<Cell>;

struct Table {
    std::vector<Column> columns;
    std::vector<Row> rows;
    std::string title;  // a line above it in `table` format only ("Sales by client, 2025, in EUR")

    explicit Table(std::vector<Column> cols = {}) : columns(std::move(cols)) {}
    void add(Row row) { rows.push_back(std::move(row)); }
};

// Helpers for building rows from optional values.
template <class T>
Cell cell_or_empty(const std::optional<T>& v) {
    if (v) return Cell{*v};
    return Cell{};
}
inline Cell text_or_empty(const std::string& s) {
    if (s.empty()) return Cell{};
    return Cell{s};
}

}  // namespace acctool::output
