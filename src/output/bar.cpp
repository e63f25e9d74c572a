#include "output/bar.h"

#include <cmath>

namespace acctool::output {

std::string bar(double fraction, std::size_t width) {
    static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    if (!(fraction > 0) || width == 0) return {};
    const bool clipped = fraction > 1;
    const auto eighths = static_cast<std::size_t>(std::lround(std::fmin(fraction, 1.0) * double(width) * 8));
    std::string out;
    for (std::size_t i = 0; i < eighths / 8; ++i) out += "█";
    out += k_eighths[eighths % 8];
    if (clipped) out += "▸";
    return out;
}

}  // namespace acctool::output
