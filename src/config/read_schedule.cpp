// [owner], [calendar], [plan], [tiers.X] and [pipeline]: who plans, on which days, whom.
#include <algorithm>
#include <array>
#include <cctype>

#include <fmt/format.h>

#include "config/reader.h"
#include "core/i18n.h"
#include "core/dates.h"

namespace acctool::config::detail {
namespace {

// Bounds that catch typos (a cadence of 7000 days) without second-guessing real portfolios.
constexpr int k_max_days = 3660;
constexpr int k_max_per_day = 1000;

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool is_currency_code(std::string_view text) {
    return text.size() == 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Tier names appear in --tier flags and CSV cells, so they stay simple.
bool is_tier_name(std::string_view text) {
    return !text.empty() && text.size() <= 32 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

// "mon" or "monday", any case; nothing for anything else.
std::optional<std::chrono::weekday> parse_weekday_name(std::string_view text) {
    static constexpr std::array<std::string_view, 7> names{
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    std::string lower = ascii_lower(text);
    for (unsigned i = 0; i < names.size(); ++i)
        if (lower == names[i] || lower == names[i].substr(0, 3)) return std::chrono::weekday{i};
    return std::nullopt;
}

// "HH:MM", 24-hour, to minutes after midnight.
std::optional<int> parse_clock(std::string_view text) {
    auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])); };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4))
        return std::nullopt;
    int hours = (text[0] - '0') * 10 + (text[1] - '0');
    int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (hours > 23 || minutes > 59) return std::nullopt;
    return hours * 60 + minutes;
}

// A clock key "HH:MM" of [calendar], if present.
std::optional<int> read_clock(const Section& calendar, std::string_view key) {
    if (const toml::node* node = calendar.table().get(key); node && !node->is_string())
        calendar.wrong_type(*node, calendar.path_of(key), tr("a string \"HH:MM\""));
    auto text = calendar.string(key);
    if (!text) return std::nullopt;
    std::optional<int> minutes = parse_clock(*text);
    if (!minutes) calendar.reject(key, tr("must be a time HH:MM from 00:00 to 23:59"));
    return minutes;
}

// plan.contact_kinds: touch kinds, each once, at least one.
std::vector<std::string> read_contact_kinds(const Section& plan, const toml::array& kinds) {
    static constexpr std::array<std::string_view, 6> known{"call", "visit", "meeting", "email", "message", "note"};
    std::string path = plan.path_of("contact_kinds");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const toml::node& node = *kinds.get(i);
        std::string kind = ascii_lower(plan.item_string(node, item_path(path, i)));
        if (std::find(known.begin(), known.end(), kind) == known.end())
            plan.reject(node, item_path(path, i),
                        trf("unknown touch kind '{}': expected call, visit, meeting, email, message or note", kind));
        if (std::find(out.begin(), out.end(), kind) != out.end())
            plan.reject(node, item_path(path, i), tr("names a kind twice"));
        out.push_back(kind);
    }
    if (out.empty()) plan.reject("contact_kinds", tr("must name at least one touch kind"));
    return out;
}

std::vector<std::chrono::weekday> read_workdays(const Section& calendar, const toml::array& days) {
    std::string path = calendar.path_of("workdays");
    std::vector<std::chrono::weekday> out;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const toml::node& node = *days.get(i);
        std::string text = calendar.item_string(node, item_path(path, i));
        std::optional<std::chrono::weekday> day = parse_weekday_name(text);
        if (!day) calendar.reject(node, item_path(path, i), tr("must be a day name mon..sun"));
        if (std::find(out.begin(), out.end(), *day) != out.end())
            calendar.reject(node, item_path(path, i), tr("names a day twice"));
        out.push_back(*day);
    }
    if (out.empty()) calendar.reject("workdays", tr("must name at least one day"));
    // Monday first, so that the week reads the same however the file lists it.
    std::sort(out.begin(), out.end(),
              [](auto a, auto b) { return a.iso_encoding() < b.iso_encoding(); });
    return out;
}

// A holiday is a string "YYYY-MM-DD" or, since TOML has them, a bare date 2026-12-25.
Date read_holiday(const Section& calendar, const toml::node& node, const std::string& path) {
    if (const auto* date = node.as_date()) {
        const toml::date& d = date->get();
        return Date{std::chrono::year{d.year}, std::chrono::month{d.month}, std::chrono::day{d.day}};
    }
    if (!node.is_string()) calendar.wrong_type(node, path, tr("a date \"YYYY-MM-DD\""));
    std::optional<Date> parsed = try_parse_iso_date(node.as_string()->get());
    if (!parsed) calendar.reject(node, path, tr("must be a date YYYY-MM-DD"));
    return *parsed;
}

