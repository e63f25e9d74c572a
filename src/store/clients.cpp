#include "store/clients.h"

#include <array>
#include <charconv>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
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
}

bool name_taken(Database& db, const std::string& name, Id except_id) {
    SQLite::Statement q(db.sql(), "SELECT 1 FROM client WHERE name_key = ? AND id <> ?");
    q.bind(1, fold_case(name));
    q.bind(2, static_cast<std::int64_t>(except_id));
    return q.executeStep();
}

void require_unique_name(Database& db, const Client& c) {
    if (name_taken(db, c.name, c.id))
        throw Conflict(fmt::format("a client named '{}' already exists", c.name));
}

std::optional<Id> parse_id(std::string_view ref) {
    Id id = 0;
    auto [end, ec] = std::from_chars(ref.data(), ref.data() + ref.size(), id);
    if (ec != std::errc{} || end != ref.data() + ref.size() || id <= 0) return std::nullopt;
    return id;
}

// The three ways a REF can name clients, tried in this order by resolve_client.
const std::string k_select_clients = std::string("SELECT ") + k_client_columns + " FROM client c WHERE ";
const std::string k_client_by_id = k_select_clients + "c.id = ?";
const std::string k_client_by_name = k_select_clients + "c.name_key = ?";
const std::string k_clients_by_part = k_select_clients + "instr(c.name_key, ?) > 0 ORDER BY c.name_key, c.id";

enum class Match { Id, Name, Part };

std::vector<Client> query_clients(Database& db, Match match, const std::string& arg) {
    SQLite::Statement q(db.sql(), match == Match::Id     ? k_client_by_id
                                  : match == Match::Name ? k_client_by_name
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
    if (candidates.size() > 10) parts.push_back(fmt::format("and {} more", candidates.size() - 10));
    return join(parts, ", ");
}

}  // namespace

Id insert_client(Database& db, const Client& client) {
    require_unique_name(db, client);
    SQLite::Statement q(db.sql(),
                        "INSERT INTO client(name, name_key, tier, status, industry, region, tags, "
                        "cadence_days, credit_limit, payment_terms_days, notes, currency, address, created_on) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    bind_client_fields(q, client);
    q.bind(14, client.created_on ? format_date(*client.created_on) : std::string{});
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_client(Database& db, const Client& client) {
    require_unique_name(db, client);
    SQLite::Statement q(db.sql(),
                        "UPDATE client SET name=?, name_key=?, tier=?, status=?, industry=?, region=?, tags=?, "
                        "cadence_days=?, credit_limit=?, payment_terms_days=?, notes=?, currency=?, address=?, "
                        "status_before_archive = CASE WHEN ?4 = 'archived' THEN "
                        "  coalesce(status_before_archive, CASE status WHEN 'archived' THEN NULL ELSE status END) "
                        "  ELSE NULL END "
                        "WHERE id=?14");
    bind_client_fields(q, client);
    q.bind(14, static_cast<std::int64_t>(client.id));
    q.exec();
}

Client get_client(Database& db, Id id) {
    SQLite::Statement q(db.sql(), fmt::format("SELECT {} FROM client c WHERE c.id = ?", k_client_columns));
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(fmt::format("no client with id {}", id));
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
        "AND (?3 IS NULL OR instr(',' || c.tags || ',', ',' || ?3 || ',') > 0) "
        "AND (?4 IS NULL OR c.region = ?4) "
        "AND (?5 IS NULL OR instr(c.name_key, ?5) > 0 OR instr(c.notes, ?7) > 0 "
        "     OR instr(c.industry, ?7) > 0) "
        "ORDER BY c.name_key, c.id",
        k_client_columns);
    SQLite::Statement q(db.sql(), k_list);
    auto bind_opt_text = [&q](int i, const std::optional<std::string>& v) {
        if (v) q.bind(i, *v);
        else q.bind(i);
    };
    bind_opt_text(1, f.tier);
    bind_opt_text(2, f.status ? std::optional<std::string>(std::string(to_string(*f.status))) : std::nullopt);
    bind_opt_text(3, f.tag);
    bind_opt_text(4, f.region);
    bind_opt_text(5, f.search ? std::optional<std::string>(fold_case(*f.search)) : std::nullopt);
    q.bind(6, f.include_archived ? 1 : 0);
    bind_opt_text(7, f.search);
    std::vector<ClientListRow> rows;
    while (q.executeStep()) {
        ClientListRow row{client_from_row(q), optional_date_at(q.getColumn(14)), optional_date_at(q.getColumn(15))};
        rows.push_back(std::move(row));
    }
    return rows;
}

Client resolve_client(Database& db, std::string_view ref) {
    const std::string text{trim(ref)};
    if (text.empty()) throw InvalidInput("empty client reference: give an id or a name");
    if (auto id = parse_id(text)) {
        auto by_id = query_clients(db, Match::Id, std::to_string(*id));
        if (!by_id.empty()) return by_id.front();
    }
    const std::string key = fold_case(text);
    auto exact = query_clients(db, Match::Name, key);
    if (!exact.empty()) return exact.front();
    auto partial = query_clients(db, Match::Part, key);
    if (partial.size() == 1) return partial.front();
    if (partial.empty()) throw NotFound(fmt::format("no client matches '{}'", text));
    throw NotFound(fmt::format("'{}' matches {} clients: {}; give the id or more of the name", text,
                               partial.size(), describe_candidates(partial)));
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
