// acct client add|list|show|edit|archive|unarchive|delete
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/client_card.h"
#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/field_options.h"
#include "core/corrections.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/i18n.h"
#include "core/text.h"
#include "store/clients.h"

namespace acctool::cli {
namespace {

struct ClientAdd {
    std::string name;
    ClientFields fields;
};

struct ClientList {
    std::string tier, status, tag, region, search;
    bool all = false;
};

struct ClientEdit {
    std::string ref;
    ClientFields fields;
};

void client_add(Context& ctx, const ClientAdd& opts) {
    const Settings& settings = ctx.settings();
    Client client = new_client(settings, ctx.today());
    ClientFields fields = opts.fields;
    fields.name = opts.name;
    apply_client_fields(client, fields, settings, ctx.today());
    auto [db, tx] = ctx.write();
    const Id id = store::insert_client(db, client);
    const auto same = store::same_key_clients(db, client.name, id);
    tx.commit();
    // TRANSLATORS: the new client's id, its name, its tier (A, B, C).
    ctx.created(id, trf("added client {} '{}' (tier {})", id, client.name, client.tier));
    // Allowed (the names differ as written), but said: a near-duplicate is usually a mistake.
    if (!same.empty())
        // TRANSLATORS: {} is the other client, "'Acme' (12)" (or several, separated by commas).
        ctx.warn(trf("client {} has the same name but for case, accents, punctuation or legal form; "
                     "if it is the same client, 'acct undo' takes this one back",
                     join(same, ", ")));
}

std::optional<std::string> non_empty(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return s;
}

void client_list(Context& ctx, const ClientList& opts) {
    store::ClientFilter filter;
    if (!opts.tier.empty()) filter.tier = canonical_tier(ctx.settings(), opts.tier);
    if (!opts.status.empty()) filter.status = parse_client_status(opts.status);
    filter.tag = non_empty(opts.tag);
    filter.region = non_empty(opts.region);
    filter.search = non_empty(opts.search);
    filter.include_archived = opts.all;
    auto rows = store::list_clients(ctx.db(), filter);
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "name")},
                         {NC_("column", "tier")},
                         {NC_("column", "status")},
                         {NC_("column", "industry")},
                         {NC_("column", "region")},
                         {NC_("column", "tags")},
                         {NC_("column", "last_touch")},
                         {NC_("column", "last_order")}});
    for (const auto& r : rows) {
        const Client& c = r.client;
        table.add({c.id, c.name, c.tier, std::string(to_string(c.status)), output::text_or_empty(c.industry),
                   output::text_or_empty(c.region), output::text_or_empty(join(c.tags, ",")),
                   output::cell_or_empty(r.last_touch), output::cell_or_empty(r.last_order)});
    }
    ctx.emit(table);
}

void client_edit(Context& ctx, const ClientEdit& opts) {
    const Settings& settings = ctx.settings();
    auto [db, tx] = ctx.write();
    Client client = store::resolve_client(db, opts.ref);
    apply_client_fields(client, opts.fields, settings, ctx.today());
    store::update_client(db, client);
    tx.commit();
    // TRANSLATORS: the client's id, then its name.
    ctx.info(trf("updated client {} '{}'", client.id, client.name));
}

// Archiving hides a client from lists and the plan; nothing is deleted.
void client_set_archived(Context& ctx, const std::string& ref, bool archived) {
    auto [db, tx] = ctx.write();
    Client client = store::resolve_client(db, ref);
    const bool is_archived = client.status == ClientStatus::Archived;
    if (is_archived == archived) {
        ctx.info(archived
                     // TRANSLATORS: the client's id, then its name.
                     ? trf("client {} '{}' is already archived", client.id, client.name)
                     // TRANSLATORS: the client's id, then its name.
                     : trf("client {} '{}' is already not archived", client.id, client.name));
        return;
    }
    client.status = archived ? ClientStatus::Archived
                             : store::status_before_archive(db, client.id).value_or(ClientStatus::Customer);
    store::update_client(db, client);
    tx.commit();
    ctx.info(archived
                 // TRANSLATORS: the client's id, then its name.
                 ? trf("archived client {} '{}'", client.id, client.name)
                 // TRANSLATORS: the client's id, then its name.
                 : trf("unarchived client {} '{}'", client.id, client.name));
}

// Only a client nothing refers to but its contacts: asked after the check, checked again
// under the write lock (a touch may have come in meanwhile).
void client_delete(Context& ctx, const std::string& ref, bool yes) {
    std::string question;
    Id id = 0;
    {
        auto& db = ctx.db();
        const Client client = store::resolve_client(db, ref);
        id = client.id;
        const ClientRecords records = store::client_records(db, id);
        require_client_deletable(client.name, records);
        question = records.contacts > 0
                       // TRANSLATORS: a question: the client's id, its name, then how many contacts go with it.
                       ? trn("delete client {} '{}', and its {} contact", "delete client {} '{}', and its {} contacts",
                             static_cast<unsigned long>(records.contacts), client.id, client.name, records.contacts)
                       // TRANSLATORS: a question: the client's id, then its name.
                       : trf("delete client {} '{}'", client.id, client.name);
    }
    confirm_delete(question, yes);
    auto [db, tx] = ctx.write();
    const Client client = store::get_client(db, id);
    require_client_deletable(client.name, store::client_records(db, id));
    store::delete_client(db, id);
    tx.commit();
    // TRANSLATORS: the client's id, then its name.
    ctx.info(trf("deleted client {} '{}'", client.id, client.name));
}

