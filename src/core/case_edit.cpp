#include "core/case_edit.h"

#include "core/errors.h"
#include "core/fields.h"
#include "core/text.h"
#include "core/timestamps.h"

namespace acctool {
namespace {

// Timestamps sort as text ("YYYY-MM-DDTHH:MM"), so order checks compare strings.
void require_order(const std::string& earlier, std::string_view earlier_what, const std::string& later,
                   std::string_view later_what) {
    if (later.empty() || earlier.empty() || !(later < earlier)) return;
    throw InvalidInput("invalid times: the case would be " + std::string(later_what) + " at " + later +
                       ", before it was " + std::string(earlier_what) + " at " + earlier);
}

}  // namespace

std::string parse_resolution_note(const std::string& text) {
    return parse_text(text, "resolution note", TextKind::Lines);
}

ChangeList apply_case_edit(SupportCase& c, const CaseEdit& edit, Date today) {
    SupportCase after = c;
    const std::string id = std::to_string(c.id);
    if (edit.summary) after.summary = parse_name(*edit.summary, "case summary", TextKind::Lines);
    if (edit.severity) after.severity = parse_severity(trim(*edit.severity));
    if (edit.opened) after.opened_at = parse_timestamp(*edit.opened, today);
    if (edit.responded) {
        if (c.first_response_at.empty())
            throw Conflict("case " + id + " has no first response yet: record it with acct case respond " + id);
        after.first_response_at = parse_timestamp(*edit.responded, today);
    }
    if (edit.resolved || edit.note) {
        if (c.resolved_at.empty())
            throw Conflict("case " + id + " is open: " + (edit.resolved ? "--resolved" : "--note") +
                           " is of a resolved case (acct case resolve " + id + " --note TEXT)");
    }
    if (edit.resolved) after.resolved_at = parse_timestamp(*edit.resolved, today);
    if (edit.note) after.resolution_note = parse_resolution_note(*edit.note);
    require_order(after.opened_at, "opened", after.first_response_at, "first answered");
    require_order(after.opened_at, "opened", after.resolved_at, "resolved");
    require_order(after.first_response_at, "first answered", after.resolved_at, "resolved");
    ChangeList changes;
    changes.add_text("summary", c.summary, after.summary);
    changes.add("severity", std::string(to_string(c.severity)), std::string(to_string(after.severity)));
    changes.add("opened", c.opened_at, after.opened_at);
    changes.add("first response", c.first_response_at, after.first_response_at);
    changes.add("resolved", c.resolved_at, after.resolved_at);
    changes.add_text("note", c.resolution_note, after.resolution_note);
    c = after;
    return changes;
}

void reopen_case(SupportCase& c) {
    if (c.resolved_at.empty())
        throw Conflict("case " + std::to_string(c.id) + " is open: only a resolved case can be reopened");
    c.resolved_at.clear();
    c.resolution_note.clear();
}

std::string describe_case(const SupportCase& c) {
    return "case " + std::to_string(c.id) + " of '" + c.client_name + "', " + std::string(to_string(c.severity)) +
           ", opened " + c.opened_at + " '" + c.summary + "'";
}

}  // namespace acctool
