#include "core/deal_rules.h"
#include "core/currency.h"

#include <charconv>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/i18n.h"
#include "core/language.h"
#include "core/local_forms.h"
#include "core/report_math.h"
#include "core/text.h"

namespace acctool {
namespace {

std::string stage_names(const Settings& settings) {
    std::vector<std::string> names;
    for (const auto& s : settings.stages) names.push_back(shown_stage(s.name));
    return or_list(names);
}

}  // namespace

std::string shown_stage(const std::string& name) { return trc("token", name.c_str()); }

const StageRule& parse_pipeline_stage(const Settings& settings, std::string_view text) {
    const std::string key = fold_case(trim(text));
    // A stage is known by its configured name and by the name a table shows it under.
    for (const auto& s : settings.stages)
        if (fold_case(s.name) == key) return s;
    for (const auto& s : settings.stages)
        if (fold_case(shown_stage(s.name)) == key) return s;
    if (key == "won" || key == "lost" || key == fold_case(trc("token", "won")) || key == fold_case(trc("token", "lost")))
        throw InvalidInput(trf("invalid stage '{}' here: close a deal with 'acct deal win' or 'acct deal lose'", text));
    // TRANSLATORS: the second {} lists the configured stages: "lead, qualified or proposal".
    throw InvalidInput(trf("invalid stage '{}': expected {}", text, stage_names(settings)));
}

double effective_probability(const Deal& deal, const Settings& settings) {
    if (deal.stage == "won") return 1;
    if (deal.stage == "lost") return 0;
    return stage_probability(settings, deal.stage, deal.probability);
}

double stage_probability(const Settings& settings, std::string_view stage, std::optional<double> own) {
    if (own) return *own;
    const StageRule* rule = settings.find_stage(stage);
    return rule ? rule->probability : 0;
}

bool is_stale(const Deal& deal, std::optional<Date> last_touch, Date today, int stale_after_days) {
    // One rule for every listing: the reports' is_stale on the deal's dates.
    return deal.is_open() &&
           is_stale(deal.expected_close, deal.stage_changed_on, last_touch, today, stale_after_days);
}

Money parse_discount(std::string_view text, Money amount, std::string_view currency) {
    const std::string_view t = trim(text);
    Money discount;
    if (!t.empty() && t.back() == '%') {
        const std::string local = local_ratio(t);
        const std::string_view number = trim(std::string_view(local).substr(0, local.size() - 1));
        double percent = -1;
        auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), percent, std::chars_format::fixed);
        if (number.empty() || ec != std::errc{} || end != number.data() + number.size() ||
            !(percent >= 0 && percent <= 100))
            throw InvalidInput(local_input()
                                   // TRANSLATORS: shown in a language that writes a decimal comma, where 10,5%
                                   // and 10,5 % are read: write the example in your language's form. {} is the
                                   // discount as typed.
                                   ? trf("invalid discount '{}': expected an amount or a percentage from 0 to 100, "
                                         "such as 10,5 %",
                                         text)
                                   : trf("invalid discount '{}': expected an amount or 0% to 100%", text));
        discount = apply_rate(amount, percent / 100);
    } else {
        try {
            discount = parse_amount_in(t, currency);
        } catch (const InvalidInput& e) {
            if (local_input())
                // TRANSLATORS: shown in a language that writes a decimal comma: the discount as typed,
                // then an amount in the language's form (1.000,50 in Italian); write the percentage
                // in your language's form.
                throw InvalidInput(trf("invalid discount '{}': expected an amount such as {} or a percentage such as 10,5 %",
                                       text, localize_number("1,000.50", current_language())));
            throw InvalidInput(trf("invalid discount '{}': expected an amount or a percentage (10%)", text));
        }
    }
    if (discount > amount)
        throw InvalidInput(trf("invalid discount '{}': more than the deal's amount {}", text, format_amount(amount, currency)));
    return discount;
}

void check_refund(const Deal& deal, const Refund& refund, Money refunded) {
    if (deal.stage != "won")
        throw Conflict(deal.is_open() ? trf("deal {} is open; only won deals can be refunded", deal.id)
                                      : trf("deal {} is lost; only won deals can be refunded", deal.id));
    if (refund.date < *deal.closed_on)
        throw InvalidInput(
            trf("invalid refund date '{}': before the deal closed on {}", format_date(refund.date), format_date(*deal.closed_on)));
    const Money left = deal.amount - refunded;
    if (refund.amount > left)
        // TRANSLATORS: "refund 300.00 is more than the 200.00 left on deal 5 (amount 1000.00 less
        // 800.00 refunded)".
        throw Conflict(trf("refund {} is more than the {} left on deal {} (amount {} less {} refunded)",
                           format_amount(refund.amount, deal.currency), format_amount(left, deal.currency), deal.id,
                           format_amount(deal.amount, deal.currency), format_amount(refunded, deal.currency)));
}

}  // namespace acctool
