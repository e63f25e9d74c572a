#include "store/contacts.h"

#include <array>
#include <charconv>

#include <fmt/format.h>
#include <SQLiteCpp/Statement.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/names.h"
#include "core/text.h"
#include "store/binding.h"
#include "store/rows.h"

namespace acctool::store {
namespace {

void bind_contact_fields(SQLite::Statement& q, const Contact& k) {
    q.bind(1, static_cast<std::int64_t>(k.client_id));
    q.bind(2, k.name);
    q.bind(3, fold_case(k.name));
    q.bind(4, k.role);
    q.bind(5, k.decision_maker ? 1 : 0);
    q.bind(6, k.email);
    q.bind(7, k.phone);
    if (k.birthday) {
        q.bind(8, format_birthday(*k.birthday));
        q.bind(9, format_birthday(Birthday{k.birthday->day, std::nullopt}));
    } else {
        q.bind(8);
        q.bind(9);
    }
    q.bind(10, k.notes);
}

void require_unique_name(Database& db, const Contact& k) {
    SQLite::Statement q(db.sql(), "SELECT 1 FROM contact WHERE client_id = ? AND name_key = ? AND id <> ?");
    q.bind(1, static_cast<std::int64_t>(k.client_id));
    q.bind(2, fold_case(k.name));
    q.bind(3, static_cast<std::int64_t>(k.id));
    if (q.executeStep())
        throw Conflict(trf("the client already has a contact named '{}'", k.name));
}

}  // namespace

Id insert_contact(Database& db, const Contact& contact) {
    require_unique_name(db, contact);
    SQLite::Statement q(db.sql(),
                        "INSERT INTO contact(client_id, name, name_key, role, decision_maker, email, phone, "
                        "birthday, birthday_md, notes) VALUES (?,?,?,?,?,?,?,?,?,?)");
    bind_contact_fields(q, contact);
    q.exec();
    return db.sql().getLastInsertRowid();
}

void update_contact(Database& db, const Contact& contact) {
    require_unique_name(db, contact);
    SQLite::Statement q(db.sql(),
                        "UPDATE contact SET client_id=?, name=?, name_key=?, role=?, decision_maker=?, "
                        "email=?, phone=?, birthday=?, birthday_md=?, notes=? WHERE id=?");
    bind_contact_fields(q, contact);
    q.bind(11, static_cast<std::int64_t>(contact.id));
    q.exec();
}

constexpr std::array<const char*, 3> k_delete_contact_steps = {
    "UPDATE touch SET contact_id = NULL WHERE contact_id = ?",
    "UPDATE followup SET contact_id = NULL WHERE contact_id = ?",
    "DELETE FROM contact WHERE id = ?",
};

void delete_contact(Database& db, Id id) {
    get_contact(db, id);  // NotFound names the id
    for (std::size_t step = 0; step < k_delete_contact_steps.size(); ++step) {
        SQLite::Statement q(db.sql(), k_delete_contact_steps[step]);
        q.bind(1, static_cast<std::int64_t>(id));
        q.exec();
    }
}

long touches_of_contact(Database& db, Id id) {
    SQLite::Statement q(db.sql(), "SELECT count(*) FROM touch WHERE contact_id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    q.executeStep();
    return q.getColumn(0).getInt64();
}

Contact get_contact(Database& db, Id id) {
    SQLite::Statement q(db.sql(), std::string(k_contact_select) + "WHERE k.id = ?");
    q.bind(1, static_cast<std::int64_t>(id));
    if (!q.executeStep()) throw NotFound(trf("no contact with id {}", id));
    return contact_from_row(q);
}

std::vector<Contact> list_contacts(Database& db, std::optional<Id> client_id) {
    // One client's contacts by the (client_id, name_key) key; "?1 IS NULL OR" would read them all.
    SQLite::Statement q(db.sql(), std::string(k_contact_select) +
                                      (client_id ? "WHERE k.client_id = ?1 " : "") +
                                      "ORDER BY c.name_key, k.client_id, k.decision_maker DESC, k.name_key, k.id");
    if (client_id) q.bind(1, static_cast<std::int64_t>(*client_id));
    std::vector<Contact> contacts;
    while (q.executeStep()) contacts.push_back(contact_from_row(q));
    return contacts;
}

Contact resolve_contact(Database& db, Id client_id, std::string_view ref) {
    const std::string text{trim(ref)};
    Id id = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    const bool numeric = ec == std::errc{} && end == text.data() + text.size();
    // As a client REF: the id, the name (case folded), the name's match key, a part of it.
    const std::string folded = fold_case(text), key = match_key(text, NameKind::Person);
    const std::vector<Contact> contacts = list_contacts(db, client_id);
    std::vector<std::string> keys;
    std::vector<Contact> same, partial;
    for (auto& k : contacts) {
        if ((numeric && k.id == id) || fold_case(k.name) == folded) return k;
        const std::string& own = keys.emplace_back(match_key(k.name, NameKind::Person));
        if (own == key) same.push_back(k);
        else if (own.find(key) != std::string::npos) partial.push_back(k);
    }
    if (!same.empty()) partial = std::move(same);
    if (partial.size() == 1) return partial.front();
    if (partial.empty()) {
        std::vector<std::string> near;
        for (std::size_t i : nearest_names(key, keys)) near.push_back(name_label(contacts[i].name, contacts[i].id));
        if (near.empty()) throw NotFound(trf("no contact of the client matches '{}'", text));
        // TRANSLATORS: "no contact of the client matches 'ana'; did you mean 'Anna Pop' (4)?": the
        // REF as typed, then the "did you mean ...?" question.
        throw NotFound(trf("no contact of the client matches '{}'; {}", text, did_you_mean(near)));
    }
    std::vector<std::string> names;
    for (auto& k : partial) names.push_back(fmt::format("{} '{}'", k.id, k.name));
    // TRANSLATORS: the REF as typed, the count, the contacts (id and name).
    throw NotFound(trn("'{}' matches {} contact: {}; give the id or more of the name",
                       "'{}' matches {} contacts: {}; give the id or more of the name", partial.size(), text,
                       partial.size(), join(names, ", ")));
}

}  // namespace acctool::store
