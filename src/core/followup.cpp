#include "core/followup.h"

#include <algorithm>

#include "core/errors.h"

namespace acctool {

std::string_view to_string(FollowUpState state) {
    switch (state) {
        case FollowUpState::Open: return "open";
        case FollowUpState::Done: return "done";
        case FollowUpState::Dropped: return "dropped";
    }
    return "open";
}

FollowUpState parse_followup_state(std::string_view text) {
    if (text == "done") return FollowUpState::Done;
    if (text == "dropped") return FollowUpState::Dropped;
    return FollowUpState::Open;
}

void check_next_step(std::string_view next_text, const std::optional<Date>& next_date, std::string_view next_date_text,
                     Date touch_date) {
    if (!next_text.empty() && !next_date)
        throw InvalidInput("--next '" + std::string(next_text) +
                           "' needs --next-date: the day it is due (a next step without a day is never planned)");
    if (next_date && *next_date < touch_date)
        throw InvalidInput("invalid next date '" + std::string(next_date_text) + "': " + format_date(*next_date) +
                           " is before the touch on " + format_date(touch_date));
}

bool closes_followups(TouchKind kind, const Settings& settings) {
    const std::string_view name = to_string(kind);
    return std::ranges::find(settings.contact_kinds, name) != settings.contact_kinds.end();
}

std::string describe_followup(const FollowUp& f) {
    std::string text = "follow-up " + std::to_string(f.id);
    if (!f.action.empty()) text += " '" + f.action + "'";
    return text + " (due " + format_date(f.due) + ")";
}

void require_open(const FollowUp& f) {
    if (f.state == FollowUpState::Open) return;
    throw Conflict(describe_followup(f) + " is already " + std::string(to_string(f.state)) +
                   (f.closed_on ? " since " + format_date(*f.closed_on) : std::string()));
}

void check_move(Date new_due, std::string_view text, Date today) {
    if (new_due < today)
        throw InvalidInput("invalid date '" + std::string(text) + "': " + format_date(new_due) +
                           " is past; a follow-up moves to today or later");
}

}  // namespace acctool
