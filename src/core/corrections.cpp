#include "core/corrections.h"

#include "core/errors.h"
#include "core/i18n.h"
#include "core/journal_text.h"

namespace acctool {

namespace {

// The field's name in the user's language (marked NC_("field", ...) by the callers).
std::string field_label(std::string_view field) {
    const std::string name(field);
    return trc("field", name.c_str());
}

// TRANSLATORS: in the account of an edit, "contact cleared": {} names the field.
std::string cleared(std::string_view field) { return trf("{} cleared", field_label(field)); }

}  // namespace

void ChangeList::add(std::string_view field, const std::string& before, const std::string& after) {
    if (before == after) return;
    m_parts.push_back(after.empty() ? cleared(field) : field_label(field) + " " + after);
}

void ChangeList::add_text(std::string_view field, const std::string& before, const std::string& after) {
    if (before == after) return;
    m_parts.push_back(after.empty() ? cleared(field) : field_label(field) + " '" + after + "'");
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
    if (r.deals) held.push_back(trn("{} deal", "{} deals", static_cast<unsigned long>(r.deals), r.deals));
    if (r.invoices) held.push_back(trn("{} invoice", "{} invoices", static_cast<unsigned long>(r.invoices), r.invoices));
    if (r.touches) held.push_back(trn("{} touch", "{} touches", static_cast<unsigned long>(r.touches), r.touches));
    if (r.cases) held.push_back(trn("{} case", "{} cases", static_cast<unsigned long>(r.cases), r.cases));
    if (held.empty()) return;
    std::string list;
    for (const auto& h : held) list += (list.empty() ? "" : ", ") + h;
    // TRANSLATORS: "client 'Acme SRL' has 3 deals, 2 touches: archive it instead (acct client
    // archive 'Acme SRL')": the client, what it holds, the command.
    throw Conflict(trf("client '{}' has {}: archive it instead ({})", name, list,
                       quote_command_line({"acct", "client", "archive", name})));
}

}  // namespace acctool
