// The import path as a whole: the first byte picks the kind and the options, the rest is
// the file. It goes through `acct import` itself (cli::run: reading, encodings, the CSV
// reader, column maps, local forms, row validation, the store's importer, the all-or-nothing
// transaction) into a database in a temporary directory. Never crashes; exit 0, 1 or 2 only;
// a failed import leaves the database as it was.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/app.h"

namespace {

namespace fs = std::filesystem;

// One directory for every run (an interrupted run leaves it; the next one reuses it).
const fs::path& work_dir() {
    static const fs::path dir = [] {
        const fs::path path = fs::temp_directory_path() / "acct-fuzz-import";
        fs::create_directories(path);
        setenv("ACCT_DB", (path / "acct.db").c_str(), 1);
        setenv("ACCT_CONFIG", (path / "none.toml").c_str(), 1);  // built-in defaults
        setenv("ACCT_TODAY", "2026-11-23", 1);
        return path;
    }();
    return dir;
}

int acct(std::vector<std::string> args) {
    args.insert(args.begin(), "acct");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    return acctool::cli::run(static_cast<int>(args.size()), argv.data());
}

std::uintmax_t db_size() {
    std::error_code ec;
    const auto size = fs::file_size(work_dir() / "acct.db", ec);
    return ec ? 0 : size;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    static const char* const k_kinds[] = {"clients", "contacts", "deals", "touches", "invoices"};
    static const char* const k_locales[] = {"", "ro", "ru", "fr"};
    const fs::path& dir = work_dir();
    // Successful imports accumulate; start again from an empty database now and then.
    if (db_size() > (8u << 20)) {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(dir / (std::string("acct.db") + suffix));
    }
    const std::uint8_t choice = data[0];
    const fs::path file = dir / "input.csv";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    std::vector<std::string> args{"-q", "import", k_kinds[choice % 5], file.string()};
    if (choice & 0x08) args.push_back("--create-clients");
    if (choice & 0x10) args.insert(args.end(), {"--on-duplicate", (choice & 0x20) ? "skip" : "update"});
    if (const char* locale = k_locales[(choice >> 6) & 3]; *locale) args.insert(args.end(), {"--locale", locale});
    const int code = acct(args);
    if (code != 0 && code != 1 && code != 2) std::abort();
    return 0;
}
