#include "store/rows.h"

#include "core/text.h"
#include "store/binding.h"

namespace acctool::store {

Client client_from_row(SQLite::Statement& q) {
    Client c;
    c.id = q.getColumn(0).getInt64();
    c.name = q.getColumn(1).getString();
    c.tier = q.getColumn(2).getString();
    c.status = parse_client_status(q.getColumn(3).getString());
    c.industry = q.getColumn(4).getString();
    c.region = q.getColumn(5).getString();
    c.tags = split_list(q.getColumn(6).getString());
    c.cadence_days = optional_int_at(q.getColumn(7));
    c.credit_limit = optional_money_at(q.getColumn(8));
    c.payment_terms_days = optional_int_at(q.getColumn(9));
    c.notes = q.getColumn(10).getString();
    c.currency = q.getColumn(11).getString();
    c.created_on = optional_date_at(q.getColumn(12));
    c.address = q.getColumn(13).getString();
    c.customer_since = optional_date_at(q.getColumn(14));
    return c;
}

Contact contact_from_row(SQLite::Statement& q) {
    Contact k;
    k.id = q.getColumn(0).getInt64();
    k.client_id = q.getColumn(1).getInt64();
    k.client_name = q.getColumn(2).getString();
    k.name = q.getColumn(3).getString();
    k.role = q.getColumn(4).getString();
    k.decision_maker = q.getColumn(5).getInt() != 0;
    k.email = q.getColumn(6).getString();
    k.phone = q.getColumn(7).getString();
    if (!q.getColumn(8).isNull()) k.birthday = parse_birthday(q.getColumn(8).getString());
    k.notes = q.getColumn(9).getString();
    return k;
}

Deal deal_from_row(SQLite::Statement& q) {
    Deal d;
    d.id = q.getColumn(0).getInt64();
    d.client_id = q.getColumn(1).getInt64();
    d.client_name = q.getColumn(2).getString();
    d.title = q.getColumn(3).getString();
    d.amount = money_at(q.getColumn(4));
    d.currency = q.getColumn(5).getString();
    d.stage = q.getColumn(6).getString();
    if (!q.getColumn(7).isNull()) d.probability = q.getColumn(7).getDouble();
    d.product = q.getColumn(8).getString();
    d.kind = parse_deal_kind(q.getColumn(9).getString());
    d.expected_close = optional_date_at(q.getColumn(10));
    d.closed_on = optional_date_at(q.getColumn(11));
    d.lost_reason = q.getColumn(12).getString();
    d.discount = money_at(q.getColumn(13));
    d.created_on = date_at(q.getColumn(14));
    d.stage_changed_on = date_at(q.getColumn(15));
    d.base_amount = optional_money_at(q.getColumn(16));
    return d;
}

Invoice invoice_from_row(SQLite::Statement& q) {
    Invoice i;
    i.id = q.getColumn(0).getInt64();
    i.client_id = q.getColumn(1).getInt64();
    i.client_name = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) i.deal_id = q.getColumn(3).getInt64();
    i.number = q.getColumn(4).getString();
    i.amount = money_at(q.getColumn(5));
    i.currency = q.getColumn(6).getString();
    i.issued = date_at(q.getColumn(7));
    i.due = date_at(q.getColumn(8));
    i.paid_amount = money_at(q.getColumn(9));
    i.paid_on = optional_date_at(q.getColumn(10));
    i.base_amount = optional_money_at(q.getColumn(11));
    return i;
}

}  // namespace acctool::store
