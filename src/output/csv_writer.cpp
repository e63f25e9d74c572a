// CSV per RFC 4180 (man page: COMMANDS): header row, ',' between fields, LF line ends, a field
// quoted only when it holds ',', '"', CR or LF, with its quotes doubled.
#include "output/cells.h"
#include "output/sink.h"
#include "output/writers.h"

namespace acctool::output {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

class CsvWriter : public RowWriter {
public:
    CsvWriter(bool bom, std::FILE* out) : m_bom(bom), m_sink(out) {}

    void begin(const std::vector<Column>& columns) override {
        m_columns = columns;
        if (m_bom) m_sink.write(k_bom);
        std::string line;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) line += ',';
            line += csv_field(columns[i].name);
        }
        m_sink.write(line + '\n');
    }

    void row(const Row& cells) override {
        check_row_size(m_columns, cells);
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) line += ',';
            line += csv_field(guarded_text(cells[i]));
        }
        // One empty cell would make a blank line, which readers (ours included) skip.
        if (line.empty() && !cells.empty()) line = "\"\"";
        m_sink.write(line + '\n');
    }

    void end() override { m_sink.flush(); }

private:
    bool m_bom;
    Sink m_sink;
    std::vector<Column> m_columns;
};

}  // namespace

std::unique_ptr<RowWriter> make_csv_writer(bool bom, std::FILE* out) {
    return std::make_unique<CsvWriter>(bom, out);
}

}  // namespace acctool::output
