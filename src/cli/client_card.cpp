// The account card of `acct client show`: details, contacts, the last touches, open deals,
// sales this year to date against the same span last year, receivables, open cases, flags.
#include "cli/client_card.h"

#include "cli/context.h"
#include "core/account_flags.h"
#include "core/deal_rules.h"
#include "core/i18n.h"
#include "core/report_math.h"
#include "core/text.h"
#include "output/card.h"
#include "store/cases.h"
#include "store/clients.h"
#include "store/contacts.h"
#include "store/deals.h"
#include "store/invoices.h"
#include "store/touches.h"

namespace acctool::cli {
namespace {

using output::Cell;

constexpr int k_recent_touches = 5;

std::vector<std::pair<std::string, Cell>> client_fields(const Client& c) {
    return {
        // TRANSLATORS: the client card's field names, shown in table format; CSV and JSON keep them as they are.
        {NC_("card", "id"), c.id},
        {NC_("card", "name"), c.name},
        {NC_("card", "tier"), c.tier},
        {NC_("card", "status"), std::string(to_string(c.status))},
        {NC_("card", "industry"), output::text_or_empty(c.industry)},
        {NC_("card", "region"), output::text_or_empty(c.region)},
        {NC_("card", "tags"), output::text_or_empty(join(c.tags, ","))},
        {NC_("card", "cadence_days"), c.cadence_days ? Cell{std::int64_t{*c.cadence_days}} : Cell{}},
        {NC_("card", "credit_limit"), output::cell_or_empty(c.credit_limit)},
        {NC_("card", "payment_terms_days"), c.payment_terms_days ? Cell{std::int64_t{*c.payment_terms_days}} : Cell{}},
        {NC_("card", "notes"), output::text_or_empty(c.notes)},
        {NC_("card", "currency"), c.currency},
        {NC_("card", "address"), output::text_or_empty(c.address)},
        {NC_("card", "customer_since"), output::cell_or_empty(c.customer_since)},
    };
}

output::Table contacts_table(const std::vector<Contact>& contacts) {
    output::Table t({{NC_("column", "id")},
                     {NC_("column", "name")},
                     {NC_("column", "role")},
                     {NC_("column", "decision_maker")},
                     {NC_("column", "email")},
                     {NC_("column", "phone")},
                     {NC_("column", "birthday")}});
    for (const auto& k : contacts)
        t.add({k.id, k.name, output::text_or_empty(k.role), k.decision_maker, output::text_or_empty(k.email),
               output::text_or_empty(k.phone), k.birthday ? Cell{format_birthday(*k.birthday)} : Cell{}});
    return t;
}

output::Table touches_table(const std::vector<Touch>& touches) {
    output::Table t({{NC_("column", "id")},
                     {NC_("column", "date")},
                     {NC_("column", "kind")},
                     {NC_("column", "contact")},
                     {NC_("column", "summary")},
                     {NC_("column", "next_action")},
                     {NC_("column", "next_date")}});
    for (const auto& x : touches)
        t.add({x.id, x.date, std::string(to_string(x.kind)), output::text_or_empty(x.contact_name),
               output::text_or_empty(x.summary), output::text_or_empty(x.next_action),
               output::cell_or_empty(x.next_date)});
    return t;
}

output::Table open_deals_table(Context& ctx, const std::vector<store::DealListing>& rows) {
    const Settings& settings = ctx.settings();
    output::Table t({{NC_("column", "id")},
                     {NC_("column", "title")},
                     {NC_("column", "stage")},
                     {NC_("column", "amount")},
                     {NC_("column", "probability")},
                     {NC_("column", "expected_close")},
                     {NC_("column", "stale")},
                     {NC_("column", "currency")}});  // each deal's own, as deal list names it
    for (const auto& r : rows)
        t.add({r.deal.id, output::text_or_empty(r.deal.title), r.deal.stage, output::amount_cell(r.deal.amount, r.deal.currency),
               output::ratio_cell(effective_probability(r.deal, settings), 2), output::cell_or_empty(r.deal.expected_close),
               is_stale(r.deal, r.last_touch, ctx.today(), settings.stale_after_days), r.deal.currency});
    return t;
}

output::Table open_cases_table(const std::vector<SupportCase>& cases) {
    output::Table t({{NC_("column", "id")},
                     {NC_("column", "severity")},
                     {NC_("column", "opened")},
                     {NC_("column", "first_response")},
                     {NC_("column", "summary")}});
    for (const auto& c : cases)
        t.add({c.id, std::string(to_string(c.severity)), c.opened_at, output::text_or_empty(c.first_response_at),
               c.summary});
    return t;
}

}  // namespace

void show_client_card(Context& ctx, const std::string& ref) {
    auto& db = ctx.db();
    const Date today = ctx.today();
    const Client client = store::resolve_client(db, ref);

    store::DealFilter open_deals;
    open_deals.open = true;
    open_deals.client_id = client.id;
    store::InvoiceFilter open_invoices;
    open_invoices.client_id = client.id;
    open_invoices.open_only = true;
    const Receivables receivables = receivables_of(store::list_invoices(db, open_invoices), today);
    // This year to date against the same span of last year (Jan 1 to the same day).
    const Period ytd = parse_period("ytd", today);
    const AccountFacts facts{client.status, store::last_won_on(db, client.id), client.credit_limit, receivables.open};

    output::Card card;
    card.title = client.name;
    card.fields = client_fields(client);
    card.fields.emplace_back(NC_("card", "sales_ytd"), store::client_revenue(db, client.id, ytd));
    card.fields.emplace_back(NC_("card", "sales_last_ytd"), store::client_revenue(db, client.id, previous_period(ytd)));
    card.fields.emplace_back(NC_("card", "last_order"), output::cell_or_empty(facts.last_won));
    card.fields.emplace_back(NC_("card", "open_receivables"), receivables.open);
    card.fields.emplace_back(NC_("card", "overdue_receivables"), receivables.overdue);
    card.fields.emplace_back(NC_("card", "flags"), output::text_or_empty(join(account_flags(facts, today,
                                                                                ctx.settings().dormant_after_days),
                                                                  ",")));
    card.sections.push_back({"contacts", tr("Contacts"), contacts_table(store::list_contacts(db, client.id))});
    card.sections.push_back(
        {"touches", tr("Last touches"), touches_table(store::recent_touches(db, client.id, k_recent_touches))});
    card.sections.push_back({"open_deals", tr("Open deals"), open_deals_table(ctx, store::list_deals(db, open_deals))});
    card.sections.push_back({"open_cases", tr("Open cases"), open_cases_table(store::list_cases(db, true, client.id))});
    output::write_card(card, ctx.format(), ctx.render_options(), stdout);
}

}  // namespace acctool::cli
