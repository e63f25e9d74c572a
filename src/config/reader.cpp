// Typed access to TOML tables with messages that carry file, line, column and key.
#include "config/reader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/suggest.h"

namespace acctool::config::detail {
namespace {

// Large enough for any real target, small enough that a double still holds the cents exactly.
constexpr double k_max_money_units = 999999999999.99;  // as parse_money (core/money.h)

bool is_bare_key(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_';
    });
}

// Whether a float has at most two decimals, allowing for binary rounding of the literal.
bool has_whole_cents(double units) {
    double cents = units * 100;
    double tolerance = std::max(1e-3, 8 * (std::nextafter(cents, INFINITY) - cents));
    return std::abs(cents - std::round(cents)) <= tolerance;
}

}  // namespace

std::string toml_key(std::string_view key) { return is_bare_key(key) ? std::string(key) : quote(key); }

std::string child_path(std::string_view parent, std::string_view key) {
    if (parent.empty()) return toml_key(key);
    return fmt::format("{}.{}", parent, toml_key(key));
}

std::string item_path(std::string_view parent, std::size_t index) {
    return fmt::format("{}[{}]", parent, index + 1);
}

std::string quote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\f': out += "\\f"; break;
        case '\r': out += "\\r"; break;
        default:
            if (byte < 0x20 || byte == 0x7f) out += fmt::format("\\u{:04X}", byte);
            else out += c;
        }
    }
    return out + "\"";
}

std::string_view type_name(const toml::node& node) {
    switch (node.type()) {
    // TRANSLATORS: a TOML type, in "expected a number, got string".
    case toml::node_type::string: return trc("toml type", "string");
    case toml::node_type::integer: return trc("toml type", "integer");
    case toml::node_type::floating_point: return trc("toml type", "float");
    case toml::node_type::boolean: return trc("toml type", "boolean");
    case toml::node_type::date: return trc("toml type", "date");
    case toml::node_type::time: return trc("toml type", "time");
    case toml::node_type::date_time: return trc("toml type", "date-time");
    case toml::node_type::array: return trc("toml type", "array");
    case toml::node_type::table: return trc("toml type", "table");
    default: return trc("toml type", "nothing");
    }
}

std::string describe(const toml::node& node) {
    if (auto s = node.as_string()) return quote(s->get());
    if (auto i = node.as_integer()) return fmt::format("{}", i->get());
    if (auto f = node.as_floating_point()) return fmt::format("{}", f->get());
    if (auto b = node.as_boolean()) return b->get() ? "true" : "false";
    if (auto a = node.as_array(); a && a->empty()) return "[]";
    if (auto d = node.as_date())
        return fmt::format("{:04}-{:02}-{:02}", d->get().year, d->get().month, d->get().day);
    return std::string(type_name(node));
}

void fail(std::string_view source, const toml::source_region& where, std::string_view path,
          std::string_view problem) {
    throw InvalidInput(fmt::format("{}:{}:{}: {}: {}", source, where.begin.line,
                                   where.begin.column, path, problem));
}

void Section::fail(std::string_view problem) const {
    detail::fail(m_source, m_table->source(), m_path, problem);
}

void Section::fail_at(std::string_view key, std::string_view problem) const {
    detail::fail(m_source, find(key)->source(), path_of(key), problem);
}

void Section::reject(std::string_view key, std::string_view problem) const {
    reject(*find(key), path_of(key), problem);
}

void Section::reject(const toml::node& node, std::string_view item_path,
                     std::string_view problem) const {
    // TRANSLATORS: "must be a whole number from 1 to 3660, got 0": the problem, then the value
    // as written in the config.
    detail::fail(m_source, node.source(), item_path, trf("{}, got {}", problem, describe(node)));
}

void Section::reject_key(const toml::key& key, std::string_view problem) const {
    detail::fail(m_source, key.source(), path_of(key.str()), trf("{}, got {}", problem, quote(key.str())));
}

void Section::wrong_type(const toml::node& node, std::string_view item_path,
                         std::string_view what) const {
    // TRANSLATORS: "expected a whole number, got string": what the key takes, then the type
    // of what the config gives.
    detail::fail(m_source, node.source(), item_path, trf("expected {}, got {}", what, type_name(node)));
}

std::string Section::fmt_missing(std::string_view key) {
    // TRANSLATORS: {} is a config key, as written (never translated).
    return trf("missing key '{}'", key);
}

