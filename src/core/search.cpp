#include "core/search.h"

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool {

std::string full_text_query(std::string_view text) {
    std::string query, word;
    auto flush = [&] {
        if (word.empty()) return;
        if (!query.empty()) query += ' ';
        query += '"';
        for (char c : word) query += c == '"' ? std::string("\"\"") : std::string(1, c);
        query += "\"*";
        word.clear();
    };
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') flush();
        else word += c;
    }
    flush();
    if (query.empty()) throw InvalidInput(trf("invalid search '{}': give a word to look for", text));
    return query;
}

}  // namespace acctool
