#pragma once
#include <string>

namespace acctool::cli {

class Context;

// acct client show REF: the account card.
void show_client_card(Context& ctx, const std::string& ref);

}  // namespace acctool::cli
