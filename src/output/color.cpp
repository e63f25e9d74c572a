// The colour decision of the man page's COMMANDS, in its order of precedence:
// --color always/never, NO_COLOR (no-color.org), CLICOLOR_FORCE, TERM=dumb, isatty.
#include <unistd.h>

#include <cstdlib>
#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "output/render.h"

namespace acctool::output {
namespace {

std::string_view env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string_view(value) : std::string_view();
}

}  // namespace

ColorMode parse_color_mode(std::string_view text) {
    if (text == "auto") return ColorMode::Auto;
    if (text == "always") return ColorMode::Always;
    if (text == "never") return ColorMode::Never;
    throw InvalidInput(trf("invalid color mode '{}': expected auto, always or never", text));
}

bool use_color(ColorMode mode, std::FILE* stream) {
    if (mode == ColorMode::Always) return true;
    if (mode == ColorMode::Never) return false;
    if (!env("NO_COLOR").empty()) return false;  // no-color.org: set and non-empty
    const auto force = env("CLICOLOR_FORCE");
    if (!force.empty() && force != "0") return true;
    if (env("TERM") == "dumb") return false;
    return isatty(fileno(stream)) == 1;
}

}  // namespace acctool::output