void add_client_field_options(CLI::App* cmd, ClientFields& f) {
    add_field_option(cmd, "--tier", f.tier, tr("Tier (A/B/C or as configured)"));
    // TRANSLATORS: the values to type: keep customer, prospect and archived.
    add_field_option(cmd, "--status", f.status, tr("customer, prospect or archived"));
    add_field_option(cmd, "--industry", f.industry, tr("Industry"));
    add_field_option(cmd, "--region", f.region, tr("Region"));
    add_field_option(cmd, "--tags", f.tags, tr("Comma-separated tags"));
    add_field_option(cmd, "--cadence", f.cadence_days, tr("Contact every N days (overrides the tier)"));
    add_field_option(cmd, "--credit-limit", f.credit_limit, tr("Credit limit (amount)"));
    add_field_option(cmd, "--terms", f.payment_terms_days, tr("Payment terms in days"));
    add_field_option(cmd, "--note", f.notes, tr("Notes"));
    add_field_option(cmd, "--currency", f.currency, tr("Currency of its deals and invoices (default: the base)"));
    // TRANSLATORS: LOCATION is the calendar field's name: keep it.
    add_field_option(cmd, "--address", f.address, tr("Where visits go (the plan's address, the calendar's LOCATION)"));
    add_field_option(cmd, "--since", f.customer_since,
                     // TRANSLATORS: DATE is the placeholder shown after --since: keep it.
                     tr("Customer since DATE (bought before acct knew it: never a new client after it)"));
}

}  // namespace

void setup_client(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("client", tr("Add, list, show, change and delete clients"));

    auto add_opts = std::make_shared<ClientAdd>();
    auto* add = group->add_subcommand("add", tr("Add a client to the portfolio"));
    add->add_option("name", add_opts->name, tr("Client name (unique, case-insensitive)"))->required();
    add_client_field_options(add, add_opts->fields);
    on_parsed(add, ctx, [&ctx, add_opts] { client_add(ctx, *add_opts); });

    auto list_opts = std::make_shared<ClientList>();
    auto* list = group->add_subcommand("list", tr("List clients (archived ones only with --all)"));
    list->add_option("--tier", list_opts->tier, tr("Only this tier"));
    list->add_option("--status", list_opts->status, tr("Only this status"));
    list->add_option("--tag", list_opts->tag, tr("Only clients with this tag"));
    list->add_option("--region", list_opts->region, tr("Only this region"));
    // TRANSLATORS: TEXT is the placeholder shown after --search: keep it.
    list->add_option("--search", list_opts->search, tr("Name, industry or notes contain TEXT"));
    list->add_flag("--all", list_opts->all, tr("Include archived clients"));
    on_parsed(list, ctx, [&ctx, list_opts] { client_list(ctx, *list_opts); });

    auto show_ref = std::make_shared<std::string>();
    auto* show = group->add_subcommand("show", tr("Show a client's card"));
    show->add_option("ref", *show_ref, tr("Client id, name or unique part of the name"))->required();
    on_parsed(show, ctx, [&ctx, show_ref] { show_client_card(ctx, *show_ref); });

    auto edit_opts = std::make_shared<ClientEdit>();
    auto* edit = group->add_subcommand("edit", tr("Change a client's fields"));
    edit->add_option("ref", edit_opts->ref, tr("Client id, name or unique part of the name"))->required();
    add_field_option(edit, "--name", edit_opts->fields.name, tr("New name"));
    add_client_field_options(edit, edit_opts->fields);
    on_parsed(edit, ctx, [&ctx, edit_opts] { client_edit(ctx, *edit_opts); });

    struct Delete {
        std::string ref;
        bool yes = false;
    };
    auto del = std::make_shared<Delete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a client entered by mistake (only an empty one)"));
    delete_cmd->add_option("ref", del->ref, tr("Client id, name or unique part of the name"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { client_delete(ctx, del->ref, del->yes); });

    for (bool archived : {true, false}) {
        auto ref = std::make_shared<std::string>();
        auto* cmd = group->add_subcommand(archived ? "archive" : "unarchive",
                                          archived ? tr("Archive a client (hidden, never deleted)")
                                                   : tr("Bring an archived client back"));
        cmd->add_option("ref", *ref, tr("Client id, name or unique part of the name"))->required();
        on_parsed(cmd, ctx, [&ctx, ref, archived] { client_set_archived(ctx, *ref, archived); });
    }
}

}  // namespace acctool::cli