std::vector<Date> read_holidays(const Section& calendar, const toml::array& days) {
    std::string path = calendar.path_of("holidays");
    std::vector<Date> out;
    for (std::size_t i = 0; i < days.size(); ++i) {
        Date day = read_holiday(calendar, *days.get(i), item_path(path, i));
        if (std::find(out.begin(), out.end(), day) != out.end())
            calendar.reject(*days.get(i), item_path(path, i), tr("names a day twice"));
        out.push_back(day);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Later tiers (by name) are the less important accounts: they may not be contacted more
// often nor weigh more in the plan than the tier before them.
void check_tier_order(const TierRule& previous, const TierRule& tier, const Section& section) {
    std::string before = child_path("tiers", previous.name);
    if (tier.cadence_days < previous.cadence_days) {
        // TRANSLATORS: "tiers out of order: must be at least tiers.A.cadence_days (7)": the other
        // tier's key (never translated), then its value.
        std::string problem = trf("tiers out of order: must be at least {}.cadence_days ({})", before, previous.cadence_days);
        if (section.table().contains("cadence_days")) section.reject("cadence_days", problem);
        // TRANSLATORS: the problem, then the built-in cadence_days (a config key: keep it).
        section.fail(trf("{}, got the default cadence_days {}", problem, tier.cadence_days));
    }
    if (tier.weight > previous.weight) {
        // TRANSLATORS: "tiers out of order: must be at most tiers.A.weight (3)": the other tier's
        // key (never translated), then its value.
        std::string problem = trf("tiers out of order: must be at most {}.weight ({})", before, previous.weight);
        if (section.table().contains("weight")) section.reject("weight", problem);
        // TRANSLATORS: the problem, then the built-in weight (a config key: keep it).
        section.fail(trf("{}, got the default weight {}", problem, tier.weight));
    }
}

TierRule read_tier(const Section& tier, std::string name) {
    tier.allow_only({"cadence_days", "visit_every_days", "weight"});
    TierRule rule;
    rule.name = std::move(name);
    if (auto days = tier.whole("cadence_days", 1, k_max_days)) rule.cadence_days = *days;
    rule.visit_every_days = tier.whole("visit_every_days", 1, k_max_days);
    if (auto weight = tier.whole("weight", 0, k_max_per_day)) rule.weight = *weight;
    return rule;
}

StageRule read_stage(const Section& stage, const std::vector<StageRule>& before) {
    stage.allow_only({"name", "probability"});
    StageRule rule;
    rule.name = stage.required(stage.string("name"), "name");
    std::string folded = ascii_lower(rule.name);
    if (rule.name.empty()) stage.reject("name", tr("must not be empty"));
    if (folded == "won" || folded == "lost")
        stage.reject("name", tr("won and lost are built-in stages that follow the list"));
    for (const StageRule& other : before)
        if (ascii_lower(other.name) == folded) stage.reject("name", tr("names a stage twice"));
    rule.probability = stage.required(stage.number("probability", 0, 1), "probability");
    if (!before.empty() && rule.probability < before.back().probability)
        stage.reject("probability", trf("must not be below the previous stage's {}", before.back().probability));
    return rule;
}

}  // namespace

void read_owner(const Section& root, Settings& settings) {
    std::optional<Section> owner = root.section("owner");
    if (!owner) return;
    owner->allow_only({"name", "currency", "language"});
    if (auto name = owner->string("name")) settings.owner_name = *name;
    if (auto currency = owner->string("currency")) {
        if (!is_currency_code(*currency))
            owner->reject("currency", tr("must be three upper-case letters such as EUR"));
        settings.currency = *currency;
    }
    if (auto language = owner->choice<Language>("language", k_language_codes)) settings.language = *language;
}

void read_calendar(const Section& root, Settings& settings) {
    std::optional<Section> calendar = root.section("calendar");
    if (!calendar) return;
    calendar->allow_only({"workdays", "holidays", "day_start", "day_end", "slot_minutes", "visit_minutes"});
    if (const toml::array* days = calendar->array("workdays"))
        settings.workdays = read_workdays(*calendar, *days);
    if (const toml::array* days = calendar->array("holidays"))
        settings.holidays = read_holidays(*calendar, *days);
    if (auto minutes = read_clock(*calendar, "day_start")) settings.day_start_minutes = *minutes;
    if (auto minutes = read_clock(*calendar, "day_end")) settings.day_end_minutes = *minutes;
    if (settings.day_end_minutes <= settings.day_start_minutes) {
        const char* key = calendar->table().contains("day_end") ? "day_end" : "day_start";
        // TRANSLATORS: day_end and day_start are config keys: keep them, and keep each {:02} (two
        // digits of hours or minutes).
        calendar->reject(key, trf("day_end ({:02}:{:02}) must be after day_start ({:02}:{:02})",
                                  settings.day_end_minutes / 60, settings.day_end_minutes % 60,
                                  settings.day_start_minutes / 60, settings.day_start_minutes % 60));
    }
    if (auto minutes = calendar->whole("slot_minutes", 1, 24 * 60)) settings.slot_minutes = *minutes;
    if (auto minutes = calendar->whole("visit_minutes", 1, 24 * 60)) settings.visit_minutes = *minutes;
}

void read_plan(const Section& root, Settings& settings) {
    std::optional<Section> plan = root.section("plan");
    if (!plan) return;
    plan->allow_only({"calls_per_day", "visits_per_day", "active_window_days", "dormant_after_days", "contact_kinds"});
    if (const toml::array* kinds = plan->array("contact_kinds")) settings.contact_kinds = read_contact_kinds(*plan, *kinds);
    if (auto n = plan->whole("calls_per_day", 0, k_max_per_day)) settings.calls_per_day = *n;
    if (auto n = plan->whole("visits_per_day", 0, k_max_per_day)) settings.visits_per_day = *n;
    if (auto n = plan->whole("active_window_days", 1, k_max_days)) settings.active_window_days = *n;
    if (auto n = plan->whole("dormant_after_days", 1, k_max_days)) settings.dormant_after_days = *n;
}

// [tiers] replaces the built-in tiers as a whole. TOML tables iterate in key order, which
// is the rank order: A before B before C.
void read_tiers(const Section& root, Settings& settings) {
    std::optional<Section> tiers = root.section("tiers");
    if (!tiers) return;
    std::vector<TierRule> rules;
    for (auto&& [key, node] : tiers->table()) {
        std::string name(key.str());
        if (!is_tier_name(name))
            tiers->reject_key(key, tr("a tier name is letters, digits, - and _ (up to 32)"));
        for (const TierRule& other : rules)  // --tier matches names ignoring case
            if (ascii_lower(other.name) == ascii_lower(name))
                // TRANSLATORS: {} is the other tier's key, such as tiers.A (never translated).
                tiers->reject_key(key, trf("names the same tier as {}", child_path("tiers", other.name)));
        std::optional<Section> tier = tiers->section(name);
        TierRule rule = read_tier(*tier, name);
        if (!rules.empty()) check_tier_order(rules.back(), rule, *tier);
        rules.push_back(std::move(rule));
    }
    if (rules.empty()) tiers->fail(tr("must define at least one tier, such as [tiers.A]"));
    settings.tiers = std::move(rules);
}

// pipeline.stages replaces the built-in stages as a whole.
void read_pipeline(const Section& root, Settings& settings) {
    std::optional<Section> pipeline = root.section("pipeline");
    if (!pipeline) return;
    pipeline->allow_only({"stages", "stale_after_days"});
    if (auto stages = pipeline->sections("stages")) {
        std::vector<StageRule> rules;
        for (const Section& stage : *stages) rules.push_back(read_stage(stage, rules));
        if (rules.empty()) pipeline->reject("stages", tr("must list at least one open stage"));
        settings.stages = std::move(rules);
    }
    if (auto days = pipeline->whole("stale_after_days", 1, k_max_days))
        settings.stale_after_days = *days;
}

// [storage]: journal_days from 1 day to 10 years.
void read_storage(const Section& root, Settings& settings) {
    std::optional<Section> storage = root.section("storage");
    if (!storage) return;
    storage->allow_only({"journal_days"});
    if (auto days = storage->whole("journal_days", 1, k_max_days)) settings.journal_days = *days;
}

}  // namespace acctool::config::detail
