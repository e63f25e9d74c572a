#pragma once
// What the corrections of every record kind share (man page, "Corrections"): the
// one-line account of what an edit changed, and the rule for deleting a client.
#include <string>
#include <string_view>
#include <vector>

namespace acctool {

// The fields an edit changed, for its confirmation: "date 2026-11-20, summary 'quote
// sent', contact cleared". A field whose value stays the same is not named.
class ChangeList {
public:
    // A value shown as it is (a date, an amount, a kind).
    void add(std::string_view field, const std::string& before, const std::string& after);
    // A text shown in quotes.
    void add_text(std::string_view field, const std::string& before, const std::string& after);
    bool empty() const { return m_parts.empty(); }
    std::string text() const;

private:
    std::vector<std::string> m_parts;
};

// What still refers to a client. A client is deleted only when nothing but its contacts
// does: deals, invoices, touches and cases are its history (archive it instead).
struct ClientRecords {
    long deals = 0, invoices = 0, touches = 0, cases = 0, contacts = 0;
};

// Throws Conflict naming the counts and the archive command:
// "client 'Acme SRL' has 3 deals, 2 touches: archive it instead (acct client archive 'Acme SRL')".
void require_client_deletable(const std::string& name, const ClientRecords& records);

// "3 deals", "1 touch": a count with its noun.
std::string count_of(long count, std::string_view singular, std::string_view plural);

}  // namespace acctool
