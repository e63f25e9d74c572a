// acct export KIND: the import columns, streamed row by row, as CSV (default) or JSON;
// acct export all DIR: every kind, one CSV each.
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/errors.h"
#include "core/import_columns.h"
#include "core/text.h"
#include "store/cases.h"
#include "store/clients.h"
#include "store/exporter.h"
#include "store/followups.h"

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

Cell id_or_empty(const std::optional<Id>& id) { return int_or_empty(id); }

Cell money_or_empty(Money m) { return m.minor > 0 ? Cell{m} : Cell{}; }

Cell before_archive(store::Database& db, const Client& c) {
    if (c.status != ClientStatus::Archived) return Cell{};
    const auto status = store::status_before_archive(db, c.id);
    return status ? Cell{std::string(to_string(*status))} : Cell{};
}

void export_rows(store::Database& db, ImportKind kind, output::RowWriter& out) {
    switch (kind) {
    case ImportKind::Clients:
        store::each_client(db, [&](const Client& c) {
            out.row({c.name, c.tier, std::string(to_string(c.status)), text_or_empty(c.industry),
                     text_or_empty(c.region), text_or_empty(join(c.tags, ",")), int_or_empty(c.cadence_days),
                     output::cell_or_empty(c.credit_limit), int_or_empty(c.payment_terms_days),
                     text_or_empty(c.notes), c.currency, date_or_empty(c.created_on), Cell{c.id},
                     before_archive(db, c)});
        });
        break;
    case ImportKind::Contacts:
        store::each_contact(db, [&](const Contact& k) {
            out.row({k.client_name, k.name, text_or_empty(k.role), text_or_empty(k.email), text_or_empty(k.phone),
                     k.birthday ? Cell{format_birthday(*k.birthday)} : Cell{}, k.decision_maker,
                     text_or_empty(k.notes), Cell{k.id}});
        });
        break;
    case ImportKind::Deals:
        store::each_deal(db, [&](const Deal& d) {
            out.row({d.client_name, d.amount, text_or_empty(d.title), d.stage, date_or_empty(d.closed_on),
                     date_or_empty(d.expected_close), probability_cell(d.probability), text_or_empty(d.product),
                     std::string(to_string(d.kind)), text_or_empty(d.lost_reason), d.currency,
                     money_or_empty(d.discount), d.stage_changed_on, Cell{d.id}, d.created_on});
        });
        break;
    case ImportKind::Refunds:
        store::each_refund(db, [&](const Refund& r) {
            out.row({Cell{r.deal_id}, r.amount, r.date, text_or_empty(r.reason), r.currency, Cell{r.id}});
        });
        break;
    case ImportKind::Touches:
        store::each_touch(db, [&](const Touch& t) {
            out.row({t.client_name, std::string(to_string(t.kind)), t.date, text_or_empty(t.summary),
                     text_or_empty(t.contact_name), text_or_empty(t.next_action), date_or_empty(t.next_date),
                     Cell{t.id}});
        });
        break;
    case ImportKind::Followups:
        store::each_followup(db, [&](const FollowUp& f) {
            out.row({f.client_name, f.due, text_or_empty(f.action), text_or_empty(f.contact_name),
                     std::string(to_string(f.state)), date_or_empty(f.closed_on), id_or_empty(f.touch_id),
                     id_or_empty(f.closed_by), Cell{f.id}});
        });
        break;
    case ImportKind::Invoices:
        store::each_invoice(db, [&](const Invoice& i) {
            out.row({i.client_name, i.amount, i.due, text_or_empty(i.number), i.issued, money_or_empty(i.paid_amount),
                     date_or_empty(i.paid_on), i.currency, Cell{i.id}, id_or_empty(i.deal_id)});
        });
        break;
    case ImportKind::Payments:
        store::each_payment(db, [&](const Payment& p, const std::string& number, const std::string& currency) {
            out.row({Cell{p.invoice_id}, p.amount, p.date, currency, text_or_empty(number), Cell{p.id}});
        });
        break;
    case ImportKind::Cases:
        store::each_case(db, [&](const SupportCase& c) {
            out.row({c.client_name, c.opened_at, c.summary, std::string(to_string(c.severity)),
                     text_or_empty(c.first_response_at), text_or_empty(c.resolved_at),
                     text_or_empty(c.resolution_note), Cell{c.id}});
        });
        break;
    case ImportKind::Rates: break;  // none kept yet: the header alone
    }
}

