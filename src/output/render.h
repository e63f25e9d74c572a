#pragma once
// Renders rows to table, csv, tsv, json or xlsx (man page: OUTPUT FORMATS). CSV, TSV, JSON
// and xlsx stream row by row, so that a million-row export holds one row in memory;
// `table` buffers, since column widths depend on every row.
#include <cstddef>
#include <cstdio>
#include <memory>
#include <string_view>

#include "core/language.h"
#include "output/table.h"

namespace acctool::output {

enum class Format { Table, Csv, Tsv, Json, Xlsx, Ics };

// Throws InvalidInput for anything but table, csv, tsv, json, xlsx (and ics when allowed).
Format parse_format(std::string_view text, bool allow_ics = false);

// xlsx is a binary workbook: InvalidInput when `out` is a terminal, before anything is
// written ("write it to a file with --output FILE or a redirect"). Other formats pass.
void check_destination(Format format, std::FILE* out);

struct RenderOptions {
    bool color = false;  // ANSI styling in `table` (decided by output::use_color)
    bool bom = false;    // UTF-8 byte order mark before CSV
    std::size_t width = 0;  // columns a `table` must fit (a terminal's); 0: no limit
    // `table` only: numbers in this language's form (core/language.h). Column names are
    // shown translated (trc("column", name)) whatever this says; other formats ignore both.
    Language language = Language::En;
};

// The width a table on `stream` must fit: $COLUMNS when it is a positive number, else the
// terminal's; 0 (no limit) when the stream is not a terminal, so pipes get whole rows.
std::size_t terminal_width(std::FILE* stream);

// Receives a table row by row. Every write goes through a Sink that checks for errors,
// so a full disk surfaces as Failure, not as silently truncated data.
class RowWriter {
public:
    virtual ~RowWriter() = default;
    virtual void begin(const std::vector<Column>& columns) = 0;
    virtual void row(const Row& cells) = 0;
    virtual void end() = 0;
};

std::unique_ptr<RowWriter> make_writer(Format format, const RenderOptions& options, std::FILE* out);

// Renders a whole table with the writer for `format` and flushes; throws Failure on a
// write error ("error writing to standard output: No space left on device").
void write_table(const Table& table, Format format, const RenderOptions& options, std::FILE* out);

// Cell text as the csv/tsv/table writers see it (money plain, dates ISO, bool yes/no).
std::string plain_text(const Cell& cell);
bool is_numeric(const Cell& cell);

// The colour decision of the man page's COMMANDS: --color always/never first, then NO_COLOR,
// then CLICOLOR_FORCE, then TERM=dumb, then whether the stream is a terminal.
enum class ColorMode { Auto, Always, Never };
ColorMode parse_color_mode(std::string_view text);
bool use_color(ColorMode mode, std::FILE* stream);

}  // namespace acctool::output
