#pragma once
// Unicode text helpers that do not depend on the locale (cron runs in the C locale).
#include <string>
#include <string_view>
#include <vector>

namespace acctool {

// Full Unicode case folding plus NFC: the key for case-insensitive names in any script
// ("ΑΛΦΑ" and "αλφα", "Ёлка" and "ёлка" fold alike). Invalid UTF-8 throws InvalidInput.
std::string fold_case(std::string_view text);
// True when text is valid UTF-8.
bool is_valid_utf8(std::string_view text);
// Trims ASCII white space at both ends.
std::string_view trim(std::string_view text);
// Splits on `sep`, trimming each piece and dropping empty ones ("a, b,,c" -> a b c).
std::vector<std::string> split_list(std::string_view text, char sep = ',');
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// Lower-cases ASCII letters only, leaving other bytes alone: for keywords such as "Fri".
std::string ascii_lower(std::string_view text);
constexpr char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace acctool
