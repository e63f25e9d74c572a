#include "core/encoding.h"

#include <iconv.h>

#include <cerrno>
#include <utility>

#include "core/i18n.h"
#include "core/text.h"

namespace acctool {
namespace {

struct Known {
    std::string_view name;
    std::string_view iconv_name;
};

constexpr Known k_known[] = {
    {"utf-8", "UTF-8"},     {"utf-16", "UTF-16"},   {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
    {"cp1250", "CP1250"},   {"cp1251", "CP1251"},   {"cp1252", "CP1252"},     {"cp1253", "CP1253"},
    {"koi8-r", "KOI8-R"},   {"latin1", "ISO-8859-1"},
};

constexpr std::pair<std::string_view, std::string_view> k_aliases[] = {
    {"utf8", "utf-8"},           {"windows-1250", "cp1250"}, {"windows-1251", "cp1251"},
    {"windows-1252", "cp1252"}, {"windows-1253", "cp1253"}, {"koi8r", "koi8-r"},
    {"iso-8859-1", "latin1"},   {"latin-1", "latin1"},
};

std::string_view iconv_name(std::string_view name) {
    for (const auto& k : k_known)
        if (k.name == name) return k.iconv_name;
    return name;
}

class Converter {
public:
    explicit Converter(std::string_view from) : m_cd(iconv_open("UTF-8", std::string(iconv_name(from)).c_str())) {
        if (m_cd == reinterpret_cast<iconv_t>(-1))
            throw InvalidInput(trf("encoding '{}' is not available on this system", from));
    }
    ~Converter() { iconv_close(m_cd); }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;
    iconv_t get() const { return m_cd; }

private:
    iconv_t m_cd;
};

// The scripts of guess_code_page, marked for translation.
// TRANSLATORS: the name of a script (alphabet), in "cp1251 (Cyrillic)".
constexpr const char* k_cyrillic = NC_("script", "Cyrillic");
// TRANSLATORS: the name of a script (alphabet), in "cp1253 (Greek)".
constexpr const char* k_greek = NC_("script", "Greek");
// TRANSLATORS: the languages of a code page, in "cp1250 (Central European)".
constexpr const char* k_central_european = NC_("script", "Central European");
// TRANSLATORS: the languages of a code page, in "cp1252 (Western European)".
constexpr const char* k_western_european = NC_("script", "Western European");

// "cp1251 (Cyrillic)": a code page, then the script it writes in the user's language.
std::string with_script(const char* page, const char* script) { return std::string(page) + " (" + trc("script", script) + ")"; }

long lines_in(const std::string& text) {
    long n = 1;
    for (char c : text)
        if (c == '\n') ++n;
    return n;
}

}  // namespace

std::string parse_encoding(std::string_view text) {
    const std::string name = ascii_lower(trim(text));
    for (const auto& k : k_known)
        if (k.name == name) return name;
    for (const auto& [alias, canonical] : k_aliases)
        if (alias == name) return std::string(canonical);
    throw InvalidInput(trf("invalid encoding '{}': expected cp1251, cp1250, cp1252, cp1253, koi8-r, latin1, utf-8 or utf-16",
                           text));
}

std::string_view bom_encoding(std::string_view head) {
    if (head.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
    if (head.substr(0, 2) == "\xFF\xFE") return "utf-16le";
    if (head.substr(0, 2) == "\xFE\xFF") return "utf-16be";
    return "";
}

std::string to_utf8(std::string_view bytes, std::string_view encoding) {
    const std::string_view bom = bom_encoding(bytes);
    if (encoding == "utf-16" && bom.starts_with("utf-16")) encoding = bom;
    if ((encoding == "utf-16le" || encoding == "utf-16be") && bom == encoding) bytes.remove_prefix(2);
    if (encoding == "utf-8" && bom == "utf-8") bytes.remove_prefix(3);
    if (encoding == "utf-8") {
        if (!is_valid_utf8(bytes)) {
            throw EncodingError(1, tr("the file is not valid UTF-8"));
        }
        return std::string(bytes);
    }
    Converter cd(encoding);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char buffer[1 << 14];
    while (in_left > 0) {
        char* o = buffer;
        std::size_t o_left = sizeof buffer;
        const std::size_t r = iconv(cd.get(), &in, &in_left, &o, &o_left);
        out.append(buffer, sizeof buffer - o_left);
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            const auto offset = static_cast<std::size_t>(in - bytes.data());
            const std::size_t byte = offset + 1;
            const bool cut_off = errno == EINVAL;
            // TRANSLATORS: "byte 12 is not valid cp1251": a position in the file, an encoding's name.
            throw EncodingError(lines_in(out), cut_off ? trf("byte {} is not valid {} (cut off at the end)", byte, encoding)
                                                 : trf("byte {} is not valid {}", byte, encoding));
        }
    }
    return out;
}

std::string guess_code_page(std::string_view line) {
    // Cyrillic and Greek words are runs of high bytes; Latin text has them one at a time.
    long high = 0, in_runs = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x80) continue;
        ++high;
        const bool before = i > 0 && static_cast<unsigned char>(line[i - 1]) >= 0x80;
        const bool after = i + 1 < line.size() && static_cast<unsigned char>(line[i + 1]) >= 0x80;
        if (before || after) ++in_runs;
    }
    if (high == 0 || in_runs * 2 < high) {
        for (char c : line)
            switch (static_cast<unsigned char>(c)) {
                case 0xAA: case 0xBA: case 0xDE: case 0xFE: case 0xE3: case 0xC3: return with_script("cp1250", k_central_european);
                default: break;
            }
        return with_script("cp1252", k_western_european);
    }
    // Vowels are about 40% of letters: count those of each candidate's alphabet.
    auto score = [&](std::string_view vowels) {
        long n = 0;
        for (char c : line)
            if (vowels.find(c) != std::string_view::npos) ++n;
        return n;
    };
    const long cp1251 = score("\xE0\xE5\xE8\xEE\xF3\xFB\xFD\xFE\xFF\xC0\xC5\xC8\xCE\xD3\xDB\xDD\xDE\xDF\xB8\xA8");
    const long koi8 = score("\xC1\xC5\xC9\xCF\xD5\xD9\xDC\xC0\xD1\xE1\xE5\xE9\xEF\xF5\xF9\xFC\xE0\xF1\xA3\xB3");
    const long cp1253 = score("\xE1\xE5\xE7\xE9\xEF\xF5\xF9\xDC\xDD\xDE\xDF\xFC\xFD\xFE\xC1\xC5\xC7\xC9\xCF\xD5\xD9\xA2\xB8\xB9\xBA\xBC\xBE\xBF");
    if (cp1253 > cp1251 && cp1253 > koi8) return with_script("cp1253", k_greek);
    if (koi8 > cp1251) return with_script("koi8-r", k_cyrillic);
    return with_script("cp1251", k_cyrillic);
}

}  // namespace acctool
