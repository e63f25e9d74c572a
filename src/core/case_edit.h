#pragma once
// Corrections of a case (man page, "Cases"): `case edit` changes any field as typed,
// `case reopen` makes a resolved case open again. Pure rules on plain structs.
#include <optional>
#include <string>

#include "core/corrections.h"
#include "core/dates.h"
#include "core/model.h"

namespace acctool {

// The fields of `case edit` as typed; empty optionals are left unchanged. Times are
// YYYY-MM-DDTHH:MM or a date (09:00), never after today.
struct CaseEdit {
    std::optional<std::string> summary;
    std::optional<std::string> severity;
    std::optional<std::string> opened;
    std::optional<std::string> responded;  // only of a case that has a first response
    std::optional<std::string> resolved;   // only of a resolved case
    std::optional<std::string> note;       // the resolution note: only of a resolved case; '' clears

    bool empty() const { return !summary && !severity && !opened && !responded && !resolved && !note; }
};

// Applies the edit and returns what changed (the case is left as it was on a throw).
// InvalidInput names a bad value or times out of order (opened, first response,
// resolved); Conflict when the field does not apply to the case (a note of an open case).
ChangeList apply_case_edit(SupportCase& c, const CaseEdit& edit, Date today);

// A resolution note: trimmed, valid UTF-8, no control characters but tab and newline.
std::string parse_resolution_note(const std::string& text);

// Resolved -> open: the resolution time and note go, the first response stays. Conflict
// when the case is open.
void reopen_case(SupportCase& c);

// "case 4 of 'Acme SRL', high, opened 2026-11-20T09:00 'late delivery'".
std::string describe_case(const SupportCase& c);

}  // namespace acctool
