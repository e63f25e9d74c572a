#pragma once
// How names are compared (man page: REF): one matcher for client REFs, --contact, the
// --region/--tag/--search filters and the importer. A name's key is its compatibility
// normal form, case-folded and without accents or diacritics (utf8proc), with dots and
// apostrophes removed, every other punctuation mark, quote or space a single space, and
// (for companies) the legal-form words of the five countries dropped: "ООО «Ромашка»" and
// "ромашка" share the key "ромашка"; "Farmacia Sănătatea S.R.L." has "farmacia sanatatea".
// Scripts are not transliterated: "Romashka" does not find "Ромашка".
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace acctool {

enum class NameKind { Company, Person };

// The comparison key of a name or of a filter's text (valid UTF-8 expected; invalid bytes
// are dropped). A company name made only of legal-form words keeps them.
std::string match_key(std::string_view text, NameKind kind = NameKind::Company);

// Whether `key` occurs in `within` at word boundaries ("sanatatea" in "farmacia sanatatea",
// not "ana" in "farmacia sanatatea"); both are keys.
bool key_contains_words(std::string_view within, std::string_view key);

// Edit distance over code points, a swap of two neighbours counting one (optimal string
// alignment). Stops counting past `limit` and returns limit + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit = 1000);

// How far a typed word or key may be from what it meant: none for one letter, one edit
// up to four letters, two up to ten, three beyond (names, commands, options, config keys).
std::size_t typo_allowance(std::string_view key);

// The indices of the candidates nearest to `typed` within its allowance (the distance to
// the whole key, or to any run of as many of its words as the typed key has: "sanatate" is
// 1 from "farmacia sanatatea"), nearest first
// (at the same distance, whole names before parts of longer ones, then the candidates'
// order), at most `max` of them.
std::vector<std::size_t> nearest_names(std::string_view typed, const std::vector<std::string>& candidate_keys,
                                       std::size_t max = 3);

// Whether a new company name with key `typed` would be a near-duplicate of a client with
// key `existing`: at most two edits apart (one for short names) but not equal.
bool is_near_duplicate(std::string_view typed, std::string_view existing);

// "did you mean 'a', 'b' or 'c'?" for choices already quoted as they should appear.
std::string did_you_mean(const std::vector<std::string>& choices);
// A record as a choice names it: "'Acme SRL' (12)", its name then its id.
std::string name_label(std::string_view name, long long id);

}  // namespace acctool
