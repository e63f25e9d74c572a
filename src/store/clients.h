#pragma once
// Clients: insert, update, list, and resolution of a REF (id, exact name, unique substring).
#include <optional>
#include <string>
#include <vector>

#include "core/corrections.h"
#include "core/model.h"
#include "store/database.h"

namespace SQLite {
class Database;
}

namespace acctool::store {

// acct_key(text): the match key of core/names.h, for filters over columns that have no
// stored key (region, notes, industry); acct_list_key(tags): each tag's key, comma-joined.
void register_name_functions(SQLite::Database& db);

struct ClientFilter {
    std::optional<std::string> tier;
    std::optional<ClientStatus> status;
    std::optional<std::string> tag;
    std::optional<std::string> region;
    std::optional<std::string> search;  // part of the name, notes or industry, matched as names are (core/names.h)
    bool include_archived = false;
};

struct ClientListRow {
    Client client;
    std::optional<Date> last_touch;
    std::optional<Date> last_order;
};

// Throws Conflict when another client has the same name (case-insensitively).
Id insert_client(Database& db, const Client& client);
void update_client(Database& db, const Client& client);
Client get_client(Database& db, Id id);  // throws NotFound
// The status a client had before it was archived (to restore on unarchive).
std::optional<ClientStatus> status_before_archive(Database& db, Id id);
std::vector<ClientListRow> list_clients(Database& db, const ClientFilter& filter);

// REF (man page: REF): an id, an exact name (case-insensitive, any script), the same name
// but for accents, quotes, punctuation and legal forms (core/names.h), or a part of that
// which matches exactly one client. Throws NotFound naming the REF, listing the candidates
// when it is ambiguous and the nearest names (did you mean) when nothing matches.
Client resolve_client(Database& db, std::string_view ref);
// The clients whose names are nearest to a typed one, as "'Name' (id)", nearest first.
std::vector<std::string> near_clients(Database& db, std::string_view typed);
// Other clients whose names have the same match key as `name` ("ООО «Ромашка»" for
// "Ромашка"), as "'Name' (id)".
std::vector<std::string> same_key_clients(Database& db, std::string_view name, Id except_id);

// What refers to the client (core/corrections.h).
ClientRecords client_records(Database& db, Id id);
// Deletes the client with its contacts (and follow-ups); the caller has checked with
// require_client_deletable that nothing else refers to it.
void delete_client(Database& db, Id id);

// All client names, for shell completion.
std::vector<std::string> client_names(Database& db);

}  // namespace acctool::store
