// Reading the config file: parse with toml++, then overlay each section onto the defaults.
#include "config/config.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "config/reader.h"
#include "core/errors.h"
#include "core/i18n.h"

namespace acctool::config {
namespace {

// toml++ says "Error while parsing ..."; our messages start lower-case after the location.
std::string lower_first(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

toml::table parse_toml(std::string_view text, std::string_view source_name) {
    try {
        return toml::parse(text, source_name);
    } catch (const toml::parse_error& e) {
        throw InvalidInput(fmt::format("{}:{}:{}: {}", source_name, e.source().begin.line,
                                       e.source().begin.column, lower_first(e.description())));
    }
}

}  // namespace

Settings parse_settings(std::string_view toml_text, std::string_view source_name) {
    toml::table document = parse_toml(toml_text, source_name);
    detail::Section root(source_name, document, "");
    root.allow_only({"owner", "calendar", "plan", "tiers", "pipeline", "targets", "commission",
                     "compensation", "storage"});
    Settings settings;
    // Targets before commission and compensation: those check that their targets exist.
    detail::read_owner(root, settings);
    detail::read_calendar(root, settings);
    detail::read_plan(root, settings);
    detail::read_tiers(root, settings);
    detail::read_pipeline(root, settings);
    detail::read_targets(root, settings);
    detail::read_commission(root, settings);
    detail::read_compensation(root, settings);
    detail::read_storage(root, settings);
    return settings;
}

// O_NONBLOCK: a FIFO opens at once instead of waiting for a writer, and is then refused
// with anything else that is not a regular file (a device, a directory).
Settings load_settings(const std::filesystem::path& path, bool* found) {
    if (found) *found = false;
    auto cannot_read = [&](std::string_view why) {
        // TRANSLATORS: the config's path, then why it cannot be read.
        return Failure(trf("cannot read config {}: {}", path.string(), why));
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) return Settings{};
    if (fd < 0) throw cannot_read(std::strerror(errno));
    struct stat st {};
    std::string text;
    const char* problem = nullptr;
    if (::fstat(fd, &st) != 0) problem = std::strerror(errno);
    else if (S_ISDIR(st.st_mode)) problem = tr("is a directory");
    else if (!S_ISREG(st.st_mode)) problem = tr("not a regular file (a FIFO, socket or device); name a file");
    char buffer[1 << 14];
    while (!problem) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) problem = std::strerror(errno);
        if (n <= 0) break;
        text.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    if (problem) throw cannot_read(problem);
    if (found) *found = true;
    return parse_settings(text, path.string());
}

}  // namespace acctool::config
