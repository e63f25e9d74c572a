#include "core/deal_edit.h"

#include "core/currency.h"

#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
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
    if (edit.title) deal.title = text_field(*edit.title, NC_("field", "deal title"));
    if (edit.product) deal.product = text_field(*edit.product, NC_("field", "product"));
    if (edit.kind) deal.kind = parse_deal_kind(trim(*edit.kind));
    if (edit.currency) {
        const std::string currency = parse_record_currency(trim(*edit.currency));
        if (currency != deal.currency && refunded > Money{})
            // TRANSLATORS: the second {} is a currency code (EUR).
            throw Conflict(trf("deal {} has refunds in {}: they would no longer be in its currency; delete them first",
                               deal.id, deal.currency));
        // The same figures in the new currency's minor units (1,200.00 EUR becomes 1,200 JPY):
        // the amount and the discount not given anew; figures it cannot write (1,200.50 in
        // JPY, or beyond the largest amount in KWD) need the amount given.
        const int from = minor_digits(deal.currency), to = minor_digits(currency);
        if (from != to) {
            const std::int64_t factor = minor_per_unit(from > to ? from - to : to - from);
            const auto rescale = [&](Money m) {
                if (to > from) {
                    if (m.minor <= k_max_amount_minor / factor) return scale_money(m, factor, 1);
                    // TRANSLATORS: "deal 5's amount 999999999999.99 is more than KWD can hold; give --amount too".
                    throw Conflict(trf("deal {}'s amount {} is more than {} can hold; give --amount too", deal.id,
                                       format_amount_plain(m, deal.currency), currency));
                }
                if (m.minor % factor == 0) return Money{m.minor / factor};
                // TRANSLATORS: "deal 5's amount 1200.50 has decimals that JPY has not; give --amount too".
                throw Conflict(trf("deal {}'s amount {} has decimals that {} has not; give --amount too", deal.id,
                                   format_amount_plain(m, deal.currency), currency));
            };
            if (!edit.amount) deal.amount = rescale(deal.amount);
            if (!edit.discount) deal.discount = rescale(deal.discount);
        }
        deal.currency = currency;
    }
    if (edit.amount) {
        const Money amount = parse_amount_in(*edit.amount, deal.currency);
        if (amount < refunded)
            // TRANSLATORS: "invalid amount '100': deal 5 has 250.00 refunded already; delete refunds first".
            throw Conflict(trf("invalid amount '{}': deal {} has {} refunded already; delete refunds first", *edit.amount,
                               deal.id, format_amount_plain(refunded, deal.currency)));
        deal.amount = amount;
    }
    if (edit.discount) deal.discount = parse_discount(*edit.discount, deal.amount, deal.currency);
    if (deal.discount > deal.amount)
        throw Conflict(trf("the discount {} is above the amount {}; give --discount too",
                           format_amount_plain(deal.discount, deal.currency), format_amount_plain(deal.amount, deal.currency)));
    if (edit.probability) {
        if (!deal.is_open())
            // TRANSLATORS: "deal 5 is won: ...": the second {} is the stage, won or lost.
            throw Conflict(trf("deal {} is {}: only an open deal has a probability", deal.id, shown_stage(deal.stage)));
        deal.probability = trim(*edit.probability).empty() ? std::nullopt
                                                           : std::optional(parse_probability(*edit.probability));
    }
    if (edit.close) {
        if (!deal.is_open())
            // TRANSLATORS: "deal 5 is won: ...": the second {} is the stage, won or lost.
            throw Conflict(trf("deal {} is {}: --close is the expected close of an open deal; use --date for the day it "
                               "closed",
                               deal.id, shown_stage(deal.stage)));
        deal.expected_close = trim(*edit.close).empty()
                                  ? std::nullopt
                                  : std::optional(parse_date(*edit.close, today, Direction::Future));
    }
    if (edit.date) {
        if (deal.is_open())
            // TRANSLATORS: the second {} is the deal's stage, as tables show it.
            throw Conflict(trf("deal {} is open (stage {}): it has no close date; use --close for the expected close",
                               deal.id, shown_stage(deal.stage)));
        const Date day = parse_happened_date(*edit.date, today, NC_("event", "close"));
        if (first_refund && *first_refund < day)
            throw Conflict(trf("invalid close date '{}': deal {} has a refund on {}, before it", *edit.date, deal.id,
                               format_date(*first_refund)));
        deal.closed_on = day;
        deal.stage_changed_on = day;
    }
}

void reopen_deal(Deal& deal, const StageRule& stage, Money refunded, Date today) {
    if (deal.is_open())
        // TRANSLATORS: the second {} is the deal's stage, as configured.
        throw Conflict(trf("deal {} is open (stage {}): only a won or lost deal can be reopened", deal.id, shown_stage(deal.stage)));
    if (refunded > Money{})
        // TRANSLATORS: "deal 5 has 250.00 refunded: delete its refunds first (acct refund list --deal 5)".
        throw Conflict(trf("deal {} has {} refunded: delete its refunds first (acct refund list --deal {})", deal.id,
                           format_amount_plain(refunded, deal.currency), deal.id));
    deal.stage = stage.name;
    deal.closed_on.reset();
    deal.lost_reason.clear();
    deal.probability.reset();
    deal.stage_changed_on = today;
}

const StageRule& default_reopen_stage(const Settings& settings) {
    if (settings.stages.empty())
        throw InvalidInput(tr("no pipeline stages are configured; add [pipeline] stages to the config"));
    return settings.stages.back();
}

std::string describe_deal(const Deal& deal) {
    const std::string amount = format_amount(deal.amount, deal.currency);
    // In the descriptions of a deal ("deal 5 'renewal', 1,200.00 EUR at stage proposal"): the
    // id, the title, the amount and currency, the stage or the day it closed.
    if (deal.is_open()) {
        if (deal.title.empty())
            // TRANSLATORS: "deal 5, 1,200.00 EUR at stage proposal": the id, the amount and
            // currency, the stage (as tables show it).
            return trf("deal {}, {} {} at stage {}", deal.id, amount, deal.currency, shown_stage(deal.stage));
        // TRANSLATORS: "deal 5 'renewal', 1,200.00 EUR at stage proposal": the id, the title, the
        // amount and currency, the stage (as tables show it).
        return trf("deal {} '{}', {} {} at stage {}", deal.id, deal.title, amount, deal.currency, shown_stage(deal.stage));
    }
    const std::string day = format_date(*deal.closed_on);
    if (deal.stage == "won") {
        if (deal.title.empty())
            // TRANSLATORS: "deal 5, 1,200.00 EUR won 2026-11-20": the id, the amount and currency, the day.
            return trf("deal {}, {} {} won {}", deal.id, amount, deal.currency, day);
        // TRANSLATORS: "deal 5 'renewal', 1,200.00 EUR won 2026-11-20".
        return trf("deal {} '{}', {} {} won {}", deal.id, deal.title, amount, deal.currency, day);
    }
    if (deal.title.empty())
        // TRANSLATORS: "deal 5, 1,200.00 EUR lost 2026-11-20": the id, the amount and currency, the day.
        return trf("deal {}, {} {} lost {}", deal.id, amount, deal.currency, day);
    // TRANSLATORS: "deal 5 'renewal', 1,200.00 EUR lost 2026-11-20".
    return trf("deal {} '{}', {} {} lost {}", deal.id, deal.title, amount, deal.currency, day);
}

}  // namespace acctool
