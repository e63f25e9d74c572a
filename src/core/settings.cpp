#include "core/settings.h"

#include "core/text.h"

namespace acctool {

// Tier names are matched case-insensitively in any script ("a" finds tier "A"). A name
// that is not valid UTF-8 matches nothing rather than throwing.
const TierRule* Settings::find_tier(std::string_view name) const {
    if (!is_valid_utf8(name)) return nullptr;
    std::string key = fold_case(name);
    for (const auto& tier : tiers)
        if (is_valid_utf8(tier.name) && fold_case(tier.name) == key) return &tier;
    return nullptr;
}

// Stage names are exact: they are written into the database as given.
const StageRule* Settings::find_stage(std::string_view name) const {
    for (const auto& stage : stages)
        if (stage.name == name) return &stage;
    return nullptr;
}

// An override replaces only the fields it sets; the rest come from [targets].
Targets Settings::targets_for(const std::string& period_label) const {
    auto it = period_targets.find(period_label);
    if (it == period_targets.end()) return targets;
    const Targets& o = it->second;
    return Targets{o.revenue ? o.revenue : targets.revenue,
                   o.new_clients ? o.new_clients : targets.new_clients,
                   o.active_clients ? o.active_clients : targets.active_clients};
}

}  // namespace acctool
