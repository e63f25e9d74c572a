// The human `table` format: column names, then a line of dashes under each column (or,
// with colour, the names in bold instead), then the rows; two spaces between columns, no
// trailing spaces. Widths are display widths (width.h), so Cyrillic, CJK and combining
// accents line up. A table with no rows still prints its header, so that the output has
// one shape whatever the data; "no clients match" style messages are the CLI's, on stderr.
#include <algorithm>

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

void trim_trailing_spaces(std::string& line) {
    const auto last = line.find_last_not_of(' ');
    line.erase(last == std::string::npos ? 0 : last + 1);
}

class TableWriter : public RowWriter {
public:
    TableWriter(bool color, std::FILE* out) : m_color(color), m_sink(out) {}

    void begin(const std::vector<Column>& columns) override {
        m_columns = columns;
        m_rows.clear();
        m_kinds.assign(columns.size(), Kind::Unseen);
    }

    void row(const Row& cells) override {
        check_row_size(m_columns, cells);
        std::vector<std::string> texts;
        texts.reserve(cells.size());
        for (const auto& cell : cells) texts.push_back(printable(table_text(cell)));
        m_rows.push_back(std::move(texts));
        note_alignment(cells);
    }

    void end() override {
        const auto widths = column_widths();
        std::vector<std::string> names;
        for (const auto& c : m_columns) names.push_back(c.name);
        std::string header = format_line(names, widths);
        if (m_color) header = std::string(k_bold) + header + std::string(k_reset);
        m_sink.write(header + '\n');
        if (!m_color) {
            std::vector<std::string> dashes;
            for (auto w : widths) dashes.emplace_back(w, '-');
            m_sink.write(format_line(dashes, widths) + '\n');
        }
        for (const auto& r : m_rows) m_sink.write(format_line(r, widths) + '\n');
        m_sink.flush();
    }

private:
    // Align::Auto puts a column on the right when every non-empty cell is a number.
    void note_alignment(const Row& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (std::holds_alternative<std::monostate>(cells[i])) continue;
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
        for (const auto& c : m_columns) widths.push_back(display_width(c.name));
        for (const auto& r : m_rows) {
            for (std::size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], display_width(r[i]));
        }
        return widths;
    }

    std::string format_line(const std::vector<std::string>& texts, const std::vector<std::size_t>& widths) const {
        std::string line;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            if (i > 0) line += k_gap;
            line += right_aligned(i) ? pad_left(texts[i], widths[i]) : pad_right(texts[i], widths[i]);
        }
        trim_trailing_spaces(line);
        return line;
    }

    bool m_color;
    Sink m_sink;
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
    // Per column: what its non-empty cells have been so far.
    enum class Kind { Unseen, Numbers, Mixed };
    std::vector<Kind> m_kinds;
};

}  // namespace

std::unique_ptr<RowWriter> make_table_writer(bool color, std::FILE* out) {
    return std::make_unique<TableWriter>(color, out);
}

}  // namespace acctool::output
