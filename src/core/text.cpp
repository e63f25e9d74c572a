#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <utility>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool {

namespace {

bool is_ascii_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

const utf8proc_uint8_t* bytes(std::string_view text) {
    return reinterpret_cast<const utf8proc_uint8_t*>(text.data());
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
    // utf8proc_iterate rejects stray continuation bytes, truncated sequences, overlong
    // forms, surrogates and code points above U+10FFFF.
    auto rest = static_cast<utf8proc_ssize_t>(text.size());
    const utf8proc_uint8_t* p = bytes(text);
    while (rest > 0) {
        utf8proc_int32_t codepoint = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, rest, &codepoint);
        if (n <= 0 || codepoint < 0) return false;
        p += n;
        rest -= n;
    }
    return true;
}

namespace {

bool is_control(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); }

// The code point of the valid UTF-8 sequence at text[i], and its length; length 0 when
// the bytes there are not valid UTF-8.
std::pair<char32_t, std::size_t> decode_at(std::string_view text, std::size_t i) {
    utf8proc_int32_t codepoint = 0;
    utf8proc_ssize_t n = utf8proc_iterate(bytes(text.substr(i)), static_cast<utf8proc_ssize_t>(text.size() - i),
                                          &codepoint);
    if (n <= 0 || codepoint < 0) return {0, 0};
    return {static_cast<char32_t>(codepoint), static_cast<std::size_t>(n)};
}

void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static constexpr char k_hex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += k_hex[(value >> shift) & 0xF];
}

}  // namespace

std::optional<ControlAt> find_control(std::string_view text, bool allow_tab_newline) {
    std::size_t character = 0;
    for (std::size_t i = 0; i < text.size();) {
        ++character;
        const auto [c, n] = decode_at(text, i);
        if (n == 0) return std::nullopt;  // not UTF-8: the caller checks that first
        // A Windows line end (CR LF) is a newline too; a lone CR (which would overwrite the
        // line on a terminal) is not.
        const bool crlf = c == '\r' && text.substr(i + 1, 1) == "\n";
        const bool allowed = allow_tab_newline && (c == '\t' || c == '\n' || crlf);
        if (is_control(c) && !allowed) return ControlAt{i, character, c};
        i += n;
    }
    return std::nullopt;
}

std::string escape_controls(std::string_view text, Newlines newlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto first = static_cast<unsigned char>(text[i]);
        if (first >= 0x20 && first < 0x7F) {  // the common case, without decoding
            out += text[i++];
            continue;
        }
        const auto [c, n] = decode_at(text, i);
        if (n == 0) {
            append_hex(out, "\\x", first, 2);
            ++i;
            continue;
        }
        if ((c == '\n' || c == '\t' || c == '\r') && newlines == Newlines::Blank) out += ' ';
        else if (c == '\n' && newlines == Newlines::Keep) out += '\n';
        else if (c < 0x80 && is_control(c)) append_hex(out, "\\x", static_cast<unsigned>(c), 2);
        else if (is_control(c)) append_hex(out, "\\u", static_cast<unsigned>(c), 4);
        else out.append(text.substr(i, n));
        i += n;
    }
    return out;
}

std::size_t count_chars(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (chars++ == max_chars) return std::string(text.substr(0, i)) + "\u2026";
    }
    return std::string(text);
}

std::string fold_case(std::string_view text) {
    if (!is_valid_utf8(text))
        throw InvalidInput(trf("invalid text '{}': not valid UTF-8", text));
    utf8proc_uint8_t* folded = nullptr;
    auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    utf8proc_ssize_t n =
        utf8proc_map(bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
    // utf8proc allocates with malloc; own the buffer so that it is freed on every path.
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
    if (n < 0)
        // TRANSLATORS: the second {} is utf8proc's reason, in English.
        throw InvalidInput(trf("invalid text '{}': {}", text, utf8proc_errmsg(n)));
    return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
    return text;
}

std::vector<std::string> split_list(std::string_view text, char sep) {
    std::vector<std::string> parts;
    while (true) {
        std::size_t at = text.find(sep);
        std::string_view piece = trim(text.substr(0, at));
        if (!piece.empty()) parts.emplace_back(piece);
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + 1);
    }
    return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += sep;
        out += parts[i];
    }
    return out;
}

std::string or_list(const std::vector<std::string>& items) {
    if (items.size() < 2) return join(items, "");
    const std::vector<std::string> before(items.begin(), items.end() - 1);
    // TRANSLATORS: the end of a list of choices, "a, b or c": the first {} is "a, b" (or
    // just "a"), the second "c".
    return trf("{} or {}", join(before, ", "), items.back());
}

std::string lower_first_letter(std::string_view text) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_int32_t first = 0, second = 0;
    const utf8proc_ssize_t n1 = utf8proc_iterate(bytes, size, &first);
    if (n1 <= 0 || utf8proc_iterate(bytes + n1, size - n1, &second) <= 0 || !utf8proc_isupper(first) ||
        !utf8proc_islower(second))
        return std::string(text);
    utf8proc_uint8_t lower[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(first), lower);
    return std::string(reinterpret_cast<const char*>(lower), static_cast<std::size_t>(n)) +
           std::string(text.substr(static_cast<std::size_t>(n1)));
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower_char(c);
    return out;
}

}  // namespace acctool
