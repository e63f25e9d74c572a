// acct search TEXT [--client REF]: every note, touch summary, follow-up action, deal title
// and case text with those words, newest first (man page, SEARCH).
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/i18n.h"
#include "core/search.h"
#include "store/clients.h"
#include "store/search.h"

namespace acctool::cli {
namespace {

// The kinds of hit store::search gives, marked so that the table shows them translated
// (its "kind" column is vocabulary, output/cells.h); CSV and JSON keep them as they are.
// TRANSLATORS: the kind of a search hit: a client's note, a contact's notes, a touch's
// summary, a follow-up's action, a deal's title, a support case's text.
[[maybe_unused]] constexpr const char* k_hit_kinds[] = {NC_("token", "note"),     NC_("token", "contact"),
                                                        NC_("token", "touch"),    NC_("token", "followup"),
                                                        NC_("token", "deal"),     NC_("token", "case")};

struct SearchOptions {
    std::string text, client_ref;
};

void search(Context& ctx, const SearchOptions& opts) {
    const std::string query = full_text_query(opts.text);
    auto& db = ctx.db();
    std::optional<Id> client;
    if (!opts.client_ref.empty()) client = store::resolve_client(db, opts.client_ref).id;
    ctx.emit_streamed({{NC_("column", "kind")},
                       {NC_("column", "id")},
                       {NC_("column", "client")},
                       {NC_("column", "date")},
                       {NC_("column", "text")}},
                      [&](const Context::RowOut& out) {
                          store::search(db, query, client, [&out](const store::SearchHit& hit) {
                              out({hit.kind, hit.id, hit.client, output::cell_or_empty(hit.date), hit.text});
                          });
                      });
}

}  // namespace

void setup_search(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<SearchOptions>();
    auto* cmd = app.add_subcommand("search", tr("Find notes, touches, follow-ups, deals and cases by their words"));
    cmd->add_option("text", opts->text, tr("Words to find (each matches words beginning with it; accents and case ignored)"))
        ->required();
    cmd->add_option("--client", opts->client_ref, tr("Only this client's"));
    on_parsed(cmd, ctx, [&ctx, opts] { search(ctx, *opts); });
}

}  // namespace acctool::cli
