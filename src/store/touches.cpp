#include "store/touches.h"

#include <array>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/binding.h"

namespace acctool::store {
namespace {

// Touch t with its client's and contact's names: 10 columns, then WHERE/ORDER BY.
constexpr const char* k_touch_select =
    "SELECT t.id, t.client_id, c.name, t.kind, t.touched_on, t.contact_id, coalesce(k.name, ''), t.summary, "
    "t.next_action, t.next_date FROM touch t JOIN client c ON c.id = t.client_id "
    "LEFT JOIN contact k ON k.id = t.contact_id ";

Touch touch_from_row(SQLite::Statement& q) {
    Touch t;
    t.id = q.getColumn(0).getInt64();
    t.client_id = q.getColumn(1).getInt64();
    t.client_name = q.getColumn(2).getString();
    t.kind = parse_touch_kind(q.getColumn(3).getString());
    t.date = date_at(q.getColumn(4));
    if (!q.getColumn(5).isNull()) t.contact_id = q.getColumn(5).getInt64();
    t.contact_name = q.getColumn(6).getString();
    t.summary = q.getColumn(7).getString();
    t.next_action = q.getColumn(8).getString();
    t.next_date = optional_date_at(q.getColumn(9));
    return t;
}

// The fields in the order of the INSERT and UPDATE below.
void bind_touch_fields(SQLite::Statement& q, const Touch& touch) {
    q.bind(1, static_cast<std::int64_t>(touch.client_id));
    q.bind(2, std::string(to_string(touch.kind)));
    bind_date(q, 3, touch.date);
    if (touch.contact_id) q.bind(4, static_cast<std::int64_t>(*touch.contact_id));
    else q.bind(4);
    q.bind(5, touch.summary);
    q.bind(6, touch.next_action);
    bind_optional_date(q, 7, touch.next_date);
}

}  // namespace

Id insert_touch(Database& db, const Touch& touch) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO touch(client_id, kind, touched_on, contact_id, summary, next_action, next_date) "
                        "VALUES (?,?,?,?,?,?,?)");
    bind_touch_fields(q, touch);
    q.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<Touch> recent_touches(Database& db, Id client_id, int limit) {
    SQLite::Statement q(db.sql(), std::string(k_touch_select) +
                                      "WHERE t.client_id = ? ORDER BY t.touched_on DESC, t.id DESC LIMIT ?");
    q.bind(1, static_cast<std::int64_t>(client_id));
    q.bind(2, limit);
    std::vector<Touch> touches;
    while (q.executeStep()) touches.push_back(touch_from_row(q));
    return touches;
}

Touch get_touch(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_touch_select) + "WHERE t.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no touch with id {}", id));
    return touch_from_row(q);
}

void update_touch(Database& db, const Touch& touch) {
    SQLite::Statement q(db.sql(),
                        "UPDATE touch SET client_id=?, kind=?, touched_on=?, contact_id=?, summary=?, next_action=?, "
                        "next_date=? WHERE id=?");
    bind_touch_fields(q, touch);
    q.bind(8, static_cast<std::int64_t>(touch.id));
    if (q.exec() == 0) throw NotFound(trf("no touch with id {}", touch.id));
}

constexpr std::array<const char*, 3> k_delete_touch_steps = {
    "DELETE FROM followup WHERE touch_id = ?1",
    "UPDATE followup SET state = 'open', closed_on = NULL, closed_by = NULL WHERE closed_by = ?1",
    "DELETE FROM touch WHERE id = ?1",
};

void delete_touch(Database& db, Id id) {
    get_touch(db, id);  // NotFound names the id
    for (std::size_t step = 0; step < k_delete_touch_steps.size(); ++step) {
        SQLite::Statement q(db.sql(), k_delete_touch_steps[step]);
        q.bind(1, static_cast<std::int64_t>(id));
        q.exec();
    }
}

TouchFollowUps followups_of_touch(Database& db, Id id) {
    SQLite::Statement q(db.sql(),
                        "SELECT count(*) FILTER (WHERE touch_id = ?1), count(*) FILTER (WHERE closed_by = ?1 AND "
                        "(touch_id IS NULL OR touch_id <> ?1)) FROM followup WHERE touch_id = ?1 OR closed_by = ?1");
    q.bind(1, static_cast<std::int64_t>(id));
    q.executeStep();
    return {q.getColumn(0).getInt64(), q.getColumn(1).getInt64()};
}

// Fixed text chosen by which filters are set, never by their values (see deals.cpp).
constexpr const char* k_touch_of_client = "AND t.client_id = ?1 ";
constexpr const char* k_touch_of_kind = "AND t.kind = ?2 ";
constexpr const char* k_touch_in_period = "AND t.touched_on BETWEEN ?3 AND ?4 ";

std::vector<Touch> list_touches(Database& db, const TouchFilter& f) {
    SQLite::Statement q(db.sql(), std::string(k_touch_select) + "WHERE 1 " + (f.client_id ? k_touch_of_client : "") +
                                      (f.kind ? k_touch_of_kind : "") + (f.period ? k_touch_in_period : "") +
                                      "ORDER BY t.touched_on, t.id");
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.kind) q.bind(2, std::string(to_string(*f.kind)));
    if (f.period) {
        bind_date(q, 3, f.period->first);
        bind_date(q, 4, f.period->last);
    }
    std::vector<Touch> touches;
    while (q.executeStep()) touches.push_back(touch_from_row(q));
    return touches;
}

}  // namespace acctool::store
