// Config loader: any bytes give Settings or an InvalidInput, never a crash; what it accepts
// it prints as TOML that it accepts again.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "config/config.h"
#include "core/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto settings = acctool::config::parse_settings(text, "fuzz.toml");
        auto shown = acctool::config::format_settings(settings);
        acctool::config::parse_settings(shown, "shown.toml");  // must not throw
    } catch (const acctool::InvalidInput&) {
    }
    return 0;
}
