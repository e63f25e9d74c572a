// acct payment list|delete: the payments of invoices (recorded by `invoice pay`).
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
#include "store/invoices.h"

namespace acctool::cli {
namespace {

struct PaymentList {
    std::string invoice_ref, client_ref, period;
};

struct PaymentDelete {
    Id id = 0;
    bool yes = false;
};

void payment_list(Context& ctx, const PaymentList& opts) {
    store::PaymentFilter filter;
    if (!opts.period.empty()) filter.period = parse_period(opts.period, ctx.today());
    auto& db = ctx.db();
    if (!opts.invoice_ref.empty()) filter.invoice_id = store::resolve_invoice(db, opts.invoice_ref).id;
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "invoice_id")},
                         {NC_("column", "number")},
                         {NC_("column", "client")},
                         {NC_("column", "amount")},
                         {NC_("column", "currency")},
                         {NC_("column", "date")},
                         {NC_("column", "base_amount")}});
    for (const auto& row : store::list_payments(db, filter)) {
        const Payment& p = row.payment;
        table.add({p.id, p.invoice_id, output::text_or_empty(row.number), row.client_name, output::amount_cell(p.amount, row.currency), row.currency,
                   p.date, output::cell_or_empty(p.base_amount)});
    }
    ctx.emit(table);
}

void payment_delete(Context& ctx, const PaymentDelete& opts) {
    const store::PaymentRow row = store::get_payment(ctx.db(), opts.id);
    const std::string amount = format_amount(row.payment.amount, row.currency), date = format_date(row.payment.date);
    confirm_delete(row.number.empty()
                       // TRANSLATORS: a question: the payment's id, its amount, its currency, its date, the invoice's
                       // id, the client's name.
                       ? trf("delete payment {} of {} {} on {} to invoice {} of '{}'", row.payment.id, amount,
                             row.currency, date, row.payment.invoice_id, row.client_name)
                       // TRANSLATORS: a question: the payment's id, its amount, its currency, its date, the invoice's
                       // id, the invoice's number, the client's name.
                       : trf("delete payment {} of {} {} on {} to invoice {} '{}' of '{}'", row.payment.id, amount,
                             row.currency, date, row.payment.invoice_id, row.number, row.client_name),
                   opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_payment(db, opts.id);
    const Invoice invoice = store::get_invoice(db, row.payment.invoice_id);
    tx.commit();
    // TRANSLATORS: the payment's id, the invoice's id, the amount now paid, the invoice's amount.
    ctx.info(trf("deleted payment {}; invoice {} has {} of {} paid", opts.id, invoice.id,
                 format_amount(invoice.paid_amount, invoice.currency), format_amount(invoice.amount, invoice.currency)));
}

}  // namespace

void setup_payment(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("payment", tr("List and delete payments (record them with invoice pay)"));

    auto list = std::make_shared<PaymentList>();
    auto* list_cmd = group->add_subcommand("list", tr("List payments"));
    list_cmd->add_option("--invoice", list->invoice_ref, tr("Only this invoice's payments (id or number)"));
    list_cmd->add_option("--client", list->client_ref, tr("Only payments of this client's invoices"));
    list_cmd->add_option("--period", list->period, tr("Paid in this period"));
    on_parsed(list_cmd, ctx, [&ctx, list] { payment_list(ctx, *list); });

    auto del = std::make_shared<PaymentDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete a payment entered by mistake"));
    // TRANSLATORS: "payment list" is the command that lists the ids: keep it.
    delete_cmd->add_option("id", del->id, tr("Payment id (see payment list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { payment_delete(ctx, *del); });
}

}  // namespace acctool::cli
