#pragma once
// The one place where SQLite's exceptions become the project's errors, so nothing outside
// src/store/ needs to know SQLiteCpp: sum()'s "integer overflow" is AmountOverflow (a total
// that cannot be computed, see core/money.h), a missing exchange rate InvalidInput,
// anything else a Failure "database: ...".
#include <functional>
#include <string>

namespace SQLite {
class Exception;
}
struct sqlite3;

namespace acctool::store {

// Runs work; a SQLite::Exception escaping it is rethrown as AmountOverflow or Failure.
void translating_errors(const std::function<void()>& work);

// SQLite's message, completed with the system's reason for an I/O error ("disk I/O error
// (No space left on device)"), read from the connection noted last (acct has one).
std::string describe(const SQLite::Exception& e);
void note_connection(sqlite3* handle);

}  // namespace acctool::store
