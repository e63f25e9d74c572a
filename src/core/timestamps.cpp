#include "core/timestamps.h"

#include "core/errors.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"

namespace acctool {
namespace {

bool two_digits(std::string_view s, int max, int& value) {
    if (s.size() != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return false;
    value = (s[0] - '0') * 10 + (s[1] - '0');
    return value <= max;
}

}  // namespace

std::string parse_timestamp(std::string_view text, Date today) {
    const std::string_view t = trim(text);
    const std::string bad = trf("invalid time '{}': expected YYYY-MM-DDTHH:MM or a date", text);
    if (t.size() == 16 && (t[10] == 'T' || t[10] == ' ')) {
        int hour = 0, minute = 0;
        auto date = try_parse_iso_date(t.substr(0, 10));
        if (!date || t[13] != ':' || !two_digits(t.substr(11, 2), 23, hour) || !two_digits(t.substr(14, 2), 59, minute))
            throw InvalidInput(bad);
        require_not_future(*date, today, NC_("event", "case"), text);
        return format_date(*date) + "T" + std::string(t.substr(11, 5));
    }
    Date date;
    try {
        date = parse_date(t, today, Direction::Past);
    } catch (const InvalidInput&) {
        throw InvalidInput(bad);
    }
    require_not_future(date, today, NC_("event", "case"), text);
    return format_date(date) + "T09:00";
}

}  // namespace acctool
