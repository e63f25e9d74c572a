#pragma once
// Contacts: the people at a client.
#include <optional>
#include <vector>

#include "core/model.h"
#include "store/database.h"

namespace acctool::store {

// Throws Conflict when the client already has a contact of that name (case-insensitively).
Id insert_contact(Database& db, const Contact& contact);
void update_contact(Database& db, const Contact& contact);
Contact get_contact(Database& db, Id id);  // throws NotFound
// Deletes the contact; its touches and follow-ups keep their text and lose the link.
// Throws NotFound.
void delete_contact(Database& db, Id id);
// How many touches name the contact.
long touches_of_contact(Database& db, Id id);
// One client's contacts (decision makers first), or everyone's when client_id is empty.
std::vector<Contact> list_contacts(Database& db, std::optional<Id> client_id);
// A contact of a client by id or case-insensitive name or unique substring; throws NotFound.
Contact resolve_contact(Database& db, Id client_id, std::string_view ref);

}  // namespace acctool::store
