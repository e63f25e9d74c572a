#pragma once
// When a row of an import is a record that is already there (man/acct.1, import,
// "Duplicates"): the key of each kind without a name or number, and the index of the keys
// seen so far in a file. Clients (by name), contacts (by client and name) and invoices
// (by number) are keyed by the store's lookups; deals and touches by the columns below.
#include <cstdint>
#include <optional>
#include <vector>

#include "core/model.h"

namespace acctool {

// A deal's key: client, close date, amount, stage, product and title.
std::uint64_t key_hash(const Deal& deal);
bool same_key(const Deal& a, const Deal& b);
// A touch's key: client, kind, date and summary.
std::uint64_t key_hash(const Touch& touch);
bool same_key(const Touch& a, const Touch& b);

// What the man page says a duplicate of each keyed kind is, for messages: "client, date,
// amount, stage, product and title".
inline constexpr std::string_view k_deal_key_columns = "client, date, amount, stage, product and title";
inline constexpr std::string_view k_touch_key_columns = "client, kind, date and summary";

// The keys of the rows an import has written so far, each with its record id and file
// line. A hash names candidates; the caller confirms one with same_key on the stored
// record, so that two different rows whose hashes collide are never called duplicates.
// Open addressing in one array of 8-byte slots (the hash's high half and the row's
// index), so that a million rows cost about 25 MB.
class SeenKeys {
public:
    struct Seen {
        Id id = 0;
        long line = 0;
    };
    // The first earlier row whose hash is `hash` and for which `same(id)` holds.
    template <class Same>
    std::optional<Seen> find(std::uint64_t hash, Same&& same) const {
        if (m_slots.empty()) return std::nullopt;
        const std::uint64_t mask = m_slots.size() - 1;
        for (std::uint64_t at = (hash >> 32) & mask;; at = (at + 1) & mask) {
            const std::uint64_t slot = m_slots[at];
            if (slot == 0) return std::nullopt;
            if ((slot >> 32) == (hash >> 32)) {
                const std::size_t row = (slot & 0xffffffffu) - 1;
                if (same(m_ids[row])) return Seen{m_ids[row], static_cast<long>(m_lines[row])};
            }
        }
    }
    void add(std::uint64_t hash, Id id, long line);
    bool empty() const { return m_ids.empty(); }

private:
    // The slot of a row is found from the hash's high half, which the slot keeps, so that
    // growing the table needs nothing else.
    void place(std::uint64_t high, std::uint64_t row_plus_one);

    std::vector<std::uint64_t> m_slots;  // 0: empty; else (hash >> 32) << 32 | (row + 1)
    std::vector<Id> m_ids;
    std::vector<std::uint32_t> m_lines;
};

}  // namespace acctool
