#include "output/card.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"
#include "output/cells.h"
#include "output/sink.h"
#include "output/width.h"

namespace acctool::output {
namespace {

void write_card_table(const Card& card, const RenderOptions& options, std::FILE* out) {
    Sink sink(out);
    // Stored text shows its control characters escaped, as in tables (core/text.h).
    const std::string title = escape_controls(card.title, Newlines::Blank);
    sink.write(options.color ? fmt::format("\x1b[1m{}\x1b[0m\n", title) : title + "\n");
    // The field names are shown translated (the commands mark them NC_("card", "tier")),
    // aligned by the width of what is shown, two spaces before the value since labels of
    // some languages are words with spaces; values of vocabulary are translated (cells.h).
    std::vector<std::string> labels;
    std::size_t key_width = 0;
    for (const auto& [key, value] : card.fields) {
        labels.push_back(trc("card", key.c_str()));
        key_width = std::max(key_width, display_width(labels.back()));
    }
    for (std::size_t i = 0; i < card.fields.size(); ++i) {
        const auto& [key, value] = card.fields[i];
        if (std::holds_alternative<std::monostate>(value)) continue;  // a card shows what is known
        const std::string shown = text_for_people(value, column_role(key), options.language);
        sink.write(fmt::format("  {}  {}\n", pad_right(labels[i], key_width), escape_controls(shown, Newlines::Blank)));
    }
    for (const auto& section : card.sections) {
        sink.write(fmt::format("\n{} ({})\n", section.title, section.table.rows.size()));
        sink.flush();
        if (!section.table.rows.empty()) write_table(section.table, Format::Table, options, out);
    }
    sink.flush();
}

void write_card_json(const Card& card, std::FILE* out) {
    Sink sink(out);
    sink.write("{");
    bool first = true;
    for (const auto& [key, value] : card.fields) {
        sink.write(fmt::format("{}{}:{}", first ? "" : ",", json_string(key), json_value(value)));
        first = false;
    }
    for (const auto& section : card.sections) {
        sink.write(fmt::format("{}{}:", first ? "" : ",\n", json_string(section.key)));
        first = false;
        sink.flush();
        write_table(section.table, Format::Json, {}, out);
    }
    sink.write("}\n");
    sink.flush();
}

// csv/tsv: the fields as a `field,value` table, then each section as its own table after
// a blank line, so that `acct client show X --csv | head -n N` stays readable.
void write_card_delimited(const Card& card, Format format, const RenderOptions& options, std::FILE* out) {
    Table fields({{"field"}, {"value"}});
    for (const auto& [key, value] : card.fields) fields.add({key, value});
    write_table(fields, format, options, out);
    RenderOptions rest = options;
    rest.bom = false;
    for (const auto& section : card.sections) {
        Sink(out).write("\n");
        write_table(section.table, format, rest, out);
    }
}

}  // namespace

void write_card(const Card& card, Format format, const RenderOptions& options, std::FILE* out) {
    switch (format) {
        case Format::Table: return write_card_table(card, options, out);
        case Format::Json: return write_card_json(card, out);
        case Format::Xlsx:  // one sheet cannot hold a record and its sections
            throw InvalidInput(tr("xlsx writes one table, and this is a record with sections: use --format csv or json"));
        default: return write_card_delimited(card, format, options, out);
    }
}

}  // namespace acctool::output
