#pragma once
// Sums of money times ratios (amount x probability, slice x commission rate) kept exact,
// rounded once where the figure is shown: a figure is never the sum of rounded parts (man
// page, REPORTS). Ratios are taken to 1e-9, as apply_rate does, so that one term rounded
// alone equals apply_rate(amount, ratio).
#include <cstdint>

#include "core/money.h"

namespace acctool {

class ExactSum {
public:
    void add(Money amount, double ratio);
    void add(Money amount);
    void add(const ExactSum& other) { m_nano_minor += other.m_nano_minor; }
    // Half away from zero to minor units. Throws std::overflow_error beyond int64.
    Money rounded() const;
    bool empty() const { return m_nano_minor == 0; }
    // The exact sum divided by `denominator` (weighted / amount: the amount-weighted
    // probability); 0 for a zero denominator.
    double ratio_to(Money denominator) const;

private:
    __extension__ __int128 m_nano_minor = 0;  // 1e-9 minor units
};

}  // namespace acctool
