#pragma once
// A streaming RFC 4180 reader for imports: header handling is the caller's; this yields
// records one at a time with the line each starts on, reading the input in blocks so
// that a file of any size is never held in memory. Accepts a UTF-8 byte order mark,
// LF or CRLF line ends, and quoted fields holding commas, doubled quotes and line breaks.
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "core/errors.h"

namespace acctool {

// Malformed quoting; line and column (1-based, in bytes) say where it was found.
class CsvSyntaxError : public InvalidInput {
public:
    CsvSyntaxError(long line, long column, const std::string& problem)
        : InvalidInput(problem), m_line(line), m_column(column) {}
    long line() const { return m_line; }
    long column() const { return m_column; }

private:
    long m_line;
    long m_column;
};

struct CsvRecord {
    std::vector<std::string> fields;
    long line = 0;  // the line the record starts on
};

class CsvReader {
public:
    // `delimiter` 0 finds the separator from the header line: the most frequent of
    // ',' ';' and tab outside quotes (',' when there is none).
    // `prefix` holds bytes already taken from `in`, read before it.
    explicit CsvReader(std::istream& in, char delimiter = 0, std::string_view prefix = {});
    char delimiter() const { return m_delimiter; }
    // Reads the next record into `record` (reusing its storage); false at the end of the
    // input. Blank lines are skipped. Throws CsvSyntaxError on a stray quote, a character
    // after a closing quote, or a quoted field left open at the end of the input.
    bool next(CsvRecord& record);
    // Bytes consumed so far, for progress reporting.
    std::uint64_t bytes_read() const { return m_consumed; }

private:
    int peek();
    int get();
    bool fill();
    void scan_unquoted(std::string& field);
    void detect_delimiter();

    std::istream& m_in;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::uint64_t m_consumed = 0;
    long m_line = 1;
    long m_column = 1;
    bool m_started = false;
    char m_delimiter;
};

}  // namespace acctool
