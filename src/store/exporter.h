#pragma once
// Reads for `acct export`: every record of a kind in id order (the order an import of the
// export recreates), one at a time, so that no table is ever held in memory.
#include <functional>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

void each_client(Database& db, const std::function<void(const Client&)>& visit);
// Contacts with client_name filled.
void each_contact(Database& db, const std::function<void(const Contact&)>& visit);
// Deals with client_name filled.
void each_deal(Database& db, const std::function<void(const Deal&)>& visit);
// Touches with client_name and contact_name (empty without a contact) filled.
void each_touch(Database& db, const std::function<void(const Touch&)>& visit);
// Invoices with client_name filled; paid_on is the date of the latest payment whenever
// anything is paid (not only when settled), so that paid_amount and paid_on import back.
void each_invoice(Database& db, const std::function<void(const Invoice&)>& visit);

}  // namespace acctool::store
