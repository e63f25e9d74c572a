#pragma once
// The migrations, in order: migration N brings the schema from version N-1 to N.
#include <string_view>
#include <vector>

namespace acctool::store {

const std::vector<std::string_view>& migrations();

}  // namespace acctool::store
