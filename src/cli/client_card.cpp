// The account card of `acct client show`: details and contacts. Later sections (touches,
// deals, sales, receivables, cases, flags) are added here as the log grows.
#include "cli/client_card.h"

#include "cli/context.h"
#include "core/text.h"
#include "output/card.h"
#include "store/clients.h"
#include "store/contacts.h"

namespace acctool::cli {
namespace {

using output::Cell;

std::vector<std::pair<std::string, Cell>> client_fields(const Client& c) {
    return {
        {"id", c.id},
        {"name", c.name},
        {"tier", c.tier},
        {"status", std::string(to_string(c.status))},
        {"industry", output::text_or_empty(c.industry)},
        {"region", output::text_or_empty(c.region)},
        {"tags", output::text_or_empty(join(c.tags, ","))},
        {"cadence_days", c.cadence_days ? Cell{std::int64_t{*c.cadence_days}} : Cell{}},
        {"credit_limit", output::cell_or_empty(c.credit_limit)},
        {"payment_terms_days", c.payment_terms_days ? Cell{std::int64_t{*c.payment_terms_days}} : Cell{}},
        {"notes", output::text_or_empty(c.notes)},
    };
}

output::Table contacts_table(const std::vector<Contact>& contacts) {
    output::Table t({{"id"}, {"name"}, {"role"}, {"decision_maker"}, {"email"}, {"phone"}, {"birthday"}});
    for (const auto& k : contacts)
        t.add({k.id, k.name, output::text_or_empty(k.role), k.decision_maker, output::text_or_empty(k.email),
               output::text_or_empty(k.phone), k.birthday ? Cell{format_birthday(*k.birthday)} : Cell{}});
    return t;
}

}  // namespace

void show_client_card(Context& ctx, const std::string& ref) {
    auto& db = ctx.db();
    const Client client = store::resolve_client(db, ref);
    output::Card card;
    card.title = client.name;
    card.fields = client_fields(client);
    card.sections.push_back({"contacts", "Contacts", contacts_table(store::list_contacts(db, client.id))});
    output::write_card(card, ctx.format(), ctx.render_options(), stdout);
}

}  // namespace acctool::cli
