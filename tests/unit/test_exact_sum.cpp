#include <doctest/doctest.h>

#include "core/exact_sum.h"

using namespace acctool;

TEST_CASE("weighted amounts are summed exactly and rounded once") {
    // 0.05 at 10 % is 0.005 and 0.05 at 30 % is 0.015: 0.02 exactly, where the rounded
    // parts (0.01 + 0.02) would say 0.03.
    ExactSum s;
    s.add(Money{5}, 0.1);
    s.add(Money{5}, 0.3);
    CHECK(s.rounded() == Money{2});
    CHECK(s.ratio_to(Money{10}) == doctest::Approx(0.2));
    s.add(Money{100});
    CHECK(s.rounded() == Money{102});
    ExactSum half;
    half.add(Money{1}, 0.5);  // 0.005 rounds half away from zero
    CHECK(half.rounded() == Money{1});
    ExactSum negative;
    negative.add(Money{-1}, 0.5);
    CHECK(negative.rounded() == Money{-1});
    CHECK(ExactSum{}.rounded() == Money{});
}
