#include "store/today.h"

#include <SQLiteCpp/Statement.h>

namespace acctool::store {

std::vector<BirthdayRow> birthdays_on(Database& db, const std::vector<std::string>& keys) {
    std::vector<BirthdayRow> rows;
    SQLite::Statement q(db.sql(),
                        "SELECT c.id, c.name, k.name, k.phone FROM contact k JOIN client c ON c.id = k.client_id "
                        "WHERE k.birthday_md = ?1 AND c.status <> 'archived' ORDER BY c.name_key, c.id, k.name_key");
    for (const auto& key : keys) {
        q.reset();
        q.bind(1, key);
        while (q.executeStep())
            rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                            q.getColumn(3).getString()});
    }
    return rows;
}

}  // namespace acctool::store
