#include "store/errors.h"

#include <string_view>

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include "core/errors.h"
#include "core/money.h"

namespace acctool::store {

void translating_errors(const std::function<void()>& work) {
    try {
        work();
    } catch (const SQLite::Exception& e) {
        if (std::string_view(e.what()) == "integer overflow") throw AmountOverflow();
        throw Failure(fmt::format("database: {}", e.what()));
    }
}

}  // namespace acctool::store
