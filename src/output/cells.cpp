#include "output/cells.h"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "core/currency.h"
#include "core/i18n.h"
#include "output/render.h"

namespace acctool::output {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace

bool is_finite(const Decimal& d) { return std::isfinite(d.value); }

std::string decimal_text(const Decimal& d) {
    if (!is_finite(d)) return {};
    // fmt ignores the locale unless asked ("L"), so the point is always '.'.
    std::string text = fmt::format("{:.{}f}", d.value, std::max(d.places, 0));
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    return text;
}

Cell amount_cell(Money amount, std::string_view currency) {
    const int digits = minor_digits(currency);
    if (digits == k_minor_digits) return amount;
    return Amount{amount, digits};
}

std::string plain_text(const Cell& cell) {
    return std::visit(Overloaded{
                          [](std::monostate) { return std::string(); },
                          [](const std::string& s) { return s; },
                          [](std::int64_t n) { return fmt::format("{}", n); },
                          [](Money m) { return format_money_plain(m); },
                          [](const Decimal& d) { return decimal_text(d); },
                          [](Date d) { return format_date(d); },
                          // TRANSLATORS: a yes/no cell, as a table shows it (CSV keeps it in English).
                          [](bool b) { return std::string(b ? NC_("token", "yes") : NC_("token", "no")); },
                          [](const Amount& a) { return format_money_plain(a.money, a.digits); },
                          [](const NumberText& n) { return n.text; },
                      },
                      cell);
}

bool is_numeric(const Cell& cell) {
    return std::holds_alternative<std::int64_t>(cell) || std::holds_alternative<Money>(cell) ||
           std::holds_alternative<Decimal>(cell) || std::holds_alternative<Amount>(cell);
}

namespace {

std::string english_table_text(const Cell& cell) {
    if (const auto* n = std::get_if<std::int64_t>(&cell)) return group_digits(*n);
    if (const auto* m = std::get_if<Money>(&cell)) return format_money_grouped(*m);
    if (const auto* a = std::get_if<Amount>(&cell)) return format_money_grouped(a->money, a->digits);
    if (const auto* d = std::get_if<Decimal>(&cell); d && d->percent_places >= 0 && is_finite(*d)) {
        std::string text = fmt::format("{:.{}f}", d->value * 100, d->percent_places);
        if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
        return text + " %";
    }
    return plain_text(cell);
}

}  // namespace

std::string table_text(const Cell& cell, Language language) {
    if (const auto* b = std::get_if<bool>(&cell)) return *b ? trc("token", "yes") : trc("token", "no");
    if (const auto* n = std::get_if<NumberText>(&cell)) return localize_number(n->text, language);
    if (!is_numeric(cell)) return plain_text(cell);
    return localize_number(english_table_text(cell), language);
}

bool vocabulary_column(std::string_view name) {
    for (std::string_view n : {"kind", "status", "stage", "severity", "state", "flags", "trend", "metric", "bands",
                               "reasons", "why", "on"})
        if (name == n) return true;
    return false;
}

bool id_column(std::string_view name) { return name == "id" || name.ends_with("_id"); }

ColumnRole column_role(std::string_view name) { return {vocabulary_column(name), id_column(name)}; }

std::string text_for_people(const Cell& cell, ColumnRole role, Language language) {
    const auto* text = std::get_if<std::string>(&cell);
    if (text && role.vocabulary) return vocabulary_text(*text);
    if (role.id) return plain_text(cell);
    return table_text(cell, language);
}

// Each part between ',' and ';' (its spaces kept) looked up as a token, then as a reason;
// a list of tokens joined by a bare ';' (the machine form, "cadence;dormant") reads
// "cadence, dormant", phrases joined by "; " are joined by the language's separator.
std::string vocabulary_text(std::string_view text) {
    std::string out;
    while (true) {
        const std::size_t sep = text.find_first_of(",;");
        const std::string_view part = text.substr(0, sep);
        const std::size_t first = part.find_first_not_of(' ');
        const std::size_t last = part.find_last_not_of(' ');
        if (first == std::string_view::npos) {
            out += part;
        } else {
            const std::string word(part.substr(first, last - first + 1));
            const char* shown = trc("token", word.c_str());
            if (shown == word.c_str()) shown = trc("reason", word.c_str());
            out += std::string(part.substr(0, first)) + shown + std::string(part.substr(last + 1));
        }
        if (sep == std::string_view::npos) break;
        if (text[sep] == ';' && sep + 1 < text.size() && text[sep + 1] == ' ') {
            out += trc("separator", "; ");  // between phrases: Greek " · ", French U+202F before ';'
            text.remove_prefix(sep + 2);
            continue;
        }
        out += text[sep] == ';' ? std::string(", ") : std::string(1, text[sep]);
        text.remove_prefix(sep + 1);
    }
    return out;
}

// Text already starting with quotes before a trigger ("'=x") gets one more, so that the
// importer's unguarding (drop one "'" before "'*" and a trigger) restores every value exactly.
std::string guard_formula(std::string_view text) {
    const std::size_t first = text.find_first_not_of('\'');
    if (first != std::string_view::npos && std::string_view("=+-@\t\r").find(text[first]) != std::string_view::npos) {
        return "'" + std::string(text);
    }
    return std::string(text);
}

std::string guarded_text(const Cell& cell) {
    if (const auto* s = std::get_if<std::string>(&cell)) return guard_formula(*s);
    return plain_text(cell);
}

void check_row_size(const std::vector<Column>& columns, const Row& cells) {
    if (cells.size() != columns.size()) {
        throw std::logic_error(
            fmt::format("row has {} cells but the table has {} columns", cells.size(), columns.size()));
    }
}

}  // namespace acctool::output
