#include "core/text.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "core/errors.h"

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

std::string fold_case(std::string_view text) {
    if (!is_valid_utf8(text))
        throw InvalidInput("invalid text '" + std::string(text) + "': not valid UTF-8");
    utf8proc_uint8_t* folded = nullptr;
    auto options =
        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    utf8proc_ssize_t n =
        utf8proc_map(bytes(text), static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
    // utf8proc allocates with malloc; own the buffer so that it is freed on every path.
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
    if (n < 0)
        throw InvalidInput("invalid text '" + std::string(text) + "': " + utf8proc_errmsg(n));
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

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = ascii_lower_char(c);
    return out;
}

}  // namespace acctool
