#include "store/errors.h"

#include <sqlite3.h>

#include <cstring>
#include <string_view>

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include "core/errors.h"
#include "core/money.h"

namespace acctool::store {
namespace {
sqlite3* g_connection = nullptr;
}

void note_connection(sqlite3* handle) { g_connection = handle; }

std::string describe(const SQLite::Exception& e) {
    const int primary = e.getErrorCode() & 0xff;
    const bool io = primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN;
    const int system = io && g_connection ? sqlite3_system_errno(g_connection) : 0;
    if (system == 0) return e.what();
    return fmt::format("{} ({})", e.what(), std::strerror(system));
}

void translating_errors(const std::function<void()>& work) {
    try {
        work();
    } catch (const SQLite::Exception& e) {
        if (std::string_view(e.what()) == "integer overflow") throw AmountOverflow();
        // acct_base's "no USD rate on or before ...; add one: acct rate add ..." (store/rates.h)
        if (std::string_view(e.what()).find(" rate on or before ") != std::string_view::npos)
            throw InvalidInput(e.what());
        throw Failure(fmt::format("database: {}", describe(e)));
    }
}

}  // namespace acctool::store
