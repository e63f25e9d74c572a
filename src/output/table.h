#pragma once
// The one table model every command hands to output. Cells keep their type so that each
// format can render them its own way: money grouped in tables, plain in CSV, a number in
// JSON; dates as YYYY-MM-DD; empty cells empty (JSON null).
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/dates.h"
#include "core/money.h"

namespace acctool::output {

struct Decimal {
    double value = 0;
    int places = 2;  // digits after the point in every format
};

using Cell = std::variant<std::monostate, std::string, std::int64_t, Money, Decimal, Date, bool>;

enum class Align { Auto, Left, Right };

struct Column {
    std::string name;            // snake_case: the CSV header and JSON key (contract)
    Align align = Align::Auto;   // Auto: numbers right, text left
};

using Row = std::vector<Cell>;

struct Table {
    std::vector<Column> columns;
    std::vector<Row> rows;

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
