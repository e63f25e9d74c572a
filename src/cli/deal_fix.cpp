// Corrections of a deal: acct deal edit|reopen|delete (man page, "Corrections").
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "cli/deal_moves.h"
#include "cli/field_options.h"
#include "core/deal_edit.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "store/clients.h"
#include "store/deals.h"
#include "store/refunds.h"

namespace acctool::cli {
namespace {

struct DealEditOptions {
    Id id = 0;
    DealEdit edit;
    std::optional<std::string> client_ref;
};

struct DealReopen {
    Id id = 0;
    std::string stage;
};

struct DealDelete {
    Id id = 0;
    bool yes = false;
};

void deal_edit(Context& ctx, const DealEditOptions& opts) {
    if (opts.edit.empty() && !opts.client_ref)
        // TRANSLATORS: {} is the deal's id.
        throw InvalidInput(trf("nothing to change on deal {}: give a field to edit (see acct deal edit --help)", opts.id));
    auto [db, tx] = ctx.write();
    Deal deal = store::get_deal(db, opts.id);
    apply_deal_edit(deal, opts.edit, store::refunded_total(db, deal.id), store::first_refund_on(db, deal.id),
                    ctx.today());
    if (opts.client_ref) {
        const Client client = store::resolve_client(db, *opts.client_ref);
        if (client.id != deal.client_id) {
            if (const int invoices = store::invoices_of_deal(db, deal.id); invoices > 0)
                // TRANSLATORS: the deal's id, a count of invoices, the name of the deal's client.
                throw Conflict(trn("deal {} has {} invoice of '{}': they stay with that client; edit or delete them first",
                                   "deal {} has {} invoices of '{}': they stay with that client; edit or delete them "
                                   "first",
                                   static_cast<unsigned long>(invoices), deal.id, invoices, deal.client_name));
            deal.client_id = client.id;
            deal.client_name = client.name;
        }
    }
    store::update_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the deal ("deal 12 'Coatings', 40,000.00 EUR won 2026-11-02"), then its client's name.
    ctx.info(trf("edited {} of '{}'", describe_deal(deal), deal.client_name));
}

void deal_reopen(Context& ctx, const DealReopen& opts) {
    const Settings& settings = ctx.settings();
    const StageRule& stage = opts.stage.empty() ? default_reopen_stage(settings) : parse_pipeline_stage(settings, opts.stage);
    auto [db, tx] = ctx.write();
    Deal deal = store::get_deal(db, opts.id);
    const std::string was = deal.stage;
    reopen_deal(deal, stage, store::refunded_total(db, deal.id), ctx.today());
    store::update_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the deal ("deal 12 'Coatings', 40,000.00 EUR at stage proposal"), its stage before (won, lost),
    // then its client's name.
    ctx.info(trf("reopened {} (was {}) of '{}'", describe_deal(deal), shown_stage(was), deal.client_name));
}

void deal_delete(Context& ctx, const DealDelete& opts) {
    std::string question;
    {
        auto& db = ctx.db();
        const Deal deal = store::get_deal(db, opts.id);
        store::RefundFilter of_deal;
        of_deal.deal_id = deal.id;
        const auto refunds = store::list_refunds(db, of_deal).size();
        question = refunds > 0
                       // TRANSLATORS: a question: the deal ("deal 12 'Coatings', 40,000.00 EUR won 2026-11-02"),
                       // its client's name, then a count of refunds.
                       ? trn("delete {} of '{}', and its {} refund", "delete {} of '{}', and its {} refunds", refunds,
                             describe_deal(deal), deal.client_name, refunds)
                       // TRANSLATORS: a question: the deal ("deal 12 'Coatings', 40,000.00 EUR won 2026-11-02"),
                       // then its client's name.
                       : trf("delete {} of '{}'", describe_deal(deal), deal.client_name);
    }
    confirm_delete(question, opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_deal(db, opts.id);
    tx.commit();
    // TRANSLATORS: {} is the deal's id.
    ctx.info(trf("deleted deal {}", opts.id));
}

}  // namespace

void setup_deal_fixes(CLI::App* group, Context& ctx) {
    auto edit = std::make_shared<DealEditOptions>();
    auto* edit_cmd = group->add_subcommand("edit", tr("Correct any field of a deal"));
    // TRANSLATORS: "deal list" is the command that lists the ids: keep it.
    edit_cmd->add_option("id", edit->id, tr("Deal id (see deal list)"))->required();
    add_field_option(edit_cmd, "--amount", edit->edit.amount, tr("Amount"));
    add_field_option(edit_cmd, "--title", edit->edit.title, tr("Title"));
    add_field_option(edit_cmd, "--product", edit->edit.product, tr("Product line"));
    // TRANSLATORS: the values to type: keep new, upsell, cross-sell and renewal.
    add_field_option(edit_cmd, "--kind", edit->edit.kind, tr("new, upsell, cross-sell or renewal"));
    add_field_option(edit_cmd, "--probability", edit->edit.probability,
                     tr("0.35 or 35% of an open deal ('' = the stage's)"));
    add_field_option(edit_cmd, "--close", edit->edit.close, tr("Expected close of an open deal ('' = none)"));
    add_field_option(edit_cmd, "--date", edit->edit.date, tr("Close date of a won or lost deal (not in the future)"));
    add_field_option(edit_cmd, "--discount", edit->edit.discount, tr("Discount: an amount or a percentage of the amount"));
    add_field_option(edit_cmd, "--currency", edit->edit.currency,
                     tr("Currency (ISO 4217), re-converted at the close date"));
    add_field_option(edit_cmd, "--client", edit->client_ref, tr("Move the deal to this client"));
    on_parsed(edit_cmd, ctx, [&ctx, edit] { deal_edit(ctx, *edit); });

    auto reopen = std::make_shared<DealReopen>();
    auto* reopen_cmd = group->add_subcommand("reopen", tr("Put a won or lost deal back into the pipeline"));
    reopen_cmd->add_option("id", reopen->id, tr("Deal id (see deal list)"))->required();
    reopen_cmd->add_option("--stage", reopen->stage, tr("Pipeline stage (default: the last configured)"));
    on_parsed(reopen_cmd, ctx, [&ctx, reopen] { deal_reopen(ctx, *reopen); });

    auto del = std::make_shared<DealDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a deal and its refunds"));
    delete_cmd->add_option("id", del->id, tr("Deal id (see deal list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { deal_delete(ctx, *del); });
}

}  // namespace acctool::cli
