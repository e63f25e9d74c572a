#pragma once
// The records of the portfolio (man page: DESCRIPTION) as plain structs. The store turns rows
// into these and back; core computes on them; nothing here touches I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/dates.h"
#include "core/money.h"

namespace acctool {

using Id = std::int64_t;

enum class ClientStatus { Customer, Prospect, Archived };

struct Client {
    Id id = 0;
    std::string name;
    std::string tier;
    ClientStatus status = ClientStatus::Customer;
    std::string industry;
    std::string region;
    std::vector<std::string> tags;
    std::optional<int> cadence_days;       // overrides the tier's cadence
    std::optional<Money> credit_limit;
    std::optional<int> payment_terms_days;
    std::string notes;
    std::string address;                   // where a visit goes (plan, calendar LOCATION)
    std::string currency;                  // of credit_limit
    std::optional<Date> created_on;
    std::optional<Date> customer_since;    // bought before acct knew it: never "new" after it
};

struct Contact {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;  // filled by listings
    std::string name;
    std::string role;
    bool decision_maker = false;
    std::string email;
    std::string phone;
    std::optional<Birthday> birthday;
    std::string notes;
};

enum class DealKind { New, Upsell, CrossSell, Renewal };

struct Deal {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;
    std::string title;
    Money amount;
    std::string currency;
    std::optional<Money> base_amount;      // in the base currency at its date; none while open
    std::string stage;                     // a config stage, "won" or "lost"
    std::optional<double> probability;     // none: the stage's probability
    std::string product;
    DealKind kind = DealKind::New;
    std::optional<Date> expected_close;
    std::optional<Date> closed_on;
    std::string lost_reason;
    Money discount;
    Date created_on;
    Date stage_changed_on;

    bool is_open() const { return stage != "won" && stage != "lost"; }
};

struct Refund {
    Id id = 0;
    Id deal_id = 0;
    Money amount;
    std::string currency;
    std::optional<Money> base_amount;      // in the base currency at its date
    Date date;
    std::string reason;
};

enum class TouchKind { Call, Visit, Meeting, Email, Message, Note };

struct Touch {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;
    TouchKind kind = TouchKind::Call;
    Date date;
    std::optional<Id> contact_id;
    std::string contact_name;
    std::string summary;
    std::string next_action;
    std::optional<Date> next_date;
};

struct Invoice {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;
    std::optional<Id> deal_id;
    std::string number;
    Money amount;
    std::string currency;
    std::optional<Money> base_amount;      // in the base currency at its issue date
    Date issued;
    Date due;
    Money paid_amount;
    std::optional<Date> paid_on;  // the date of the payment that settled it

    Money open_amount() const { return amount - paid_amount; }
    // The open part in the base currency: base_amount scaled by open / amount (an invoice
    // keeps the rate of its issue day), or open_amount() when it has no base amount.
    Money open_in_base() const {
        if (!base_amount || amount.minor == 0) return open_amount();
        return scale_money(*base_amount, open_amount().minor, amount.minor);
    }
};

struct Payment {
    Id id = 0;
    Id invoice_id = 0;
    Money amount;
    std::optional<Money> base_amount;  // in the base currency at its date
    Date date;
};

enum class Severity { Low, Normal, High, Critical };

struct SupportCase {
    Id id = 0;
    Id client_id = 0;
    std::string client_name;
    std::string opened_at;                 // "YYYY-MM-DDTHH:MM"
    std::string first_response_at;         // empty: not yet
    std::string resolved_at;               // empty: open
    Severity severity = Severity::Normal;
    std::string summary;
    std::string resolution_note;           // what was done (case resolve --note)
};

// Names as written on the command line, in CSV and in the database.
std::string_view to_string(ClientStatus s);
std::string_view to_string(DealKind k);
std::string_view to_string(TouchKind k);
std::string_view to_string(Severity s);
// Each throws InvalidInput naming the text and listing the accepted values.
ClientStatus parse_client_status(std::string_view text);
DealKind parse_deal_kind(std::string_view text);
TouchKind parse_touch_kind(std::string_view text);
Severity parse_severity(std::string_view text);

}  // namespace acctool
