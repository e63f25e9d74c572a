#include "store/touches.h"

#include <SQLiteCpp/Statement.h>

#include "store/binding.h"

namespace acctool::store {

Id insert_touch(Database& db, const Touch& touch) {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO touch(client_id, kind, touched_on, contact_id, summary, next_action, next_date) "
                        "VALUES (?,?,?,?,?,?,?)");
    q.bind(1, static_cast<std::int64_t>(touch.client_id));
    q.bind(2, std::string(to_string(touch.kind)));
    bind_date(q, 3, touch.date);
    if (touch.contact_id) q.bind(4, static_cast<std::int64_t>(*touch.contact_id));
    else q.bind(4);
    q.bind(5, touch.summary);
    q.bind(6, touch.next_action);
    bind_optional_date(q, 7, touch.next_date);
    q.exec();
    return db.sql().getLastInsertRowid();
}

std::vector<Touch> recent_touches(Database& db, Id client_id, int limit) {
    SQLite::Statement q(db.sql(),
                        "SELECT t.id, t.kind, t.touched_on, t.contact_id, coalesce(k.name, ''), t.summary, "
                        "t.next_action, t.next_date FROM touch t LEFT JOIN contact k ON k.id = t.contact_id "
                        "WHERE t.client_id = ? ORDER BY t.touched_on DESC, t.id DESC LIMIT ?");
    q.bind(1, static_cast<std::int64_t>(client_id));
    q.bind(2, limit);
    std::vector<Touch> touches;
    while (q.executeStep()) {
        Touch t;
        t.id = q.getColumn(0).getInt64();
        t.client_id = client_id;
        t.kind = parse_touch_kind(q.getColumn(1).getString());
        t.date = date_at(q.getColumn(2));
        if (!q.getColumn(3).isNull()) t.contact_id = q.getColumn(3).getInt64();
        t.contact_name = q.getColumn(4).getString();
        t.summary = q.getColumn(5).getString();
        t.next_action = q.getColumn(6).getString();
        t.next_date = optional_date_at(q.getColumn(7));
        touches.push_back(std::move(t));
    }
    return touches;
}

}  // namespace acctool::store
