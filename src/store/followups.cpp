#include "store/followups.h"

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/binding.h"

namespace acctool::store {
namespace {

constexpr const char* k_followup_select =
    "SELECT f.id, f.client_id, c.name, f.due_on, f.action, f.contact_id, coalesce(k.name, ''), f.touch_id, f.state, "
    "f.closed_on, f.closed_by FROM followup f JOIN client c ON c.id = f.client_id "
    "LEFT JOIN contact k ON k.id = f.contact_id ";

FollowUp followup_from_row(SQLite::Statement& q) {
    FollowUp f;
    f.id = q.getColumn(0).getInt64();
    f.client_id = q.getColumn(1).getInt64();
    f.client_name = q.getColumn(2).getString();
    f.due = date_at(q.getColumn(3));
    f.action = q.getColumn(4).getString();
    f.contact_id = optional_id_at(q.getColumn(5));
    f.contact_name = q.getColumn(6).getString();
    f.touch_id = optional_id_at(q.getColumn(7));
    f.state = parse_followup_state(q.getColumn(8).getString());
    f.closed_on = optional_date_at(q.getColumn(9));
    f.closed_by = optional_id_at(q.getColumn(10));
    return f;
}

std::vector<FollowUp> all_rows(SQLite::Statement& q) {
    std::vector<FollowUp> rows;
    while (q.executeStep()) rows.push_back(followup_from_row(q));
    return rows;
}

constexpr const char* k_of_client = "AND f.client_id = ?1 ";
constexpr const char* k_open_only = "AND f.state = 'open' ";
constexpr const char* k_due_before = "AND f.due_on < ?2 ";

}  // namespace

void bind_followup_fields(SQLite::Statement& q, const FollowUp& f) {
    q.bind(1, static_cast<std::int64_t>(f.client_id));
    bind_date(q, 2, f.due);
    q.bind(3, f.action);
    bind_optional_id(q, 4, f.contact_id);
    bind_optional_id(q, 5, f.touch_id);
    q.bind(6, std::string(to_string(f.state)));
    bind_optional_date(q, 7, f.closed_on);
    bind_optional_id(q, 8, f.closed_by);
}

Id insert_followup(Database& db, const FollowUp& f) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO followup(client_id, due_on, action, contact_id, touch_id, state, closed_on, closed_by) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    bind_followup_fields(q, f);
    q.exec();
    return db.sql().getLastInsertRowid();
}

FollowUp get_followup(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_followup_select) + "WHERE f.id = ?1");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no follow-up with id {}", id));
    return followup_from_row(q);
}

void update_followup(Database& db, const FollowUp& f) {
    SQLite::Statement q(db.sql(),
                        "UPDATE followup SET due_on = ?2, action = ?3, state = ?4, closed_on = ?5, closed_by = ?6 "
                        "WHERE id = ?1");
    q.bind(1, static_cast<std::int64_t>(f.id));
    bind_date(q, 2, f.due);
    q.bind(3, f.action);
    q.bind(4, std::string(to_string(f.state)));
    bind_optional_date(q, 5, f.closed_on);
    bind_optional_id(q, 6, f.closed_by);
    q.exec();
}

std::vector<FollowUp> open_followups_due(Database& db, Id client_id, Date day) {
    SQLite::Statement q(db.sql(), std::string(k_followup_select) +
                                      "WHERE f.client_id = ?1 AND f.state = 'open' AND f.due_on <= ?2 "
                                      "ORDER BY f.due_on, f.id");
    q.bind(1, static_cast<std::int64_t>(client_id));
    bind_date(q, 2, day);
    return all_rows(q);
}

void each_followup(Database& db, const std::function<void(const FollowUp&)>& visit) {
    SQLite::Statement q(db.sql(), std::string(k_followup_select) + "ORDER BY f.id");
    while (q.executeStep()) visit(followup_from_row(q));
}

std::vector<FollowUp> list_followups(Database& db, const FollowUpFilter& f) {
    SQLite::Statement q(db.sql(), std::string(k_followup_select) + "WHERE 1 " + (f.client_id ? k_of_client : "") +
                                      (f.all && !f.overdue_on ? "" : k_open_only) + (f.overdue_on ? k_due_before : "") +
                                      "ORDER BY f.due_on, f.id");
    if (f.client_id) q.bind(1, static_cast<std::int64_t>(*f.client_id));
    if (f.overdue_on) bind_date(q, 2, *f.overdue_on);
    return all_rows(q);
}

}  // namespace acctool::store
