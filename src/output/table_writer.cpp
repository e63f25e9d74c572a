// The human `table` format: column names, then a line of dashes under each column (or,
// with colour, the names in bold instead), then the rows; two spaces between columns, no
// trailing spaces. Widths are display widths (width.h), so Cyrillic, CJK and combining
// accents line up. A table with no rows still prints its header, so that the output has
// one shape whatever the data; "no clients match" style messages are the CLI's, on stderr.
// Given a width (a terminal's), the table fits it: the free-text columns are shortened
// with "…" first, then the other text columns; numbers and dates are never cut.
// For people, the column names are translated (trc("column", name): the commands mark them
// NC_("column", "amount")), so is the vocabulary of some columns (cells.h), and numbers
// follow the language; the widths are those of what is shown.
#include <algorithm>
#include <optional>

#include "core/i18n.h"
#include "core/text.h"
#include "output/cells.h"
#include "output/sink.h"
#include "output/width.h"
#include "output/writers.h"

namespace acctool::output {
namespace {

constexpr std::string_view k_bold = "\x1b[1m";
constexpr std::string_view k_reset = "\x1b[0m";
constexpr std::string_view k_gap = "  ";

// Newline and tab would break the grid and show as one space; any other control
// character would drive the terminal (ESC) and shows escaped, as \x1b (core/text.h).
std::string printable(const std::string& text) { return escape_controls(text, Newlines::Blank); }

// The columns a reader can best spare the end of: the man page's free text.
bool free_text(std::string_view name) {
    for (std::string_view n : {"reasons", "summary", "action", "actions", "notes", "name", "client", "title",
                               "contact", "next", "reason", "lost_reason", "tags", "industry", "product", "role",
                               "address", "command", "email"})
        if (name == n) return true;
    return false;
}

void trim_trailing_spaces(std::string& line) {
    const auto last = line.find_last_not_of(' ');
    line.erase(last == std::string::npos ? 0 : last + 1);
}

class TableWriter : public RowWriter {
public:
    TableWriter(bool color, std::size_t width, Language language, std::FILE* out)
        : m_color(color), m_width(width), m_language(language), m_sink(out) {}

    void begin(const std::vector<Column>& given) override {
        // Columns for machine formats only (Column::machine_only) are left out here, once:
        // everything below sees the columns shown and their cells.
        m_given = given;
        m_shown.clear();
        m_columns.clear();
        for (std::size_t i = 0; i < given.size(); ++i)
            if (!given[i].machine_only) {
                m_shown.push_back(i);
                m_columns.push_back(given[i]);
            }
        const auto& columns = m_columns;
        m_labels.clear();
        m_roles.clear();
        for (const auto& c : columns) {
            m_labels.push_back(trc("column", c.people_name().c_str()));
            m_roles.push_back({vocabulary_column(c.people_name()), id_column(c.name)});
        }
        m_rows.clear();
        m_kinds.assign(columns.size(), Kind::Unseen);
        m_text.assign(columns.size(), true);
        m_hidden.assign(columns.size(), false);
    }

    void row(const Row& given) override {
        check_row_size(m_given, given);
        Row shown;
        if (m_shown.size() != given.size())
            for (std::size_t i : m_shown) shown.push_back(given[i]);
        const Row& cells = m_shown.size() == given.size() ? given : shown;
        std::vector<std::string> texts;
        texts.reserve(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            texts.push_back(printable(text_for_people(cells[i], m_roles[i], m_language)));
        }
        m_rows.push_back(std::move(texts));
        note_alignment(cells);
    }

    void end() override {
        auto widths = column_widths();
        fit(widths);
        for (auto& r : m_rows)
            for (std::size_t i = 0; i < r.size(); ++i) r[i] = truncate_to_width(r[i], widths[i]);
        std::vector<std::string> names;
        for (std::size_t i = 0; i < m_columns.size(); ++i) names.push_back(truncate_to_width(m_labels[i], widths[i]));
        std::string header = format_line(names, widths);
        if (m_color) header = std::string(k_bold) + header + std::string(k_reset);
        m_sink.write(header + '\n');
        if (!m_color) {
            std::vector<std::string> dashes;
            for (auto w : widths) dashes.emplace_back(w, '-');
            m_sink.write(format_line(dashes, widths) + '\n');
        }
        for (const auto& r : m_rows) m_sink.write(format_line(r, widths) + '\n');
        if (!m_cut.empty()) {
            std::string names;
            for (const auto& n : m_cut) names += (names.empty() ? "" : ", ") + n;
            // TRANSLATORS: below a table cut to the terminal: {} lists the columns left out.
            m_sink.write(truncate_to_width(trf("(too narrow to show {}: widen the terminal or use --format csv)", names),
                                           m_width) + '\n');
        }
        m_sink.flush();
    }

private:
    // Align::Auto puts a column on the right when every non-empty cell is a number.
    void note_alignment(const Row& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (std::holds_alternative<std::monostate>(cells[i])) continue;
            if (!std::holds_alternative<std::string>(cells[i])) m_text[i] = false;
            const bool numbers_only = is_numeric(cells[i]) && m_kinds[i] != Kind::Mixed;
            m_kinds[i] = numbers_only ? Kind::Numbers : Kind::Mixed;
        }
    }

