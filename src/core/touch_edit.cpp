#include "core/touch_edit.h"

#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {

// The summary may hold several lines; the next action is one line.
std::string touch_text(std::string_view text, std::string_view what) {
    return parse_text(text, what, what == "summary" ? TextKind::Lines : TextKind::Line);
}

ChangeList apply_touch_edit(Touch& touch, const TouchEdit& edit, Date today) {
    Touch after = touch;
    if (edit.kind) after.kind = parse_touch_kind(trim(*edit.kind));
    if (edit.date) after.date = parse_happened_date(*edit.date, today, NC_("event", "touch"));
    if (edit.summary) after.summary = touch_text(*edit.summary, NC_("field", "summary"));
    ChangeList changes;
    changes.add(NC_("field", "kind"), token_word(to_string(touch.kind)), token_word(to_string(after.kind)));
    changes.add(NC_("field", "date"), format_date(touch.date), format_date(after.date));
    changes.add_text(NC_("field", "summary"), touch.summary, after.summary);
    touch = after;
    return changes;
}

std::string describe_touch(const Touch& t) {
    // The kind as tables show it.
    const char* kind = token_word(to_string(t.kind));
    if (!t.summary.empty())
        // TRANSLATORS: "touch 12, call with 'Acme SRL' on 2026-11-20 'quote sent'": the id, the
        // kind (call, visit, meeting, email, message, note: as translated for tables), the client,
        // the day, the summary.
        return trf("touch {}, {} with '{}' on {} '{}'", t.id, kind, t.client_name, format_date(t.date), t.summary);
    // TRANSLATORS: "touch 12, call with 'Acme SRL' on 2026-11-20".
    return trf("touch {}, {} with '{}' on {}", t.id, kind, t.client_name, format_date(t.date));
}

}  // namespace acctool
