#include "core/import_keys.h"

#include <algorithm>
#include <string_view>

namespace acctool {
namespace {

// FNV-1a over the key's fields, each followed by a separator byte that text cannot hold
// in the same place (so "ab"+"c" and "a"+"bc" differ).
class Hasher {
public:
    Hasher& text(std::string_view s) {
        for (unsigned char c : s) byte(c);
        byte(0xff);
        return *this;
    }
    Hasher& number(std::int64_t v) {
        auto u = static_cast<std::uint64_t>(v);
        for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(u >> (8 * i)));
        return *this;
    }
    Hasher& date(const std::optional<Date>& d) {
        return number(d ? static_cast<std::int64_t>(std::chrono::sys_days(*d).time_since_epoch().count()) : INT64_MIN);
    }
    std::uint64_t value() const { return m_hash; }

private:
    void byte(unsigned char c) {
        m_hash ^= c;
        m_hash *= 1099511628211ull;
    }
    std::uint64_t m_hash = 14695981039346656037ull;
};

}  // namespace

std::uint64_t key_hash(const Deal& d) {
    return Hasher{}.number(d.client_id).date(d.closed_on).number(d.amount.minor).text(d.stage).text(d.product)
        .text(d.title).value();
}

bool same_key(const Deal& a, const Deal& b) {
    return a.client_id == b.client_id && a.closed_on == b.closed_on && a.amount == b.amount && a.stage == b.stage &&
           a.product == b.product && a.title == b.title;
}

std::uint64_t key_hash(const Touch& t) {
    return Hasher{}.number(t.client_id).text(to_string(t.kind)).date(t.date).text(t.summary).value();
}

bool same_key(const Touch& a, const Touch& b) {
    return a.client_id == b.client_id && a.kind == b.kind && a.date == b.date && a.summary == b.summary;
}

void SeenKeys::place(std::uint64_t high, std::uint64_t row_plus_one) {
    const std::uint64_t mask = m_slots.size() - 1;
    std::uint64_t at = high & mask;
    while (m_slots[at] != 0) at = (at + 1) & mask;
    m_slots[at] = (high << 32) | row_plus_one;
}

void SeenKeys::add(std::uint64_t hash, Id id, long line) {
    m_ids.push_back(id);
    m_lines.push_back(static_cast<std::uint32_t>(line));
    if (m_ids.size() * 10 > m_slots.size() * 7) {  // above 70 % full: twice the slots
        std::vector<std::uint64_t> old(std::max<std::size_t>(1024, m_slots.size() * 2), 0);
        old.swap(m_slots);
        for (std::uint64_t slot : old)
            if (slot != 0) place(slot >> 32, slot & 0xffffffffu);
    }
    place(hash >> 32, m_ids.size());
}

}  // namespace acctool