void Section::allow_only(std::initializer_list<std::string_view> known) const {
    for (auto&& [key, node] : *m_table) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string problem = tr("unknown key");
        if (auto guess = nearest_word(key.str(), std::span<const std::string_view>(known.begin(), known.size())))
            // TRANSLATORS: {} is a config key, as written (never translated).
            problem = trf("unknown key (did you mean '{}'?)", *guess);
        detail::fail(m_source, key.source(), path_of(key.str()), problem);
    }
}

std::optional<Section> Section::section(std::string_view key) const {
    const toml::node* node = find(key);
    if (!node) return std::nullopt;
    if (!node->is_table()) wrong_type(*node, path_of(key), tr("a table"));
    return Section(m_source, *node->as_table(), path_of(key));
}

std::optional<std::vector<Section>> Section::sections(std::string_view key) const {
    const toml::array* items = array(key);
    if (!items) return std::nullopt;
    std::vector<Section> out;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const toml::node& item = *items->get(i);
        std::string path = item_path(path_of(key), i);
        if (!item.is_table()) wrong_type(item, path, tr("a table"));
        out.emplace_back(m_source, *item.as_table(), path);
    }
    return out;
}

const toml::array* Section::array(std::string_view key) const {
    const toml::node* node = find(key);
    if (!node) return nullptr;
    if (!node->is_array()) wrong_type(*node, path_of(key), tr("an array"));
    return node->as_array();
}

std::optional<std::string> Section::string(std::string_view key) const {
    const toml::node* node = find(key);
    if (!node) return std::nullopt;
    return item_string(*node, path_of(key));
}

std::string Section::item_string(const toml::node& node, std::string_view item_path) const {
    if (!node.is_string()) wrong_type(node, item_path, tr("a string"));
    return node.as_string()->get();
}

std::optional<std::size_t> Section::choice_index(std::string_view key, const std::string_view* allowed,
                                                 std::size_t n) const {
    std::optional<std::string> value = string(key);
    if (!value) return std::nullopt;
    const std::string_view* found = std::find(allowed, allowed + n, *value);
    if (found != allowed + n) return static_cast<std::size_t>(found - allowed);
    std::string list;
    for (const std::string_view* a = allowed; a != allowed + n; ++a) list += (list.empty() ? "" : " | ") + std::string(*a);
    // TRANSLATORS: "must be month | quarter | year": the values the key takes, as written.
    reject(key, trf("must be {}", list));
}

std::optional<std::string> Section::choice(std::string_view key,
                                           std::initializer_list<std::string_view> allowed) const {
    const std::optional<std::size_t> i = choice_index(key, allowed.begin(), allowed.size());
    if (!i) return std::nullopt;
    return std::string(allowed.begin()[*i]);
}

std::optional<int> Section::whole(std::string_view key, int min, int max) const {
    const toml::node* node = find(key);
    if (!node) return std::nullopt;
    if (!node->is_integer()) wrong_type(*node, path_of(key), tr("a whole number"));
    std::int64_t value = node->as_integer()->get();
    if (value < min || value > max)
        reject(key, trf("must be a whole number from {} to {}", min, max));
    return static_cast<int>(value);
}

std::optional<double> Section::number(std::string_view key, double min, double max) const {
    const toml::node* node = find(key);
    if (!node) return std::nullopt;
    if (!node->is_number()) wrong_type(*node, path_of(key), tr("a number"));
    double value = node->is_integer() ? static_cast<double>(node->as_integer()->get())
                                      : node->as_floating_point()->get();
    // Written so that nan fails too.
    if (!(value >= min && value <= max))
        reject(key, trf("must be a number from {} to {}", min, max));
    return value;
}

std::optional<Money> Section::money(std::string_view key) const {
    const toml::node* node = find(key);
    if (!node) return std::nullopt;
    if (!node->is_number()) wrong_type(*node, path_of(key), tr("an amount (a number)"));
    double units = node->is_integer() ? static_cast<double>(node->as_integer()->get())
                                      : node->as_floating_point()->get();
    if (!(units >= 0 && units <= k_max_money_units))
        // TRANSLATORS: keep {:.2f} as it is: the largest amount, with two decimals.
        reject(key, trf("must be an amount from 0 to {:.2f}", k_max_money_units));
    if (!has_whole_cents(units)) reject(key, tr("must have at most two decimals"));
    return money_from_units(units);
}

}  // namespace acctool::config::detail
