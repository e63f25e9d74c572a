#pragma once
// Unicode text helpers that do not depend on the locale (cron runs in the C locale).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace acctool {

// Full Unicode case folding plus NFC: the key for case-insensitive names in any script
// ("ΑΛΦΑ" and "αλφα", "Ёлка" and "ёлка" fold alike). Invalid UTF-8 throws InvalidInput.
std::string fold_case(std::string_view text);
// True when text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

// A control character of text: C0 (U+0000-U+001F), DEL or C1 (U+0080-U+009F).
struct ControlAt {
    std::size_t offset;      // byte offset in the text
    std::size_t character;   // 1-based character position, for messages
    char32_t code_point;
};
// The first control character of valid UTF-8 text, skipping tab and newline (LF, or CR LF)
// when `allow_tab_newline`; nothing when there is none.
std::optional<ControlAt> find_control(std::string_view text, bool allow_tab_newline);

// Text safe to show on a terminal: each control character as \xHH (ESC as \x1b, the C1
// CSI U+009B as \u009b), and each byte of invalid UTF-8 as \xHH, so that stored or typed
// text can never drive the terminal. Newlines are kept when `keep_newlines` (messages), and
// tab and newline become one space when `blank_tab_newline` (table cells); everything else
// is unchanged (CR too becomes a space in table cells).
enum class Newlines { Escape, Keep, Blank };
std::string escape_controls(std::string_view text, Newlines newlines = Newlines::Escape);
// Cuts text to at most `max_chars` characters, adding "…" when cut: for echoing a long
// value in a message.
std::string shorten(std::string_view text, std::size_t max_chars);
// The number of characters (code points) of valid UTF-8 text.
std::size_t count_chars(std::string_view text);
// Trims ASCII white space at both ends.
std::string_view trim(std::string_view text);
// Splits on `sep`, trimming each piece and dropping empty ones ("a, b,,c" -> a b c).
std::vector<std::string> split_list(std::string_view text, char sep = ',');
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// "a, b or c": the choices of a message, with "or" in the user's language (core/i18n.h);
// one item alone, nothing for none.
std::string or_list(const std::vector<std::string>& items);
// The first letter lower-cased, in any script, when the next is lower case: "Client id" ->
// "client id", "Ημερομηνία" -> "ημερομηνία", but an acronym ("ISO 4217 code", "ΑΦΜ")
// stays. For a sentence's start quoted inside another sentence.
std::string lower_first_letter(std::string_view text);
// Lower-cases ASCII letters only, leaving other bytes alone: for keywords such as "Fri".
std::string ascii_lower(std::string_view text);
constexpr char ascii_lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace acctool
