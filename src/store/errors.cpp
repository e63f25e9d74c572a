#include "store/errors.h"

#include <sqlite3.h>

#include <cstring>
#include <string_view>

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/money.h"

namespace acctool::store {
namespace {
sqlite3* g_connection = nullptr;

// SQLite's own words for its result codes (sqlite3_errstr), marked for translation: a
// message that is exactly one of them is shown in the user's language. Messages that
// name a table, a column or a constraint stay as SQLite wrote them.
constexpr const char* k_sqlite_messages[] = {
    // TRANSLATORS: SQLite's message for a database another process holds (SQLITE_BUSY).
    N_("database is locked"),
    N_("database table is locked"),
    N_("SQL logic error"),
    N_("access permission denied"),
    N_("query aborted"),
    N_("out of memory"),
    N_("attempt to write a readonly database"),
    N_("interrupted"),
    N_("disk I/O error"),
    N_("database disk image is malformed"),
    N_("unknown operation"),
    N_("database or disk is full"),
    N_("unable to open database file"),
    N_("locking protocol"),
    N_("database schema has changed"),
    N_("string or blob too big"),
    N_("constraint failed"),
    N_("datatype mismatch"),
    N_("bad parameter or other API misuse"),
    N_("large file support is disabled"),
    N_("authorization denied"),
    N_("column index out of range"),
    N_("file is not a database"),
    N_("abort due to ROLLBACK"),
    N_("unknown error"),
};

// The exception's message in the user's language when it is one of SQLite's generic
// ones, without the mark of an InvalidInput carried through SQLite.
std::string message_of(const SQLite::Exception& e) {
    std::string_view what = e.what();
    if (const auto at = what.find(k_invalid_input_mark); at != std::string_view::npos)
        return std::string(what.substr(at + k_invalid_input_mark.size()));
    return sqlite_words(what);
}

}  // namespace

std::string sqlite_words(std::string_view message) {
    for (const char* known : k_sqlite_messages)
        if (message == known) return tr(known);
    return std::string(message);
}

void note_connection(sqlite3* handle) { g_connection = handle; }

std::string describe(const SQLite::Exception& e) {
    const int primary = e.getErrorCode() & 0xff;
    const bool io = primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN;
    const int system = io && g_connection ? sqlite3_system_errno(g_connection) : 0;
    if (system == 0) return message_of(e);
    return fmt::format("{} ({})", message_of(e), std::strerror(system));
}

void translating_errors(const std::function<void()>& work) {
    try {
        work();
    } catch (const SQLite::Exception& e) {
        if (std::string_view(e.what()) == "integer overflow") throw AmountOverflow();
        // acct_base's "no USD rate on or before ...; add one: acct rate add ..." (store/rates.h),
        // or any other InvalidInput of a SQL function, marked by invalid_input_error.
        if (std::string_view(e.what()).find(k_invalid_input_mark) != std::string_view::npos)
            throw InvalidInput(message_of(e));
        // TRANSLATORS: {} is SQLite's message, such as "database is locked".
        throw Failure(trf("database: {}", describe(e)));
    }
}

std::string invalid_input_error(std::string_view message) {
    return std::string(k_invalid_input_mark) + std::string(message);
}

}  // namespace acctool::store
