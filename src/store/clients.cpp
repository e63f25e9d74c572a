#include "store/clients.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <tuple>

#include <fmt/format.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/names.h"
#include "core/text.h"
#include "store/binding.h"
#include "store/rows.h"

namespace acctool::store {
namespace {

// Binds every editable field in the order of the INSERT and UPDATE statements below.
void bind_client_fields(SQLite::Statement& q, const Client& c) {
    q.bind(1, c.name);
    q.bind(2, fold_case(c.name));
    q.bind(3, c.tier);
    q.bind(4, std::string(to_string(c.status)));
    q.bind(5, c.industry);
    q.bind(6, c.region);
    q.bind(7, join(c.tags, ","));
    bind_optional_int(q, 8, c.cadence_days);
    bind_optional_money(q, 9, c.credit_limit);
    bind_optional_int(q, 10, c.payment_terms_days);
    q.bind(11, c.notes);
    q.bind(12, c.currency);
    q.bind(13, c.address);
    q.bind(14, match_key(c.name));
    if (c.customer_since) q.bind(15, format_date(*c.customer_since));
    else q.bind(15);
}

bool name_taken(Database& db, const std::string& name, Id except_id) {
    SQLite::Statement q(db.sql(), "SELECT 1 FROM client WHERE name_key = ? AND id <> ?");
    q.bind(1, fold_case(name));
    q.bind(2, static_cast<std::int64_t>(except_id));
    return q.executeStep();
}

void require_unique_name(Database& db, const Client& c) {
    if (name_taken(db, c.name, c.id))
        throw Conflict(trf("a client named '{}' already exists", c.name));
}

std::optional<Id> parse_id(std::string_view ref) {
    Id id = 0;
    auto [end, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), id);
    if (ec != std::errc{} || end != ref.data() + ref.size() || id <= 0) return std::nullopt;
    return id;
}

// The ways a REF can name clients, tried in this order by resolve_client: the id, the
// name as written (case folded), the name's match key (core/names.h), a part of it.
const std::string k_select_clients = std::string("SELECT ") + k_client_columns + " FROM client c WHERE ";
const std::string k_client_by_id = k_select_clients + "c.id = ?";
const std::string k_client_by_name = k_select_clients + "c.name_key = ?";
const std::string k_clients_by_key = k_select_clients + "c.match_key = ? ORDER BY c.name_key, c.id";
// A scan of the table, then a sort of the few that match (+name_key): walking the name's
// index instead costs a table seek for every client.
const std::string k_clients_by_part = k_select_clients + "instr(c.match_key, ?) > 0 ORDER BY +c.name_key, c.id";

enum class Match { Id, Name, Key, Part };

std::vector<Client> query_clients(Database& db, Match match, const std::string& arg) {
    SQLite::Statement q(db.sql(), match == Match::Id     ? k_client_by_id
                                  : match == Match::Name ? k_client_by_name
                                  : match == Match::Key  ? k_clients_by_key
                                                         : k_clients_by_part);
    q.bind(1, arg);
    std::vector<Client> found;
    while (q.executeStep()) found.push_back(client_from_row(q));
    return found;
}

std::string describe_candidates(const std::vector<Client>& candidates) {
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < candidates.size() && i < 10; ++i)
        parts.push_back(fmt::format("{} '{}'", candidates[i].id, candidates[i].name));
    // TRANSLATORS: at the end of a list of clients: "and 5 more".
    if (candidates.size() > 10) parts.push_back(trf("and {} more", candidates.size() - 10));
    return join(parts, ", ");
}

std::optional<std::string_view> text_arg(sqlite3_value* value) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    if (!text) return std::nullopt;
    return std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value)));
}

void key_function(sqlite3_context* context, int, sqlite3_value** args) {
    const auto text = text_arg(args[0]);
    if (!text) return sqlite3_result_null(context);
    const std::string key = match_key(*text, NameKind::Person);
    sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// A comma-separated list (tags): the key of each item, joined by commas.
void list_key_function(sqlite3_context* context, int, sqlite3_value** args) {
    const auto text = text_arg(args[0]);
    if (!text) return sqlite3_result_null(context);
    std::vector<std::string> keys;
    for (const auto& item : split_list(*text)) keys.push_back(match_key(item, NameKind::Person));
    const std::string joined = join(keys, ",");
    sqlite3_result_text(context, joined.data(), static_cast<int>(joined.size()), SQLITE_TRANSIENT);
}

}  // namespace

