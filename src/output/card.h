#pragma once
// A card: one record's fields followed by titled sections (client show). Rendered as a
// readable block in `table`, as one JSON object (sections as arrays), and in csv/tsv as a
// `field,value` table followed by each section as its own table after a blank line;
// refused (InvalidInput) in xlsx, whose one sheet holds one table.
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "output/render.h"
#include "output/table.h"

namespace acctool::output {

struct CardSection {
    std::string key;    // snake_case: the JSON key
    std::string title;  // shown above the section in `table`
    Table table;
};

struct Card {
    std::string title;
    std::vector<std::pair<std::string, Cell>> fields;  // snake_case key, value
    std::vector<CardSection> sections;
};

void write_card(const Card& card, Format format, const RenderOptions& options, std::FILE* out);

}  // namespace acctool::output
