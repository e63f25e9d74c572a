// `acct config show`: the effective settings as TOML, in the order of the man page's CONFIGURATION,
// written so that parse_settings reads back exactly the same values.
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "config/config.h"
#include "config/reader.h"

namespace acctool::config {
namespace {

using detail::quote;
using detail::toml_key;
using Out = std::string;

// Shortest form that reads back to the same double; "0" would read back as an integer,
// which we accept too, but "0.0" says it is a ratio.
std::string format_ratio(double value) {
    std::string text = fmt::format("{}", value);
    if (text.find_first_of(".eEni") == std::string::npos) text += ".0";
    return text;
}

// Whole units, with two decimals only when there are cents: 360000, 2500.50.
std::string format_units(Money money) {
    std::int64_t minor = money.minor < 0 ? -money.minor : money.minor;
    std::string sign = money.minor < 0 ? "-" : "";
    if (minor % k_minor_per_unit == 0) return fmt::format("{}{}", sign, minor / k_minor_per_unit);
    return fmt::format("{}{}.{:02}", sign, minor / k_minor_per_unit, minor % k_minor_per_unit);
}

// A multi-line array of inline tables, one per row; "[]" when there are none.
std::string inline_table_array(const std::vector<std::string>& rows) {
    if (rows.empty()) return "[]";
    std::string out = "[\n";
    for (const std::string& row : rows) out += fmt::format("  {{ {} }},\n", row);
    return out + "]";
}

std::string weekday_name(std::chrono::weekday day) {
    static constexpr std::array<const char*, 7> names{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    return names[day.c_encoding()];
}

void write_owner(Out& out, const Settings& s) {
    out += fmt::format("[owner]\nname = {}\ncurrency = {}\n", quote(s.owner_name), quote(s.currency));
    if (s.language) out += fmt::format("language = {}\n", quote(language_code(*s.language)));
}

void write_calendar(Out& out, const Settings& s) {
    std::string workdays, holidays;
    for (auto day : s.workdays) workdays += (workdays.empty() ? "" : ", ") + quote(weekday_name(day));
    for (Date day : s.holidays) holidays += (holidays.empty() ? "" : ", ") + quote(format_date(day));
    out += fmt::format("\n[calendar]\nworkdays = [{}]\nholidays = [{}]\n", workdays, holidays);
    out += fmt::format("day_start = \"{:02}:{:02}\"\nday_end = \"{:02}:{:02}\"\n", s.day_start_minutes / 60,
                       s.day_start_minutes % 60, s.day_end_minutes / 60, s.day_end_minutes % 60);
    out += fmt::format("slot_minutes = {}\nvisit_minutes = {}\n", s.slot_minutes, s.visit_minutes);
}

void write_plan(Out& out, const Settings& s) {
    out += fmt::format("\n[plan]\ncalls_per_day = {}\nvisits_per_day = {}\n", s.calls_per_day,
                       s.visits_per_day);
    out += fmt::format("active_window_days = {}\ndormant_after_days = {}\n", s.active_window_days,
                       s.dormant_after_days);
    std::string kinds;
    for (const auto& kind : s.contact_kinds) kinds += (kinds.empty() ? "" : ", ") + quote(kind);
    out += fmt::format("contact_kinds = [{}]\n", kinds);
}

void write_tiers(Out& out, const Settings& s) {
    for (const TierRule& tier : s.tiers) {
        out += fmt::format("\n[tiers.{}]\ncadence_days = {}\n", toml_key(tier.name), tier.cadence_days);
        if (tier.visit_every_days) out += fmt::format("visit_every_days = {}\n", *tier.visit_every_days);
        out += fmt::format("weight = {}\n", tier.weight);
    }
}

void write_pipeline(Out& out, const Settings& s) {
    std::vector<std::string> rows;
    for (const StageRule& stage : s.stages)
        rows.push_back(fmt::format("name = {}, probability = {}", quote(stage.name),
                                   format_ratio(stage.probability)));
    out += fmt::format("\n[pipeline]\nstages = {}\nstale_after_days = {}\n",
                       inline_table_array(rows), s.stale_after_days);
}

void write_target_values(Out& out, const Targets& targets) {
    if (targets.revenue) out += fmt::format("revenue = {}\n", format_units(*targets.revenue));
    if (targets.new_clients) out += fmt::format("new_clients = {}\n", *targets.new_clients);
    if (targets.active_clients) out += fmt::format("active_clients = {}\n", *targets.active_clients);
}

void write_targets(Out& out, const Settings& s) {
    out += fmt::format("\n[targets]\nperiod = {}\n", quote(to_string(s.target_period)));
    write_target_values(out, s.targets);
    for (const auto& [label, targets] : s.period_targets) {
        out += fmt::format("[targets.periods.{}]\n", quote(label));
        write_target_values(out, targets);
    }
}

void write_commission(Out& out, const Settings& s) {
    out += fmt::format("\n[commission]\nbasis = {}\nmethod = {}\nthreshold = {}\n",
                       quote(to_string(s.commission_basis)), quote(to_string(s.commission_method)),
                       format_ratio(s.commission_threshold));
    if (s.commission_cap) out += fmt::format("cap = {}\n", format_units(*s.commission_cap));
    std::vector<std::string> rows;
    for (const CommissionBand& band : s.commission_bands)
        rows.push_back(fmt::format("from = {}, rate = {}", format_ratio(band.from), format_ratio(band.rate)));
    out += fmt::format("tiers = {}\n", inline_table_array(rows));
    for (const BonusRule& bonus : s.bonuses)
        out += fmt::format("[[commission.bonus]]\nname = {}\non = {}\namount = {}\n",
                           quote(bonus.name), quote(to_string(bonus.on)), format_units(bonus.amount));
}

void write_compensation(Out& out, const Settings& s) {
    std::vector<std::string> rows;
    for (const KpiWeight& kpi : s.kpi_weights)
        rows.push_back(fmt::format("metric = {}, weight = {}, floor = {}, cap = {}", quote(kpi.metric),
                                   format_ratio(kpi.weight), format_ratio(kpi.floor),
                                   format_ratio(kpi.cap)));
    out += fmt::format("\n[compensation]\nfixed = {}\nvariable_target = {}\nkpis = {}\n",
                       format_units(s.fixed_pay), format_units(s.variable_target),
                       inline_table_array(rows));
}

}  // namespace

std::string format_settings(const Settings& settings) {
    Out out;
    write_owner(out, settings);
    write_calendar(out, settings);
    write_plan(out, settings);
    write_tiers(out, settings);
    write_pipeline(out, settings);
    write_targets(out, settings);
    write_commission(out, settings);
    write_compensation(out, settings);
    out += fmt::format("\n[storage]\njournal_days = {}\n", settings.journal_days);
    return out;
}

}  // namespace acctool::config
