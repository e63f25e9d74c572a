#include "output/width.h"

#include <utf8proc.h>

#include <algorithm>

namespace acctool::output {
namespace {

constexpr utf8proc_int32_t k_emoji_presentation = 0xFE0F;  // VARIATION SELECTOR-16
constexpr std::string_view k_ellipsis = "\u2026";          // one column wide

// One grapheme cluster being collected: its bytes so far and what decides its width.
struct Cluster {
    std::size_t begin = 0;
    std::size_t end = 0;
    int widest = 0;             // largest utf8proc_charwidth of its code points
    bool emoji = false;         // VS16 or a wide Extended_Pictographic code point
    int regional_indicators = 0;

    std::size_t width() const {
        // Terminals draw an emoji sequence and a flag (two regional indicators) as one
        // double-width glyph, although utf8proc rates the flag's letters 1 each.
        if (emoji || regional_indicators >= 2) return 2;
        return static_cast<std::size_t>(std::max(widest, 0));
    }
    void add(utf8proc_int32_t cp, std::size_t next) {
        const auto* prop = utf8proc_get_property(cp);
        const int w = utf8proc_charwidth(cp);
        widest = std::max(widest, w);
        if (cp == k_emoji_presentation) emoji = true;
        if (prop->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC && w == 2) emoji = true;
        if (prop->boundclass == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR) ++regional_indicators;
        end = next;
    }
};

// Calls visit(cluster_bytes, width) for each grapheme cluster of text, in order. An invalid
// UTF-8 byte is a cluster of its own, one column wide (terminals show a replacement mark).
// visit returns false to stop early.
template <class Visit>
void for_each_cluster(std::string_view text, Visit visit) {
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    const auto size = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_ssize_t pos = 0;
    utf8proc_int32_t prev = -1;
    utf8proc_int32_t state = 0;
    Cluster current;
    bool open = false;
    auto emit = [&](const Cluster& c) {
        return visit(text.substr(c.begin, c.end - c.begin), c.width());
    };
    while (pos < size) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
        if (n < 0) {
            if (open && !emit(current)) return;
            open = false;
            prev = -1;
            state = 0;
            if (!visit(text.substr(static_cast<std::size_t>(pos), 1), 1)) return;
            ++pos;
            continue;
        }
        const auto start = static_cast<std::size_t>(pos);
        const auto next = static_cast<std::size_t>(pos + n);
        if (open && utf8proc_grapheme_break_stateful(prev, cp, &state)) {
            if (!emit(current)) return;
            open = false;
        }
        if (!open) {
            current = Cluster{start, start};
            open = true;
        }
        current.add(cp, next);
        prev = cp;
        pos += n;
    }
    if (open) emit(current);
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t total = 0;
    for_each_cluster(text, [&](std::string_view, std::size_t w) {
        total += w;
        return true;
    });
    return total;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t w = display_width(text);
    if (w < width) out.append(width - w, ' ');
    return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t w = display_width(text);
    std::string out(w < width ? width - w : 0, ' ');
    out += text;
    return out;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return {};
    // Keep whole clusters while they and the ellipsis still fit.
    const std::size_t budget = width - display_width(k_ellipsis);
    std::string out;
    std::size_t used = 0;
    for_each_cluster(text, [&](std::string_view cluster, std::size_t w) {
        if (used + w > budget) return false;
        out += cluster;
        used += w;
        return true;
    });
    out += k_ellipsis;
    return out;
}

}  // namespace acctool::output
