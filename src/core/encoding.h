#pragma once
// The text encodings of the files spreadsheets save (the import's --encoding): UTF-8
// with or without a byte order mark, UTF-16 with one (Excel's "Unicode text"), and the
// legacy code pages through iconv. Everything is turned into UTF-8 before CSV reading.
#include <string>
#include <string_view>

#include "core/errors.h"

namespace acctool {

// Bytes that are not valid in the encoding; line is 1-based in the decoded text.
class EncodingError : public InvalidInput {
public:
    EncodingError(long line, const std::string& problem) : InvalidInput(problem), m_line(line) {}
    long line() const { return m_line; }

private:
    long m_line;
};

// The canonical name of an --encoding value: cp1251, cp1250, cp1252, cp1253, koi8-r,
// latin1, utf-8 or utf-16 (any case; windows-1251 and iso-8859-1 too). Throws
// InvalidInput naming the value and the accepted ones.
std::string parse_encoding(std::string_view text);

// The encoding a byte order mark at the start of `head` names ("utf-16le", "utf-16be",
// "utf-8"), or "" when there is none.
std::string_view bom_encoding(std::string_view head);

// `bytes` (in `encoding`, a canonical name or a BOM's) as UTF-8, without a byte order
// mark. Throws EncodingError for bytes the encoding does not have.
std::string to_utf8(std::string_view bytes, std::string_view encoding);

// For a line that is not UTF-8: the legacy code page its bytes most likely are (cp1251,
// koi8-r, cp1253, cp1250 or cp1252), with the script, e.g. "cp1251 (Cyrillic)".
std::string guess_code_page(std::string_view line);

}  // namespace acctool
