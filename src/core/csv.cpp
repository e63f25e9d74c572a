#include "core/csv.h"

#include <algorithm>

#include "core/i18n.h"

namespace acctool {
namespace {

constexpr std::size_t k_block = 1 << 16;
constexpr int k_eof = -1;

std::string shown(int ch) {
    if (ch >= 0x20 && ch < 0x7f) return std::string("'") + static_cast<char>(ch) + "'";
    char hex[8];
    static const char* digits = "0123456789abcdef";
    hex[0] = '0';
    hex[1] = 'x';
    hex[2] = digits[(ch >> 4) & 0xf];
    hex[3] = digits[ch & 0xf];
    return std::string(hex, 4);
}

}  // namespace

CsvReader::CsvReader(std::istream& in, char delimiter, std::string_view prefix)
    : m_in(in), m_buffer(std::max(k_block, prefix.size())), m_end(prefix.size()), m_delimiter(delimiter) {
    std::copy(prefix.begin(), prefix.end(), m_buffer.begin());
}

void CsvReader::detect_delimiter() {
    if (m_delimiter != 0) return;
    m_delimiter = ',';
    if (!fill()) return;
    long counts[3] = {0, 0, 0};
    bool quoted = false;
    for (std::size_t i = m_pos; i < m_end; ++i) {
        const char c = m_buffer[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        if (c == ',') ++counts[0];
        else if (c == ';') ++counts[1];
        else if (c == '\t') ++counts[2];
    }
    if (counts[1] > counts[0] && counts[1] >= counts[2]) m_delimiter = ';';
    else if (counts[2] > counts[0] && counts[2] > counts[1]) m_delimiter = '\t';
}

bool CsvReader::fill() {
    if (m_pos < m_end) return true;
    if (!m_in) return false;
    m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_end = static_cast<std::size_t>(m_in.gcount());
    m_pos = 0;
    return m_end > 0;
}

int CsvReader::peek() {
    if (m_pos == m_end && !fill()) return k_eof;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::get() {
    const int ch = peek();
    if (ch == k_eof) return k_eof;
    ++m_pos;
    ++m_consumed;
    // A lone CR ends a line too (old Mac files), so that problems name the right line.
    if (ch == '\n' || (ch == '\r' && peek() != '\n')) {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
    return ch;
}

// Appends bytes up to the next comma, line end, quote or the end of the input, a block
// at a time: the common case of a plain field costs one pass and one append.
void CsvReader::scan_unquoted(std::string& field) {
    while (m_pos < m_end || fill()) {
        const char* start = m_buffer.data() + m_pos;
        const char* end = m_buffer.data() + m_end;
        const char* p = start;
        const char delim = m_delimiter;
        while (p < end && *p != delim && *p != '\n' && *p != '\r' && *p != '"') ++p;
        const auto n = static_cast<std::size_t>(p - start);
        field.append(start, n);
        m_pos += n;
        m_consumed += n;
        m_column += static_cast<long>(n);
        if (p < end) return;
    }
}

bool CsvReader::next(CsvRecord& record) {
    if (!m_started) {
        m_started = true;
        // A UTF-8 byte order mark, as Excel writes it, is not part of the first name.
        if (peek() == 0xEF) {
            const std::size_t saved = m_pos;
            get();
            if (peek() == 0xBB && (get(), peek() == 0xBF)) {
                get();
                m_column = 1;
            } else {
                m_pos = saved;  // the block holds at least 3 bytes unless the input is shorter
                m_consumed = 0;
                m_column = 1;
            }
        }
        detect_delimiter();
    }
    std::size_t count = 0;
    auto field = [&]() -> std::string& {
        if (record.fields.size() <= count) record.fields.emplace_back();
        std::string& f = record.fields[count];
        f.clear();
        return f;
    };
    // Blank lines between records are skipped.
    while (peek() == '\n' || peek() == '\r') get();
    if (peek() == k_eof) return false;
    record.line = m_line;
    for (;;) {
        std::string& f = field();
        ++count;
        int ch = peek();
        if (ch == '"') {
            const long open_line = m_line, open_column = m_column;
            get();
            for (;;) {
                ch = get();
                if (ch == k_eof)
                    throw CsvSyntaxError(open_line, open_column, tr("quoted field is never closed"));
                if (ch == '"') {
                    if (peek() == '"') {
                        get();
                        f += '"';
                        continue;
                    }
                    break;
                }
                f += static_cast<char>(ch);
            }
            ch = peek();
            if (ch != m_delimiter && ch != '\n' && ch != '\r' && ch != k_eof)
                throw CsvSyntaxError(
                    m_line, m_column,
                    // TRANSLATORS: {} is the character found, in quotes ('x') or as 0x0b.
                    trf("unexpected {} after a closing quote; expected a separator or a line end", shown(ch)));
        } else {
            scan_unquoted(f);
            if (peek() == '"')
                throw CsvSyntaxError(m_line, m_column, tr("quote inside an unquoted field; quote the whole field and double its quotes"));
        }
        ch = get();
        if (ch == m_delimiter) continue;
        if (ch == '\r' && peek() == '\n') get();
        break;  // LF, CR, CRLF or the end of the input
    }
    record.fields.resize(count);
    return true;
}

}  // namespace acctool
