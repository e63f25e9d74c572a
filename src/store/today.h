#pragma once
// The rows of `acct today` that no other query gives: the contacts whose birthday is on a
// day (core/today.h gives the MM-DD keys).
#include <string>
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

struct BirthdayRow {
    Id client_id = 0;
    std::string client;
    std::string contact;
    std::string phone;
};

// Contacts of clients not archived whose birthday_md is one of `keys` (the
// contact_by_birthday index), by client name then contact.
std::vector<BirthdayRow> birthdays_on(Database& db, const std::vector<std::string>& keys);

}  // namespace acctool::store
