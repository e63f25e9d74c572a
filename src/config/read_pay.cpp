// [targets], [commission] and [compensation]: what the account manager must reach and
// what it pays (man page: KPI AND COMMISSION DEFINITIONS).
#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "config/reader.h"
#include "core/i18n.h"

namespace acctool::config::detail {
namespace {

// Attainment ratios (threshold, band starts, KPI floors and caps) above 10 (1000 %) are
// almost surely percentages typed as whole numbers: 80 meaning 0.8.
constexpr double k_max_attainment = 10;
constexpr int k_max_count_target = 1'000'000;

bool all_digits(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// "2026" for year, "2026-Q4" for quarter, "2026-11" for month.
bool is_period_label(std::string_view label, TargetPeriod kind) {
    if (label.size() < 4 || !all_digits(label.substr(0, 4)) || label[0] == '0') return false;
    std::string_view rest = label.substr(4);
    if (kind == TargetPeriod::Year) return rest.empty();
    if (kind == TargetPeriod::Quarter) return rest.size() == 3 && rest[0] == '-' && rest[1] == 'Q' &&
                                  rest[2] >= '1' && rest[2] <= '4';
    if (rest.size() != 3 || rest[0] != '-' || !all_digits(rest.substr(1))) return false;
    int month = (rest[1] - '0') * 10 + (rest[2] - '0');
    return month >= 1 && month <= 12;
}

std::string_view label_example(TargetPeriod kind) {
    if (kind == TargetPeriod::Year) return "\"2026\"";
    if (kind == TargetPeriod::Quarter) return "\"2026-Q4\"";
    return "\"2026-11\"";
}

// "must be a quarter label such as "2026-Q4", as targets.period is "quarter"".
std::string period_label_problem(TargetPeriod kind) {
    const std::string example(label_example(kind)), period = quote(to_string(kind));
    // TRANSLATORS: the {} are an example label and the value of targets.period, as written.
    if (kind == TargetPeriod::Year) return trf("must be a year label such as {}, as targets.period is {}", example, period);
    // TRANSLATORS: the {} are an example label and the value of targets.period, as written.
    if (kind == TargetPeriod::Quarter) return trf("must be a quarter label such as {}, as targets.period is {}", example, period);
    // TRANSLATORS: the {} are an example label and the value of targets.period, as written.
    return trf("must be a month label such as {}, as targets.period is {}", example, period);
}

// The keys of [targets] and of each override. An override keeps only what it sets;
// Settings::targets_for fills the rest from [targets].
Targets read_target_values(const Section& section, Targets targets) {
    if (auto revenue = section.money("revenue")) targets.revenue = revenue;
    if (auto n = section.whole("new_clients", 0, k_max_count_target)) targets.new_clients = n;
    if (auto n = section.whole("active_clients", 0, k_max_count_target)) targets.active_clients = n;
    return targets;
}

// Labels must be of the kind targets.period names, or kpi would never look them up.
std::map<std::string, Targets> read_period_targets(const Section& periods, TargetPeriod kind) {
    std::map<std::string, Targets> out;
    for (auto&& [key, node] : periods.table()) {
        std::string label(key.str());
        if (!is_period_label(label, kind))
            periods.reject_key(key, period_label_problem(kind));
        std::optional<Section> period = periods.section(label);
        period->allow_only({"revenue", "new_clients", "active_clients"});
        out[label] = read_target_values(*period, Targets{});
    }
    return out;
}

std::vector<CommissionBand> read_bands(const std::vector<Section>& sections) {
    std::vector<CommissionBand> bands;
    for (const Section& section : sections) {
        section.allow_only({"from", "rate"});
        CommissionBand band;
        band.from = section.required(section.number("from", 0, k_max_attainment), "from");
        band.rate = section.required(section.number("rate", 0, 1), "rate");
        if (bands.empty() && band.from != 0)
            section.reject("from", tr("the first band must start from 0"));
        if (!bands.empty() && band.from <= bands.back().from)
            section.reject("from", trf("must be above the previous band's {}", bands.back().from));
        bands.push_back(band);
    }
    return bands;
}

std::vector<BonusRule> read_bonuses(const std::vector<Section>& sections) {
    std::vector<BonusRule> bonuses;
    for (const Section& section : sections) {
        section.allow_only({"name", "on", "amount"});
        BonusRule bonus;
        bonus.on = section.required(section.choice<BonusOn>("on", k_bonus_on_names), "on");
        bonus.name = section.string("name").value_or(std::string(to_string(bonus.on)));
        bonus.amount = section.required(section.money("amount"), "amount");
        bonuses.push_back(std::move(bonus));
    }
    return bonuses;
}

// A KPI counts towards variable pay by its attainment, so its metric needs a target.
bool has_target(const Targets& targets, std::string_view metric) {
    if (metric == "revenue") return targets.revenue.has_value();
    if (metric == "new_clients") return targets.new_clients.has_value();
    return targets.active_clients.has_value();
}

KpiWeight read_kpi(const Section& section, const std::vector<KpiWeight>& before,
                   const Settings& settings) {
    section.allow_only({"metric", "weight", "floor", "cap"});
    KpiWeight kpi;
    kpi.metric = section.required(
        section.choice("metric", {"revenue", "active_clients", "new_clients"}), "metric");
    for (const KpiWeight& other : before)
        if (other.metric == kpi.metric) section.reject("metric", tr("names a metric twice"));
    if (!has_target(settings.targets, kpi.metric))
        // TRANSLATORS: "needs targets.revenue to measure attainment": {} is a config key.
        section.reject("metric", trf("needs targets.{} to measure attainment", kpi.metric));
    kpi.weight = section.required(section.number("weight", 0, 1), "weight");
    kpi.floor = section.number("floor", 0, k_max_attainment).value_or(0);
    kpi.cap = section.number("cap", 0, k_max_attainment).value_or(1);
    if (kpi.cap < kpi.floor && section.table().contains("cap"))
        // TRANSLATORS: "floor" is a config key: keep it as it is.
        section.reject("cap", trf("must be at least floor ({})", kpi.floor));
    if (kpi.cap < kpi.floor)
        section.reject("floor", trf("must be at most the default cap ({})", kpi.cap));
    return kpi;
}

}  // namespace

void read_targets(const Section& root, Settings& settings) {
    std::optional<Section> targets = root.section("targets");
    if (!targets) return;
    targets->allow_only({"period", "revenue", "new_clients", "active_clients", "periods"});
    if (auto period = targets->choice<TargetPeriod>("period", k_target_period_names))
        settings.target_period = *period;
    settings.targets = read_target_values(*targets, settings.targets);
    if (auto periods = targets->section("periods"))
        settings.period_targets = read_period_targets(*periods, settings.target_period);
}

void read_commission(const Section& root, Settings& settings) {
    std::optional<Section> commission = root.section("commission");
    if (!commission) return;
    commission->allow_only({"basis", "method", "threshold", "cap", "tiers", "bonus"});
    if (auto basis = commission->choice<CommissionBasis>("basis", k_commission_basis_names))
        settings.commission_basis = *basis;
    if (auto method = commission->choice<CommissionMethod>("method", k_commission_method_names))
        settings.commission_method = *method;
    if (auto threshold = commission->number("threshold", 0, k_max_attainment))
        settings.commission_threshold = *threshold;
    if (auto cap = commission->money("cap")) settings.commission_cap = cap;
    if (auto bands = commission->sections("tiers")) {
        settings.commission_bands = read_bands(*bands);
        if (!settings.commission_bands.empty() && !settings.targets.revenue)
            commission->fail_at("tiers", tr("needs targets.revenue: the bands are by attainment of it"));
    }
    if (auto bonuses = commission->sections("bonus")) settings.bonuses = read_bonuses(*bonuses);
}

void read_compensation(const Section& root, Settings& settings) {
    std::optional<Section> compensation = root.section("compensation");
    if (!compensation) return;
    compensation->allow_only({"fixed", "variable_target", "kpis"});
    if (auto fixed = compensation->money("fixed")) settings.fixed_pay = *fixed;
    if (auto target = compensation->money("variable_target")) settings.variable_target = *target;
    std::optional<std::vector<Section>> sections = compensation->sections("kpis");
    if (!sections) return;
    std::vector<KpiWeight> kpis;
    double total_weight = 0;
    for (const Section& section : *sections) {
        kpis.push_back(read_kpi(section, kpis, settings));
        total_weight += kpis.back().weight;
    }
    // variable_target is "paid when every KPI is at 100 %", which holds only if weights add to 1.
    if (!kpis.empty() && std::abs(total_weight - 1) > 1e-9)
        // TRANSLATORS: keep {:.6g} as it is: the sum of the weights.
        compensation->fail_at("kpis", trf("the weights must add up to 1, got {:.6g}", total_weight));
    settings.kpi_weights = std::move(kpis);
}

}  // namespace acctool::config::detail
