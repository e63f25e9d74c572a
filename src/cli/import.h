#pragma once
// `acct import KIND FILE` as a function, for the commands that import one kind under
// their own name (`acct rate import FILE`).
#include <string>

#include "cli/context.h"

namespace acctool::cli {

struct ImportOptions {
    std::string kind;
    std::string file;
    bool dry_run = false;
    std::string on_duplicate = "error";
    bool create_clients = false;
    std::string delimiter;
    std::string encoding;
    std::string locale;
    std::string map;
    bool ignore_columns = false;
};

void import_file(Context& ctx, const ImportOptions& opts);

}  // namespace acctool::cli
