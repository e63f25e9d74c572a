#pragma once
// The rules of an invoice's fields, shared by `invoice add` and `invoice edit`, and the
// words that name an invoice or a payment in questions (man page, "Invoices").
#include <optional>
#include <string>
#include <string_view>

#include "core/corrections.h"
#include "core/dates.h"
#include "core/model.h"

namespace acctool {

// An invoiced amount: above zero. "invalid amount '0': an invoice needs an amount above zero".
Money parse_invoice_amount(std::string_view text, std::string_view currency);
// A due date is not before the issue date; `due_text` is the due date as typed.
void check_due_after_issue(Date due, Date issued, std::string_view due_text);

// The fields of `invoice edit` as typed; empty optionals are left unchanged.
struct InvoiceEdit {
    std::optional<std::string> amount;
    std::optional<std::string> due;     // read forwards, like invoice add
    std::optional<std::string> issued;  // a thing that happened: not in the future
    std::optional<std::string> number;  // '' clears it
    std::optional<std::string> deal;    // a deal id; '' unlinks

    bool empty() const { return !amount && !due && !issued && !number && !deal; }
};

// Applies the edit and returns what changed (the invoice is left as it was on a throw).
// InvalidInput names a bad value; Conflict when the amount goes below what is already paid
// (delete payments first). The caller checks that a linked deal is the client's and that
// the number is free.
ChangeList apply_invoice_edit(Invoice& invoice, const InvoiceEdit& edit, Date today);

// "invoice 3 'F-2026-001' of 'Acme SRL', 1,200.00 EUR due 2026-12-15".
std::string describe_invoice(const Invoice& invoice);

}  // namespace acctool
