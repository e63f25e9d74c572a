#include "core/import_rows.h"

#include "core/currency.h"

#include <algorithm>

#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {
namespace {

std::string text_cell(std::string_view cell, std::string_view what, TextKind kind = TextKind::Line) {
    return parse_text(cell, what, kind);
}

std::optional<Date> optional_iso(std::string_view cell) {
    if (trim(cell).empty()) return std::nullopt;
    return parse_iso_date(trim(cell));
}

// The date of something that happened: not after today.
Date happened_iso(std::string_view cell, Date today, std::string_view what) {
    const Date date = parse_iso_date(trim(cell));
    require_not_future(date, today, what, trim(cell));
    return date;
}

bool present(const std::optional<std::string_view>& cell) { return cell && !trim(*cell).empty(); }

}  // namespace

// Called once per imported deal: compares without allocating, and lists the stages only
// in the error.
std::string canonical_stage(const Settings& settings, std::string_view text) {
    const std::string_view key = trim(text);
    auto same = [key](std::string_view name) {
        return std::equal(key.begin(), key.end(), name.begin(), name.end(),
                          [](char a, char b) { return ascii_lower_char(a) == ascii_lower_char(b); });
    };
    for (const auto& stage : settings.stages)
        if (same(stage.name)) return stage.name;
    for (std::string_view closed : {"won", "lost"})
        if (same(closed)) return std::string(closed);
    std::vector<std::string> names;
    for (const auto& stage : settings.stages) names.push_back(stage.name);
    names.emplace_back("won");
    names.emplace_back("lost");
    // TRANSLATORS: the second {} lists the stages: "lead, qualified, won or lost".
    throw InvalidInput(trf("invalid stage '{}': expected {}", text, or_list(names)));
}

std::optional<Id> id_cell(const ColumnMap& map, const Fields& fields, int column, Problems& problems) {
    const auto cell = map.cell(fields, column);
    if (!present(cell)) return std::nullopt;
    const std::string_view text = trim(*cell);
    Id id = 0;
    bool digits = text.size() <= 18;
    for (char c : text) {
        digits = digits && c >= '0' && c <= '9';
        if (digits) id = id * 10 + (c - '0');
    }
    if (!digits || id == 0) {
        problems.push_back({std::string(map.name(column)),
                            trf("invalid id '{}': expected a whole number above zero", text)});
        return std::nullopt;
    }
    return id;
}

std::string currency_cell(const ColumnMap& map, const Fields& fields, int column, const std::string& fallback,
                          Problems& problems) {
    const auto cell = map.cell(fields, column);
    if (!present(cell)) return fallback;
    try {
        return parse_record_currency(trim(*cell));
    } catch (const InvalidInput& e) {
        problems.push_back({std::string(map.name(column)), e.what()});
        return fallback;
    }
}

std::string client_cell(const ColumnMap& map, const Fields& fields, Problems& problems) {
    std::string name{trim(map.text(fields, 0))};
    if (name.empty()) problems.push_back({"client", tr("it is empty: name the client")});
    else checked(map, 0, problems, [&] { name = parse_text(name, NC_("field", "client name"), TextKind::Line, k_max_name_chars); });
    return name;
}

void apply_client_row(Client& client, const ColumnMap& map, const Fields& fields, const Settings& settings,
                      Date today, Problems& problems) {
    using namespace client_col;
    auto field = [&](int column, std::optional<std::string> ClientFields::*member, bool keep_when_empty = false) {
        auto cell = map.cell(fields, column);
        if (!cell || (keep_when_empty && trim(*cell).empty())) return;
        ClientFields one;
        one.*member = std::string(*cell);
        checked(map, column, problems, [&] { apply_client_fields(client, one, settings, today); });
    };
    field(name, &ClientFields::name);
    field(tier, &ClientFields::tier, true);
    field(status, &ClientFields::status, true);
    field(industry, &ClientFields::industry);
    field(region, &ClientFields::region);
    field(tags, &ClientFields::tags);
    field(cadence_days, &ClientFields::cadence_days);
    field(credit_limit, &ClientFields::credit_limit);
    field(payment_terms_days, &ClientFields::payment_terms_days);
    field(notes, &ClientFields::notes);
    field(address, &ClientFields::address);
    field(customer_since, &ClientFields::customer_since);
    client.currency = currency_cell(map, fields, currency, client.currency, problems);
    if (auto cell = map.cell(fields, created_on); present(cell))
        checked(map, created_on, problems, [&] { client.created_on = parse_iso_date(trim(*cell)); });
}

