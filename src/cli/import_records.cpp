// RowImporter's refunds, payments, follow-ups and cases (the other kinds are in
// cli/import_kinds.cpp). Internal to cli/import.cpp.
#include <fmt/format.h>

#include "cli/import_kinds.h"
#include "core/currency.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "store/deals.h"
#include "store/invoices.h"
#include "store/rates.h"
#include "store/refunds.h"

namespace acctool::cli {

// A rate of a `currency,date,rate` file, or of the ECB's file (add_rate).
void RowImporter::import_rate(const ColumnMap& map, const Fields& fields, Problems& problems) {
    RateInRow row;
    parse_rate_row(map, fields, row, problems);
    if (problems.empty()) add_rate(row.currency, row.from, row.value, problems);
}

void RowImporter::add_rate(const std::string& currency, Date from, Ratio value, Problems& problems) {
    if (currency == m_base) {
        // TRANSLATORS: {} is a currency (EUR).
        problems.push_back({"currency", trf("{} is the base currency: its rate is always 1", currency)});
        return;
    }
    if (const auto stored = store::rate_on(m_db, currency, from)) {
        // TRANSLATORS: a record, inserted in "{} already exists (...)": a currency (USD), then a date.
        const std::string what = trf("a {} rate from {}", currency, format_date(from));
        if (stop_at_duplicate("date", what, stored->id, problems)) return;
        store::write_rate(m_db, currency, from, value);
        ++m_counts.updated;
    } else {
        m_written_line.emplace(store::write_rate(m_db, currency, from, value), m_line);
        ++m_counts.added;
    }
    m_rate_currencies.insert(currency);
}

void RowImporter::import_ecb(const std::vector<Fields>& records, const std::vector<std::size_t>& lines,
                             const std::string& file, ProblemSink report) {
    for (const auto& rate : rates_from_ecb(records, lines, file, m_base)) {
        m_line = static_cast<long>(rate.line);
        Problems problems;
        add_rate(rate.currency, rate.from, rate.value, problems);
        for (auto& p : problems) report(m_line, p);
    }
}

void RowImporter::finish() {
    if (m_kind == ImportKind::Rates && !m_rate_currencies.empty())
        store::reconvert_all(m_db, {m_rate_currencies.begin(), m_rate_currencies.end()});
}

void RowImporter::import_refund(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_refund_row(map, fields, m_today, m_refund, problems);
    Refund& r = m_refund.refund;
    if (r.deal_id == 0 || !problems.empty()) return;
    if (!m_store.has_id(store::ImportTable::Deal, r.deal_id)) {
        problems.push_back({"deal_id", trf("no deal with id {}", r.deal_id)});
        return;
    }
    const Deal deal = store::get_deal(m_db, r.deal_id);
    if (m_refund.currency_given && r.currency != deal.currency) {
        // TRANSLATORS: the refund's currency, the deal's id, the deal's currency.
        problems.push_back({"currency", trf("the refund is in {}, but deal {} is in {}: a refund takes its "
                                            "deal's currency",
                                            r.currency, deal.id, deal.currency)});
        return;
    }
    r.currency = deal.currency;
    settle_amount(m_refund, deal.currency, problems);
    if (!problems.empty()) return;
    std::optional<Id> existing;
    if (stop_at_id(m_refund.id, existing, problems)) return;
    const auto duplicate = m_refund.id ? std::nullopt : m_store.find_refund(r);
    if (!duplicate) check_refund(deal, r, store::refunded_total(m_db, r.deal_id));
    r.id = m_refund.id.value_or(0);
    // TRANSLATORS: a record, inserted in "{} already exists (...)".
    add_unless_duplicate(duplicate, tr("the same refund (deal, date and amount)"), [&] { return m_store.add_refund(r); },
                         problems);
}

void RowImporter::import_payment(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_payment_row(map, fields, m_today, m_payment, problems);
    if (!problems.empty()) return;
    Payment& p = m_payment.payment;
    std::optional<Id> invoice = m_payment.invoice_id;
    if (invoice && !m_store.has_id(store::ImportTable::Invoice, *invoice)) {
        // TRANSLATORS: {} is the invoice id in the file.
        problems.push_back({"invoice_id", trf("no invoice with id {}", *invoice)});
        return;
    }
    if (!m_payment.number.empty()) {
        const auto by_number = m_store.find_invoice(m_payment.number);
        if (!by_number) {
            // TRANSLATORS: {} is the invoice number in the file.
            problems.push_back({"number", trf("no invoice numbered '{}'", m_payment.number)});
            return;
        }
        if (invoice && *invoice != *by_number) {
            // TRANSLATORS: the invoice number in the file, the id of the invoice with that number, the invoice_id in
            // the file (invoice_id is the column's name: keep it).
            problems.push_back({"number", trf("invoice '{}' is invoice {}, not invoice_id {}", m_payment.number,
                                              *by_number, *invoice)});
            return;
        }
        invoice = by_number;
    }
    p.invoice_id = *invoice;
    const Invoice inv = store::get_invoice(m_db, p.invoice_id);
    if (!m_payment.currency.empty() && m_payment.currency != inv.currency) {
        // TRANSLATORS: the payment's currency, the invoice's id, the invoice's currency.
        problems.push_back({"currency", trf("the payment is in {}, but invoice {} is in {}: a payment takes "
                                            "its invoice's currency",
                                            m_payment.currency, inv.id, inv.currency)});
        return;
    }
    const std::string currency = inv.currency;
    settle_amount(m_payment, inv.currency, problems);
    if (!problems.empty()) return;
    std::optional<Id> existing;
    if (stop_at_id(m_payment.id, existing, problems)) return;
    const auto duplicate = m_payment.id ? std::nullopt : m_store.find_payment(p);
    if (!duplicate && p.amount > inv.open_amount()) {
        // TRANSLATORS: the amount paid, the amount still open, the invoice's id.
        problems.push_back({"amount", trf("payment {} is more than the {} open on invoice {}",
                                          format_amount_plain(p.amount, currency),
                                          format_amount_plain(inv.open_amount(), currency), inv.id)});
        return;
    }
    p.id = m_payment.id.value_or(0);
    // TRANSLATORS: a record, inserted in "{} already exists (...)".
    add_unless_duplicate(duplicate, tr("the same payment (invoice, date and amount)"),
                         [&] { return m_store.add_payment(p, currency); }, problems);
}

void RowImporter::import_followup(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_followup_row(map, fields, m_today, m_followup, problems);
    const auto client = client_id(m_followup.client, problems);
    if (!client) return;
    FollowUp& f = m_followup.followup;
    f.client_id = *client;
    if (!m_followup.contact.empty()) {
        f.contact_id = m_store.find_contact(*client, m_followup.contact);
        if (!f.contact_id)
            problems.push_back({"contact", trf("'{}' has no contact named '{}'", m_followup.client, m_followup.contact)});
    }
    for (auto [column, touch] : {std::pair{"touch_id", f.touch_id}, std::pair{"closed_by", f.closed_by}})
        if (touch && !m_store.has_id(store::ImportTable::Touch, *touch))
            // TRANSLATORS: {} is the touch id in the file.
            problems.push_back({column, trf("no touch with id {}", *touch)});
    if (!problems.empty()) return;
    std::optional<Id> existing;
    if (stop_at_id(m_followup.id, existing, problems)) return;
    f.id = m_followup.id.value_or(0);
    add_unless_duplicate(m_followup.id ? std::nullopt : m_store.find_followup(f),
                         // TRANSLATORS: a record, inserted in "{} already exists (...)".
                         tr("the same follow-up (client, due day and action)"), [&] { return m_store.add_followup(f); },
                         problems);
}

void RowImporter::import_case(const ColumnMap& map, const Fields& fields, Problems& problems) {
    parse_case_row(map, fields, m_today, m_case, problems);
    const auto client = client_id(m_case.client, problems);
    if (!client || !problems.empty()) return;
    SupportCase& c = m_case.support_case;
    c.client_id = *client;
    std::optional<Id> existing;
    if (stop_at_id(m_case.id, existing, problems)) return;
    c.id = m_case.id.value_or(0);
    add_unless_duplicate(m_case.id ? std::nullopt : m_store.find_case(c),
                         // TRANSLATORS: a record, inserted in "{} already exists (...)".
                         tr("the same case (client, opening time and summary)"), [&] { return m_store.add_case(c); },
                         problems);
}

}  // namespace acctool::cli
