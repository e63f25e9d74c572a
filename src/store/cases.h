#pragma once
// Support cases: complaints and problems, with their response and resolution times.
#include <functional>
#include <optional>
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

Id insert_case(Database& db, const SupportCase& c);
// Writes back every field but the id. Throws NotFound.
void update_case(Database& db, const SupportCase& c);
void delete_case(Database& db, Id id);  // throws NotFound
SupportCase get_case(Database& db, Id id);  // throws NotFound

// In id order; open_only: not yet resolved; client_id: one client's.
std::vector<SupportCase> list_cases(Database& db, bool open_only, std::optional<Id> client_id = std::nullopt);

// Every case, in id order, with client_name filled (export).
void each_case(Database& db, const std::function<void(const SupportCase&)>& visit);

}  // namespace acctool::store
