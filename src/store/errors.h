#pragma once
// The one place where SQLite's exceptions become the project's errors, so nothing outside
// src/store/ needs to know SQLiteCpp: sum()'s "integer overflow" is AmountOverflow (a total
// that cannot be computed, see core/money.h), anything else a Failure "database: ...".
#include <functional>

namespace acctool::store {

// Runs work; a SQLite::Exception escaping it is rethrown as AmountOverflow or Failure.
void translating_errors(const std::function<void()>& work);

}  // namespace acctool::store
