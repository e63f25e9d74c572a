#pragma once
// The weekly plan of the man page's PLAN SCORING: from plain per-client facts, the settings, the range
// and today, the reasons to contact each client, a score, and a day. Pure: the store
// gathers the facts (store/plan_inputs.h), the CLI renders the result.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool::plan {

// In the order they are listed in the output.
enum class Reason {
    FollowUp, FollowUpMissed, Birthday, Cadence, Visit, DealClosing, DealStale, InvoiceOverdue, Dormant, CaseOpen
};

// An open follow-up of the client due by the range's last day.
struct FollowUpFact {
    Date due;
    std::string action;
};

std::string_view reason_token(Reason r);  // "follow-up", "deal-stale", ...
// "follow-up due", "deal gone stale", ...: words for people, in English, marked
// NC_("reason", ...): where they are shown translated is the caller's (today's detail
// column is also machine output, and ICS text follows owner.language only).
std::string_view reason_words(Reason r);

enum class Kind { Call, Visit };
std::string_view kind_token(Kind k);  // "call" | "visit"

// What the store knows about one non-archived client; every date is a plain fact, every
// rule (what is overdue, stale, dormant) is applied by compute_reasons.
struct ClientFacts {
    Id client_id = 0;
    std::string name;
    std::string tier;
    bool customer = true;                       // status customer (prospects are never dormant)
    std::optional<int> cadence_days;            // the client's override of its tier's cadence
    std::optional<Date> last_touch;             // of a kind in plan.contact_kinds
    std::optional<Date> last_visit;             // touches of kind visit
    std::vector<FollowUpFact> follow_ups;       // open ones due by the range's last day, oldest first
    std::vector<std::chrono::month_day> birthdays;  // contacts' birthdays (month and day)
    std::optional<Date> next_expected_close;    // earliest expected close of an open deal
    std::optional<Date> oldest_stage_change;    // earliest stage_changed_on of an open deal
    std::optional<Date> oldest_unpaid_due;      // earliest due date of a not fully paid invoice
    std::optional<Date> last_won;               // latest closed_on of a won deal
    int unanswered_cases = 0;                   // open cases with no first response
    std::optional<Date> oldest_open_case;       // earliest opening day of an open case
    std::string contact;                        // the decision maker, else the first contact
    std::string phone;
    std::string address;                        // the client's, where a visit goes
};

// One line of the --explain breakdown: a reason and the points it adds, flat ("+40") or
// the tier's weight times the days a cadence or a visit is late ("3 × 12 days overdue",
// "0 × 12 days overdue" too: a tier may weigh 0).
struct ScorePart {
    Reason reason;
    long long points = 0;
    int weight = 0;
    std::optional<long long> days;  // the days late, for weight × days; empty: flat points
};

struct PlanItem {
    Id client_id = 0;
    std::string client;
    std::string tier;
    std::string contact;
    std::string phone;
    std::string address;
    Kind kind = Kind::Call;
    std::vector<Reason> reasons;  // in enum order
    std::vector<std::string> actions;  // of its follow-ups, oldest due first
    long long score = 0;
    std::vector<ScorePart> parts;
    std::optional<Date> pinned;   // the workday a follow-up, missed follow-up or birthday holds it to
    std::optional<Date> due;      // the day its earliest reason falls due; empty: already due
    std::optional<Date> date;     // empty: overflow
    int slot = 0;                 // position on its day, from 0 (calls and visits share slots)
    std::optional<int> start_minutes;  // from midnight; empty: no room left in the day (all day)
    int duration_minutes = 0;          // calendar.slot_minutes or visit_minutes
};

// The --explain breakdown of an item's score. In tokens, the same in every language, for
// CSV and JSON: "cadence 3 × 12 days overdue = 36; invoice-overdue +40". In words, for
// tables, in the user's language: "due for contact: 3 × 12 days overdue = 36; invoice
// overdue +40" (its separator between parts too).
std::string explanation(const PlanItem& item, bool words);

struct Plan {
    Period range;
    std::vector<Date> workdays;    // of the range, holidays removed
    std::vector<PlanItem> items;   // scheduled by date and slot, then overflow by score
};

// The reasons, kind and score of one client, or nothing when it has no reason.
std::optional<PlanItem> assess(const ClientFacts& facts, const Settings& settings, const Period& range, Date today);

// The workdays of the range: configured weekdays less holidays.
std::vector<Date> workdays_of(const Period& range, const Settings& settings);
// A day of calendar.workdays that is not one of calendar.holidays.
bool is_workday(Date d, const Settings& settings);

// The range `plan` covers when none is given: today through this week's Sunday (so that a
// weekend birthday still lands on the Friday before), or the whole next week once today is
// past this week's last workday: a plan made at the end of the week is for the week ahead.
struct DefaultRange {
    Period period;
    bool next_week = false;
};
DefaultRange default_range(Date today, const Settings& settings);

// Places assessed items on the workdays from today on: pinned ones on their workday (one
// before today moves to the first day still to come) even past its capacity; then the
// rest in score order (ties by client id): an item already due on the earliest day with
// capacity left for its kind, an item falling due inside the range on its due day or the
// nearest earlier day with capacity, then later. What does not fit keeps no date. Each
// day's items then get times from day_start, back to back, while they end by day_end.
// Deterministic.
Plan schedule(std::vector<PlanItem> items, const Settings& settings, const Period& range, Date today);

// assess every client, then schedule.
Plan make_plan(const std::vector<ClientFacts>& clients, const Settings& settings, const Period& range, Date today);

// Scoring weights (the man page's PLAN SCORING lists them).
inline constexpr long long k_follow_up_points = 100;
inline constexpr long long k_birthday_points = 50;
inline constexpr long long k_case_open_points = 60;
inline constexpr long long k_invoice_overdue_points = 40;
inline constexpr long long k_deal_closing_points = 30;
inline constexpr long long k_dormant_points = 25;
inline constexpr long long k_deal_stale_points = 20;
inline constexpr int k_case_response_days = 7;  // an answered case still counts when open longer

}  // namespace acctool::plan
