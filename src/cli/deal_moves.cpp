// The pipeline moves of a deal: to another stage, won, lost, and refunds on won deals.
#include "cli/commands.h"
#include "cli/deal_moves.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/context.h"
#include "core/currency.h"
#include "core/deal_moves.h"
#include "core/deal_rules.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/happened.h"
#include "core/i18n.h"
#include "core/text.h"
#include "store/deals.h"
#include "store/refunds.h"

namespace acctool::cli {
namespace {

struct DealMove {
    Id id = 0;
    std::string stage, probability, close;
};

struct DealWin {
    Id id = 0;
    std::string amount, date;
};

struct DealLose {
    Id id = 0;
    std::string reason, date;
};

struct DealRefund {
    Id id = 0;
    std::string amount, date, reason, currency;
};


// "deal 3 'Renewal 2027'", or "deal 3" for an untitled deal.
std::string deal_label(const Deal& deal) {
    // TRANSLATORS: a deal, inserted in other messages ("moved {} to {}"): {} is its id.
    return deal.title.empty() ? trf("deal {}", deal.id)
                              // TRANSLATORS: a deal, inserted in other messages ("moved {} to {}"): its id, its title.
                              : trf("deal {} '{}'", deal.id, deal.title);
}

void deal_move(Context& ctx, const DealMove& opts) {
    const Settings& settings = ctx.settings();
    const std::string stage = parse_pipeline_stage(settings, opts.stage).name;
    std::optional<double> probability;
    if (!opts.probability.empty()) probability = parse_probability(opts.probability);
    std::optional<Date> close;
    if (!opts.close.empty()) close = parse_date(opts.close, ctx.today(), Direction::Future);
    auto [db, tx] = ctx.write();
    Deal deal = store::get_deal(db, opts.id);
    const MoveOutcome outcome = move_deal(deal, stage, probability, close, ctx.today());
    if (outcome == MoveOutcome::Unchanged) {
        // TRANSLATORS: the deal's id, then a pipeline stage's name.
        ctx.info(trf("deal {} is already at stage {}", deal.id, shown_stage(stage)));
        return;
    }
    store::update_deal(db, deal);
    tx.commit();
    if (outcome == MoveOutcome::CloseOnly) {
        // TRANSLATORS: the deal ("deal 3 'Renewal 2027'"), a pipeline stage's name, a date.
        ctx.info(trf("{} stays at stage {}, expected to close {}", deal_label(deal), shown_stage(stage), format_date(*close)));
        return;
    }
    // TRANSLATORS: the deal ("deal 3 'Renewal 2027'"), then the pipeline stage's name.
    ctx.info(trf("moved {} to {}", deal_label(deal), shown_stage(stage)));
}

void deal_win(Context& ctx, const DealWin& opts) {
    // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
    const Date day = happened_or_today(opts.date, ctx.today(), NC_("event", "close"));
    if (!opts.amount.empty()) check_amount_form(opts.amount);
    auto [db, tx] = ctx.write();
    Deal deal = store::get_deal(db, opts.id);
    std::optional<Money> amount;
    if (!opts.amount.empty()) amount = parse_amount_in(opts.amount, deal.currency);
    win_deal(deal, amount, day);
    store::update_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the deal ("deal 3 'Renewal 2027'"), the client's name, the amount, its currency, the date.
    ctx.info(trf("won {} from '{}': {} {} on {}", deal_label(deal), deal.client_name, format_amount(deal.amount, deal.currency),
                 deal.currency, format_date(day)));
}

void deal_lose(Context& ctx, const DealLose& opts) {
    const Date day = happened_or_today(opts.date, ctx.today(), NC_("event", "close"));
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    const std::string reason = parse_name(opts.reason, N_("lost reason"));
    auto [db, tx] = ctx.write();
    Deal deal = store::get_deal(db, opts.id);
    lose_deal(deal, reason, day);
    store::update_deal(db, deal);
    tx.commit();
    // TRANSLATORS: the deal ("deal 3 'Renewal 2027'"), the client's name, the date, the reason given.
    ctx.info(trf("lost {} from '{}' on {}: {}", deal_label(deal), deal.client_name, format_date(day), reason));
}

void deal_refund(Context& ctx, const DealRefund& opts) {
    Refund refund;
    check_amount_form(opts.amount);
    // TRANSLATORS: what happened on the date, inserted in "invalid {} date '...'".
    refund.date = happened_or_today(opts.date, ctx.today(), NC_("event", "refund"));
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    refund.reason = parse_text(opts.reason, N_("refund reason"), TextKind::Lines);
    const std::string asked = opts.currency.empty() ? "" : parse_record_currency(opts.currency);
    auto [db, tx] = ctx.write();
    const Deal deal = store::get_deal(db, opts.id);
    // TRANSLATORS: {} is the deal's id; inserted in "{} is in EUR, not USD: ...".
    require_currency_of(trf("a refund of deal {}", deal.id), asked, deal.currency);
    refund.currency = deal.currency;
    refund.amount = parse_amount_in(opts.amount, deal.currency);
    // TRANSLATORS: {} is the amount typed.
    if (refund.amount == Money{}) throw InvalidInput(trf("invalid refund '{}': it is zero", opts.amount));
    check_refund(deal, refund, store::refunded_total(db, deal.id));
    refund.deal_id = deal.id;
    const Id id = store::insert_refund(db, refund);
    tx.commit();
    // TRANSLATORS: the amount, its currency, then the deal ("deal 3 'Renewal 2027'").
    ctx.created(id, trf("refunded {} {} on {}", format_amount(refund.amount, refund.currency), refund.currency, deal_label(deal)));
}

CLI::Option* add_deal_id(CLI::App* cmd, Id& id) {
    return cmd->add_option("id", id, tr("Deal id (see deal list)"))->required();
}

}  // namespace

void setup_deal_moves(CLI::App* group, Context& ctx) {
    auto move = std::make_shared<DealMove>();
    auto* move_cmd = group->add_subcommand("move", tr("Move an open deal to another pipeline stage"));
    add_deal_id(move_cmd, move->id);
    move_cmd->add_option("stage", move->stage, tr("A pipeline stage of the config"))->required();
    move_cmd->add_option("--probability", move->probability, tr("0.35 or 35% (default: the new stage's)"));
    move_cmd->add_option("--close", move->close, tr("New expected close date"));
    on_parsed(move_cmd, ctx, [&ctx, move] { deal_move(ctx, *move); });

    auto win = std::make_shared<DealWin>();
    auto* win_cmd = group->add_subcommand("win", tr("Mark an open deal won"));
    add_deal_id(win_cmd, win->id);
    win_cmd->add_option("--amount", win->amount, tr("Final amount (default: the deal's)"));
    win_cmd->add_option("--date", win->date, tr("Close date (default today)"));
    on_parsed(win_cmd, ctx, [&ctx, win] { deal_win(ctx, *win); });

    auto lose = std::make_shared<DealLose>();
    auto* lose_cmd = group->add_subcommand("lose", tr("Mark an open deal lost, with the reason"));
    add_deal_id(lose_cmd, lose->id);
    lose_cmd->add_option("--reason", lose->reason, tr("Why it was lost"))->required();
    lose_cmd->add_option("--date", lose->date, tr("Close date (default today)"));
    on_parsed(lose_cmd, ctx, [&ctx, lose] { deal_lose(ctx, *lose); });

    auto refund = std::make_shared<DealRefund>();
    auto* refund_cmd = group->add_subcommand("refund", tr("Return money on a won deal"));
    add_deal_id(refund_cmd, refund->id);
    refund_cmd->add_option("amount", refund->amount, tr("Amount returned"))->required();
    refund_cmd->add_option("--date", refund->date, tr("Refund date (default today)"));
    refund_cmd->add_option("--reason", refund->reason, tr("Why"));
    refund_cmd->add_option("--currency", refund->currency, tr("Must be the deal's currency (a check for scripts)"));
    on_parsed(refund_cmd, ctx, [&ctx, refund] { deal_refund(ctx, *refund); });
}

}  // namespace acctool::cli
