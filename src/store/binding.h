#pragma once
// Binding core values to statements and reading them back; the one place that knows how
// optional values, dates and money look in a row.
#include <optional>
#include <string>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

#include "core/dates.h"
#include "core/money.h"

namespace acctool::store {

inline void bind_date(SQLite::Statement& q, int index, Date d) { q.bind(index, format_date(d)); }
inline void bind_money(SQLite::Statement& q, int index, Money m) { q.bind(index, static_cast<std::int64_t>(m.minor)); }

template <class T, class Bind>
void bind_optional(SQLite::Statement& q, int index, const std::optional<T>& value, Bind bind) {
    if (value) bind(q, index, *value);
    else q.bind(index);  // NULL
}
inline void bind_optional_date(SQLite::Statement& q, int index, const std::optional<Date>& d) {
    bind_optional(q, index, d, bind_date);
}
inline void bind_optional_int(SQLite::Statement& q, int index, const std::optional<int>& v) {
    bind_optional(q, index, v, [](SQLite::Statement& s, int i, int x) { s.bind(i, x); });
}
inline void bind_optional_id(SQLite::Statement& q, int index, const std::optional<std::int64_t>& id) {
    bind_optional(q, index, id, [](SQLite::Statement& s, int i, std::int64_t v) { s.bind(i, v); });
}
inline void bind_optional_money(SQLite::Statement& q, int index, const std::optional<Money>& m) {
    bind_optional(q, index, m, bind_money);
}

inline Date date_at(const SQLite::Column& c) { return parse_iso_date(c.getString()); }
inline std::optional<Date> optional_date_at(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return parse_iso_date(c.getString());
}
inline Money money_at(const SQLite::Column& c) { return Money{c.getInt64()}; }
inline std::optional<Money> optional_money_at(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return Money{c.getInt64()};
}
inline std::optional<std::int64_t> optional_id_at(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt64();
}
inline std::optional<int> optional_int_at(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getInt();
}

}  // namespace acctool::store
