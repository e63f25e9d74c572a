// acct refund list|delete: the refunds of won deals (recorded by `deal refund`).
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "core/currency.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/money.h"
#include "store/clients.h"
#include "store/refunds.h"

namespace acctool::cli {
namespace {

struct RefundList {
    std::string client_ref, period;
    std::optional<Id> deal_id;
};

struct RefundDelete {
    Id id = 0;
    bool yes = false;
};

void refund_list(Context& ctx, const RefundList& opts) {
    store::RefundFilter filter;
    filter.deal_id = opts.deal_id;
    if (!opts.period.empty()) filter.period = parse_period(opts.period, ctx.today());
    auto& db = ctx.db();
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "deal_id")},
                         {NC_("column", "client")},
                         {NC_("column", "amount")},
                         {NC_("column", "currency")},
                         {NC_("column", "date")},
                         {NC_("column", "reason")},
                         {NC_("column", "base_amount")}});
    for (const auto& row : store::list_refunds(db, filter)) {
        const Refund& r = row.refund;
        table.add({r.id, r.deal_id, row.client_name, output::amount_cell(r.amount, r.currency), r.currency, r.date, output::text_or_empty(r.reason),
                   output::cell_or_empty(r.base_amount)});
    }
    ctx.emit(table);
}

void refund_delete(Context& ctx, const RefundDelete& opts) {
    const Refund refund = store::get_refund(ctx.db(), opts.id);
    // TRANSLATORS: a question: the refund's id, its amount, its currency, the deal's id, the refund's date.
    confirm_delete(trf("delete refund {} of {} {} on deal {} ({})", refund.id, format_amount(refund.amount, refund.currency),
                       refund.currency, refund.deal_id, format_date(refund.date)),
                   opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_refund(db, opts.id);
    tx.commit();
    // TRANSLATORS: {} is the refund's id.
    ctx.info(trf("deleted refund {}", opts.id));
}

}  // namespace

void setup_refund(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("refund", tr("List and delete refunds (record them with deal refund)"));

    auto list = std::make_shared<RefundList>();
    auto* list_cmd = group->add_subcommand("list", tr("List refunds"));
    list_cmd->add_option("--client", list->client_ref, tr("Only this client's refunds"));
    list_cmd->add_option("--deal", list->deal_id, tr("Only this deal's refunds"));
    list_cmd->add_option("--period", list->period, tr("Refunded in this period"));
    on_parsed(list_cmd, ctx, [&ctx, list] { refund_list(ctx, *list); });

    auto del = std::make_shared<RefundDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a refund entered by mistake"));
    // TRANSLATORS: "refund list" is the command that lists the ids: keep it.
    delete_cmd->add_option("id", del->id, tr("Refund id (see refund list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { refund_delete(ctx, *del); });
}

}  // namespace acctool::cli
