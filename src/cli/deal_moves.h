#pragma once
// acct deal move|win|lose|refund (deal_moves.cpp) and edit|reopen|delete (deal_fix.cpp):
// registered under the `deal` group by deal.cpp.
namespace CLI {
class App;
}

namespace acctool::cli {

class Context;

void setup_deal_moves(CLI::App* group, Context& ctx);
void setup_deal_fixes(CLI::App* group, Context& ctx);

}  // namespace acctool::cli
