// The starter config of `acct init` in the language being spoken: examples/config.toml
// with each comment translated. A comment is a message of context "config": a run of
// whole-line comments at one indentation is one message (its lines joined by newlines), as
// is a comment after a value together with the whole-line comments aligned under it; a
// line "#key = value" is not a comment. tools/config_messages.py finds the same messages for the template; keep the two alike.
#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool::config {
namespace {

// Where the comment of a TOML line starts: the first '#' outside a string; npos for none.
std::size_t comment_start(std::string_view line) {
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote) {
            if (c == '\\' && quote == '"') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            return i;
        }
    }
    return std::string_view::npos;
}

struct Line {
    std::string_view code;  // up to the '#' (all of the line when there is no comment)
    std::string_view text;  // the comment after "# "
    bool comment = false;
    bool whole = false;     // nothing but spaces before the '#'
};

// A whole line "#key = value" (no space after the '#') is a key left for the reader to
// choose, not a comment: it stays as it is.
Line split(std::string_view line) {
    const std::size_t hash = comment_start(line);
    if (hash == std::string_view::npos) return {line, {}, false, false};
    std::string_view text = line.substr(hash + 1);
    const std::string_view code = line.substr(0, hash);
    const bool whole = code.find_first_not_of(' ') == std::string_view::npos;
    if (whole && !text.empty() && text.front() != ' ') return {line, {}, false, false};
    if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    return {code, text, true, whole};
}

// One message: the lines it was found on and how its translation is written back.
struct Comment {
    std::string code;    // before the first '#': a value, or the indentation
    std::string indent;  // before the '#' of each further line
    std::vector<std::string_view> raw;    // the lines as they are
    std::vector<std::string_view> texts;  // their comments
};

// Writes the comment in its translation, or its lines exactly as they are when it has
// none. A translation's lines become comment lines and its other control characters
// spaces, so that the file stays TOML.
void write(std::string& out, const Comment& c) {
    std::string msgid;
    for (std::size_t i = 0; i < c.texts.size(); ++i) msgid += (i == 0 ? "" : "\n") + std::string(c.texts[i]);
    const char* translated = trc("config", msgid.c_str());
    if (translated == msgid.c_str() || msgid == translated) {
        for (std::string_view line : c.raw) out += std::string(line) + "\n";
        return;
    }
    std::string_view rest = translated;
    for (bool first = true;; first = false) {
        const std::size_t newline = rest.find('\n');
        std::string line(rest.substr(0, newline));
        for (char& ch : line)
            if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f) ch = ' ';
        out += (first ? c.code : c.indent) + (line.empty() ? "#" : "# " + line) + "\n";
        if (newline == std::string_view::npos) break;
        rest.remove_prefix(newline + 1);
    }
}

std::string translated_config(std::string_view text) {
    std::string out;
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        lines.push_back(text.substr(0, newline));
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    }
    std::size_t i = 0;
    while (i < lines.size()) {
        const Line first = split(lines[i]);
        if (!first.comment) {
            out += std::string(lines[i++]) + "\n";
            continue;
        }
        // A value's comment goes on under it at the same column; a whole-line one, at its indentation.
        Comment c{std::string(first.code), std::string(count_chars(first.code), ' '), {lines[i]}, {first.text}};
        for (++i; i < lines.size(); ++i) {
            const Line next = split(lines[i]);
            if (!next.whole || next.code != c.indent) break;
            c.raw.push_back(lines[i]);
            c.texts.push_back(next.text);
        }
        write(out, c);
    }
    return out;
}

}  // namespace

std::string starter_config() {
    const std::string_view text = starter_config_text();
    if (!translating()) return std::string(text);
    return translated_config(text);
}

}  // namespace acctool::config
