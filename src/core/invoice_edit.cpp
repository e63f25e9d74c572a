#include "core/invoice_edit.h"

#include <charconv>

#include "core/errors.h"
#include "core/happened.h"
#include "core/money.h"
#include "core/text.h"

namespace acctool {

Money parse_invoice_amount(std::string_view text) {
    const Money amount = parse_money(text);
    if (amount <= Money{})
        throw InvalidInput("invalid amount '" + std::string(text) + "': an invoice needs an amount above zero");
    return amount;
}

void check_due_after_issue(Date due, Date issued, std::string_view due_text) {
    if (due < issued)
        throw InvalidInput("invalid due date '" + std::string(due_text) + "': " + format_date(due) +
                           " is before the issue date " + format_date(issued));
}

namespace {

std::optional<Id> parse_deal_link(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    Id id = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
    if (ec != std::errc{} || end != t.data() + t.size() || id <= 0)
        throw InvalidInput("invalid deal id '" + std::string(text) + "': expected a deal's id (see deal list)");
    return id;
}

std::string deal_text(const std::optional<Id>& id) { return id ? std::to_string(*id) : std::string(); }

}  // namespace

ChangeList apply_invoice_edit(Invoice& invoice, const InvoiceEdit& edit, Date today) {
    Invoice after = invoice;
    if (edit.amount) {
        after.amount = parse_invoice_amount(*edit.amount);
        if (after.amount < invoice.paid_amount)
            throw Conflict("invalid amount '" + *edit.amount + "': invoice " + std::to_string(invoice.id) + " has " +
                           format_money_plain(invoice.paid_amount) +
                           " paid already; delete payments first (acct payment list --invoice " +
                           std::to_string(invoice.id) + ")");
    }
    if (edit.issued) after.issued = parse_happened_date(*edit.issued, today, "issue");
    if (edit.due) after.due = parse_date(*edit.due, today, Direction::Future);
    check_due_after_issue(after.due, after.issued, edit.due ? *edit.due : format_date(after.due));
    if (edit.number) after.number = std::string(trim(*edit.number));
    if (edit.deal) after.deal_id = parse_deal_link(*edit.deal);
    ChangeList changes;
    changes.add("amount", format_money_grouped(invoice.amount), format_money_grouped(after.amount));
    changes.add("issued", format_date(invoice.issued), format_date(after.issued));
    changes.add("due", format_date(invoice.due), format_date(after.due));
    changes.add_text("number", invoice.number, after.number);
    changes.add("deal", deal_text(invoice.deal_id), deal_text(after.deal_id));
    invoice = after;
    return changes;
}

std::string describe_invoice(const Invoice& i) {
    std::string text = "invoice " + std::to_string(i.id);
    if (!i.number.empty()) text += " '" + i.number + "'";
    return text + " of '" + i.client_name + "', " + format_money_grouped(i.amount) + " " + i.currency + " due " +
           format_date(i.due);
}

}  // namespace acctool
