#pragma once
// The list, edit and delete commands of record kinds whose group lives elsewhere
// (man page, "Corrections"): touch list|edit|delete (touch_fix.cpp), invoice edit|delete
// (invoice_fix.cpp), case reopen|edit|delete (case_fix.cpp), registered by their groups.
namespace CLI {
class App;
}

namespace acctool::cli {

class Context;

void setup_touch_fixes(CLI::App* touch, Context& ctx);
void setup_invoice_fixes(CLI::App* group, Context& ctx);
void setup_case_fixes(CLI::App* group, Context& ctx);

}  // namespace acctool::cli
