// acct case open|respond|resolve|list: complaints, with response and resolution times;
// reopen|edit|delete are in case_fix.cpp.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/corrections.h"
#include "core/case_edit.h"
#include "core/errors.h"
#include "core/fields.h"
#include "core/i18n.h"
#include "core/timestamps.h"
#include "store/cases.h"
#include "store/clients.h"

namespace acctool::cli {
namespace {

struct CaseOpen {
    std::string client_ref, summary, severity, at;
};

struct CaseStep {
    Id id = 0;
    std::string at;
    std::string note;  // resolve only
};

struct CaseList {
    bool open_only = false;
    std::string client_ref;
};

std::string at_or_now(Context& ctx, const std::string& at) {
    return at.empty() ? ctx.now_timestamp() : parse_timestamp(at, ctx.today());
}

void case_open(Context& ctx, const CaseOpen& opts) {
    SupportCase c;
    // TRANSLATORS: a field's name, inserted in "invalid {}: ...".
    c.summary = parse_name(opts.summary, N_("case summary"), TextKind::Lines);
    if (!opts.severity.empty()) c.severity = parse_severity(opts.severity);
    c.opened_at = at_or_now(ctx, opts.at);
    auto [db, tx] = ctx.write();
    const Client client = store::resolve_client(db, opts.client_ref);
    c.client_id = client.id;
    const Id id = store::insert_case(db, c);
    tx.commit();
    switch (c.severity) {
    // TRANSLATORS: the new case's id, the client's name, when it was opened (2026-11-23T10:02).
    case Severity::Low: ctx.created(id, trf("opened low case {} for '{}' at {}", id, client.name, c.opened_at)); break;
    case Severity::Normal:
        // TRANSLATORS: the new case's id, the client's name, when it was opened (2026-11-23T10:02).
        ctx.created(id, trf("opened normal case {} for '{}' at {}", id, client.name, c.opened_at));
        break;
    case Severity::High:
        // TRANSLATORS: the new case's id, the client's name, when it was opened (2026-11-23T10:02).
        ctx.created(id, trf("opened high case {} for '{}' at {}", id, client.name, c.opened_at));
        break;
    case Severity::Critical:
        // TRANSLATORS: the new case's id, the client's name, when it was opened (2026-11-23T10:02).
        ctx.created(id, trf("opened critical case {} for '{}' at {}", id, client.name, c.opened_at));
        break;
    }
}

// What a case's time may not come before.
enum class CaseStepBefore { Opened, Answered };

// Timestamps sort as text ("YYYY-MM-DDTHH:MM"), so order checks compare strings.
void require_not_before(const std::string& at, const std::string& earlier, CaseStepBefore step) {
    if (at >= earlier) return;
    if (step == CaseStepBefore::Opened)
        // TRANSLATORS: the time typed, then when the case was opened (2026-11-23T10:02).
        throw InvalidInput(trf("invalid time '{}': before the case was opened at {}", at, earlier));
    // TRANSLATORS: the time typed, then when the case was first answered (2026-11-23T10:02).
    throw InvalidInput(trf("invalid time '{}': before the case was first answered at {}", at, earlier));
}

void case_respond(Context& ctx, const CaseStep& opts) {
    const std::string at = at_or_now(ctx, opts.at);
    auto [db, tx] = ctx.write();
    SupportCase c = store::get_case(db, opts.id);
    if (!c.first_response_at.empty())
        // TRANSLATORS: the case's id, then when it was answered (2026-11-23T10:02).
        throw Conflict(trf("case {} already has its first response, at {}", c.id, c.first_response_at));
    require_not_before(at, c.opened_at, CaseStepBefore::Opened);
    c.first_response_at = at;
    store::update_case(db, c);
    tx.commit();
    // TRANSLATORS: the case's id, the client's name, then the time (2026-11-23T10:02).
    ctx.info(trf("case {} of '{}': first response at {}", c.id, c.client_name, at));
}

// Resolving a case nobody answered yet counts the resolution as the first response.
void case_resolve(Context& ctx, const CaseStep& opts) {
    const std::string at = at_or_now(ctx, opts.at);
    const std::string note = parse_resolution_note(opts.note);
    auto [db, tx] = ctx.write();
    SupportCase c = store::get_case(db, opts.id);
    if (!c.resolved_at.empty())
        // TRANSLATORS: the case's id, then when it was resolved (2026-11-23T10:02).
        throw Conflict(trf("case {} is already resolved, at {}", c.id, c.resolved_at));
    require_not_before(at, c.opened_at, CaseStepBefore::Opened);
    if (c.first_response_at.empty()) c.first_response_at = at;
    else require_not_before(at, c.first_response_at, CaseStepBefore::Answered);
    c.resolved_at = at;
    c.resolution_note = note;
    store::update_case(db, c);
    tx.commit();
    // TRANSLATORS: the case's id, the client's name, then the time (2026-11-23T10:02).
    ctx.info(trf("case {} of '{}': resolved at {}", c.id, c.client_name, at));
}

void case_list(Context& ctx, const CaseList& opts) {
    auto& db = ctx.db();
    std::optional<Id> client_id;
    if (!opts.client_ref.empty()) client_id = store::resolve_client(db, opts.client_ref).id;
    output::Table table({{NC_("column", "id")},
                         {NC_("column", "client")},
                         {NC_("column", "severity")},
                         {NC_("column", "opened")},
                         {NC_("column", "first_response")},
                         {NC_("column", "resolved")},
                         {NC_("column", "summary")},
                         {NC_("column", "resolution_note")}});
    for (const auto& c : store::list_cases(db, opts.open_only, client_id))
        table.add({c.id, c.client_name, std::string(to_string(c.severity)), c.opened_at,
                   output::text_or_empty(c.first_response_at), output::text_or_empty(c.resolved_at), c.summary,
                   output::text_or_empty(c.resolution_note)});
    ctx.emit(table);
}

CLI::App* setup_case_step(CLI::App* group, Context& ctx, const char* name, const char* description,
                          void (*step)(Context&, const CaseStep&), std::shared_ptr<CaseStep> opts) {
    auto* cmd = group->add_subcommand(name, description);
    // TRANSLATORS: "case list" is the command that lists the ids: keep it.
    cmd->add_option("id", opts->id, tr("Case id (see case list)"))->required();
    cmd->add_option("--at", opts->at, tr("When: YYYY-MM-DDTHH:MM or a date (09:00); default now"));
    on_parsed(cmd, ctx, [&ctx, opts, step] { step(ctx, *opts); });
    return cmd;
}

}  // namespace

void setup_case(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("case", tr("Open, answer, resolve and list complaints"));

    auto open = std::make_shared<CaseOpen>();
    auto* open_cmd = group->add_subcommand("open", tr("Open a case for a client"));
    open_cmd->add_option("ref", open->client_ref, tr("Client id, name or unique part of the name"))->required();
    open_cmd->add_option("summary", open->summary, tr("What the problem is"))->required();
    // TRANSLATORS: the values to type: keep low, normal, high and critical.
    open_cmd->add_option("--severity", open->severity, tr("low, normal (default), high or critical"));
    open_cmd->add_option("--at", open->at, tr("When: YYYY-MM-DDTHH:MM or a date (09:00); default now"));
    on_parsed(open_cmd, ctx, [&ctx, open] { case_open(ctx, *open); });

    setup_case_step(group, ctx, "respond", tr("Record the first response to a case"), case_respond,
                    std::make_shared<CaseStep>());
    auto resolve = std::make_shared<CaseStep>();
    setup_case_step(group, ctx, "resolve", tr("Mark a case resolved (and answered, if it was not)"), case_resolve,
                    resolve)
        ->add_option("--note", resolve->note, tr("What was done: the resolution note"));

    auto list = std::make_shared<CaseList>();
    auto* list_cmd = group->add_subcommand("list", tr("List cases"));
    list_cmd->add_flag("--open", list->open_only, tr("Only cases not yet resolved"));
    list_cmd->add_option("--client", list->client_ref, tr("Only this client's cases"));
    on_parsed(list_cmd, ctx, [&ctx, list] { case_list(ctx, *list); });
    setup_case_fixes(group, ctx);
}

}  // namespace acctool::cli
