#pragma once
// The base currency and the dated rates of the man page's CURRENCIES, and the conversion
// of every dated money record (deal closed, refund, invoice, payment) into the base,
// stored with the record (base_amount) so that reports sum stored integers. A rate's
// change re-converts exactly the records it governs, in the caller's transaction.
#include <optional>
#include <string>
#include <vector>

#include "core/currency.h"
#include "core/model.h"
#include "store/database.h"

namespace SQLite {
class Database;
}

namespace acctool::store {

// Registers on a connection: acct_convert(amount, numerator, denominator, currency, base),
// core's exact conversion (core/currency.h), for the re-converting UPDATEs;
// acct_base(currency, amount, day), base_of for a query (open deals at today's rate; an
// error "no USD rate on or before ..." when none); acct_scale(x, numerator, denominator),
// x * numerator / denominator rounded once (the open part of an invoice in the base).
void register_currency_functions(SQLite::Database& db, Database* owner);

// The base recorded in the database, or nullopt before its first write.
std::optional<std::string> recorded_base(Database& db);
// Records `currency` as the base unless one is recorded.
void record_base(Database& db, const std::string& currency);
// The recorded base; the caller's default (the config's) before the first write.
std::string base_currency(Database& db, const std::string& fallback = "EUR");

// `amount` of `currency` in base minor units at `day` (the record's date), rounded once;
// nullopt without a day (an open deal). Throws InvalidInput with the `acct rate add` to
// run when no rate of the currency is on or before the day.
std::optional<Money> base_of(Database& db, const std::string& currency, Money amount, std::optional<Date> day);
// An open deal in the base at `today`'s rate (deal list, report pipeline --list), or nothing
// when no rate covers today.
std::optional<Money> open_in_base(Database& db, const Deal& deal, Date today);

std::vector<Rate> list_rates(Database& db, const std::string& currency = "");
Rate get_rate(Database& db, Id id);  // NotFound names the id

struct RateWrite {
    Id id = 0;
    bool replaced = false;  // a rate of that currency and day was there
    long reconverted = 0;   // records converted anew
};
// Adds the rate (or replaces the one of that currency and day) and re-converts the records
// it governs. InvalidInput for the base itself.
RateWrite put_rate(Database& db, const std::string& currency, Date from, Ratio value);
// Deletes the rate; the records it governed go to the rate before it. Conflict when no
// earlier rate covers them. Returns how many were re-converted.
long delete_rate(Database& db, Id id);
// For imports, which re-convert once at the end (reconvert_all): the stored rate of the
// currency on that day, and a write of one without re-converting anything.
std::optional<Rate> rate_on(Database& db, const std::string& currency, Date from);
Id write_rate(Database& db, const std::string& currency, Date from, Ratio value);

// Re-converts every dated record of the currencies given (all when empty) with the rates
// as they are: after an import of rates and after an undo. Returns how many changed.
long reconvert_all(Database& db, const std::vector<std::string>& currencies = {});
// Re-converts the records journal entry `entry` has images of (what its undo brings back).
long reconvert_restored(Database& db, Id entry);

// Dated records without a base amount (no rate covered them when written, or they predate
// currencies): how many, of which currency, for the warning that reports leave them out.
struct Unconverted {
    std::string currency;
    long records = 0;
    Date first;
};
std::vector<Unconverted> unconverted_records(Database& db);
// Converts the dated records without a base amount that can be: those in the base, and
// those a rate now covers (written outside acct, or before their rate). Returns how many.
long convert_missing(Database& db);

}  // namespace acctool::store
