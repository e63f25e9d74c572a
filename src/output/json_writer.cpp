// JSON (man page: COMMANDS): one document, an array of objects keyed by column name in
// column order, one object per line, written row by row:
//   [
//   {"id":1,"name":"x"},
//   {"id":2,"name":"y"}
//   ]
// and "[]" for no rows. Money and Decimal are number literals with their exact digits,
// never a double's approximation; empty cells are null.
#include <fmt/format.h>
#include <utf8proc.h>

#include "output/cells.h"
#include "output/sink.h"
#include "output/writers.h"

namespace acctool::output {
namespace {
constexpr std::string_view k_replacement = "\uFFFD";
}  // namespace

// A JSON string literal (RFC 8259): '"' and '\' escaped, control characters as \u00XX,
// other UTF-8 kept as is. An invalid UTF-8 byte becomes U+FFFD so that the document
// stays valid UTF-8 whatever the database holds.
std::string json_string(std::string_view text) {
    std::string out = "\"";
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c < 0x20) {
                out += fmt::format("\\u{:04x}", c);
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
        if (n < 0) {
            out += k_replacement;
            ++i;
        } else {
            out.append(text.substr(i, static_cast<std::size_t>(n)));
            i += static_cast<std::size_t>(n);
        }
    }
    out += '"';
    return out;
}

std::string json_value(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell)) return "null";
    if (const auto* b = std::get_if<bool>(&cell)) return *b ? "true" : "false";
    if (const auto* d = std::get_if<Decimal>(&cell)) return is_finite(*d) ? decimal_text(*d) : "null";
    if (is_numeric(cell)) return plain_text(cell);  // integers and money: plain digits
    return json_string(plain_text(cell));           // strings and ISO dates
}

namespace {

class JsonWriter : public RowWriter {
public:
    explicit JsonWriter(std::FILE* out) : m_sink(out) {}

    void begin(const std::vector<Column>& columns) override {
        m_keys.clear();
        for (const auto& c : columns) m_keys.push_back(json_string(c.name));
        m_columns = columns;
        m_rows = 0;
        m_sink.write("[");
    }

    void row(const Row& cells) override {
        check_row_size(m_columns, cells);
        std::string line = m_rows == 0 ? "\n{" : ",\n{";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) line += ',';
            line += m_keys[i];
            line += ':';
            line += json_value(cells[i]);
        }
        line += '}';
        m_sink.write(line);
        ++m_rows;
    }

    void end() override {
        m_sink.write(m_rows == 0 ? "]\n" : "\n]\n");
        m_sink.flush();
    }

private:
    Sink m_sink;
    std::vector<Column> m_columns;
    std::vector<std::string> m_keys;
    std::size_t m_rows = 0;
};

}  // namespace

std::unique_ptr<RowWriter> make_json_writer(std::FILE* out) { return std::make_unique<JsonWriter>(out); }

}  // namespace acctool::output
