#include "core/commission.h"

#include <algorithm>
#include <tuple>

#include "core/exact_sum.h"

namespace acctool {
namespace {

bool has_positive(std::optional<Money> target) { return target && target->minor > 0; }

std::vector<CommissionBand> sorted_bands(const Settings& settings) {
    std::vector<CommissionBand> bands = settings.commission_bands;
    std::stable_sort(bands.begin(), bands.end(),
                     [](const CommissionBand& a, const CommissionBand& b) { return a.from < b.from; });
    return bands;
}

// The bands with their money boundaries and nothing paid yet.
std::vector<BandSlice> empty_slices(Money target, const Settings& settings) {
    std::vector<BandSlice> slices;
    for (const CommissionBand& band : sorted_bands(settings))
        slices.push_back(BandSlice{band.from, band.rate, apply_rate(target, band.from), std::nullopt, {}, {}});
    for (std::size_t i = 0; i + 1 < slices.size(); ++i) slices[i].end = slices[i + 1].start;
    return slices;
}

void pay_graduated(std::vector<BandSlice>& slices, Money basis) {
    for (BandSlice& s : slices) {
        const Money top = s.end ? std::min(basis, *s.end) : basis;
        s.basis = top > s.start ? top - s.start : Money{};
        s.commission = apply_rate(s.basis, s.rate);
    }
}

void pay_retroactive(std::vector<BandSlice>& slices, Money basis) {
    if (basis.minor <= 0) return;
    BandSlice* highest = nullptr;
    for (BandSlice& s : slices)
        if (basis >= s.start) highest = &s;
    if (!highest) return;
    highest->basis = basis;
    highest->commission = apply_rate(basis, highest->rate);
}

}  // namespace

std::optional<double> attainment_of(Money value, std::optional<Money> target) {
    if (!has_positive(target)) return std::nullopt;
    return money_ratio(value, *target);
}

std::optional<double> attainment_of(std::int64_t value, std::optional<int> target) {
    if (!target || *target <= 0) return std::nullopt;
    return static_cast<double>(value) / static_cast<double>(*target);
}

CommissionResult compute_commission(Money basis, std::optional<Money> target, const Settings& settings) {
    CommissionResult result;
    if (!has_positive(target)) return result;
    result.attainment = attainment_of(basis, target);
    result.bands = empty_slices(*target, settings);
    if (settings.commission_method == CommissionMethod::Retroactive) pay_retroactive(result.bands, basis);
    else pay_graduated(result.bands, basis);
    // Below the threshold the breakdown still shows where the basis fell, paying nothing.
    result.below_threshold = basis < apply_rate(*target, settings.commission_threshold);
    // Each band's commission is shown rounded; the total is the exact sum, rounded once.
    ExactSum total;
    for (BandSlice& s : result.bands) {
        if (result.below_threshold) s.commission = {};
        else total.add(s.basis, s.rate);
    }
    result.before_cap = total.rounded();
    result.commission = result.before_cap;
    if (settings.commission_cap && result.commission > *settings.commission_cap) {
        result.commission = *settings.commission_cap;
        result.capped = true;
    }
    return result;
}

std::optional<Money> to_next_band(Money basis, std::optional<Money> target, const Settings& settings) {
    if (!has_positive(target)) return std::nullopt;
    std::vector<Money> boundaries{apply_rate(*target, settings.commission_threshold)};
    for (const CommissionBand& band : settings.commission_bands) boundaries.push_back(apply_rate(*target, band.from));
    std::optional<Money> next;
    for (Money b : boundaries)
        if (b > basis && (!next || b < *next)) next = b;
    if (!next) return std::nullopt;
    return *next - basis;
}

std::vector<BonusEvent> bonus_events(const std::vector<BonusRule>& rules,
                                     const std::vector<NewClientEvent>& new_clients,
                                     const std::vector<FirstProductSaleEvent>& first_sales) {
    std::vector<NewClientEvent> clients = new_clients;
    std::sort(clients.begin(), clients.end(), [](const auto& a, const auto& b) {
        return std::tie(a.date, a.client_id) < std::tie(b.date, b.client_id);
    });
    std::vector<FirstProductSaleEvent> sales = first_sales;
    std::sort(sales.begin(), sales.end(), [](const auto& a, const auto& b) {
        return std::tie(a.date, a.client_id, a.product) < std::tie(b.date, b.client_id, b.product);
    });
    std::vector<BonusEvent> events;
    for (const BonusRule& rule : rules) {
        if (rule.on == BonusOn::NewClient)
            for (const auto& c : clients)
                events.push_back({rule.name, std::string(to_string(rule.on)), c.client_id, c.client, "", c.date, rule.amount});
        if (rule.on == BonusOn::FirstProductSale)
            for (const auto& s : sales)
                events.push_back({rule.name, std::string(to_string(rule.on)), s.client_id, s.client, s.product, s.date, rule.amount});
    }
    return events;
}

Money total_bonus(const std::vector<BonusEvent>& events) {
    Money total;
    for (const BonusEvent& e : events) total += e.amount;
    return total;
}

Money variable_pay(Money variable_target, const std::vector<KpiWeight>& kpis, const KpiAttainments& attainments) {
    double factor = 0;
    for (const KpiWeight& kpi : kpis) {
        std::optional<double> a = kpi.metric == "revenue"          ? attainments.revenue
                                  : kpi.metric == "active_clients" ? attainments.active_clients
                                  : kpi.metric == "new_clients"    ? attainments.new_clients
                                                                   : std::nullopt;
        if (!a || *a < kpi.floor) continue;
        factor += kpi.weight * std::min(std::max(*a, 0.0), kpi.cap);
    }
    return apply_rate(variable_target, factor);
}

}  // namespace acctool
