#include "store/rates.h"

#include <sqlite3.h>

#include <map>

#include <fmt/format.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/binding.h"
#include "store/errors.h"

namespace acctool::store {

struct RateCache {
    std::optional<std::string> base;
    std::map<std::string, std::vector<Rate>> rates;  // each sorted by from
};

namespace {

// Each dated money table and the column of the date it converts at.
struct Converted {
    const char* table;
    const char* day;
};
constexpr Converted k_converted[] = {
    {"deal", "closed_on"}, {"refund", "refunded_on"}, {"invoice", "issued_on"}, {"payment", "paid_on"}};

RateCache& cache(Database& db) {
    auto& slot = db.rate_cache();
    if (slot) return *slot;
    auto loaded = std::make_shared<RateCache>();
    SQLite::Statement base(db.sql(), "SELECT value FROM meta WHERE key = 'base_currency'");
    if (base.executeStep()) loaded->base = base.getColumn(0).getString();
    SQLite::Statement q(db.sql(), "SELECT id, currency, from_date, numerator, denominator FROM rate "
                                  "ORDER BY currency, from_date");
    while (q.executeStep()) {
        Rate r;
        r.id = q.getColumn(0).getInt64();
        r.currency = q.getColumn(1).getString();
        r.from = date_at(q.getColumn(2));
        r.value = Ratio{q.getColumn(3).getInt64(), q.getColumn(4).getInt64()};
        loaded->rates[r.currency].push_back(r);
    }
    slot = std::move(loaded);
    return *slot;
}

void forget(Database& db) { db.rate_cache().reset(); }

void convert_function(sqlite3_context* context, int, sqlite3_value** args) {
    for (int i = 0; i < 5; ++i)
        if (sqlite3_value_type(args[i]) == SQLITE_NULL) return sqlite3_result_null(context);
    const Money amount{sqlite3_value_int64(args[0])};
    const Ratio rate{sqlite3_value_int64(args[1]), sqlite3_value_int64(args[2])};
    if (rate.numerator <= 0 || rate.denominator <= 0) return sqlite3_result_null(context);
    const auto text = [&](int i) {
        return std::string_view(reinterpret_cast<const char*>(sqlite3_value_text(args[i])),
                                static_cast<std::size_t>(sqlite3_value_bytes(args[i])));
    };
    try {
        const Money base = convert(amount, rate, minor_digits(text(3)), minor_digits(text(4)));
        sqlite3_result_int64(context, base.minor);
    } catch (const AmountOverflow&) {
        sqlite3_result_error(context, "integer overflow", -1);
    }
}

// Re-converts the records of `currency` dated from..until (until excluded; open-ended
// without it) at `value`, or clears their base amount without one.
long reconvert_range(Database& db, const std::string& currency, Date from, std::optional<Date> until,
                     std::optional<Ratio> value) {
    long changed = 0;
    const std::string base = base_currency(db);
    for (const auto& [k_table, k_day] : k_converted) {
        SQLite::Statement q(db.sql(), fmt::format("UPDATE {0} SET base_amount = acct_convert(amount, ?1, ?2, currency, ?3) "
                                                  "WHERE currency = ?4 AND {1} >= ?5 AND (?6 IS NULL OR {1} < ?6)",
                                                  k_table, k_day));
        if (value) {
            q.bind(1, value->numerator);
            q.bind(2, value->denominator);
        } else {
            q.bind(1);
            q.bind(2);
        }
        q.bind(3, base);
        q.bind(4, currency);
        bind_date(q, 5, from);
        bind_optional_date(q, 6, until);
        changed += q.exec();
    }
    return changed;
}

long records_between(Database& db, const std::string& currency, Date from, std::optional<Date> until) {
    long count = 0;
    for (const auto& [k_table, k_day] : k_converted) {
        SQLite::Statement q(db.sql(), fmt::format("SELECT count(*) FROM {0} WHERE currency = ?1 AND {1} >= ?2 "
                                                  "AND (?3 IS NULL OR {1} < ?3)",
                                                  k_table, k_day));
        q.bind(1, currency);
        bind_date(q, 2, from);
        bind_optional_date(q, 3, until);
        q.executeStep();
        count += q.getColumn(0).getInt64();
    }
    return count;
}

void base_function(sqlite3_context* context, int, sqlite3_value** args) {
    for (int i = 0; i < 3; ++i)
        if (sqlite3_value_type(args[i]) == SQLITE_NULL) return sqlite3_result_null(context);
    auto* db = static_cast<Database*>(sqlite3_user_data(context));
    const std::string currency(reinterpret_cast<const char*>(sqlite3_value_text(args[0])));
    const auto day = try_parse_iso_date(reinterpret_cast<const char*>(sqlite3_value_text(args[2])));
    if (!day) return sqlite3_result_null(context);
    try {
        const auto base = base_of(*db, currency, Money{sqlite3_value_int64(args[1])}, *day);
        sqlite3_result_int64(context, base->minor);
    } catch (const AmountOverflow&) {
        sqlite3_result_error(context, "integer overflow", -1);
    } catch (const InvalidInput& e) {  // no rate: an InvalidInput again in translating_errors
        sqlite3_result_error(context, invalid_input_error(e.what()).c_str(), -1);
    } catch (const std::exception& e) {
        sqlite3_result_error(context, e.what(), -1);
    }
}

void scale_function(sqlite3_context* context, int, sqlite3_value** args) {
    for (int i = 0; i < 3; ++i)
        if (sqlite3_value_type(args[i]) == SQLITE_NULL) return sqlite3_result_null(context);
    const std::int64_t denominator = sqlite3_value_int64(args[2]);
    if (denominator == 0) return sqlite3_result_int64(context, 0);
    try {
        const Money scaled = scale_money(Money{sqlite3_value_int64(args[0])}, sqlite3_value_int64(args[1]), denominator);
        sqlite3_result_int64(context, scaled.minor);
    } catch (const AmountOverflow&) {
        sqlite3_result_error(context, "integer overflow", -1);
    }
}

}  // namespace

void register_currency_functions(SQLite::Database& db, Database* owner) {
    constexpr int k_flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
    sqlite3_create_function(db.getHandle(), "acct_convert", 5, k_flags | SQLITE_DETERMINISTIC, nullptr, convert_function,
                            nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "acct_base", 3, k_flags, owner, base_function, nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "acct_scale", 3, k_flags | SQLITE_DETERMINISTIC, nullptr, scale_function,
                            nullptr, nullptr);
}

std::optional<std::string> recorded_base(Database& db) { return cache(db).base; }

void record_base(Database& db, const std::string& currency) {
    SQLite::Statement q(db.sql(), "INSERT OR IGNORE INTO meta(key, value) VALUES ('base_currency', ?1)");
    q.bind(1, currency);
    q.exec();
    forget(db);
}

std::string base_currency(Database& db, const std::string& fallback) {
    const auto& base = cache(db).base;
    return base ? *base : fallback;
}

std::optional<Money> base_of(Database& db, const std::string& currency, Money amount, std::optional<Date> day) {
    if (!day) return std::nullopt;
    auto& c = cache(db);
    if (!c.base || currency == *c.base) return amount;
    const auto found = c.rates.find(currency);
    const auto rate = found == c.rates.end() ? std::nullopt : governing_rate(found->second, *day);
    if (!rate) throw InvalidInput(no_rate_message(currency, *day));
    return convert(amount, *rate, minor_digits(currency), minor_digits(*c.base));
}

std::vector<Rate> list_rates(Database& db, const std::string& currency) {
    std::vector<Rate> all;
    for (const auto& [code, rates] : cache(db).rates)
        if (currency.empty() || code == currency) all.insert(all.end(), rates.begin(), rates.end());
    return all;
}

Rate get_rate(Database& db, Id id) {
    for (const auto& [code, rates] : cache(db).rates)
        for (const auto& r : rates)
            if (r.id == id) return r;
    throw NotFound(trf("no rate with id {}", id));
}

RateWrite put_rate(Database& db, const std::string& currency, Date from, Ratio value) {
    const std::string base = base_currency(db);
    if (currency == base)
        // TRANSLATORS: {} is a currency code (EUR).
        throw InvalidInput(trf("{} is the base currency: its rate is always 1", currency));
    RateWrite result;
    // The next rate of the currency bounds the records this one governs.
    std::optional<Date> until;
    for (const auto& r : list_rates(db, currency)) {
        if (r.from == from) {
            result.replaced = true;
            result.id = r.id;
        }
        if (r.from > from && !until) until = r.from;
    }
    SQLite::Statement q(db.sql(), result.replaced
                                      ? "UPDATE rate SET numerator = ?3, denominator = ?4 WHERE currency = ?1 AND from_date = ?2"
                                      : "INSERT INTO rate(currency, from_date, numerator, denominator) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, currency);
    bind_date(q, 2, from);
    q.bind(3, value.numerator);
    q.bind(4, value.denominator);
    q.exec();
    if (!result.replaced) result.id = db.sql().getLastInsertRowid();
    forget(db);
    result.reconverted = reconvert_range(db, currency, from, until, value);
    return result;
}

std::optional<Rate> rate_on(Database& db, const std::string& currency, Date from) {
    SQLite::Statement q(db.sql(), "SELECT id, numerator, denominator FROM rate WHERE currency = ?1 AND from_date = ?2");
    q.bind(1, currency);
    bind_date(q, 2, from);
    if (!q.executeStep()) return std::nullopt;
    return Rate{q.getColumn(0).getInt64(), currency, from, Ratio{q.getColumn(1).getInt64(), q.getColumn(2).getInt64()}};
}

Id write_rate(Database& db, const std::string& currency, Date from, Ratio value) {
    if (currency == base_currency(db))
        // TRANSLATORS: {} is a currency code (EUR).
        throw InvalidInput(trf("{} is the base currency: its rate is always 1", currency));
    SQLite::Statement q(db.sql(), "INSERT INTO rate(currency, from_date, numerator, denominator) VALUES (?1, ?2, ?3, ?4) "
                                  "ON CONFLICT(currency, from_date) DO UPDATE SET numerator = ?3, denominator = ?4 "
                                  "RETURNING id");
    q.bind(1, currency);
    bind_date(q, 2, from);
    q.bind(3, value.numerator);
    q.bind(4, value.denominator);
    q.executeStep();
    const Id id = q.getColumn(0).getInt64();
    forget(db);
    return id;
}

long delete_rate(Database& db, Id id) {
    const Rate rate = get_rate(db, id);
    std::optional<Ratio> before;
    std::optional<Date> until;
    for (const auto& r : list_rates(db, rate.currency)) {
        if (r.from < rate.from) before = r.value;
        if (r.from > rate.from && !until) until = r.from;
    }
    if (!before) {
        if (const long n = records_between(db, rate.currency, rate.from, until); n > 0)
            // TRANSLATORS: "rate 4 (USD from 2026-01-01) converts 12 records and no earlier USD rate
            // covers them; add an earlier rate first".
            throw Conflict(trn("rate {} ({} from {}) converts {} record and no earlier {} rate covers them; "
                               "add an earlier rate first",
                               "rate {} ({} from {}) converts {} records and no earlier {} rate covers them; "
                               "add an earlier rate first",
                               static_cast<unsigned long>(n), id, rate.currency, format_date(rate.from), n,
                               rate.currency));
    }
    SQLite::Statement q(db.sql(), "DELETE FROM rate WHERE id = ?1");
    q.bind(1, static_cast<std::int64_t>(id));
    q.exec();
    forget(db);
    return before ? reconvert_range(db, rate.currency, rate.from, until, before) : 0;
}

namespace {

// The one statement that converts stored records with the rates as they are: each record
// of the table at the last rate of its currency on or before its day (NULL: none; records
// in the base convert to themselves), for the rows `k_filter` selects (?2: a JSON list of
// currencies when it names one; ?3 a journal entry, ?4 the table's name). Only rows whose
// value changes are written.
long reconvert_where(Database& db, const char* k_filter, const std::vector<std::string>& currencies,
                     std::optional<Id> entry = std::nullopt) {
    const std::string base = base_currency(db);
    long changed = 0;
    for (const auto& [k_table, k_day] : k_converted) {
        SQLite::Statement q(
            db.sql(),
            fmt::format("UPDATE {0} SET base_amount = new FROM (SELECT t.id AS rid, CASE WHEN t.currency = ?1 THEN t.amount "
                        "ELSE (SELECT acct_convert(t.amount, r.numerator, r.denominator, t.currency, ?1) FROM rate r "
                        "WHERE r.currency = t.currency AND r.from_date <= t.{1} ORDER BY r.from_date DESC LIMIT 1) END AS new "
                        "FROM {0} t WHERE t.{1} IS NOT NULL AND {2}) WHERE id = rid AND base_amount IS NOT new",
                        k_table, k_day, k_filter));
        q.bind(1, base);
        if (entry) {
            q.bind(3, static_cast<std::int64_t>(*entry));
            q.bind(4, k_table);
        }
        if (!currencies.empty()) {
            std::string list = "[";
            for (const auto& c : currencies) list += (list.size() > 1 ? ",\"" : "\"") + c + "\"";
            q.bind(2, list + "]");
        }
        changed += q.exec();
    }
    return changed;
}

}  // namespace

long reconvert_all(Database& db, const std::vector<std::string>& currencies) {
    return reconvert_where(db, currencies.empty() ? "1" : "t.currency IN (SELECT value FROM json_each(?2))", currencies);
}

long convert_missing(Database& db) { return reconvert_where(db, "t.base_amount IS NULL", {}); }

long reconvert_restored(Database& db, Id entry) {
    return reconvert_where(db, "t.id IN (SELECT row_id FROM journal_row WHERE entry_id = ?3 AND tbl = ?4)", {}, entry);
}

std::vector<Unconverted> unconverted_records(Database& db) {
    std::map<std::string, Unconverted> found;
    for (const auto& [k_table, k_day] : k_converted) {
        SQLite::Statement q(db.sql(), fmt::format("SELECT currency, count(*), min({1}) FROM {0} "
                                                  "WHERE base_amount IS NULL AND {1} IS NOT NULL GROUP BY currency",
                                                  k_table, k_day));
        while (q.executeStep()) {
            auto& u = found[q.getColumn(0).getString()];
            const Date first = date_at(q.getColumn(2));
            if (u.records == 0 || first < u.first) u.first = first;
            u.currency = q.getColumn(0).getString();
            u.records += q.getColumn(1).getInt64();
        }
    }
    std::vector<Unconverted> all;
    for (auto& [code, u] : found) all.push_back(u);
    return all;
}

std::optional<Money> open_in_base(Database& db, const Deal& deal, Date today) {
    try {
        return base_of(db, deal.currency, deal.amount, today);
    } catch (const InvalidInput&) {
        return std::nullopt;
    }
}

}  // namespace acctool::store
