#pragma once
// The rules of a touch's fields, shared by `touch` (logging one) and `touch edit`
// (man page, "Touches" and "Corrections"). The follow-ups a touch opened or closed are
// records of their own (core/followup.h): an edit of the touch leaves them as they are.
#include <optional>
#include <string>
#include <string_view>

#include "core/corrections.h"
#include "core/dates.h"
#include "core/model.h"

namespace acctool {

// A summary or next action as parse_text (core/fields.h) checks it (empty is allowed).
std::string touch_text(std::string_view text, std::string_view what);

// The fields of `touch edit` as typed; empty optionals are left unchanged. The contact is
// resolved by the command (it needs the client's contacts).
struct TouchEdit {
    std::optional<std::string> kind;
    std::optional<std::string> date;       // when it happened: not in the future
    std::optional<std::string> summary;

    bool empty() const { return !kind && !date && !summary; }
};

// Applies the edit and returns what changed. Throws InvalidInput naming a bad value; the
// touch is then as it was.
ChangeList apply_touch_edit(Touch& touch, const TouchEdit& edit, Date today);

// "touch 7, call with 'Acme SRL' on 2026-11-20 'quote sent'": what a question names.
std::string describe_touch(const Touch& touch);

}  // namespace acctool
