// acct export KIND: the import columns, streamed row by row, as CSV (default) or JSON;
// acct export all DIR: every kind, one CSV each.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/usage.h"
#include "core/currency.h"
#include "store/rates.h"
#include "core/errors.h"
#include "core/i18n.h"
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

Cell money_or_empty(Money m, const std::string& currency) {
    return m.minor > 0 ? output::amount_cell(m, currency) : Cell{};
}
Cell money_or_empty(std::optional<Money> m) { return m ? Cell{*m} : Cell{}; }  // a base amount: 0 is a value

Cell before_archive(store::Database& db, const Client& c) {
    if (c.status != ClientStatus::Archived) return Cell{};
    const auto status = store::status_before_archive(db, c.id);
    return status ? Cell{std::string(to_string(*status))} : Cell{};
}

// One export row filled by the import parser's column names (core/import_columns.h), so a
// value can never land under another column's header; writing it checks that every
// column of the kind was set.
class ExportRow {
public:
    ExportRow(ImportKind kind, output::RowWriter& out)
        : m_kind(kind), m_out(out), m_cells(import_columns(kind).size()), m_set(m_cells.size(), false) {}
    ExportRow& operator()(int column, Cell cell) {
        m_cells.at(static_cast<std::size_t>(column)) = std::move(cell);
        m_set.at(static_cast<std::size_t>(column)) = true;
        return *this;
    }
    void write() {
        for (std::size_t i = 0; i < m_set.size(); ++i)
            if (!m_set[i])
                throw std::logic_error(fmt::format("export {}: column '{}' not set", to_string(m_kind),
                                                   import_columns(m_kind)[i].name));
        m_out.row(m_cells);
        std::fill(m_set.begin(), m_set.end(), false);
    }

private:
    ImportKind m_kind;
    output::RowWriter& m_out;
    output::Row m_cells;
    std::vector<bool> m_set;
};

void export_rows(store::Database& db, ImportKind kind, output::RowWriter& out) {
    ExportRow row(kind, out);
    switch (kind) {
    case ImportKind::Clients:
        store::each_client(db, [&](const Client& c) {
            using namespace client_col;
            row(name, c.name)(tier, c.tier)(status, std::string(to_string(c.status)))(industry, text_or_empty(c.industry))
                (region, text_or_empty(c.region))(tags, text_or_empty(join(c.tags, ",")))
                (cadence_days, int_or_empty(c.cadence_days))(credit_limit, output::cell_or_empty(c.credit_limit))
                (payment_terms_days, int_or_empty(c.payment_terms_days))(notes, text_or_empty(c.notes))
                (currency, c.currency)(created_on, date_or_empty(c.created_on))(id, Cell{c.id})
                (status_before_archive, before_archive(db, c))(address, text_or_empty(c.address))
                (customer_since, date_or_empty(c.customer_since))
                .write();
        });
        break;
    case ImportKind::Contacts:
        store::each_contact(db, [&](const Contact& k) {
            using namespace contact_col;
            row(client, k.client_name)(name, k.name)(role, text_or_empty(k.role))(email, text_or_empty(k.email))
                (phone, text_or_empty(k.phone))(birthday, k.birthday ? Cell{format_birthday(*k.birthday)} : Cell{})
                (decision_maker, k.decision_maker)(notes, text_or_empty(k.notes))(id, Cell{k.id})
                .write();
        });
        break;
    case ImportKind::Deals:
        store::each_deal(db, [&](const Deal& d) {
            using namespace deal_col;
            row(client, d.client_name)(amount, output::amount_cell(d.amount, d.currency))(title, text_or_empty(d.title))(stage, d.stage)
                (date, date_or_empty(d.closed_on))(expected_close, date_or_empty(d.expected_close))
                (probability, probability_cell(d.probability))(product, text_or_empty(d.product))
                (deal_col::kind, std::string(to_string(d.kind)))(lost_reason, text_or_empty(d.lost_reason))
                (currency, d.currency)(discount, money_or_empty(d.discount, d.currency))(stage_changed_on, d.stage_changed_on)
                (id, Cell{d.id})(created_on, d.created_on)(base_amount, money_or_empty(d.base_amount))
                .write();
        });
        break;
    case ImportKind::Refunds:
        store::each_refund(db, [&](const Refund& r) {
            using namespace refund_col;
            row(deal_id, Cell{r.deal_id})(amount, output::amount_cell(r.amount, r.currency))(date, r.date)(reason, text_or_empty(r.reason))
                (currency, r.currency)(id, Cell{r.id})(base_amount, money_or_empty(r.base_amount))
                .write();
        });
        break;
    case ImportKind::Touches:
        store::each_touch(db, [&](const Touch& t) {
            using namespace touch_col;
            row(client, t.client_name)(touch_col::kind, std::string(to_string(t.kind)))(date, t.date)
                (summary, text_or_empty(t.summary))(contact, text_or_empty(t.contact_name))
                (next_action, text_or_empty(t.next_action))(next_date, date_or_empty(t.next_date))(id, Cell{t.id})
                .write();
        });
        break;
    case ImportKind::Followups:
        store::each_followup(db, [&](const FollowUp& f) {
            using namespace followup_col;
            row(client, f.client_name)(due, f.due)(action, text_or_empty(f.action))
                (contact, text_or_empty(f.contact_name))(state, std::string(to_string(f.state)))
                (closed_on, date_or_empty(f.closed_on))(touch_id, id_or_empty(f.touch_id))
                (closed_by, id_or_empty(f.closed_by))(id, Cell{f.id})
                .write();
        });
        break;
    case ImportKind::Invoices:
        store::each_invoice(db, [&](const Invoice& i) {
            using namespace invoice_col;
            row(client, i.client_name)(amount, output::amount_cell(i.amount, i.currency))(due, i.due)(number, text_or_empty(i.number))
                (issued, i.issued)(paid_amount, money_or_empty(i.paid_amount, i.currency))(paid_on, date_or_empty(i.paid_on))
                (currency, i.currency)(id, Cell{i.id})(deal_id, id_or_empty(i.deal_id))
                (base_amount, money_or_empty(i.base_amount))
                .write();
        });
        break;
    case ImportKind::Payments:
        store::each_payment(db, [&](const Payment& p, const std::string& invoice_number, const std::string& code) {
            using namespace payment_col;
            row(invoice_id, Cell{p.invoice_id})(amount, output::amount_cell(p.amount, code))(date, p.date)(currency, code)
                (number, text_or_empty(invoice_number))(id, Cell{p.id})
                (base_amount, money_or_empty(p.base_amount))
                .write();
        });
        break;
    case ImportKind::Cases:
        store::each_case(db, [&](const SupportCase& c) {
            using namespace case_col;
            row(client, c.client_name)(opened, c.opened_at)(summary, c.summary)
                (severity, std::string(to_string(c.severity)))(first_response, text_or_empty(c.first_response_at))
                (resolved, text_or_empty(c.resolved_at))(resolution, text_or_empty(c.resolution_note))
                (id, Cell{c.id})
                .write();
        });
        break;
    case ImportKind::Rates:
        for (const Rate& r : store::list_rates(db)) {
            using namespace rate_col;
            row(currency, r.currency)(date, r.from)(rate, format_rate_exact(r.value)).write();
        }
        break;
    }
}