void register_name_functions(SQLite::Database& db) {
    sqlite3_create_function(db.getHandle(), "acct_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY | SQLITE_DETERMINISTIC,
                            nullptr, key_function, nullptr, nullptr);
    sqlite3_create_function(db.getHandle(), "acct_list_key", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY | SQLITE_DETERMINISTIC,
                            nullptr, list_key_function, nullptr, nullptr);
}

Id insert_client(Database& db, const Client& client) {
    require_unique_name(db, client);
    SQLite::Statement q(db.sql(),
                        "INSERT INTO client(name, name_key, tier, status, industry, region, tags, "
                        "cadence_days, credit_limit, payment_terms_days, notes, currency, address, match_key, "
                        "customer_since, created_on) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_client_fields(q, client);
    q.bind(16, client.created_on ? format_date(*client.created_on) : std::string{});
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_client(Database& db, const Client& client) {
    require_unique_name(db, client);
    SQLite::Statement q(db.sql(),
                        "UPDATE client SET name=?, name_key=?, tier=?, status=?, industry=?, region=?, tags=?, "
                        "cadence_days=?, credit_limit=?, payment_terms_days=?, notes=?, currency=?, address=?, "
                        "match_key=?, customer_since=?, "
                        "status_before_archive = CASE WHEN ?4 = 'archived' THEN "
                        "  coalesce(status_before_archive, CASE status WHEN 'archived' THEN NULL ELSE status END) "
                        "  ELSE NULL END "
                        "WHERE id=?16");
    bind_client_fields(q, client);
    q.bind(16, static_cast<std::int64_t>(client.id));
    q.exec();
}

Client get_client(Database& db, Id id) {
    SQLite::Statement q(db.sql(), fmt::format("SELECT {} FROM client c WHERE c.id = ?", k_client_columns));
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no client with id {}", id));
    return client_from_row(q);
}

std::optional<ClientStatus> status_before_archive(Database& db, Id id) {
    SQLite::Statement q(db.sql(), "SELECT status_before_archive FROM client WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep() || q.getColumn(0).isNull()) return std::nullopt;
    return parse_client_status(q.getColumn(0).getString());
}

std::vector<ClientListRow> list_clients(Database& db, const ClientFilter& f) {
    static const std::string k_list = fmt::format(
        "SELECT {}, "
        "(SELECT max(t.touched_on) FROM touch t WHERE t.client_id = c.id), "
        "(SELECT max(d.closed_on) FROM deal d WHERE d.client_id = c.id AND d.stage = 'won') "
        "FROM client c WHERE "
        "(?1 IS NULL OR c.tier = ?1) AND (?2 IS NULL OR c.status = ?2) "
        "AND (?2 IS NOT NULL OR ?6 OR c.status <> 'archived') "
        "AND (?3 IS NULL OR instr(',' || acct_list_key(c.tags) || ',', ',' || ?3 || ',') > 0) "
        "AND (?4 IS NULL OR instr(' ' || acct_key(c.region) || ' ', ' ' || ?4 || ' ') > 0) "
        "AND (?5 IS NULL OR instr(c.match_key, ?5) > 0 OR instr(acct_key(c.notes), ?7) > 0 "
        "     OR instr(acct_key(c.industry), ?7) > 0) "
        "ORDER BY c.name_key, c.id",
        k_client_columns);
    SQLite::Statement q(db.sql(), k_list);
    auto bind_opt_text = [&q](int i, const std::optional<std::string>& v) {
        if (v) q.bind(i, *v);
        else q.bind(i);
    };
    bind_opt_text(1, f.tier);
    bind_opt_text(2, f.status ? std::optional<std::string>(std::string(to_string(*f.status))) : std::nullopt);
    auto key_of = [](const std::optional<std::string>& v, NameKind kind) {
        return v ? std::optional<std::string>(match_key(*v, kind)) : std::nullopt;
    };
    bind_opt_text(3, key_of(f.tag, NameKind::Person));
    bind_opt_text(4, key_of(f.region, NameKind::Person));
    bind_opt_text(5, key_of(f.search, NameKind::Company));
    q.bind(6, f.include_archived ? 1 : 0);
    bind_opt_text(7, key_of(f.search, NameKind::Person));
    std::vector<ClientListRow> rows;
    while (q.executeStep()) {
        ClientListRow row{client_from_row(q), optional_date_at(q.getColumn(15)), optional_date_at(q.getColumn(16))};
        rows.push_back(std::move(row));
    }
    return rows;
}

Client resolve_client(Database& db, std::string_view ref) {
    const std::string text{trim(ref)};
    if (text.empty()) throw InvalidInput(tr("empty client reference: give an id or a name"));
    if (auto id = parse_id(text)) {
        auto by_id = query_clients(db, Match::Id, std::to_string(*id));
        if (!by_id.empty()) return by_id.front();
    }
    auto exact = query_clients(db, Match::Name, fold_case(text));
    if (!exact.empty()) return exact.front();
    const std::string key = match_key(text);
    auto candidates = query_clients(db, Match::Key, key);
    if (candidates.empty()) candidates = query_clients(db, Match::Part, key);
    if (candidates.size() == 1) return candidates.front();
    if (candidates.empty()) {
        const auto near = near_clients(db, text);
        if (near.empty()) throw NotFound(trf("no client matches '{}'", text));
        // TRANSLATORS: "no client matches 'acme'; did you mean 'Acma SRL' (3)?": the REF as typed,
        // then the "did you mean ...?" question.
        throw NotFound(trf("no client matches '{}'; {}", text, did_you_mean(near)));
    }
    // TRANSLATORS: "'ac' matches 3 clients: 1 'Acme SRL', 4 'Acma SA', 9 'Bacau SA'; give ...":
    // the REF as typed, the count, the clients (id and name).
    throw NotFound(trn("'{}' matches {} client: {}; give the id or more of the name",
                       "'{}' matches {} clients: {}; give the id or more of the name", candidates.size(), text,
                       candidates.size(), describe_candidates(candidates)));
}

std::vector<std::string> same_key_clients(Database& db, std::string_view name, Id except_id) {
    SQLite::Statement q(db.sql(), "SELECT id, name FROM client WHERE match_key = ?1 AND id <> ?2 ORDER BY name_key, id");
    q.bind(1, match_key(name));
    q.bind(2, static_cast<std::int64_t>(except_id));
    std::vector<std::string> out;
    while (q.executeStep())
        out.push_back(name_label(q.getColumn(1).getString(), q.getColumn(0).getInt64()));
    return out;
}

std::vector<std::string> near_clients(Database& db, std::string_view typed) {
    // In name order, for the order of equally near names; sorted here, as SQLite sorting the
    // whole rows (or walking the name index with a seek per client) cost three times more.
    SQLite::Statement q(db.sql(), "SELECT id, name, match_key, name_key FROM client");
    struct Row {
        std::int64_t id;
        std::string name, key, name_key;
    };
    std::vector<Row> rows;
    while (q.executeStep())
        rows.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                        q.getColumn(3).getString()});
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return std::tie(a.name_key, a.id) < std::tie(b.name_key, b.id); });
    std::vector<std::string> keys;
    keys.reserve(rows.size());
    for (const Row& r : rows) keys.push_back(r.key);
    std::vector<std::string> near;
    for (std::size_t i : nearest_names(match_key(typed), keys))
        near.push_back(name_label(rows[i].name, rows[i].id));
    return near;
}

