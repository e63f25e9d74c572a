// ICS folding and escaping: any text, escaped and folded, gives CRLF-terminated physical
// lines of at most 75 octets; unfolding gives the escaped text back; a line break never
// falls inside a UTF-8 sequence of valid UTF-8 input.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "output/ics.h"

namespace {

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Well-formed UTF-8 as far as folding cares: every lead byte has its continuation bytes.
bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k)
            if (!continuation(static_cast<unsigned char>(s[i + k]))) return false;
        i += len;
    }
    return true;
}

void check_fold(std::string_view line) {
    const std::string folded = acctool::output::ics_fold(line);
    if (acctool::output::ics_unfold(folded) != line) std::abort();
    const bool utf8 = valid_utf8(line);
    std::size_t start = 0;
    while (start < folded.size()) {
        const std::size_t end = folded.find("\r\n", start);
        if (end == std::string::npos) std::abort();  // every physical line ends with CRLF
        if (end - start > 75) std::abort();
        if (start > 0) {
            if (folded[start] != ' ') std::abort();  // a continuation line starts with a space
            if (utf8 && start + 1 < end && continuation(static_cast<unsigned char>(folded[start + 1]))) std::abort();
        }
        start = end + 2;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string escaped = acctool::output::ics_escape(text);
    if (escaped.find_first_of("\r\n") != std::string::npos) std::abort();  // newlines become \n
    check_fold(escaped);
    check_fold("DESCRIPTION:" + escaped);
    return 0;
}
