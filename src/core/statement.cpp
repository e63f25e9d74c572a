#include "core/statement.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/commission.h"
#include "core/i18n.h"

namespace acctool {
namespace {

// 0.02 -> "2", 0.035 -> "3.5".
std::string percent_number(double rate) {
    std::string text = std::to_string(std::round(rate * 10000.0) / 100.0);
    text.erase(text.find_last_not_of('0') + 1);
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
}

std::string joined(const std::vector<double>& rates, std::string_view percent_sign) {
    std::string out;
    for (const double r : rates) out += (out.empty() ? "" : "+") + percent_number(r) + std::string(percent_sign);
    return out;
}

// The rates of the bands the basis moved through from `before` to `after` (graduated), or
// of the band reached after it (retroactive).
std::vector<double> band_rates_of(const CommissionResult& after_result, Money before, Money after,
                                  const Settings& settings) {
    std::vector<double> rates;
    if (settings.commission_method == CommissionMethod::Retroactive) {
        for (const BandSlice& s : after_result.bands)
            if (s.basis > Money{}) rates.push_back(s.rate);
    } else {
        const Money low = std::min(before, after), high = std::max(before, after);
        for (const BandSlice& s : after_result.bands) {
            const bool starts_below_high = s.start < high;
            const bool ends_above_low = !s.end || *s.end > low;
            if (starts_below_high && ends_above_low && high > Money{}) rates.push_back(s.rate);
        }
    }
    return rates;
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

std::string bands_for_people(const StatementLine& line) {
    return line.band_rates.empty() ? line.bands : joined(line.band_rates, " %");
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
        StatementLine line{e, basis, "", {}, result.commission - running, result.commission};
        if (result.below_threshold && !result.bands.empty())
            // TRANSLATORS: the bands column of the commission statement for a line below the
            // threshold (CSV and JSON keep it in English).
            line.bands = NC_("token", "below threshold");
        else if (!result.bands.empty()) {
            line.band_rates = band_rates_of(result, before, basis, settings);
            line.bands = joined(line.band_rates, "%");
        }
        lines.push_back(std::move(line));
        running = result.commission;
    }
    return lines;
}

}  // namespace acctool