output::Format export_format(const Context& ctx) {
    if (ctx.global.format.empty() && !ctx.global.csv && !ctx.global.json) return output::Format::Csv;
    const output::Format format = ctx.format();
    if (format != output::Format::Csv && format != output::Format::Json)
        throw InvalidInput(fmt::format("export writes csv or json, not '{}'", ctx.global.format));
    return format;
}

void write_kind(store::Database& db, ImportKind kind, output::Format format, bool bom, std::FILE* out) {
    std::vector<output::Column> columns;
    for (const auto& c : import_columns(kind)) columns.push_back({std::string(c.name)});
    output::RenderOptions options;
    options.bom = bom;
    auto writer = output::make_writer(format, options, out);
    writer->begin(columns);
    export_rows(db, kind, *writer);
    writer->end();
}

void export_kind(Context& ctx, const std::string& kind_text) {
    const ImportKind kind = parse_import_kind(kind_text);
    const output::Format format = export_format(ctx);
    write_kind(ctx.db(), kind, format, ctx.global.bom, stdout);
}

// acct export all DIR: one CSV per kind, DIR/clients.csv ... DIR/rates.csv, in one read
// transaction so that the files agree with each other. DIR is made when missing; a file
// that exists is never overwritten.
void export_all(Context& ctx, const std::string& dir) {
    if (!ctx.global.format.empty() || ctx.global.json)
        if (export_format(ctx) != output::Format::Csv) throw InvalidInput("export all writes csv files only");
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        throw Failure(fmt::format("cannot make directory '{}': {}", dir, std::strerror(errno)));
    std::vector<std::string> paths;
    for (ImportKind kind : all_import_kinds()) {
        paths.push_back(fmt::format("{}/{}.csv", dir, to_string(kind)));
        struct stat st {};
        if (::lstat(paths.back().c_str(), &st) == 0)
            throw Conflict(fmt::format("'{}' exists; export all writes into a new or empty directory", paths.back()));
    }
    auto& db = ctx.db();
    store::ExportSnapshot snapshot(db);
    for (std::size_t k = 0; k < paths.size(); ++k) {
        std::FILE* out = std::fopen(paths[k].c_str(), "wx");
        if (!out) throw Failure(fmt::format("cannot write '{}': {}", paths[k], std::strerror(errno)));
        try {
            write_kind(db, all_import_kinds()[k], output::Format::Csv, ctx.global.bom, out);
        } catch (...) {
            std::fclose(out);
            throw;
        }
        if (std::fclose(out) != 0) throw Failure(fmt::format("error writing '{}': {}", paths[k], std::strerror(errno)));
    }
    ctx.info(fmt::format("exported {} files to {}", paths.size(), dir));
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx) {
    auto kind = std::make_shared<std::string>();
    auto dir = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("export", "Write one kind of record as CSV or JSON in the columns import reads, "
                                             "or every kind into a directory (export all DIR)");
    cmd->add_option("kind", *kind,
                    "clients, contacts, deals, refunds, touches, followups, invoices, payments, cases, rates or all")
        ->required();
    cmd->add_option("dir", *dir, "With all: the directory to write one CSV per kind into");
    cmd->callback([&ctx, kind, dir] {
        if (*kind == "all" && dir->empty()) throw CLI::ValidationError("dir", "export all needs a directory: export all DIR");
        if (*kind != "all" && !dir->empty())
            throw CLI::ValidationError("dir", "only export all takes a directory; export " + *kind + " writes to stdout");
        ctx.action = [&ctx, kind, dir] {
            if (*kind == "all") export_all(ctx, *dir);
            else export_kind(ctx, *kind);
        };
    });
}

}  // namespace acctool::cli
