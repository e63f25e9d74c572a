#include "core/exact_sum.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace acctool {
namespace {
constexpr std::int64_t k_nano = 1'000'000'000;
}

void ExactSum::add(Money amount, double ratio) {
    if (!std::isfinite(ratio) || std::fabs(ratio) * k_nano > 9e18) throw std::invalid_argument("ExactSum: ratio out of range");
    m_nano_minor += static_cast<__int128>(amount.minor) * std::llround(ratio * k_nano);
}

void ExactSum::add(Money amount) { m_nano_minor += static_cast<__int128>(amount.minor) * k_nano; }

double ExactSum::ratio_to(Money denominator) const {
    if (denominator.minor == 0) return 0;
    return static_cast<double>(m_nano_minor) / static_cast<double>(k_nano) / static_cast<double>(denominator.minor);
}

Money ExactSum::rounded() const {
    const bool negative = m_nano_minor < 0;
    const __int128 magnitude = negative ? -m_nano_minor : m_nano_minor;
    __int128 whole = magnitude / k_nano;
    if ((magnitude % k_nano) * 2 >= k_nano) ++whole;
    if (whole > std::numeric_limits<std::int64_t>::max()) throw std::overflow_error("sum too large");
    const auto minor = static_cast<std::int64_t>(whole);
    return Money{negative ? -minor : minor};
}

}  // namespace acctool
