#pragma once
// Test helper: renders a table into memory (open_memstream) and returns the exact bytes.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "output/render.h"

namespace acctool::test {

inline std::string render(const output::Table& table, output::Format format,
                          output::RenderOptions options = {}) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    output::write_table(table, format, options, out);
    std::fclose(out);
    std::string bytes(buffer, size);
    std::free(buffer);
    return bytes;
}

}  // namespace acctool::test
