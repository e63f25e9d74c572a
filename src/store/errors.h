#pragma once
// The one place where SQLite's exceptions become the project's errors, so nothing outside
// src/store/ needs to know SQLiteCpp: sum()'s "integer overflow" is AmountOverflow (a total
// that cannot be computed, see core/money.h), a missing exchange rate InvalidInput,
// anything else a Failure "database: ...".
#include <functional>
#include <string>
#include <string_view>

namespace SQLite {
class Exception;
}
struct sqlite3;

namespace acctool::store {

// Runs work; a SQLite::Exception escaping it is rethrown as AmountOverflow, InvalidInput
// (an InvalidInput of a SQL function, see invalid_input_error) or Failure.
void translating_errors(const std::function<void()>& work);

// SQLite's message, completed with the system's reason for an I/O error ("disk I/O error
// (No space left on device)"), read from the connection noted last (acct has one). SQLite's
// generic messages ("database is locked") are given in the user's language (core/i18n.h).
std::string describe(const SQLite::Exception& e);
void note_connection(sqlite3* handle);

// The text a SQL function gives sqlite3_result_error for an InvalidInput (a missing rate):
// marked, since its words are the user's language, so that translating_errors rethrows it
// as InvalidInput with the message unmarked.
inline constexpr std::string_view k_invalid_input_mark = "\x1f" "acct-invalid-input\x1f";
std::string invalid_input_error(std::string_view message);

// One of SQLite's generic messages (sqlite3_errstr: "constraint failed") in the user's
// language; any other text as it is.
std::string sqlite_words(std::string_view message);

}  // namespace acctool::store
