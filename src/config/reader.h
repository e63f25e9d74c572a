#pragma once
// Internal to src/config: typed, validated reading of one TOML table. Every problem throws
// InvalidInput "SOURCE:LINE:COLUMN: dotted.key: problem[, got VALUE]" pointing at the
// offending key or value, so that `acct config check` can name the exact spot.
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "core/money.h"
#include "core/settings.h"

namespace acctool::config::detail {

// "plan" + "calls_per_day" -> "plan.calls_per_day"; a key that is not bare is quoted.
std::string child_path(std::string_view parent, std::string_view key);
// "pipeline.stages" + 0 -> "pipeline.stages[1]": positions count from 1, like lines.
std::string item_path(std::string_view parent, std::size_t index);
// A TOML basic string literal with the escapes TOML needs.
std::string quote(std::string_view text);
// A key as written in TOML: bare when it can be, else quoted.
std::string toml_key(std::string_view key);
// How a value is shown after "got": 8, 0.5, "text", or the type name for the rest.
std::string describe(const toml::node& node);
// The type name used in "expected X, got TYPE".
std::string_view type_name(const toml::node& node);

[[noreturn]] void fail(std::string_view source, const toml::source_region& where,
                       std::string_view path, std::string_view problem);

// One table of the document with its dotted path. Accessors return nothing for an absent
// key and throw for a present key of the wrong type or an impossible value.
class Section {
public:
    Section(std::string_view source, const toml::table& table, std::string path)
        : m_source(source), m_table(&table), m_path(std::move(path)) {}

    const toml::table& table() const { return *m_table; }
    const std::string& path() const { return m_path; }
    std::string path_of(std::string_view key) const { return child_path(m_path, key); }

    // Throws at the first key not in known, suggesting a near miss.
    void allow_only(std::initializer_list<std::string_view> known) const;

    std::optional<Section> section(std::string_view key) const;
    // An array of tables, inline ({ ... }) or [[key]], each named path.key[N].
    std::optional<std::vector<Section>> sections(std::string_view key) const;
    const toml::array* array(std::string_view key) const;
    std::optional<std::string> string(std::string_view key) const;
    std::optional<std::string> choice(std::string_view key,
                                      std::initializer_list<std::string_view> allowed) const;
    // The index of the key's string in allowed[0..n); rejects any other string.
    std::optional<std::size_t> choice_index(std::string_view key, const std::string_view* allowed, std::size_t n) const;
    // A choice parsed into an enum whose names (in enum order) are `names`.
    template <class E, std::size_t N>
    std::optional<E> choice(std::string_view key, const std::array<std::string_view, N>& names) const {
        const std::optional<std::size_t> i = choice_index(key, names.data(), N);
        return i ? std::optional<E>(static_cast<E>(*i)) : std::nullopt;
    }
    std::optional<int> whole(std::string_view key, int min, int max) const;
    // Integer or float, finite, within [min, max].
    std::optional<double> number(std::string_view key, double min, double max) const;
    // Whole units of the currency, integer or float with at most two decimals, >= 0.
    std::optional<Money> money(std::string_view key) const;

    // A value the key must have: throws "PATH: missing key 'KEY'" at this table.
    template <class T>
    T required(std::optional<T> value, std::string_view key) const {
        if (!value) fail(fmt_missing(key));
        return std::move(*value);
    }

    // "PATH: problem" at this table.
    [[noreturn]] void fail(std::string_view problem) const;
    // "PATH.KEY: problem" at the key's value.
    [[noreturn]] void fail_at(std::string_view key, std::string_view problem) const;
    // "PATH.KEY: problem, got VALUE" at the key's value.
    [[noreturn]] void reject(std::string_view key, std::string_view problem) const;
    // "ITEM_PATH: problem, got VALUE" at any node, such as an array element.
    [[noreturn]] void reject(const toml::node& node, std::string_view item_path,
                             std::string_view problem) const;
    // "PATH.KEY: problem, got "KEY"" at a key of this table, for keys that are data.
    [[noreturn]] void reject_key(const toml::key& key, std::string_view problem) const;
    // "ITEM_PATH: expected WHAT, got TYPE" at any node.
    [[noreturn]] void wrong_type(const toml::node& node, std::string_view item_path,
                                 std::string_view what) const;

    // An array element that must be a string.
    std::string item_string(const toml::node& node, std::string_view item_path) const;

private:
    static std::string fmt_missing(std::string_view key);
    const toml::node* find(std::string_view key) const { return m_table->get(key); }

    std::string_view m_source;
    const toml::table* m_table;
    std::string m_path;
};

// The sections of the man page's CONFIGURATION, each overlaying what the file sets onto settings.
void read_owner(const Section& root, Settings& settings);
void read_calendar(const Section& root, Settings& settings);
void read_plan(const Section& root, Settings& settings);
void read_tiers(const Section& root, Settings& settings);
void read_pipeline(const Section& root, Settings& settings);
void read_targets(const Section& root, Settings& settings);
void read_commission(const Section& root, Settings& settings);
void read_compensation(const Section& root, Settings& settings);
void read_storage(const Section& root, Settings& settings);

}  // namespace acctool::config::detail
