// Money parser: never crashes; whatever it accepts formats back to text it reads the same.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/errors.h"
#include "core/money.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        auto m = acctool::parse_money(text, acctool::Sign::Any);
        if (acctool::parse_money(acctool::format_money_plain(m), acctool::Sign::Any) != m) std::abort();
        if (acctool::parse_money(acctool::format_money_grouped(m), acctool::Sign::Any) != m) std::abort();
    } catch (const acctool::InvalidInput&) {
    }
    return 0;
}
