#include "core/statement.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/commission.h"
#include "core/i18n.h"

namespace acctool {
namespace {

// 0.02 -> "2%", 0.035 -> "3.5%".
std::string percent(double rate) {
    std::string text = std::to_string(std::round(rate * 10000.0) / 100.0);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text + "%";
}

// The bands the basis moved through from `before` to `after` (graduated), or the band
// reached after it (retroactive).
std::string bands_of(const CommissionResult& after_result, Money before, Money after, const Settings& settings) {
    if (after_result.bands.empty()) return "";
    // TRANSLATORS: the bands column of the commission statement for a line below the
    // threshold (CSV and JSON keep it in English).
    if (after_result.below_threshold) return NC_("token", "below threshold");
    std::vector<std::string> names;
    if (settings.commission_method == CommissionMethod::Retroactive) {
        for (const BandSlice& s : after_result.bands)
            if (s.basis > Money{}) names.push_back(percent(s.rate));
    } else {
        const Money low = std::min(before, after), high = std::max(before, after);
        for (const BandSlice& s : after_result.bands) {
            const bool starts_below_high = s.start < high;
            const bool ends_above_low = !s.end || *s.end > low;
            if (starts_below_high && ends_above_low && high > Money{}) names.push_back(percent(s.rate));
        }
    }
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "+") + n;
    return out;
}

}  // namespace

std::string_view to_string(StatementKind kind) {
    switch (kind) {
        // TRANSLATORS: the kind of a commission statement's line (CSV and JSON keep it in English).
        case StatementKind::Deal: return NC_("token", "deal");
        case StatementKind::Payment: return NC_("token", "payment");
        case StatementKind::Refund: return NC_("token", "refund");
    }
    return "deal";
}

std::vector<StatementLine> commission_statement(std::vector<StatementEvent> events, std::optional<Money> target,
                                                const Settings& settings) {
    std::stable_sort(events.begin(), events.end(), [](const StatementEvent& a, const StatementEvent& b) {
        return std::tie(a.date, a.kind, a.id) < std::tie(b.date, b.kind, b.id);
    });
    std::vector<StatementLine> lines;
    Money basis;
    Money running = compute_commission(basis, target, settings).commission;
    for (const StatementEvent& e : events) {
        const Money before = basis;
        basis += e.amount;
        const CommissionResult result = compute_commission(basis, target, settings);
        lines.push_back({e, basis, bands_of(result, before, basis, settings), result.commission - running,
                         result.commission});
        running = result.commission;
    }
    return lines;
}

}  // namespace acctool