std::optional<ClientStatus> status_before_archive_cell(const ColumnMap& map, const Fields& fields,
                                                       const Client& client, Problems& problems) {
    const auto cell = map.cell(fields, client_col::status_before_archive);
    if (!present(cell)) return std::nullopt;
    const std::string text = ascii_lower(trim(*cell));
    if (text != "customer" && text != "prospect") {
        problems.push_back({"status_before_archive", trf("invalid status '{}': expected customer or prospect", trim(*cell))});
        return std::nullopt;
    }
    if (client.status != ClientStatus::Archived) {
        problems.push_back({"status_before_archive", tr("only an archived client has a status to go back to")});
        return std::nullopt;
    }
    return parse_client_status(text);
}

void apply_contact_row(Contact& contact, const ColumnMap& map, const Fields& fields, Problems& problems) {
    using namespace contact_col;
    auto field = [&](int column, std::optional<std::string> ContactFields::*member) {
        auto cell = map.cell(fields, column);
        if (!cell) return;
        ContactFields one;
        one.*member = std::string(*cell);
        checked(map, column, problems, [&] { apply_contact_fields(contact, one); });
    };
    field(name, &ContactFields::name);
    field(role, &ContactFields::role);
    field(email, &ContactFields::email);
    field(phone, &ContactFields::phone);
    field(birthday, &ContactFields::birthday);
    field(decision_maker, &ContactFields::decision_maker);
    field(notes, &ContactFields::notes);
}

void parse_deal_row(const ColumnMap& map, const Fields& fields, const Settings& settings, Date today,
                    DealRow& row, Problems& problems) {
    using namespace deal_col;
    Deal& d = row.deal;
    d = Deal{};
    d.currency = currency_cell(map, fields, currency, settings.currency, problems);
    row.currency_given = present(map.cell(fields, currency));
    row.client = client_cell(map, fields, problems);
    checked(map, amount, problems, [&] { d.amount = parse_amount_in(map.text(fields, amount), d.currency); });
    checked(map, title, problems, [&] { d.title = text_cell(map.text(fields, title), NC_("field", "title")); });
    d.stage = "won";
    if (auto cell = map.cell(fields, stage); present(cell))
        checked(map, stage, problems, [&] { d.stage = canonical_stage(settings, *cell); });
    const auto date_cell = map.cell(fields, date);
    if (d.is_open()) {
        if (present(date_cell))
            problems.push_back(
                {"date", trf("a deal at stage '{}' is open and has no close date; put it in expected_close", d.stage)});
    } else {
        d.closed_on = today;
        if (present(date_cell)) checked(map, date, problems, [&] { d.closed_on = happened_iso(*date_cell, today, NC_("event", "close")); });
    }
    checked(map, expected_close, problems, [&] { d.expected_close = optional_iso(map.text(fields, expected_close)); });
    if (auto cell = map.cell(fields, probability); present(cell))
        checked(map, probability, problems, [&] { d.probability = parse_probability(*cell); });
    checked(map, product, problems, [&] { d.product = text_cell(map.text(fields, product), NC_("field", "product")); });
    if (auto cell = map.cell(fields, kind); present(cell))
        checked(map, kind, problems, [&] { d.kind = parse_deal_kind(trim(*cell)); });
    checked(map, lost_reason, problems, [&] { d.lost_reason = text_cell(map.text(fields, lost_reason), NC_("field", "lost reason")); });
    if (!d.lost_reason.empty() && d.stage != "lost")
        problems.push_back({"lost_reason", trf("only a lost deal has a lost reason (stage is '{}')", d.stage)});
    if (auto cell = map.cell(fields, discount); present(cell))
        checked(map, discount, problems, [&] { d.discount = parse_discount(*cell, d.amount, d.currency); });
    d.created_on = d.closed_on.value_or(today);
    if (auto cell = map.cell(fields, created_on); present(cell))
        checked(map, created_on, problems, [&] { d.created_on = happened_iso(*cell, today, NC_("event", "creation")); });
    d.stage_changed_on = d.closed_on.value_or(d.created_on);
    if (auto cell = map.cell(fields, stage_changed_on); present(cell))
        checked(map, stage_changed_on, problems, [&] { d.stage_changed_on = happened_iso(*cell, today, NC_("event", "stage change")); });
    row.id = id_cell(map, fields, id, problems);
}

