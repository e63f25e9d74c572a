#include "core/deal_edit.h"

#include "core/currency.h"

#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/money.h"
#include "core/text.h"

namespace acctool {
namespace {

// A free text field: empty clears it, otherwise a valid name-like text.
std::string text_field(const std::string& text, std::string_view what) {
    return trim(text).empty() ? std::string() : parse_name(text, what);
}

}  // namespace

void apply_deal_edit(Deal& deal, const DealEdit& edit, Money refunded, std::optional<Date> first_refund,
                     Date today) {
    if (edit.title) deal.title = text_field(*edit.title, "deal title");
    if (edit.product) deal.product = text_field(*edit.product, "product");
    if (edit.kind) deal.kind = parse_deal_kind(trim(*edit.kind));
    if (edit.amount) {
        const Money amount = parse_money(*edit.amount);
        if (amount < refunded)
            throw Conflict("invalid amount '" + *edit.amount + "': deal " + std::to_string(deal.id) + " has " +
                           format_money_plain(refunded) + " refunded already; delete refunds first");
        deal.amount = amount;
    }
    if (edit.currency) {
        const std::string currency = parse_record_currency(trim(*edit.currency));
        if (currency != deal.currency && refunded > Money{})
            throw Conflict("deal " + std::to_string(deal.id) + " has refunds in " + deal.currency +
                           ": they would no longer be in its currency; delete them first");
        deal.currency = currency;
    }
    if (edit.discount) deal.discount = parse_discount(*edit.discount, deal.amount);
    if (deal.discount > deal.amount)
        throw Conflict("the discount " + format_money_plain(deal.discount) + " is above the amount " +
                       format_money_plain(deal.amount) + "; give --discount too");
    if (edit.probability) {
        if (!deal.is_open())
            throw Conflict("deal " + std::to_string(deal.id) + " is " + deal.stage +
                           ": only an open deal has a probability");
        deal.probability = trim(*edit.probability).empty() ? std::nullopt
                                                           : std::optional(parse_probability(*edit.probability));
    }
    if (edit.close) {
        if (!deal.is_open())
            throw Conflict("deal " + std::to_string(deal.id) + " is " + deal.stage +
                           ": --close is the expected close of an open deal; use --date for the day it closed");
        deal.expected_close = trim(*edit.close).empty()
                                  ? std::nullopt
                                  : std::optional(parse_date(*edit.close, today, Direction::Future));
    }
    if (edit.date) {
        if (deal.is_open())
            throw Conflict("deal " + std::to_string(deal.id) + " is open (stage " + deal.stage +
                           "): it has no close date; use --close for the expected close");
        const Date day = parse_happened_date(*edit.date, today, "close");
        if (first_refund && *first_refund < day)
            throw Conflict("invalid close date '" + *edit.date + "': deal " + std::to_string(deal.id) +
                           " has a refund on " + format_date(*first_refund) + ", before it");
        deal.closed_on = day;
        deal.stage_changed_on = day;
    }
}

void reopen_deal(Deal& deal, const StageRule& stage, Money refunded, Date today) {
    if (deal.is_open())
        throw Conflict("deal " + std::to_string(deal.id) + " is open (stage " + deal.stage +
                       "): only a won or lost deal can be reopened");
    if (refunded > Money{})
        throw Conflict("deal " + std::to_string(deal.id) + " has " + format_money_plain(refunded) +
                       " refunded: delete its refunds first (acct refund list --deal " + std::to_string(deal.id) + ")");
    deal.stage = stage.name;
    deal.closed_on.reset();
    deal.lost_reason.clear();
    deal.probability.reset();
    deal.stage_changed_on = today;
}

const StageRule& default_reopen_stage(const Settings& settings) {
    if (settings.stages.empty())
        throw InvalidInput("no pipeline stages are configured; add [pipeline] stages to the config");
    return settings.stages.back();
}

std::string describe_deal(const Deal& deal) {
    std::string text = "deal " + std::to_string(deal.id);
    if (!deal.title.empty()) text += " '" + deal.title + "'";
    text += ", " + format_money_grouped(deal.amount) + " " + deal.currency;
    if (deal.is_open()) text += " at stage " + deal.stage;
    else text += " " + deal.stage + " " + format_date(*deal.closed_on);
    return text;
}

}  // namespace acctool
