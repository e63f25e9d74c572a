#pragma once
// The concrete RowWriters behind make_writer (internal to output). Each writes through
// a Sink and flushes it in end(), so a streaming caller sees write errors too.
#include <cstdio>
#include <memory>

#include "output/render.h"

namespace acctool::output {

std::unique_ptr<RowWriter> make_table_writer(bool color, std::size_t width, Language language, std::FILE* out);
std::unique_ptr<RowWriter> make_csv_writer(bool bom, std::FILE* out);
std::unique_ptr<RowWriter> make_tsv_writer(std::FILE* out);
std::unique_ptr<RowWriter> make_json_writer(std::FILE* out);
std::unique_ptr<RowWriter> make_xlsx_writer(std::FILE* out);

}  // namespace acctool::output
