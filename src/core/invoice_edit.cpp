#include "core/invoice_edit.h"

#include <charconv>

#include "core/currency.h"
#include "core/errors.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"

namespace acctool {

Money parse_invoice_amount(std::string_view text, std::string_view currency) {
    const Money amount = parse_amount_in(text, currency);
    if (amount <= Money{})
        throw InvalidInput(trf("invalid amount '{}': an invoice needs an amount above zero", text));
    return amount;
}

void check_due_after_issue(Date due, Date issued, std::string_view due_text) {
    if (due < issued)
        throw InvalidInput(
            trf("invalid due date '{}': {} is before the issue date {}", due_text, format_date(due), format_date(issued)));
}

namespace {

std::optional<Id> parse_deal_link(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    Id id = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
    if (ec != std::errc{} || end != t.data() + t.size() || id <= 0)
        throw InvalidInput(trf("invalid deal id '{}': expected a deal's id (see deal list)", text));
    return id;
}

std::string deal_text(const std::optional<Id>& id) { return id ? std::to_string(*id) : std::string(); }

}  // namespace

ChangeList apply_invoice_edit(Invoice& invoice, const InvoiceEdit& edit, Date today) {
    Invoice after = invoice;
    if (edit.amount) {
        after.amount = parse_invoice_amount(*edit.amount, invoice.currency);
        if (after.amount < invoice.paid_amount)
            // TRANSLATORS: "invalid amount '100': invoice 3 has 250.00 paid already; delete payments
            // first (acct payment list --invoice 3)".
            throw Conflict(trf("invalid amount '{}': invoice {} has {} paid already; delete payments first (acct payment "
                               "list --invoice {})",
                               *edit.amount, invoice.id, format_amount_plain(invoice.paid_amount, invoice.currency), invoice.id));
    }
    if (edit.issued) after.issued = parse_happened_date(*edit.issued, today, NC_("event", "issue"));
    if (edit.due) after.due = parse_date(*edit.due, today, Direction::Future);
    check_due_after_issue(after.due, after.issued, edit.due ? *edit.due : format_date(after.due));
    if (edit.number) after.number = std::string(trim(*edit.number));
    if (edit.deal) after.deal_id = parse_deal_link(*edit.deal);
    ChangeList changes;
    changes.add(NC_("field", "amount"), format_amount(invoice.amount, invoice.currency),
                format_amount(after.amount, after.currency));
    changes.add(NC_("field", "issued"), format_date(invoice.issued), format_date(after.issued));
    changes.add(NC_("field", "due"), format_date(invoice.due), format_date(after.due));
    changes.add_text(NC_("field", "number"), invoice.number, after.number);
    changes.add(NC_("field", "deal"), deal_text(invoice.deal_id), deal_text(after.deal_id));
    invoice = after;
    return changes;
}

std::string describe_invoice(const Invoice& i) {
    const std::string amount = format_amount(i.amount, i.currency), due = format_date(i.due);
    // TRANSLATORS: "invoice 3 'F-2026-17' of 'Acme SRL', 1,200.00 EUR due 2026-12-01": the id,
    // the number, the client, the amount and currency, the due day.
    if (!i.number.empty()) return trf("invoice {} '{}' of '{}', {} {} due {}", i.id, i.number, i.client_name, amount, i.currency, due);
    // TRANSLATORS: "invoice 3 of 'Acme SRL', 1,200.00 EUR due 2026-12-01".
    return trf("invoice {} of '{}', {} {} due {}", i.id, i.client_name, amount, i.currency, due);
}

}  // namespace acctool
