#pragma once
// Reads for `acct export`: every record of a kind in id order (the order an import of the
// export recreates), one at a time, so that no table is ever held in memory.
#include <functional>

#include "core/followup.h"
#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// One read transaction over several exports (`export all`), so that the files agree.
class ExportSnapshot {
public:
    explicit ExportSnapshot(Database& db);
    ~ExportSnapshot();
    ExportSnapshot(const ExportSnapshot&) = delete;
    ExportSnapshot& operator=(const ExportSnapshot&) = delete;

private:
    Database& m_db;
};

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

void each_refund(Database& db, const std::function<void(const Refund&)>& visit);
// Every payment; `number` is its invoice's number, `currency` the payment's.
void each_payment(Database& db, const std::function<void(const Payment&, const std::string& number,
                                                         const std::string& currency)>& visit);
// Follow-ups: store::each_followup (followups.h); cases: store::each_case (cases.h).

}  // namespace acctool::store
