#include <doctest/doctest.h>

#include "output/bar.h"
#include "output/width.h"

using acctool::output::bar;
using acctool::output::display_width;

TEST_CASE("bars are measured in eighths of a column") {
    CHECK(bar(0, 10) == "");
    CHECK(bar(-1, 10) == "");
    CHECK(bar(1, 4) == "████");
    CHECK(bar(0.5, 4) == "██");
    CHECK(bar(0.0625, 2) == "▏");
    CHECK(bar(0.3, 10) == "███");
    CHECK(display_width(bar(0.55, 10)) == 6);  // 5.5 columns: five full blocks and a half
    CHECK(bar(1.5, 4) == "████▸");
}
