// Where the language choice meets the process: environment, config file, gettext.
#include "config/language.h"

#include <fcntl.h>
#include <libintl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/i18n.h"

namespace acctool::config {
namespace fs = std::filesystem;
namespace {

std::string_view env(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// The bytes of a regular file, or nothing; O_NONBLOCK so that a FIFO never blocks.
std::optional<std::string> read_regular_file(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat st {};
    std::optional<std::string> text;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        text.emplace();
        char buffer[1 << 14];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) text.reset();
            if (n <= 0) break;
            text->append(buffer, static_cast<std::size_t>(n));
        }
    }
    ::close(fd);
    return text;
}

bool directory_exists(const fs::path& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// $ACCT_LOCALEDIR; the build tree's locale/ next to the binary; the installed catalogs
// found from the binary (an install with --prefix other than the configured one); the
// configured install directory.
std::string catalog_dir() {
    if (auto dir = env("ACCT_LOCALEDIR"); !dir.empty()) return std::string(dir);
    char exe[4096];
    const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        const fs::path bin = fs::path(std::string(exe, static_cast<std::size_t>(n))).parent_path();
        if (fs::path build = bin / "locale"; directory_exists(build)) return build.string();
        if (fs::path installed = (bin / ACCT_LOCALEDIR_FROM_BINDIR).lexically_normal(); directory_exists(installed))
            return installed.string();
    }
    return ACCT_INSTALL_LOCALEDIR;
}

// Whether the word appears outside a comment: a '#' before it on its line, with no quote
// before the '#' (which might open a string), makes it a comment's. The starter config
// speaks of owner.language only in comments, and is then read no further.
bool may_set_language(std::string_view text) {
    for (std::size_t at = text.find("language"); at != std::string_view::npos; at = text.find("language", at + 1)) {
        const std::size_t line = text.rfind('\n', at) + 1;  // npos + 1 is 0
        const std::string_view before = text.substr(line, at - line);
        const std::size_t hash = before.find('#');
        if (hash == std::string_view::npos || before.substr(0, hash).find_first_of("\"'") != std::string_view::npos)
            return true;
    }
    return false;
}

}  // namespace

std::optional<Language> peek_language(const fs::path& path, bool* unknown) {
    if (unknown) *unknown = false;
    const std::optional<std::string> text = read_regular_file(path);
    // Most configs say nothing of it: no TOML is parsed for them.
    if (!text || !may_set_language(*text)) return std::nullopt;
    try {
        const toml::table document = toml::parse(*text, path.string());
        if (auto code = document["owner"]["language"].value<std::string>()) {
            const std::optional<Language> known = parse_language_code(*code);
            if (unknown) *unknown = !known;
            return known;
        }
    } catch (const std::exception&) {
        // Reported, with its line, when the config is read as a whole.
    }
    return std::nullopt;
}

// glibc's gettext follows LANGUAGE in any LC_MESSAGES locale but "C", and a machine may
// have no locale of the language installed (cron's, a container's): LC_MESSAGES becomes
// C.UTF-8, which every glibc since 2.35 has, and LANGUAGE the chosen code. Nothing else of
// the locale changes: numbers in printf, strtod and iostreams stay C's.
Language set_up_language(std::optional<Language> configured) {
    const Language chosen = choose_language(
        {env("LANGUAGE"), env("LC_ALL"), env("LC_MESSAGES"), env("LANG")}, configured);
    set_current_language(chosen);
    if (chosen == Language::En) return chosen;
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8") && !std::setlocale(LC_MESSAGES, "C.utf8")) return chosen;
    ::setenv("LANGUAGE", std::string(language_code(chosen)).c_str(), 1);
    ::bindtextdomain(k_text_domain, catalog_dir().c_str());
    ::bind_textdomain_codeset(k_text_domain, "UTF-8");
    // The C library's own messages (strerror: "No such file or directory") in the language
    // too, in UTF-8 rather than transliterated to the C locale's ASCII.
    ::bind_textdomain_codeset("libc", "UTF-8");
    set_translating(true);
    return chosen;
}

}  // namespace acctool::config
