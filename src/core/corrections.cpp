#include "core/corrections.h"

#include "core/errors.h"
#include "core/journal_text.h"

namespace acctool {

void ChangeList::add(std::string_view field, const std::string& before, const std::string& after) {
    if (before == after) return;
    m_parts.push_back(std::string(field) + (after.empty() ? " cleared" : " " + after));
}

void ChangeList::add_text(std::string_view field, const std::string& before, const std::string& after) {
    if (before == after) return;
    m_parts.push_back(std::string(field) + (after.empty() ? " cleared" : " '" + after + "'"));
}

std::string ChangeList::text() const {
    std::string out;
    for (const auto& part : m_parts) out += (out.empty() ? "" : ", ") + part;
    return out;
}

std::string count_of(long count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

void require_client_deletable(const std::string& name, const ClientRecords& r) {
    std::vector<std::string> held;
    if (r.deals) held.push_back(count_of(r.deals, "deal", "deals"));
    if (r.invoices) held.push_back(count_of(r.invoices, "invoice", "invoices"));
    if (r.touches) held.push_back(count_of(r.touches, "touch", "touches"));
    if (r.cases) held.push_back(count_of(r.cases, "case", "cases"));
    if (held.empty()) return;
    std::string list;
    for (const auto& h : held) list += (list.empty() ? "" : ", ") + h;
    throw Conflict("client '" + name + "' has " + list + ": archive it instead (" +
                   quote_command_line({"acct", "client", "archive", name}) + ")");
}

}  // namespace acctool
