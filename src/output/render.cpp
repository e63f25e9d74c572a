#include "output/render.h"

#include <unistd.h>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/text.h"
#include "output/sink.h"
#include "output/writers.h"

namespace acctool::output {

Format parse_format(std::string_view text, bool allow_ics) {
    if (text == "table") return Format::Table;
    if (text == "csv") return Format::Csv;
    if (text == "tsv") return Format::Tsv;
    if (text == "json") return Format::Json;
    if (text == "xlsx") return Format::Xlsx;
    if (allow_ics && text == "ics") return Format::Ics;
    if (allow_ics) throw InvalidInput(trf("invalid format '{}': expected table, csv, tsv, json, xlsx or ics", text));
    throw InvalidInput(trf("invalid format '{}': expected table, csv, tsv, json or xlsx", text));
}

void check_destination(Format format, std::FILE* out) {
    if (format == Format::Xlsx && ::isatty(::fileno(out)) == 1)
        throw InvalidInput(tr("xlsx is a binary workbook and standard output is a terminal: "
                              "write it to a file with --output FILE or a redirect (> FILE)"));
}

std::unique_ptr<RowWriter> make_writer(Format format, const RenderOptions& options, std::FILE* out) {
    switch (format) {
        case Format::Table: return make_table_writer(options.color, options.width, options.language, out);
        case Format::Csv: return make_csv_writer(options.bom, out);
        case Format::Tsv: return make_tsv_writer(out);
        case Format::Json: return make_json_writer(out);
        case Format::Xlsx: check_destination(format, out); return make_xlsx_writer(out);
        case Format::Ics: break;  // calendars are not tables: the plan command writes them
    }
    throw InvalidInput(tr("ics is only for plan"));
}

void write_table(const Table& table, Format format, const RenderOptions& options, std::FILE* out) {
    if (format == Format::Table && !table.title.empty()) {
        Sink sink(out);
        const std::string title = escape_controls(table.title, Newlines::Blank);
        sink.write(options.color ? fmt::format("\x1b[1m{}\x1b[0m\n", title) : title + "\n");
        sink.flush();
    }
    auto writer = make_writer(format, options, out);
    writer->begin(table.columns);
    for (const auto& row : table.rows) writer->row(row);
    writer->end();  // flushes and reports write errors
}

}  // namespace acctool::output
