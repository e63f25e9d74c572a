#include "core/suggest.h"

#include <algorithm>

#include "core/text.h"

namespace acctool {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same(char a, char b) { return lower(a) == lower(b); }

bool starts_with(std::string_view text, std::string_view prefix) {
    return prefix.size() <= text.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), same);
}

}  // namespace

std::optional<std::string_view> nearest_word(std::string_view word, std::span<const std::string_view> candidates) {
    for (std::string_view c : candidates)
        if (c.size() == word.size() && starts_with(c, word)) return c;
    if (word.size() >= 2) {
        std::optional<std::string_view> only;
        std::size_t count = 0;
        for (std::string_view c : candidates)
            if (starts_with(c, word)) {
                only = c;
                ++count;
            }
        if (count == 1) return only;
    }
    std::optional<std::string_view> best;
    std::size_t best_distance = typo_allowance(word) + 1;
    for (std::string_view c : candidates) {
        const std::size_t d = edit_distance(ascii_lower(word), ascii_lower(c), best_distance);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace acctool
