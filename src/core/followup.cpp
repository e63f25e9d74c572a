#include "core/followup.h"

#include <algorithm>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool {

std::string_view to_string(FollowUpState state) {
    switch (state) {
        // TRANSLATORS: a follow-up's state, as the lists show it and as typed (CSV and JSON
        // keep it in English).
        case FollowUpState::Open: return NC_("token", "open");
        case FollowUpState::Done: return NC_("token", "done");
        case FollowUpState::Dropped: return NC_("token", "dropped");
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
        throw InvalidInput(
            trf("--next '{}' needs --next-date: the day it is due (a next step without a day is never planned)", next_text));
    if (next_date && *next_date < touch_date)
        throw InvalidInput(trf("invalid next date '{}': {} is before the touch on {}", next_date_text,
                               format_date(*next_date), format_date(touch_date)));
}

bool closes_followups(TouchKind kind, const Settings& settings) {
    const std::string_view name = to_string(kind);
    return std::ranges::find(settings.contact_kinds, name) != settings.contact_kinds.end();
}

std::string describe_followup(const FollowUp& f) {
    // TRANSLATORS: "follow-up 7 'send the offer' (due 2026-11-27)": the id, the action, the day.
    if (!f.action.empty()) return trf("follow-up {} '{}' (due {})", f.id, f.action, format_date(f.due));
    // TRANSLATORS: "follow-up 7 (due 2026-11-27)": the id, the day it is due.
    return trf("follow-up {} (due {})", f.id, format_date(f.due));
}

void require_open(const FollowUp& f) {
    if (f.state == FollowUpState::Open) return;
    if (f.closed_on)
        // TRANSLATORS: "follow-up 7 (due 2026-11-27) is already done since 2026-11-25": the
        // follow-up, its state (done or dropped), the day it was closed.
        throw Conflict(trf("{} is already {} since {}", describe_followup(f), token_word(to_string(f.state)), format_date(*f.closed_on)));
    // TRANSLATORS: "follow-up 7 (due 2026-11-27) is already done": the follow-up, its state.
    throw Conflict(trf("{} is already {}", describe_followup(f), token_word(to_string(f.state))));
}

void check_move(Date new_due, std::string_view text, Date today) {
    if (new_due < today)
        throw InvalidInput(trf("invalid date '{}': {} is past; a follow-up moves to today or later", text,
                               format_date(new_due)));
}

}  // namespace acctool
