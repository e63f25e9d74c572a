#include "core/import_records.h"

#include "core/case_edit.h"
#include "core/dates.h"
#include "core/currency.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/timestamps.h"

namespace acctool {
namespace {

bool present(const std::optional<std::string_view>& cell) { return cell && !trim(*cell).empty(); }

Date happened_iso(std::string_view cell, Date today, std::string_view what) {
    const Date date = parse_iso_date(trim(cell));
    require_not_future(date, today, what, trim(cell));
    return date;
}

// `zero` is the message for an amount of 0, with the cell as typed; `digits` the decimals of
// the currency of the deal or invoice (settle_amount, once it is known).
Money positive_amount(std::string_view cell, const char* zero, int digits) {
    const Money m = parse_money(trim(cell), Sign::NonNegative, digits);
    if (m.minor == 0) throw InvalidInput(trf(zero, trim(cell)));
    return m;
}

constexpr const char* k_zero_refund = N_("invalid amount '{}': a refund is for more than zero");
constexpr const char* k_zero_payment = N_("invalid amount '{}': a payment is for more than zero");

// The form of an amount whose currency is not known yet: any currency's decimals.
std::string amount_form(std::string_view cell, const char* zero) {
    check_amount_form(trim(cell));
    if (trim(cell).find_first_not_of("0.,") == std::string_view::npos) throw InvalidInput(trf(zero, trim(cell)));
    return std::string(trim(cell));
}

void settle(std::string_view text, Money& amount, std::string_view currency, const char* zero, Problems& problems) {
    try {
        amount = positive_amount(text, zero, minor_digits(currency));
    } catch (const InvalidInput& e) {
        problems.push_back({"amount", e.what()});
    }
}

std::string text_of(std::string_view cell, std::string_view what, TextKind kind = TextKind::Line) {
    return parse_text(cell, what, kind);
}

// A moment as export writes it ("YYYY-MM-DDTHH:MM"), or empty.
std::string moment(std::string_view cell, Date today) {
    if (trim(cell).empty()) return "";
    if (trim(cell).size() < 16) throw InvalidInput(trf("invalid time '{}': expected YYYY-MM-DDTHH:MM", trim(cell)));
    return parse_timestamp(trim(cell), today);
}

}  // namespace

void settle_amount(RefundRow& row, std::string_view currency, Problems& problems) {
    settle(row.amount_text, row.refund.amount, currency, k_zero_refund, problems);
}

void settle_amount(PaymentRow& row, std::string_view currency, Problems& problems) {
    settle(row.amount_text, row.payment.amount, currency, k_zero_payment, problems);
}

void parse_refund_row(const ColumnMap& map, const Fields& fields, Date today, RefundRow& row, Problems& problems) {
    using namespace refund_col;
    row = RefundRow{};
    if (auto deal = id_cell(map, fields, deal_id, problems)) row.refund.deal_id = *deal;
    else if (!present(map.cell(fields, deal_id))) problems.push_back({"deal_id", tr("it is empty: name the deal by its id")});
    checked(map, amount, problems, [&] { row.amount_text = amount_form(map.text(fields, amount), k_zero_refund); });
    checked(map, date, problems, [&] { row.refund.date = happened_iso(map.text(fields, date), today, NC_("event", "refund")); });
    checked(map, reason, problems, [&] { row.refund.reason = text_of(map.text(fields, reason), NC_("field", "refund reason"), TextKind::Lines); });
    row.currency_given = present(map.cell(fields, currency));
    row.refund.currency = currency_cell(map, fields, currency, "", problems);
    row.id = id_cell(map, fields, id, problems);
}

void parse_rate_row(const ColumnMap& map, const Fields& fields, RateInRow& row, Problems& problems) {
    using namespace rate_col;
    row = RateInRow{};
    checked(map, currency, problems, [&] { row.currency = parse_currency(trim(map.text(fields, currency))); });
    checked(map, date, problems, [&] { row.from = parse_iso_date(trim(map.text(fields, date))); });
    checked(map, rate, problems, [&] { row.value = parse_rate(trim(map.text(fields, rate))); });
}

void parse_payment_row(const ColumnMap& map, const Fields& fields, Date today, PaymentRow& row, Problems& problems) {
    using namespace payment_col;
    row = PaymentRow{};
    row.invoice_id = id_cell(map, fields, invoice_id, problems);
    row.number = std::string(trim(map.text(fields, number)));
    if (!row.invoice_id && row.number.empty() && !present(map.cell(fields, invoice_id)))
        problems.push_back({map.has(invoice_id) ? "invoice_id" : "number",
                            tr("name the invoice: an invoice_id or a number column")});
    checked(map, amount, problems, [&] { row.amount_text = amount_form(map.text(fields, amount), k_zero_payment); });
    checked(map, date, problems, [&] { row.payment.date = happened_iso(map.text(fields, date), today, NC_("event", "payment")); });
    row.currency = currency_cell(map, fields, currency, "", problems);
    row.id = id_cell(map, fields, id, problems);
}

void parse_followup_row(const ColumnMap& map, const Fields& fields, Date today, FollowUpRow& row, Problems& problems) {
    using namespace followup_col;
    row = FollowUpRow{};
    FollowUp& f = row.followup;
    row.client = client_cell(map, fields, problems);
    checked(map, due, problems, [&] { f.due = parse_iso_date(trim(map.text(fields, due))); });
    checked(map, action, problems, [&] { f.action = text_of(map.text(fields, action), NC_("field", "action")); });
    checked(map, contact, problems, [&] { row.contact = text_of(map.text(fields, contact), NC_("field", "contact")); });
    if (auto cell = map.cell(fields, state); present(cell)) {
        const std::string text = ascii_lower(trim(*cell));
        if (text == "open" || text == "done" || text == "dropped") f.state = parse_followup_state(text);
        else problems.push_back({"state", trf("invalid state '{}': expected open, done or dropped", trim(*cell))});
    }
    if (auto cell = map.cell(fields, closed_on); present(cell))
        checked(map, closed_on, problems, [&] { f.closed_on = happened_iso(*cell, today, NC_("event", "closing")); });
    if (f.state == FollowUpState::Open && f.closed_on)
        problems.push_back({"closed_on", tr("an open follow-up has no closing date (state is open)")});
    if (f.state == FollowUpState::Done && !f.closed_on) problems.push_back({"closed_on", tr("give the day it was done")});
    if (f.state == FollowUpState::Dropped && !f.closed_on)
        problems.push_back({"closed_on", tr("give the day it was dropped")});
    f.touch_id = id_cell(map, fields, touch_id, problems);
    f.closed_by = id_cell(map, fields, closed_by, problems);
    row.id = id_cell(map, fields, id, problems);
}

void parse_case_row(const ColumnMap& map, const Fields& fields, Date today, CaseRow& row, Problems& problems) {
    using namespace case_col;
    row = CaseRow{};
    SupportCase& c = row.support_case;
    row.client = client_cell(map, fields, problems);
    checked(map, opened, problems, [&] {
        c.opened_at = moment(map.text(fields, opened), today);
        if (c.opened_at.empty()) throw InvalidInput(tr("it is empty: give the time the case was opened"));
    });
    checked(map, summary, problems, [&] {
        c.summary = text_of(map.text(fields, summary), NC_("field", "case summary"), TextKind::Lines);
        if (c.summary.empty()) throw InvalidInput(tr("it is empty: say what the case is about"));
    });
    if (auto cell = map.cell(fields, severity); present(cell))
        checked(map, severity, problems, [&] { c.severity = parse_severity(ascii_lower(trim(*cell))); });
    checked(map, first_response, problems, [&] { c.first_response_at = moment(map.text(fields, first_response), today); });
    checked(map, resolved, problems, [&] { c.resolved_at = moment(map.text(fields, resolved), today); });
    if (!c.opened_at.empty()) {
        if (!c.first_response_at.empty() && c.first_response_at < c.opened_at)
            // TRANSLATORS: {} is the time the case was opened, YYYY-MM-DDTHH:MM.
            problems.push_back({"first_response", trf("it is before the case was opened ({})", c.opened_at)});
        if (!c.resolved_at.empty() && c.resolved_at < c.opened_at)
            // TRANSLATORS: {} is the time the case was opened, YYYY-MM-DDTHH:MM.
            problems.push_back({"resolved", trf("it is before the case was opened ({})", c.opened_at)});
    }
    if (auto cell = map.cell(fields, resolution); present(cell)) {
        checked(map, resolution, problems, [&] { c.resolution_note = parse_resolution_note(std::string(*cell)); });
        if (c.resolved_at.empty())
            problems.push_back({"resolution", tr("only a resolved case has a resolution note (resolved is empty)")});
    }
    row.id = id_cell(map, fields, id, problems);
}

}  // namespace acctool
