#pragma once
// The effective configuration (man page: CONFIGURATION) as a plain struct: built-in defaults,
// overlaid by the TOML file (src/config), then by flags. Core computes from it.
#include <array>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/i18n.h"
#include "core/language.h"
#include "core/money.h"

namespace acctool {

// The config's choices, parsed once into enums; each names list is in enum order and is
// what the config file and the output spell (to_string).
enum class TargetPeriod { Month, Quarter, Year };
inline constexpr std::array<std::string_view, 3> k_target_period_names{"month", "quarter", "year"};
enum class CommissionBasis { Revenue, Collected };
inline constexpr std::array<std::string_view, 2> k_commission_basis_names{"revenue", "collected"};
enum class CommissionMethod { Graduated, Retroactive };
inline constexpr std::array<std::string_view, 2> k_commission_method_names{"graduated", "retroactive"};
enum class BonusOn { NewClient, FirstProductSale };
// TRANSLATORS: what a bonus rule pays on, shown in the KPI's table of bonuses: a client's
// first won deal, a client's first sale of a product line.
inline constexpr std::array<std::string_view, 2> k_bonus_on_names{NC_("token", "new_client"),
                                                                  NC_("token", "first_product_sale")};

inline std::string_view to_string(TargetPeriod v) { return k_target_period_names[static_cast<std::size_t>(v)]; }
inline std::string_view to_string(CommissionBasis v) { return k_commission_basis_names[static_cast<std::size_t>(v)]; }
inline std::string_view to_string(CommissionMethod v) { return k_commission_method_names[static_cast<std::size_t>(v)]; }
inline std::string_view to_string(BonusOn v) { return k_bonus_on_names[static_cast<std::size_t>(v)]; }

struct TierRule {
    std::string name;
    int cadence_days = 30;
    std::optional<int> visit_every_days;
    int weight = 1;
};

struct StageRule {
    std::string name;
    double probability = 0;
};

struct Targets {
    std::optional<Money> revenue;
    std::optional<int> new_clients;
    std::optional<int> active_clients;
};

struct CommissionBand {
    double from = 0;  // attainment where the band starts
    double rate = 0;
};

struct BonusRule {
    std::string name;
    BonusOn on = BonusOn::NewClient;
    Money amount;
};

struct KpiWeight {
    std::string metric;
    double weight = 0;
    double floor = 0;
    double cap = 1;
};

struct Settings {
    // [owner]
    std::string owner_name;
    std::string currency = "EUR";
    // The language of text for people, table numbers and the ICS calendar (core/language.h);
    // empty: the environment's, and an English calendar.
    std::optional<Language> language;
    // [calendar]
    std::vector<std::chrono::weekday> workdays{std::chrono::Monday, std::chrono::Tuesday,
                                               std::chrono::Wednesday, std::chrono::Thursday,
                                               std::chrono::Friday};
    std::vector<Date> holidays;
    int day_start_minutes = 9 * 60;
    int day_end_minutes = 18 * 60;   // no plan item starts at or runs past this
    int slot_minutes = 30;           // a call
    int visit_minutes = 90;          // a visit
    // [plan]
    int calls_per_day = 8;
    int visits_per_day = 2;
    int active_window_days = 90;
    int dormant_after_days = 120;
    // Touch kinds that count as contact and reset a cadence (a note to self does not).
    std::vector<std::string> contact_kinds{"call", "visit", "meeting", "email", "message"};
    // [tiers.X], in name order
    std::vector<TierRule> tiers{{"A", 7, 30, 3}, {"B", 14, std::nullopt, 2}, {"C", 30, std::nullopt, 1}};
    // [pipeline]; the built-in stage names are marked so that tables show them translated
    // (and parse_pipeline_stage reads them so too).
    // TRANSLATORS: the built-in stages of a deal's pipeline, in the word of the trade.
    std::vector<StageRule> stages{{NC_("token", "lead"), 0.10},
                                  {NC_("token", "qualified"), 0.25},
                                  {NC_("token", "proposal"), 0.50},
                                  {NC_("token", "negotiation"), 0.75}};
    int stale_after_days = 21;
    // [targets]
    TargetPeriod target_period = TargetPeriod::Quarter;
    Targets targets;
    std::map<std::string, Targets> period_targets;  // key: a period label such as "2026-Q4"
    // [commission]
    CommissionBasis commission_basis = CommissionBasis::Revenue;
    CommissionMethod commission_method = CommissionMethod::Graduated;
    double commission_threshold = 0;
    std::optional<Money> commission_cap;
    std::vector<CommissionBand> commission_bands;
    std::vector<BonusRule> bonuses;
    // [compensation]
    Money fixed_pay;
    Money variable_target;
    std::vector<KpiWeight> kpi_weights;
    // [storage]
    int journal_days = 90;  // how long `acct undo` and `acct log` reach back

    const TierRule* find_tier(std::string_view name) const;
    const StageRule* find_stage(std::string_view name) const;
    // The targets for a period label, an override if one is configured, else [targets].
    Targets targets_for(const std::string& period_label) const;
};

}  // namespace acctool
