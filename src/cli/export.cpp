// acct export KIND: the import columns, streamed row by row, as CSV (default) or JSON.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/import_columns.h"
#include "core/text.h"
#include "store/exporter.h"

namespace acctool::cli {
namespace {

using output::Cell;
using output::text_or_empty;

// A probability to at most 9 places, trailing zeros dropped: "35%" reads as 0.35 and
// "33.3%" as 0.333 (not 0.33299999999999996), and each reads back to the same text.
Cell probability_cell(const std::optional<double>& p) {
    if (!p) return Cell{};
    const std::string text = fmt::format("{:.9f}", *p);
    const auto last = text.find_last_not_of('0');
    const auto point = text.find('.');
    const int places = last == point ? 0 : static_cast<int>(last - point);
    return output::Decimal{*p, places};
}

template <class T>
Cell int_or_empty(const std::optional<T>& v) {
    if (!v) return Cell{};
    return Cell{static_cast<std::int64_t>(*v)};
}

Cell date_or_empty(const std::optional<Date>& d) { return output::cell_or_empty(d); }

void export_rows(store::Database& db, ImportKind kind, output::RowWriter& out) {
    switch (kind) {
    case ImportKind::Clients:
        store::each_client(db, [&](const Client& c) {
            out.row({c.name, c.tier, std::string(to_string(c.status)), text_or_empty(c.industry),
                     text_or_empty(c.region), text_or_empty(join(c.tags, ",")), int_or_empty(c.cadence_days),
                     output::cell_or_empty(c.credit_limit), int_or_empty(c.payment_terms_days),
                     text_or_empty(c.notes)});
        });
        break;
    case ImportKind::Contacts:
        store::each_contact(db, [&](const Contact& k) {
            out.row({k.client_name, k.name, text_or_empty(k.role), text_or_empty(k.email), text_or_empty(k.phone),
                     k.birthday ? Cell{format_birthday(*k.birthday)} : Cell{}, k.decision_maker,
                     text_or_empty(k.notes)});
        });
        break;
    case ImportKind::Deals:
        store::each_deal(db, [&](const Deal& d) {
            out.row({d.client_name, d.amount, text_or_empty(d.title), d.stage, date_or_empty(d.closed_on),
                     date_or_empty(d.expected_close), probability_cell(d.probability), text_or_empty(d.product),
                     std::string(to_string(d.kind)), text_or_empty(d.lost_reason)});
        });
        break;
    case ImportKind::Touches:
        store::each_touch(db, [&](const Touch& t) {
            out.row({t.client_name, std::string(to_string(t.kind)), t.date, text_or_empty(t.summary),
                     text_or_empty(t.contact_name), text_or_empty(t.next_action), date_or_empty(t.next_date)});
        });
        break;
    case ImportKind::Invoices:
        store::each_invoice(db, [&](const Invoice& i) {
            out.row({i.client_name, i.amount, i.due, text_or_empty(i.number), i.issued,
                     i.paid_amount.minor > 0 ? Cell{i.paid_amount} : Cell{}, date_or_empty(i.paid_on)});
        });
        break;
    }
}

output::Format export_format(const Context& ctx) {
    if (ctx.global.format.empty() && !ctx.global.csv && !ctx.global.json) return output::Format::Csv;
    const output::Format format = ctx.format();
    if (format != output::Format::Csv && format != output::Format::Json)
        throw InvalidInput(fmt::format("export writes csv or json, not '{}'", ctx.global.format));
    return format;
}

void export_kind(Context& ctx, const std::string& kind_text) {
    const ImportKind kind = parse_import_kind(kind_text);
    const output::Format format = export_format(ctx);
    auto& db = ctx.db();
    std::vector<output::Column> columns;
    for (const auto& c : import_columns(kind)) columns.push_back({std::string(c.name)});
    output::RenderOptions options;
    options.bom = ctx.global.bom;
    auto writer = output::make_writer(format, options, stdout);
    writer->begin(columns);
    export_rows(db, kind, *writer);
    writer->end();
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx) {
    auto kind = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("export", "Write clients, contacts, deals, touches or invoices as CSV or JSON, "
                                             "in the columns import reads");
    cmd->add_option("kind", *kind, "clients, contacts, deals, touches or invoices")->required();
    cmd->callback([&ctx, kind] { ctx.action = [&ctx, kind] { export_kind(ctx, *kind); }; });
}

}  // namespace acctool::cli
