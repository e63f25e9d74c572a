// Date, week and period parsers: never crash; accepted dates round-trip through ISO text,
// and every accepted period is a non-empty range.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/dates.h"
#include "core/errors.h"

using namespace std::chrono;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const acctool::Date today{year{2026}, month{11}, day{23}};
    try {
        auto d = acctool::parse_date(text, today, acctool::Direction::Past);
        if (acctool::parse_iso_date(acctool::format_date(d)) != d) std::abort();
    } catch (const acctool::InvalidInput&) {
    }
    try {
        auto p = acctool::parse_period(text, today);
        if (p.last < p.first) std::abort();
        auto prev = acctool::previous_period(p);
        if (prev.last < prev.first || !(prev.first < p.first)) std::abort();
    } catch (const acctool::InvalidInput&) {
    }
    try {
        auto w = acctool::parse_week(text, today);
        if (w.days() != 7) std::abort();
    } catch (const acctool::InvalidInput&) {
    }
    try {
        auto b = acctool::parse_birthday(text);
        if (acctool::parse_birthday(acctool::format_birthday(b)) != b) std::abort();
    } catch (const acctool::InvalidInput&) {
    }
    return 0;
}
