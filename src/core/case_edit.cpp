#include "core/case_edit.h"

#include "core/errors.h"
#include "core/fields.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/timestamps.h"

namespace acctool {
namespace {

// Timestamps sort as text ("YYYY-MM-DDTHH:MM"), so order checks compare strings.
// `message` names the later time, then the earlier one.
void require_order(const std::string& earlier, const std::string& later, const char* message) {
    if (later.empty() || earlier.empty() || !(later < earlier)) return;
    throw InvalidInput(trf(message, later, earlier));
}

}  // namespace

std::string parse_resolution_note(const std::string& text) {
    return parse_text(text, NC_("field", "resolution note"), TextKind::Lines);
}

ChangeList apply_case_edit(SupportCase& c, const CaseEdit& edit, Date today) {
    SupportCase after = c;
    const std::string id = std::to_string(c.id);
    if (edit.summary) after.summary = parse_name(*edit.summary, NC_("field", "case summary"), TextKind::Lines);
    if (edit.severity) after.severity = parse_severity(trim(*edit.severity));
    if (edit.opened) after.opened_at = parse_timestamp(*edit.opened, today);
    if (edit.responded) {
        if (c.first_response_at.empty())
            // TRANSLATORS: both {} are the case's id.
            throw Conflict(trf("case {} has no first response yet: record it with acct case respond {}", id, id));
        after.first_response_at = parse_timestamp(*edit.responded, today);
    }
    if (edit.resolved || edit.note) {
        if (c.resolved_at.empty())
            // TRANSLATORS: "case 4 is open: --note is of a resolved case (acct case resolve 4 --note
            // TEXT)"; the second {} is the option given, --resolved or --note.
            throw Conflict(trf("case {} is open: {} is of a resolved case (acct case resolve {} --note TEXT)", id,
                               edit.resolved ? "--resolved" : "--note", id));
    }
    if (edit.resolved) after.resolved_at = parse_timestamp(*edit.resolved, today);
    if (edit.note) after.resolution_note = parse_resolution_note(*edit.note);
    require_order(after.opened_at, after.first_response_at,
                  // TRANSLATORS: the {} are times, YYYY-MM-DDTHH:MM.
                  N_("invalid times: the case would be first answered at {}, before it was opened at {}"));
    require_order(after.opened_at, after.resolved_at,
                  // TRANSLATORS: the {} are times, YYYY-MM-DDTHH:MM.
                  N_("invalid times: the case would be resolved at {}, before it was opened at {}"));
    require_order(after.first_response_at, after.resolved_at,
                  // TRANSLATORS: the {} are times, YYYY-MM-DDTHH:MM.
                  N_("invalid times: the case would be resolved at {}, before it was first answered at {}"));
    ChangeList changes;
    changes.add_text(NC_("field", "summary"), c.summary, after.summary);
    changes.add(NC_("field", "severity"), token_word(to_string(c.severity)),
                token_word(to_string(after.severity)));
    changes.add(NC_("field", "opened"), c.opened_at, after.opened_at);
    changes.add(NC_("field", "first response"), c.first_response_at, after.first_response_at);
    changes.add(NC_("field", "resolved"), c.resolved_at, after.resolved_at);
    changes.add_text(NC_("field", "note"), c.resolution_note, after.resolution_note);
    c = after;
    return changes;
}

void reopen_case(SupportCase& c) {
    if (c.resolved_at.empty())
        throw Conflict(trf("case {} is open: only a resolved case can be reopened", c.id));
    c.resolved_at.clear();
    c.resolution_note.clear();
}

std::string describe_case(const SupportCase& c) {
    // TRANSLATORS: "case 4 of 'Acme SRL', high, opened 2026-11-20T09:00 'printer down'": the
    // id, the client, the severity (low, normal, high, critical: as translated for tables), the
    // time, the summary.
    return trf("case {} of '{}', {}, opened {} '{}'", c.id, c.client_name,
               token_word(to_string(c.severity)), c.opened_at, c.summary);
}

}  // namespace acctool