output::Format export_format(const Context& ctx) {
    if (ctx.global.format.empty() && !ctx.global.csv && !ctx.global.json) return output::Format::Csv;
    const output::Format format = ctx.format();
    if (format != output::Format::Csv && format != output::Format::Json && format != output::Format::Xlsx)
        // TRANSLATORS: {} is the format asked for; csv, json and xlsx are the values to type.
        throw InvalidInput(trf("export writes csv, json or xlsx, not '{}'", ctx.global.format));
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
    // TRANSLATORS: DIR is the argument's name in --help: keep it.
    if (!ctx.global.output.empty()) throw InvalidInput(tr("export all writes its files into DIR, not to --output"));
    if (!ctx.global.format.empty() || ctx.global.json)
        if (export_format(ctx) != output::Format::Csv) throw InvalidInput(tr("export all writes csv files only"));
    if (::mkdir(dir.c_str(), 0700) != 0 && errno != EEXIST)
        // TRANSLATORS: the directory, then why (the system's message).
        throw Failure(trf("cannot make directory '{}': {}", dir, std::strerror(errno)));
    std::vector<std::string> paths;
    for (ImportKind kind : all_import_kinds()) {
        paths.push_back(fmt::format("{}/{}.csv", dir, to_string(kind)));
        struct stat st {};
        if (::lstat(paths.back().c_str(), &st) == 0)
            // TRANSLATORS: {} is a file's path.
            throw Conflict(trf("'{}' exists; export all writes into a new or empty directory", paths.back()));
    }
    auto& db = ctx.db();
    store::ExportSnapshot snapshot(db);
    for (std::size_t k = 0; k < paths.size(); ++k) {
        std::FILE* out = std::fopen(paths[k].c_str(), "wx");
        if (!out) throw Failure(trf("cannot write '{}': {}", paths[k], std::strerror(errno)));
        try {
            write_kind(db, all_import_kinds()[k], output::Format::Csv, ctx.global.bom, out);
        } catch (...) {
            std::fclose(out);
            throw;
        }
        if (std::fclose(out) != 0) throw Failure(trf("error writing '{}': {}", paths[k], std::strerror(errno)));
    }
    // TRANSLATORS: a count of files, then the directory.
    ctx.info(trn("exported {} file to {}", "exported {} files to {}", paths.size(), paths.size(), dir));
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx) {
    auto kind = std::make_shared<std::string>();
    auto dir = std::make_shared<std::string>();
    // TRANSLATORS: "export all DIR" is typed as it is.
    auto* cmd = app.add_subcommand("export", tr("Write one kind of record as CSV or JSON in the columns import reads, "
                                                "or every kind into a directory (export all DIR)"));
    cmd->add_option("kind", *kind,
                    tr("clients, contacts, deals, refunds, touches, followups, invoices, payments, cases, rates or all"))
        ->required();
    cmd->add_option("dir", *dir, tr("With all: the directory to write one CSV per kind into"));
    cmd->callback([&ctx, kind, dir] {
        // TRANSLATORS: "acct export all DIR" is typed as it is.
        if (*kind == "all" && dir->empty()) throw UsageError(tr("export all needs a directory: acct export all DIR"));
        if (*kind != "all" && !dir->empty())
            // TRANSLATORS: {} is the kind typed (clients, deals).
            throw UsageError(trf("only export all takes a directory; export {} writes to stdout", *kind));
        ctx.action = [&ctx, kind, dir] {
            if (*kind == "all") export_all(ctx, *dir);
            else export_kind(ctx, *kind);
        };
    });
}

}  // namespace acctool::cli
