// acct invoice add|pay|list|edit|delete: receivables and their payments.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/confirm.h"
#include "cli/context.h"
#include "core/currency.h"
#include "cli/field_options.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/invoice_edit.h"
#include "core/report_math.h"
#include "core/text.h"
#include "store/clients.h"
#include "store/deals.h"
#include "store/invoices.h"

namespace acctool::cli {
namespace {

struct InvoiceAdd {
    std::string client_ref, amount, due, number, issued, currency;
    std::optional<Id> deal_id;
};

struct InvoicePay {
    std::string ref;  // ID|NUMBER
    std::string amount, date, currency;
};

struct InvoiceEditOptions {
    Id id = 0;
    InvoiceEdit edit;
};

struct InvoiceDelete {
    Id id = 0;
    bool yes = false;
};

struct InvoiceList {
    bool overdue = false;
    std::string client_ref;
};

void require_deal_of_client(store::Database& db, Id deal_id, const Client& client) {
    const Deal deal = store::get_deal(db, deal_id);
    if (deal.client_id != client.id)
        // TRANSLATORS: the deal's id, its client's name, then the invoice's client's name.
        throw Conflict(trf("deal {} belongs to '{}', not to '{}'", deal.id, deal.client_name, client.name));
}

void invoice_add(Context& ctx, const InvoiceAdd& opts) {
    Invoice invoice;
    if (!opts.currency.empty()) invoice.currency = parse_record_currency(opts.currency);
    check_amount_form(opts.amount);  // read once the currency (perhaps the client's) is known
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    invoice.number = parse_text(opts.number, N_("invoice number"));
    const std::optional<Date> issued =
        opts.issued.empty() ? std::nullopt
                            // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
                            : std::optional(parse_happened_date(opts.issued, ctx.today(), N_("issue")));
    invoice.due = parse_date(opts.due, ctx.today(), Direction::Future);
    if (issued) check_due_after_issue(invoice.due, *issued, opts.due);
    invoice.deal_id = opts.deal_id;
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    invoice.client_id = client.id;
    invoice.currency = record_currency(invoice.currency, client.currency, ctx.base_currency());
    invoice.amount = parse_invoice_amount(opts.amount, invoice.currency);
    invoice.issued = issued.value_or(default_issue_date(invoice.due, client.payment_terms_days, ctx.today()));
    if (invoice.deal_id) require_deal_of_client(db, *invoice.deal_id, client);
    const Id id = store::insert_invoice(db, invoice);
    tx.commit();
    // TRANSLATORS: the new invoice's id, the client's name, the amount, its currency, the due date.
    ctx.created(id, trf("added invoice {} to '{}': {} {} due {}", id, client.name, format_amount(invoice.amount, invoice.currency),
                        invoice.currency, format_date(invoice.due)));
}

void invoice_pay(Context& ctx, const InvoicePay& opts) {
    Payment payment;
    // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
    payment.date = happened_or_today(opts.date, ctx.today(), NC_("event", "payment"));
    if (!opts.amount.empty()) check_amount_form(opts.amount);
    const std::string asked = opts.currency.empty() ? "" : parse_record_currency(opts.currency);
    auto [db, tx] = ctx.write();
    const Invoice invoice = store::resolve_invoice(db, opts.ref);
    // TRANSLATORS: {} is the invoice's id; inserted in "{} is in EUR, not USD: ...".
    require_currency_of(trf("a payment of invoice {}", invoice.id), asked, invoice.currency);
    std::optional<Money> amount;
    if (!opts.amount.empty()) {
        amount = parse_amount_in(opts.amount, invoice.currency);
        // TRANSLATORS: {} is the amount typed.
        if (*amount == Money{}) throw InvalidInput(trf("invalid amount '{}': a payment is above zero", opts.amount));
    }
    payment.invoice_id = invoice.id;
    const Money open = invoice.open_amount();
    // TRANSLATORS: {} is the invoice's id.
    if (open <= Money{}) throw Conflict(trf("invoice {} is already paid in full", invoice.id));
    payment.amount = amount.value_or(open);
    if (payment.amount > open)
        // TRANSLATORS: the amount paid, the amount still open, the invoice's id.
        throw Conflict(trf("payment {} is more than the open amount {} of invoice {}",
                           format_amount_plain(payment.amount, invoice.currency), format_amount_plain(open, invoice.currency),
                           invoice.id));
    const Id id = store::insert_payment(db, payment, invoice.currency);
    tx.commit();
    const Money rest = open - payment.amount;
    ctx.created(id, rest == Money{}
                        // TRANSLATORS: {} is the invoice's id.
                        ? trf("invoice {} is paid in full", invoice.id)
                        // TRANSLATORS: the amount paid, the invoice's id, the amount still open.
                        : trf("paid {} on invoice {}; {} still open", format_amount(payment.amount, invoice.currency),
                              invoice.id, format_amount(rest, invoice.currency)));
}

void invoice_edit(Context& ctx, const InvoiceEditOptions& opts) {
    if (opts.edit.empty())
        // TRANSLATORS: {} is the invoice's id.
        throw InvalidInput(trf("nothing to change on invoice {}: give a field to edit (see acct invoice edit --help)",
                               opts.id));
    auto [db, tx] = ctx.write();
    Invoice invoice = store::get_invoice(db, opts.id);
    const ChangeList changes = apply_invoice_edit(invoice, opts.edit, ctx.today());
    if (invoice.deal_id && opts.edit.deal)
        require_deal_of_client(db, *invoice.deal_id, store::get_client(db, invoice.client_id));
    if (changes.empty()) {
        // TRANSLATORS: the invoice's id, then the client's name.
        ctx.info(trf("invoice {} of '{}' already reads so: nothing changed", invoice.id, invoice.client_name));
        return;
    }
    store::update_invoice(db, invoice);
    tx.commit();
    // TRANSLATORS: the invoice's id, the client's name, then the list of what changed.
    ctx.info(trf("edited invoice {} of '{}': {}", invoice.id, invoice.client_name, changes.text()));
}

void invoice_delete(Context& ctx, const InvoiceDelete& opts) {
    std::string question;
    {
        auto& db = ctx.db();
        const std::string invoice = describe_invoice(store::get_invoice(db, opts.id));
        const long payments = store::payments_of_invoice(db, opts.id);
        question = payments > 0
                       // TRANSLATORS: a question: the invoice ("invoice 5 'F-101' of 'Acme', 1,200.00 EUR due
                       // 2026-12-31"), then a count of payments.
                       ? trn("delete {}, and its {} payment", "delete {}, and its {} payments",
                             static_cast<unsigned long>(payments), invoice, payments)
                       // TRANSLATORS: a question: {} is the invoice ("invoice 5 'F-101' of 'Acme', 1,200.00 EUR due
                       // 2026-12-31"), with the article your language puts before that noun.
                       : trcf("invoice", "delete {}", invoice);
    }
    confirm_delete(question, opts.yes);
    auto [db, tx] = ctx.write();
    store::delete_invoice(db, opts.id);
    tx.commit();
    // TRANSLATORS: {} is the invoice's id.
    ctx.info(trf("deleted invoice {}", opts.id));
}

void invoice_list(Context& ctx, const InvoiceList& opts) {
    auto& db = ctx.db();
    store::InvoiceFilter filter;
    if (opts.overdue) filter.overdue_on = ctx.today();
    if (!opts.client_ref.empty()) filter.client_id = store::resolve_client(db, opts.client_ref).id;
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "number")},
                         {NC_("column", "amount")},
                         {NC_("column", "issued")},
                         {NC_("column", "due")},
                         {NC_("column", "paid_amount")},
                         {NC_("column", "paid_on")},
                         {NC_("column", "days_overdue")},
                         {NC_("column", "currency")},
                         {NC_("column", "base_amount")}});
    for (const auto& i : store::list_invoices(db, filter))
        table.add({i.id, i.client_name, output::text_or_empty(i.number), output::amount_cell(i.amount, i.currency), i.issued,
                   i.due, output::amount_cell(i.paid_amount, i.currency),
                   output::cell_or_empty(i.paid_on), output::cell_or_empty(days_overdue(i, ctx.today())), i.currency,
                   output::cell_or_empty(i.base_amount)});
    ctx.emit(table);
}

}  // namespace

