#include "store/plan_inputs.h"

#include <utility>
#include <unordered_map>

#include <SQLiteCpp/Statement.h>

#include "store/binding.h"

namespace acctool::store {
namespace {

// Each fact is a correlated subquery that SQLite answers from one index seek: last touch
// and last visit from touch_by_client (walked backwards, stopping at the first row), open
// deals from deal_open, unpaid invoices from invoice_by_client, open cases from case_open,
// the contact from the contact's (client_id, name_key) index. ?1 lists the kinds that count
// as contact, as ",call,visit,".
constexpr const char* k_facts = R"sql(
SELECT c.id, c.name, c.tier, c.status, c.cadence_days,
  (SELECT touched_on FROM touch t WHERE t.client_id = c.id AND instr(?1, ',' || t.kind || ',') > 0
     ORDER BY touched_on DESC LIMIT 1),
  (SELECT touched_on FROM touch t WHERE t.client_id = c.id AND t.kind = 'visit'
     ORDER BY touched_on DESC LIMIT 1),
  (SELECT min(expected_close) FROM deal d WHERE d.client_id = c.id AND d.stage NOT IN ('won', 'lost')),
  (SELECT min(stage_changed_on) FROM deal d WHERE d.client_id = c.id AND d.stage NOT IN ('won', 'lost')),
  (SELECT min(due_on) FROM invoice i WHERE i.client_id = c.id AND i.paid_amount < i.amount),
  (SELECT max(closed_on) FROM deal d WHERE d.client_id = c.id AND d.stage = 'won'),
  (SELECT count(*) FROM support_case s
     WHERE s.client_id = c.id AND s.resolved_at IS NULL AND s.first_response_at IS NULL),
  (SELECT substr(min(opened_at), 1, 10) FROM support_case s
     WHERE s.client_id = c.id AND s.resolved_at IS NULL),
  k.name, k.phone, c.address
FROM client c
LEFT JOIN contact k ON k.id = (SELECT id FROM contact WHERE client_id = c.id
                               ORDER BY decision_maker DESC, id LIMIT 1)
WHERE c.status <> 'archived'
ORDER BY c.id
)sql";

plan::ClientFacts facts_from_row(SQLite::Statement& q) {
    plan::ClientFacts f;
    f.client_id = q.getColumn(0).getInt64();
    f.name = q.getColumn(1).getString();
    f.tier = q.getColumn(2).getString();
    f.customer = q.getColumn(3).getString() == "customer";
    f.cadence_days = optional_int_at(q.getColumn(4));
    f.last_touch = optional_date_at(q.getColumn(5));
    f.last_visit = optional_date_at(q.getColumn(6));
    f.next_expected_close = optional_date_at(q.getColumn(7));
    f.oldest_stage_change = optional_date_at(q.getColumn(8));
    f.oldest_unpaid_due = optional_date_at(q.getColumn(9));
    f.last_won = optional_date_at(q.getColumn(10));
    f.unanswered_cases = q.getColumn(11).getInt();
    f.oldest_open_case = optional_date_at(q.getColumn(12));
    f.contact = q.getColumn(13).isNull() ? "" : q.getColumn(13).getString();
    f.phone = q.getColumn(14).isNull() ? "" : q.getColumn(14).getString();
    f.address = q.getColumn(15).getString();
    return f;
}

plan::ClientFacts* find(std::vector<plan::ClientFacts>& clients, std::unordered_map<Id, std::size_t>& at, Id id) {
    auto it = at.find(id);
    return it == at.end() ? nullptr : &clients[it->second];
}

std::string month_day_text(Date d) { return format_date(d).substr(5); }

}  // namespace

std::vector<plan::ClientFacts> plan_inputs(Database& db, const Period& range,
                                           const std::vector<std::string>& contact_kinds) {
    std::vector<plan::ClientFacts> clients;
    std::unordered_map<Id, std::size_t> at;
    SQLite::Statement facts(db.sql(), k_facts);
    std::string kinds = ",";
    for (const auto& kind : contact_kinds) kinds += kind + ",";
    facts.bind(1, kinds);
    while (facts.executeStep()) {
        clients.push_back(facts_from_row(facts));
        at[clients.back().client_id] = clients.size() - 1;
    }

    // Open follow-ups due by the range's last day, missed ones included: a range scan of
    // followup_open.
    SQLite::Statement follow_ups(db.sql(),
                                 "SELECT client_id, due_on, action FROM followup "
                                 "WHERE state = 'open' AND due_on <= ?1 ORDER BY due_on, id");
    bind_date(follow_ups, 1, range.last);
    while (follow_ups.executeStep())
        if (auto* f = find(clients, at, follow_ups.getColumn(0).getInt64()))
            f->follow_ups.push_back({date_at(follow_ups.getColumn(1)), follow_ups.getColumn(2).getString()});

    // Birthdays: range scans of contact_by_birthday over MM-DD, in two parts when the
    // range crosses New Year; a range of a year or more takes every birthday.
    const bool whole_year = range.days() >= 366;
    const std::string from = whole_year ? "01-01" : month_day_text(range.first);
    std::string to = whole_year ? "12-31" : month_day_text(range.last);
    if (to == "02-28") to = "02-29";  // a 02-29 birthday falls on 02-28 in other years
    std::vector<std::pair<std::string, std::string>> spans{{from, to}};
    if (from > to) spans = {{from, "12-31"}, {"01-01", to}};
    for (const auto& [low, high] : spans) {
        SQLite::Statement birthdays(db.sql(),
                                    "SELECT client_id, birthday_md FROM contact "
                                    "WHERE birthday_md IS NOT NULL AND birthday_md BETWEEN ? AND ?");
        birthdays.bind(1, low);
        birthdays.bind(2, high);
        while (birthdays.executeStep())
            if (auto* f = find(clients, at, birthdays.getColumn(0).getInt64())) {
                const std::string md = birthdays.getColumn(1).getString();
                const auto month = static_cast<unsigned>(std::stoi(md.substr(0, 2)));
                const auto day = static_cast<unsigned>(std::stoi(md.substr(3, 2)));
                f->birthdays.emplace_back(std::chrono::month{month}, std::chrono::day{day});
            }
    }
    return clients;
}

}  // namespace acctool::store
