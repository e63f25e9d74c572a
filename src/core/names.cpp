#include "core/names.h"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <numeric>
#include <tuple>

#include "core/i18n.h"
#include "core/text.h"

namespace acctool {
namespace {

// Legal forms as keys (dots gone, case folded, accents stripped): Romanian, Italian,
// Greek, Russian, French, and the few foreign ones that appear on their clients' names.
constexpr std::array<std::string_view, 41> k_legal_forms{
    // ro
    "srl", "sa", "snc", "scs", "sca", "pfa", "srld",
    // it
    "spa", "srls", "sas", "sapa", "scarl", "scrl", "scpa",
    // el
    "αε", "επε", "ικε", "οε", "εε", "μεπε",
    // ru
    "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано",
    // fr
    "sarl", "sasu", "eurl", "sci", "selarl",
    // elsewhere
    "gmbh", "ltd", "llc", "inc", "plc", "ag", "bv", "nv",
};

bool is_legal_form(std::string_view word) {
    return std::find(k_legal_forms.begin(), k_legal_forms.end(), word) != k_legal_forms.end();
}

// Removed without a trace: "S.R.L." is "srl", "D'Amico" is "damico".
bool is_joiner(utf8proc_int32_t c) {
    return c == '.' || c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B7;
}

bool is_word_char(utf8proc_int32_t c) {
    const auto cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

// Compatibility form, case fold, no marks, no default-ignorables; invalid bytes dropped.
std::string folded(std::string_view text) {
    constexpr auto k_options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                                              UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
                                                              UTF8PROC_IGNORE);
    std::string valid;
    valid.reserve(text.size());
    auto rest = static_cast<utf8proc_ssize_t>(text.size());
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    while (rest > 0) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, rest, &c);
        if (n <= 0 || c < 0) n = 1;
        else valid.append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        p += n;
        rest -= n;
    }
    utf8proc_uint8_t* out = nullptr;
    const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                     static_cast<utf8proc_ssize_t>(valid.size()), &out, k_options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    if (length < 0) return {};
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

std::vector<std::string> words_of(std::string_view text) {
    const std::string f = folded(text);
    std::vector<std::string> words(1);
    auto rest = static_cast<utf8proc_ssize_t>(f.size());
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(f.data());
    while (rest > 0) {
        utf8proc_int32_t c = 0;
        const utf8proc_ssize_t n = utf8proc_iterate(p, rest, &c);
        if (n <= 0) break;
        if (is_word_char(c)) words.back().append(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
        else if (!is_joiner(c) && !words.back().empty()) words.emplace_back();
        p += n;
        rest -= n;
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

std::u32string code_points(std::string_view text) {
    std::u32string out;
    auto rest = static_cast<utf8proc_ssize_t>(text.size());
    auto p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    while (rest > 0) {
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, rest, &c);
        if (n <= 0) n = 1, c = 0xFFFD;
        out.push_back(static_cast<char32_t>(c));
        p += n;
        rest -= n;
    }
    return out;
}

std::size_t word_count(std::string_view key) {
    return key.empty() ? 0 : static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

}  // namespace

std::string match_key(std::string_view text, NameKind kind) {
    std::vector<std::string> words = words_of(text);
    if (kind == NameKind::Company) {
        std::vector<std::string> kept;
        std::copy_if(words.begin(), words.end(), std::back_inserter(kept),
                     [](const std::string& w) { return !is_legal_form(w); });
        if (!kept.empty()) words = std::move(kept);
    }
    return join(words, " ");
}

bool key_contains_words(std::string_view within, std::string_view key) {
    if (key.empty()) return true;
    for (std::size_t at = within.find(key); at != std::string_view::npos; at = within.find(key, at + 1)) {
        const bool starts = at == 0 || within[at - 1] == ' ';
        const bool ends = at + key.size() == within.size() || within[at + key.size()] == ' ';
        if (starts && ends) return true;
    }
    return false;
}

namespace {

// Optimal string alignment distance of two code point sequences, limit + 1 once past the
// limit. Three rows: the one before the previous is needed for a transposition.
std::size_t osa_distance(std::u32string_view a, std::u32string_view b, std::size_t limit) {
    const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
    if (longer - shorter > limit) return limit + 1;
    thread_local std::vector<std::size_t> rows;
    const std::size_t width = b.size() + 1;
    rows.assign(3 * width, 0);
    std::size_t* before = rows.data();
    std::size_t* previous = before + width;
    std::size_t* current = previous + width;
    std::iota(previous, previous + width, std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            row_best = std::min(row_best, d);
        }
        if (row_best > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

std::size_t allowance_for(std::size_t letters) { return letters <= 1 ? 0 : letters <= 4 ? 1 : letters <= 10 ? 2 : 3; }

// The distance of the typed key (of `typed_words` words) to a candidate's whole key or to
// a run of as many of its words; the whole key's distance in `whole`.
std::size_t key_distance(std::u32string_view typed, std::size_t typed_words, std::u32string_view candidate,
                         std::size_t limit, std::size_t& whole) {
    whole = osa_distance(typed, candidate, limit);
    std::size_t best = whole;
    if (best == 0 || typed_words == 0) return best;
    std::vector<std::size_t> starts{0}, ends;
    for (std::size_t i = 0; i < candidate.size(); ++i)
        if (candidate[i] == U' ') {
            ends.push_back(i);
            starts.push_back(i + 1);
        }
    ends.push_back(candidate.size());
    for (std::size_t i = 0; i + typed_words <= starts.size() && best > 0; ++i) {
        if (i == 0 && typed_words == starts.size()) continue;  // the whole key, done above
        const std::size_t from = starts[i], to = ends[i + typed_words - 1];
        best = std::min(best, osa_distance(typed, candidate.substr(from, to - from), limit));
    }
    return best;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    return osa_distance(code_points(a), code_points(b), limit);
}

std::size_t typo_allowance(std::string_view key) { return allowance_for(code_points(key).size()); }

std::vector<std::size_t> nearest_names(std::string_view typed_text, const std::vector<std::string>& candidate_keys,
                                       std::size_t max) {
    const std::u32string typed = code_points(typed_text);
    const std::size_t words = word_count(typed_text), allowance = allowance_for(typed.size());
    // Nearest first; at the same distance a whole name before a part of a longer one.
    struct Near {
        std::size_t distance, of_part, index;
    };
    std::vector<Near> near;
    for (std::size_t i = 0; i < candidate_keys.size(); ++i) {
        std::size_t whole = 0;
        const std::size_t d = key_distance(typed, words, code_points(candidate_keys[i]), allowance, whole);
        if (d <= allowance) near.push_back({d, whole == d ? 0u : 1u, i});
    }
    std::stable_sort(near.begin(), near.end(), [](const Near& x, const Near& y) {
        return std::tie(x.distance, x.of_part) < std::tie(y.distance, y.of_part);
    });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < near.size() && i < max; ++i) out.push_back(near[i].index);
    return out;
}

bool is_near_duplicate(std::string_view typed, std::string_view existing) {
    const std::size_t allowance = std::min<std::size_t>(2, typo_allowance(typed));
    const std::size_t d = edit_distance(typed, existing, allowance);
    return d > 0 && d <= allowance;
}

std::string name_label(std::string_view name, long long id) { return fmt::format("'{}' ({})", name, id); }

std::string did_you_mean(const std::vector<std::string>& choices) {
    // TRANSLATORS: "did you mean 'Acme SRL' (3) or 'Acma SA' (7)?": {} is the list of names.
    return trf("did you mean {}?", or_list(choices));
}

}  // namespace acctool