void setup_invoice(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("invoice", tr("Add invoices, record payments, list, correct and delete receivables"));

    auto add = std::make_shared<InvoiceAdd>();
    auto* add_cmd = group->add_subcommand("add", tr("Add an invoice (a receivable)"));
    add_cmd->add_option("ref", add->client_ref, tr("Client id, name or unique part of the name"))->required();
    add_cmd->add_option("amount", add->amount, tr("Invoiced amount"))->required();
    add_cmd->add_option("--due", add->due, tr("Due date"))->type_name("DATE")->required();
    add_cmd->add_option("--number", add->number, tr("Invoice number (unique)"));
    add_cmd->add_option("--issued", add->issued, tr("Issue date (default today)"));
    add_cmd->add_option("--currency", add->currency, tr("ISO 4217 code (default: the client's currency, else the base)"));
    add_cmd->add_option_function<Id>(
        "--deal", [add](const Id& id) { add->deal_id = id; }, tr("The deal it bills"));
    on_parsed(add_cmd, ctx, [&ctx, add] { invoice_add(ctx, *add); });

    auto pay = std::make_shared<InvoicePay>();
    auto* pay_cmd = group->add_subcommand("pay", tr("Record a payment (default: the whole open amount)"));
    // TRANSLATORS: "invoice list" is the command that lists the ids: keep it.
    pay_cmd->add_option("invoice", pay->ref, tr("Invoice id or number (see invoice list)"))->required();
    pay_cmd->add_option("--amount", pay->amount, tr("Amount paid (default: what is still open)"));
    pay_cmd->add_option("--date", pay->date, tr("Payment date (default today)"));
    pay_cmd->add_option("--currency", pay->currency, tr("Must be the invoice's currency (a check for scripts)"));
    on_parsed(pay_cmd, ctx, [&ctx, pay] { invoice_pay(ctx, *pay); });

    auto list = std::make_shared<InvoiceList>();
    auto* list_cmd = group->add_subcommand("list", tr("List invoices"));
    list_cmd->add_flag("--overdue", list->overdue, tr("Only invoices past due and not fully paid"));
    list_cmd->add_option("--client", list->client_ref, tr("Only this client's invoices"));
    on_parsed(list_cmd, ctx, [&ctx, list] { invoice_list(ctx, *list); });

    auto edit = std::make_shared<InvoiceEditOptions>();
    auto* edit_cmd = group->add_subcommand("edit", tr("Correct an invoice"));
    // TRANSLATORS: "invoice list" is the command that lists the ids: keep it.
    edit_cmd->add_option("id", edit->id, tr("Invoice id (see invoice list)"))->required();
    add_field_option(edit_cmd, "--amount", edit->edit.amount, tr("Invoiced amount (not below what is paid)"));
    add_field_option(edit_cmd, "--due", edit->edit.due, tr("Due date"));
    add_field_option(edit_cmd, "--issued", edit->edit.issued, tr("Issue date (not in the future)"));
    add_field_option(edit_cmd, "--number", edit->edit.number, tr("Invoice number (unique; '' = none)"));
    add_field_option(edit_cmd, "--deal", edit->edit.deal, tr("The deal it bills ('' = none)"));
    on_parsed(edit_cmd, ctx, [&ctx, edit] { invoice_edit(ctx, *edit); });

    auto del = std::make_shared<InvoiceDelete>();
    auto* delete_cmd = group->add_subcommand("delete", tr("Delete an invoice and its payments"));
    delete_cmd->add_option("id", del->id, tr("Invoice id (see invoice list)"))->required();
    delete_cmd->add_flag("--yes", del->yes, tr("Do not ask (required off a terminal)"));
    on_parsed(delete_cmd, ctx, [&ctx, del] { invoice_delete(ctx, *del); });
}

}  // namespace acctool::cli
