#pragma once
// `acct search TEXT` (man page, SEARCH): the words of TEXT as a full-text query. Each
// word matches the words that begin with it, case- and accent-insensitively (SQLite FTS5,
// unicode61 remove_diacritics 2); every word must match.
#include <string>
#include <string_view>

namespace acctool {

// "send quote" -> "\"send\"* \"quote\"*"; quotes inside a word are doubled, so no word of
// the user's is read as query syntax. InvalidInput for a text without words.
std::string full_text_query(std::string_view text);

}  // namespace acctool
