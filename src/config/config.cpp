// Reading the config file: parse with toml++, then overlay each section onto the defaults.
#include "config/config.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "config/reader.h"
#include "core/errors.h"

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
                     "compensation"});
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
    return settings;
}

Settings load_settings(const std::filesystem::path& path, bool* found) {
    if (found) *found = false;
    std::error_code error;
    std::filesystem::file_status status = std::filesystem::status(path, error);
    if (status.type() == std::filesystem::file_type::not_found) return Settings{};
    auto cannot_read = [&](std::string_view why) {
        return Failure(fmt::format("cannot read config {}: {}", path.string(), why));
    };
    if (error) throw cannot_read(error.message());
    if (std::filesystem::is_directory(status)) throw cannot_read("is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw cannot_read(std::strerror(errno));
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw cannot_read("read error");
    if (found) *found = true;
    return parse_settings(text.str(), path.string());
}

}  // namespace acctool::config
