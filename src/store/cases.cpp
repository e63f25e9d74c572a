#include "store/cases.h"

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool::store {
namespace {

constexpr const char* k_case_select =
    "SELECT s.id, s.client_id, c.name, s.opened_at, coalesce(s.first_response_at, ''), "
    "coalesce(s.resolved_at, ''), s.severity, s.summary, s.resolution_note FROM support_case s JOIN client c ON c.id = s.client_id ";

SupportCase case_from_row(SQLite::Statement& q) {
    SupportCase s;
    s.id = q.getColumn(0).getInt64();
    s.client_id = q.getColumn(1).getInt64();
    s.client_name = q.getColumn(2).getString();
    s.opened_at = q.getColumn(3).getString();
    s.first_response_at = q.getColumn(4).getString();
    s.resolved_at = q.getColumn(5).getString();
    s.severity = parse_severity(q.getColumn(6).getString());
    s.summary = q.getColumn(7).getString();
    s.resolution_note = q.getColumn(8).getString();
    return s;
}

void bind_optional_text(SQLite::Statement& q, int index, const std::string& text) {
    if (text.empty()) q.bind(index);
    else q.bind(index, text);
}

// The fields of INSERT and UPDATE, bound as ?1..?6 in this order.
void bind_case_fields(SQLite::Statement& q, const SupportCase& c) {
    q.bind(1, static_cast<std::int64_t>(c.client_id));
    q.bind(2, c.opened_at);
    bind_optional_text(q, 3, c.first_response_at);
    bind_optional_text(q, 4, c.resolved_at);
    q.bind(5, std::string(to_string(c.severity)));
    q.bind(6, c.summary);
}

}  // namespace

Id insert_case(Database& db, const SupportCase& c) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO support_case(client_id, opened_at, first_response_at, resolved_at, severity, "
                        "summary) VALUES (?,?,?,?,?,?)");
    bind_case_fields(q, c);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_case(Database& db, const SupportCase& c) {
    SQLite::Statement q(db.sql(),
                        "UPDATE support_case SET client_id = ?, opened_at = ?, first_response_at = ?, resolved_at = ?, "
                        "severity = ?, summary = ?, resolution_note = ? WHERE id = ?");
    bind_case_fields(q, c);
    q.bind(7, c.resolution_note);
    q.bind(8, static_cast<std::int64_t>(c.id));
    if (q.exec() == 0) throw NotFound(trf("no case with id {}", c.id));
}

void delete_case(Database& db, Id id) {
    SQLite::Statement q(db.sql(), "DELETE FROM support_case WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (q.exec() == 0) throw NotFound(trf("no case with id {}", id));
}

SupportCase get_case(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_case_select) + "WHERE s.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no case with id {}", id));
    return case_from_row(q);
}

std::vector<SupportCase> list_cases(Database& db, bool open_only, std::optional<Id> client_id) {
    SQLite::Statement q(db.sql(), std::string(k_case_select) +
                                      "WHERE (NOT ?1 OR s.resolved_at IS NULL) AND (?2 IS NULL OR s.client_id = ?2) "
                                      "ORDER BY s.id");
    q.bind(1, open_only ? 1 : 0);
    if (client_id) q.bind(2, static_cast<std::int64_t>(*client_id));
    else q.bind(2);
    std::vector<SupportCase> cases;
    while (q.executeStep()) cases.push_back(case_from_row(q));
    return cases;
}

void each_case(Database& db, const std::function<void(const SupportCase&)>& visit) {
    SQLite::Statement q(db.sql(), std::string(k_case_select) + "ORDER BY s.id");
    while (q.executeStep()) visit(case_from_row(q));
}

}  // namespace acctool::store