void parse_touch_row(const ColumnMap& map, const Fields& fields, Date today, TouchRow& row, Problems& problems) {
    using namespace touch_col;
    Touch& t = row.touch;
    t = Touch{};
    row.client = client_cell(map, fields, problems);
    checked(map, kind, problems, [&] { t.kind = parse_touch_kind(trim(map.text(fields, kind))); });
    checked(map, date, problems, [&] { t.date = happened_iso(map.text(fields, date), today, NC_("event", "touch")); });
    checked(map, summary, problems, [&] { t.summary = text_cell(map.text(fields, summary), NC_("field", "summary"), TextKind::Lines); });
    checked(map, contact, problems, [&] { row.contact = text_cell(map.text(fields, contact), NC_("field", "contact")); });
    checked(map, next_action, problems, [&] { t.next_action = text_cell(map.text(fields, next_action), NC_("field", "next action")); });
    checked(map, next_date, problems, [&] { t.next_date = optional_iso(map.text(fields, next_date)); });
    row.id = id_cell(map, fields, id, problems);
}

void parse_invoice_row(const ColumnMap& map, const Fields& fields, const Settings& settings, Date today,
                       InvoiceRow& row, Problems& problems) {
    using namespace invoice_col;
    Invoice& inv = row.invoice;
    inv = Invoice{};
    row.paid = Money{};
    row.paid_on.reset();
    inv.currency = currency_cell(map, fields, currency, settings.currency, problems);
    row.currency_given = present(map.cell(fields, currency));
    row.client = client_cell(map, fields, problems);
    checked(map, amount, problems, [&] {
        inv.amount = parse_amount_in(map.text(fields, amount), inv.currency);
        if (inv.amount.minor == 0) throw InvalidInput(tr("invalid amount '0': an invoice is for more than zero"));
    });
    checked(map, due, problems, [&] { inv.due = parse_iso_date(trim(map.text(fields, due))); });
    checked(map, number, problems, [&] { inv.number = text_cell(map.text(fields, number), NC_("field", "number")); });
    inv.issued = today;
    row.issued_given = present(map.cell(fields, issued));
    if (row.issued_given)
        checked(map, issued, problems, [&] { inv.issued = happened_iso(*map.cell(fields, issued), today, NC_("event", "issue")); });
    if (auto cell = map.cell(fields, paid_amount); present(cell))
        checked(map, paid_amount, problems, [&] {
            row.paid = parse_amount_in(*cell, inv.currency);
            if (row.paid > inv.amount && inv.amount.minor > 0)
                throw InvalidInput(trf("paid amount {} is more than the invoice's {}",
                                       format_amount_plain(row.paid, inv.currency), format_amount_plain(inv.amount, inv.currency)));
        });
    checked(map, paid_on, problems, [&] {
        if (present(map.cell(fields, paid_on))) row.paid_on = happened_iso(map.text(fields, paid_on), today, NC_("event", "payment"));
    });
    if (row.paid.minor > 0 && !row.paid_on) problems.push_back({"paid_on", tr("give the date of the paid amount")});
    if (row.paid.minor == 0 && row.paid_on) problems.push_back({"paid_amount", tr("paid_on is given but nothing is paid")});
    inv.paid_amount = row.paid;
    if (row.paid == inv.amount) inv.paid_on = row.paid_on;
    inv.deal_id = id_cell(map, fields, deal_id, problems);
    row.id = id_cell(map, fields, id, problems);
}

}  // namespace acctool
