#pragma once
// Follow-ups (man page, FOLLOW-UPS): a promised next step, opened by a touch's --next-date,
// closed by a later contact of the client or by hand (`followup done`), moved or dropped.
// The rules on plain structs; the store keeps the records.
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"

namespace acctool {

enum class FollowUpState { Open, Done, Dropped };
std::string_view to_string(FollowUpState state);
FollowUpState parse_followup_state(std::string_view text);  // as stored

struct FollowUp {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;
    Date due;
    std::string action;
    std::optional<Id> contact_id;
    std::string contact_name;
    std::optional<Id> touch_id;   // the touch that opened it
    FollowUpState state = FollowUpState::Open;
    std::optional<Date> closed_on;
    std::optional<Id> closed_by;  // the touch that closed it
};

// `--next TEXT` needs `--next-date` (a next step without a day is never planned), and the
// day is not before the touch: InvalidInput naming the value.
void check_next_step(std::string_view next_text, const std::optional<Date>& next_date, std::string_view next_date_text,
                     Date touch_date);
// A touch of a contact kind (plan.contact_kinds: by default all but note) closes the
// client's open follow-ups due on or before its date.
bool closes_followups(TouchKind kind, const Settings& settings);
// Done, moved and dropped apply to open follow-ups: Conflict naming its state otherwise.
void require_open(const FollowUp& f);
// A follow-up moves to today or later: InvalidInput for a past day.
void check_move(Date new_due, std::string_view text, Date today);
// "follow-up 3 'send the quote' (due 2026-11-27)".
std::string describe_followup(const FollowUp& f);

}  // namespace acctool
