// TSV (man page: COMMANDS): header row, tab between fields, LF line ends. Values escape
// '\' as \\, tab as \t, LF as \n and CR as \r, so every record is exactly one line.
// Spreadsheets open TSV as readily as CSV, so text cells get the same formula guard.
#include "output/cells.h"
#include "output/sink.h"
#include "output/writers.h"

namespace acctool::output {
namespace {

std::string tsv_field(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default: out += c;
        }
    }
    return out;
}

class TsvWriter : public RowWriter {
public:
    explicit TsvWriter(std::FILE* out) : m_sink(out) {}

    void begin(const std::vector<Column>& columns) override {
        m_columns = columns;
        std::string line;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) line += '\t';
            line += tsv_field(columns[i].name);
        }
        m_sink.write(line + '\n');
    }

    void row(const Row& cells) override {
        check_row_size(m_columns, cells);
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) line += '\t';
            line += tsv_field(guarded_text(cells[i]));
        }
        m_sink.write(line + '\n');
    }

    void end() override { m_sink.flush(); }

private:
    Sink m_sink;
    std::vector<Column> m_columns;
};

}  // namespace

std::unique_ptr<RowWriter> make_tsv_writer(std::FILE* out) { return std::make_unique<TsvWriter>(out); }

}  // namespace acctool::output
