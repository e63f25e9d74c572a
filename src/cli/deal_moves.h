#pragma once
// acct deal move|win|lose|refund: registered under the `deal` group by deal.cpp.
namespace CLI {
class App;
}

namespace acctool::cli {

class Context;

void setup_deal_moves(CLI::App* group, Context& ctx);

}  // namespace acctool::cli
