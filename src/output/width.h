#pragma once
// Display width of UTF-8 text in terminal columns, per grapheme cluster, computed with
// utf8proc so that it is the same in every locale (the C locale of cron included).
#include <cstddef>
#include <string>
#include <string_view>

namespace acctool::output {

// Columns the text takes: East Asian wide and emoji clusters count 2, combining marks 0.
std::size_t display_width(std::string_view text);
// Pads with spaces to `width` columns (left- or right-aligned).
std::string pad_right(std::string_view text, std::size_t width);
std::string pad_left(std::string_view text, std::size_t width);
// Cuts to at most `width` columns on a grapheme boundary, ending with "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

}  // namespace acctool::output