std::vector<std::string> client_names(Database& db) {
    SQLite::Statement q(db.sql(), "SELECT name FROM client WHERE status <> 'archived' ORDER BY name_key");
    std::vector<std::string> names;
    while (q.executeStep()) names.push_back(q.getColumn(0).getString());
    return names;
}

}  // namespace acctool::store

namespace acctool::store {

ClientRecords client_records(Database& db, Id id) {
    SQLite::Statement q(db.sql(),
                        "SELECT (SELECT count(*) FROM deal WHERE client_id = ?1), "
                        "(SELECT count(*) FROM invoice WHERE client_id = ?1), "
                        "(SELECT count(*) FROM touch WHERE client_id = ?1), "
                        "(SELECT count(*) FROM support_case WHERE client_id = ?1), "
                        "(SELECT count(*) FROM contact WHERE client_id = ?1)");
    q.bind(1, static_cast<std::int64_t>(id));
    q.executeStep();
    ClientRecords r;
    r.deals = q.getColumn(0).getInt64();
    r.invoices = q.getColumn(1).getInt64();
    r.touches = q.getColumn(2).getInt64();
    r.cases = q.getColumn(3).getInt64();
    r.contacts = q.getColumn(4).getInt64();
    return r;
}

constexpr std::array<const char*, 3> k_delete_client_steps = {
    "DELETE FROM followup WHERE client_id = ?",
    "DELETE FROM contact WHERE client_id = ?",
    "DELETE FROM client WHERE id = ?",
};

void delete_client(Database& db, Id id) {
    for (std::size_t step = 0; step < k_delete_client_steps.size(); ++step) {
        SQLite::Statement q(db.sql(), k_delete_client_steps[step]);
        q.bind(1, static_cast<std::int64_t>(id));
        q.exec();
    }
}

}  // namespace acctool::store
