#include "core/suggest.h"

#include <algorithm>
#include <vector>

namespace acctool {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool same(char a, char b) { return lower(a) == lower(b); }

bool starts_with(std::string_view text, std::string_view prefix) {
    return prefix.size() <= text.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), same);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Three rows of the (a.size()+1) x (b.size()+1) table: two back for the swap.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::size_t typo_allowance(std::string_view word) {
    if (word.size() <= 1) return 0;
    return word.size() <= 4 ? 1 : 2;
}

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
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

}  // namespace acctool
