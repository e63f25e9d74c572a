#include "core/touch_edit.h"

#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/text.h"

namespace acctool {

// The summary may hold several lines; the next action is one line.
std::string touch_text(std::string_view text, std::string_view what) {
    return parse_text(text, what, what == "summary" ? TextKind::Lines : TextKind::Line);
}

ChangeList apply_touch_edit(Touch& touch, const TouchEdit& edit, Date today) {
    Touch after = touch;
    if (edit.kind) after.kind = parse_touch_kind(trim(*edit.kind));
    if (edit.date) after.date = parse_happened_date(*edit.date, today, "touch");
    if (edit.summary) after.summary = touch_text(*edit.summary, "summary");
    ChangeList changes;
    changes.add("kind", std::string(to_string(touch.kind)), std::string(to_string(after.kind)));
    changes.add("date", format_date(touch.date), format_date(after.date));
    changes.add_text("summary", touch.summary, after.summary);
    touch = after;
    return changes;
}

std::string describe_touch(const Touch& t) {
    std::string text = "touch " + std::to_string(t.id) + ", " + std::string(to_string(t.kind)) + " with '" +
                       t.client_name + "' on " + format_date(t.date);
    if (!t.summary.empty()) text += " '" + t.summary + "'";
    return text;
}

}  // namespace acctool
