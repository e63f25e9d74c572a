// CSV reader: never crashes on any bytes (malformed quoting is a CsvSyntaxError); every
// record it reads, written back by the CSV output writer (formula guard and all) and read
// again, gives the same fields once the importer's unguard() is applied.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "core/csv.h"
#include "core/import_columns.h"
#include "output/render.h"

namespace {

using namespace acctool;

// The header and the record as `acct export` would write them.
std::string write_csv(const CsvRecord& record) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    if (!out) std::abort();
    {
        std::vector<output::Column> columns;
        output::Row row;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            columns.push_back({"c" + std::to_string(i)});
            row.push_back(record.fields[i]);
        }
        auto writer = output::make_writer(output::Format::Csv, {}, out);
        writer->begin(columns);
        writer->row(row);
        writer->end();
    }
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

void check_round_trip(const CsvRecord& original) {
    std::istringstream in(write_csv(original));
    CsvReader reader(in);
    CsvRecord header, again;
    if (!reader.next(header) || header.fields.size() != original.fields.size()) std::abort();
    if (!reader.next(again) || again.fields.size() != original.fields.size()) std::abort();
    for (std::size_t i = 0; i < original.fields.size(); ++i)
        if (unguard(again.fields[i]) != original.fields[i]) std::abort();
    if (reader.next(again)) std::abort();  // exactly one record after the header
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    CsvReader reader(in);
    CsvRecord record;
    long last_line = 0;
    try {
        while (reader.next(record)) {
            if (record.fields.empty() || record.line <= last_line) std::abort();
            last_line = record.line;
            check_round_trip(record);
        }
    } catch (const CsvSyntaxError& e) {
        if (e.line() < 1 || e.column() < 1) std::abort();
    }
    return 0;
}