    bool right_aligned(std::size_t i) const {
        switch (m_columns[i].align) {
            case Align::Left: return false;
            case Align::Right: return true;
            case Align::Auto: return m_kinds[i] == Kind::Numbers;
        }
        return false;
    }

    std::vector<std::size_t> column_widths() const {
        std::vector<std::size_t> widths;
        for (const auto& label : m_labels) widths.push_back(display_width(label));
        for (const auto& r : m_rows) {
            for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], display_width(r[i]));
        }
        return widths;
    }

    // Narrows columns until the rows fit m_width (0: no limit), one column at a time, the
    // widest first: the free-text columns, then the other text columns, down to their
    // header's width (or 6); then columns empty in every row are hidden; last, any column
    // down to its widest cell, shortening the header instead; last, the rightmost columns
    // are left out and a footer line names them. Numbers and dates are never cut.
    void fit(std::vector<std::size_t>& widths) {
        if (m_width == 0 || widths.empty()) return;
        std::size_t total = k_gap.size() * (widths.size() - 1);
        for (auto w : widths) total += w;
        std::vector<std::size_t> widest_cell(widths.size(), 0);
        for (const auto& r : m_rows)
            for (std::size_t i = 0; i < r.size(); ++i) widest_cell[i] = std::max(widest_cell[i], display_width(r[i]));
        for (int pass = 0; pass < 5 && total > m_width; ++pass) {
            if (pass == 4) {  // still too wide: the last columns go, and a footer names them
                for (std::size_t i = widths.size(); i-- > 1 && total > m_width;) {
                    if (m_hidden[i]) continue;
                    m_hidden[i] = true;
                    total -= widths[i] + k_gap.size();
                    m_cut.insert(m_cut.begin(), m_labels[i]);
                }
                continue;
            }
            if (pass == 2) {  // columns empty in every row say nothing: hide them
                for (std::size_t i = 0; i < widths.size() && total > m_width; ++i) {
                    if (widest_cell[i] != 0 || m_hidden[i]) continue;
                    m_hidden[i] = true;
                    total -= widths[i] + k_gap.size();
                }
                continue;
            }
            while (total > m_width) {
                std::optional<std::size_t> widest;
                for (std::size_t i = 0; i < widths.size(); ++i) {
                    const bool text = m_text[i];
                    std::size_t floor = std::max<std::size_t>(display_width(m_labels[i]), 6);
                    bool eligible = pass == 0 ? text && free_text(m_columns[i].people_name()) : text;
                    if (pass == 3) {
                        eligible = !m_hidden[i];
                        floor = std::max<std::size_t>(text ? 4 : widest_cell[i], 4);
                    }
                    if (eligible && widths[i] > floor && (!widest || widths[i] > widths[*widest])) widest = i;
                }
                if (!widest) break;
                --widths[*widest];
                --total;
            }
        }
    }

    std::string format_line(const std::vector<std::string>& texts, const std::vector<std::size_t>& widths) const {
        std::string line;
        bool first = true;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (m_hidden[i]) continue;
            if (!first) line += k_gap;
            first = false;
            line += right_aligned(i) ? pad_left(texts[i], widths[i]) : pad_right(texts[i], widths[i]);
        }
        trim_trailing_spaces(line);
        return line;
    }

    bool m_color;
    std::size_t m_width;
    Language m_language;
    Sink m_sink;
    std::vector<Column> m_given;        // as the command gave them
    std::vector<std::size_t> m_shown;   // the indexes in m_given of the columns shown
    std::vector<Column> m_columns;      // those shown (not machine_only)
    std::vector<std::string> m_labels;  // the column names as shown
    std::vector<ColumnRole> m_roles;    // per column: vocabulary, ids (cells.h)
    std::vector<std::vector<std::string>> m_rows;
    // Per column: what its non-empty cells have been so far.
    enum class Kind { Unseen, Numbers, Mixed };
    std::vector<Kind> m_kinds;
    // Per column: only text so far (a column that may be cut; numbers and dates may not).
    std::vector<bool> m_text;
    std::vector<bool> m_hidden;  // by fit(), when the table is too wide
    std::vector<std::string> m_cut;  // the columns hidden for want of width (not for being empty)
};

}  // namespace

std::unique_ptr<RowWriter> make_table_writer(bool color, std::size_t width, Language language, std::FILE* out) {
    return std::make_unique<TableWriter>(color, width, language, out);
}

}  // namespace acctool::output
