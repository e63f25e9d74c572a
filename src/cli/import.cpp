// acct import KIND FILE: CSV in, all or nothing (man page: Import, export and backup).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/import.h"
#include "cli/import_kinds.h"
#include "cli/input_file.h"
#include "core/csv.h"
#include "core/encoding.h"
#include "core/i18n.h"
#include "core/local_forms.h"
#include "core/money.h"
#include "core/text.h"
#include "core/errors.h"
#include "output/sink.h"
#include "store/schema.h"

namespace acctool::cli {
namespace {

constexpr std::size_t k_problems_shown = 20;
constexpr std::uint64_t k_progress_min_bytes = 1 << 20;

// How the cells of a file are read: the options of the command line, checked.
struct Reading {
    char delimiter = 0;  // 0: found from the header line
    std::string encoding;  // canonical; empty: UTF-8, or UTF-16 by its byte order mark
    std::optional<ImportLocale> locale;
    HeaderOptions header;
};

char parse_delimiter(std::string_view text) {
    if (text == "," || text == ";" || text == "|") return text[0];
    if (text == "\\t" || text == "\t" || text == "tab") return '\t';
    // TRANSLATORS: {} is the delimiter typed; tab is the value to type.
    throw InvalidInput(trf("invalid delimiter '{}': expected ',', ';', '|' or tab", text));
}

// Rewrites the number, date and yes/no cells of a record in their strict forms; false
// (with problems) when a cell is not of the locale's form.
bool localize(const ColumnMap& map, Fields& fields, const ImportLocale* locale, Problems& problems) {
    bool good = true;
    for (std::size_t c = 0; c < map.columns(); ++c) {
        const int column = static_cast<int>(c);
        const CellForm form = map.form(column);
        const int f = map.field(column);
        if (form == CellForm::Text || f < 0) continue;
        std::string& cell = fields[static_cast<std::size_t>(f)];
        try {
            if (form == CellForm::Number) cell = local_number(cell, locale);
            else if (form == CellForm::Date) cell = local_date(cell, locale);
            else if (auto yes = yes_no_word(cell)) cell = *yes ? "yes" : "no";
        } catch (const InvalidInput& e) {
            problems.push_back({std::string(map.name(column)), e.what()});
            good = false;
        }
    }
    return good;
}

bool all_empty(const Fields& fields) {
    for (const auto& f : fields)
        if (!trim(f).empty()) return false;
    return true;
}

// The first field of a record that is not UTF-8, if any.
const std::string* not_utf8(const Fields& fields) {
    for (const auto& f : fields)
        if (!is_valid_utf8(f)) return &f;
    return nullptr;
}

// Bad rows as `FILE:LINE: column: problem`, the first 20 printed, the rest counted.
class ProblemLog {
public:
    explicit ProblemLog(std::string file) : m_file(std::move(file)) {}
    void add(long line, const CellProblem& p) {
        ++m_count;
        if (m_count > k_problems_shown) return;
        const std::string problem = escape_controls(p.problem);
        const std::string file = escape_controls(m_file);
        if (p.column.empty()) output::write_stderr(fmt::format("{}:{}: {}\n", file, line, problem));
        else output::write_stderr(fmt::format("{}:{}: {}: {}\n", file, line, p.column, problem));
    }
    std::size_t count() const { return m_count; }
    void finish() const {
        if (m_count > k_problems_shown)
            // TRANSLATORS: a count of the problems not shown (after the first 20); the English says "problems"
            // for one too.
            output::write_stderr(trn("... and {} more problems", "... and {} more problems", m_count - k_problems_shown,
                                     m_count - k_problems_shown) +
                                 "\n");
    }

private:
    std::string m_file;
    std::size_t m_count = 0;
};

// A progress bar on stderr for large files read from a terminal session, redrawn at
// most ten times a second; nothing at all otherwise (cron, pipes, small files).
class Progress {
public:
    Progress(std::uint64_t total, bool enabled) : m_total(total), m_enabled(enabled && total >= k_progress_min_bytes) {}
    ~Progress() {
        if (m_drawn) output::write_stderr("\r\033[K");
    }
    void update(std::uint64_t done) {
        if (!m_enabled || ++m_calls % 512 != 0) return;
        const auto now = std::chrono::steady_clock::now();
        if (m_drawn && now - m_last < std::chrono::milliseconds(100)) return;
        m_last = now;
        m_drawn = true;
        const int percent = static_cast<int>(std::min<std::uint64_t>(100, done * 100 / m_total));
        const int filled = percent * 30 / 100;
        // TRANSLATORS: a progress bar: the two {} are its done (###) and left (...) parts, then the percentage
        // done ({:3}: keep it as it is).
        output::write_stderr("\r" + trf("importing [{}{}] {:3}%", std::string(static_cast<std::size_t>(filled), '#'),
                                        std::string(static_cast<std::size_t>(30 - filled), '.'), percent));
    }

private:
    std::uint64_t m_total;
    bool m_enabled;
    bool m_drawn = false;
    unsigned m_calls = 0;
    std::chrono::steady_clock::time_point m_last;
};

// "3 clients (1 updated, 2 skipped)".
std::string summary(ImportKind kind, const ImportCounts& c) {
    std::vector<std::string> extras;
    if (c.updated > 0)
        // TRANSLATORS: a count of records updated, in "imported 3 clients (1 updated)"; the same English
        // for one and many.
        extras.push_back(trn("{} updated", "{} updated", static_cast<unsigned long>(c.updated), c.updated));
    if (c.skipped > 0)
        // TRANSLATORS: a count of rows skipped, in "imported 3 clients (2 skipped)"; the same English for one and
        // many.
        extras.push_back(trn("{} skipped", "{} skipped", static_cast<unsigned long>(c.skipped), c.skipped));
    if (c.followups_opened > 0)
        // TRANSLATORS: in "imported 3 touches (1 follow-up opened)".
        extras.push_back(trn("{} follow-up opened", "{} follow-ups opened", static_cast<unsigned long>(c.followups_opened),
                             c.followups_opened));
    if (c.clients_created > 0)
        // TRANSLATORS: in "imported 3 deals (1 client created)".
        extras.push_back(trn("{} client created", "{} clients created", static_cast<unsigned long>(c.clients_created),
                             c.clients_created));
    std::string text = count_of_records(kind, c.added);
    if (!extras.empty()) text += " (" + join(extras, ", ") + ")";
    return text;
}

// "3 deals" for a table of store::record_counts ("deals", "follow-ups").
std::string held_records(const std::string& name, long count) {
    for (ImportKind kind : all_import_kinds())
        if (name == (kind == ImportKind::Followups ? std::string_view("follow-ups") : to_string(kind)))
            return count_of_records(kind, count);
    return fmt::format("{} {}", count, name);
}

// "--on-duplicate update applies to ...": a whole message for each kind it does not apply to.
std::string not_updatable(ImportKind kind) {
    switch (kind) {
    case ImportKind::Deals:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate deal has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    case ImportKind::Refunds:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate refund has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    case ImportKind::Touches:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate touch has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    case ImportKind::Followups:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate follow-up has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    case ImportKind::Payments:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate payment has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    case ImportKind::Cases:
        return tr("--on-duplicate update applies to clients, contacts and invoices: a duplicate case has the same "
                  "columns that make its key, so there is nothing to update; use skip");
    default:
        return fmt::format("--on-duplicate update applies to clients, contacts and invoices: a duplicate {} has the "
                           "same columns that make its key, so there is nothing to update; use skip",
                           record_noun(kind));
    }
}

// The size of the input when it is a regular file (0 for pipes and terminals).
std::uint64_t file_size(const std::string& path) {
    struct stat st {};
    if (path == "-") {
        if (::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)) return static_cast<std::uint64_t>(st.st_size);
        return 0;
    }
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return static_cast<std::uint64_t>(st.st_size);
    return 0;
}

// Reads the header, then every record, into `importer`; bad rows and a CSV syntax error
// (which ends the reading) go to `log`. A bad header throws.
void read_file(std::istream& in, std::string_view prefix, const std::string& shown, ImportKind kind,
               const Reading& reading, RowImporter& importer, ProblemLog& log, Progress& progress) {
    CsvReader reader(in, reading.delimiter, prefix);
    CsvRecord record;
    const ImportLocale* locale = reading.locale ? &*reading.locale : nullptr;
    const bool check_utf8 = reading.encoding.empty();
    auto check_bytes = [&] {
        if (!check_utf8) return;
        if (const std::string* bad = not_utf8(record.fields)) {
            const std::string page = guess_code_page(*bad);
            // TRANSLATORS: the file, the line, the code page the bytes look like ("cp1251 (Cyrillic)"), the value
            // for --encoding (cp1251).
            throw InvalidInput(trf("{}:{}: the file is not UTF-8; its bytes look like {}: add --encoding {}", shown,
                                   record.line, page, page.substr(0, page.find(' '))));
        }
    };
    try {
        // TRANSLATORS: {} is the file.
        if (!reader.next(record)) throw InvalidInput(trf("{}: the file is empty; expected a header row", shown));
        check_bytes();
        // The ECB's rates file has a column per currency: read whole, by its own layout.
        if (kind == ImportKind::Rates && !record.fields.empty() && trim(record.fields[0]) == "Date") {
            std::vector<Fields> records{record.fields};
            std::vector<std::size_t> lines{static_cast<std::size_t>(record.line)};
            while (reader.next(record)) {
                check_bytes();
                records.push_back(record.fields);
                lines.push_back(static_cast<std::size_t>(record.line));
            }
            importer.import_ecb(records, lines, shown, [&](long line, const CellProblem& p) { log.add(line, p); });
            return;
        }
        std::optional<ColumnMap> map;
        try {
            map.emplace(kind, record.fields, reading.header);
        } catch (const InvalidInput& e) {
            throw InvalidInput(fmt::format("{}:{}: {}", shown, record.line, e.what()));
        }
        Problems problems;
        while (reader.next(record)) {
            check_bytes();
            if (all_empty(record.fields)) continue;  // ";;;" rows of a spreadsheet
            problems.clear();
            // Cells past the header's width are allowed when empty (a row ending "...;;").
            while (record.fields.size() > map->width() && trim(record.fields.back()).empty()) record.fields.pop_back();
            if (record.fields.size() != map->width())
                // TRANSLATORS: the number of fields of the header, then of the row; the same English for one and
                // many.
                problems.push_back({"", trn("expected {} fields as in the header, found {}",
                                            "expected {} fields as in the header, found {}", map->width(), map->width(),
                                            record.fields.size())});
            else if (localize(*map, record.fields, locale, problems))
                importer.import(*map, record.fields, record.line, problems);
            for (const auto& p : problems) log.add(record.line, p);
            progress.update(reader.bytes_read());
        }
    } catch (const CsvSyntaxError& e) {
        // TRANSLATORS: a column number of the line, then the CSV syntax error.
        log.add(e.line(), {"", trf("column {}: {}", e.column(), e.what())});
    }
    // TRANSLATORS: the file, then why (the system's message).
    if (in.bad()) throw Failure(trf("error reading {}: {}", shown, std::strerror(errno)));
}

// From about 16 000 deal or touch rows (1 MiB) on, dropping the table's indexes and
// building them again before COMMIT beats updating them row by row (measured: 0.33 s
// against 0.40 s for 17 000 deals, 1.7 s against 3.6 s for 100 000); both happen in the one
// transaction, so a failed or killed import leaves the schema as it was. Only into an empty
// table: rows added to a full one are looked up in it as duplicates, through those indexes.
constexpr std::uint64_t k_bulk_import_bytes = 1u << 20;

Reading reading_of(const ImportOptions& opts, std::optional<ImportKind> kind) {
    Reading reading;
    if (!opts.delimiter.empty()) reading.delimiter = parse_delimiter(opts.delimiter);
    if (!opts.encoding.empty()) reading.encoding = parse_encoding(opts.encoding);
    if (!opts.locale.empty()) reading.locale = parse_import_locale(opts.locale);
    if (!opts.map.empty()) {
        if (!kind)
            throw InvalidInput(tr("--map renames the headers of one kind; import all reads files as export all wrote them"));
        reading.header = parse_header_map(*kind, opts.map);
    }
    reading.header.ignore_unknown = opts.ignore_columns;
    return reading;
}

// Reads the file at `path` ("-": stdin) into `importer`, bad rows to `log`; a deals or
// touches file large enough, into an empty table, is a bulk load (indexes built once at
// the end, unless the file had problems or this is a dry run: then nothing is kept).
void import_path(Context& ctx, store::Database& db, ImportKind kind, const std::string& path, Reading reading,
                 RowImporter& importer, ProblemLog& log, bool dry_run) {
    std::optional<InputFile> file;
    if (path != "-") file.emplace(path);
    std::istream& in = file ? file->stream() : std::cin;
    const std::string shown = path == "-" ? "stdin" : path;
    // The first block, to see a byte order mark; a file in another encoding than UTF-8 is
    // turned into UTF-8 whole, in memory.
    std::string head(1 << 16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const std::string_view bom = bom_encoding(head);
    if (reading.encoding == "utf-8") reading.encoding.clear();
    if (reading.encoding.empty() && bom.starts_with("utf-16")) reading.encoding = bom;
    std::istringstream decoded;
    if (!reading.encoding.empty()) {
        std::string bytes = std::move(head);
        bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (in.bad()) throw Failure(trf("error reading {}: {}", shown, std::strerror(errno)));
        try {
            decoded.str(to_utf8(bytes, reading.encoding));
        } catch (const EncodingError& e) {
            throw InvalidInput(fmt::format("{}:{}: {}", shown, e.line(), e.what()));
        }
        head.clear();
    }
    std::istream& source = reading.encoding.empty() ? in : decoded;
    const auto bulk_table = kind == ImportKind::Deals   ? std::optional(store::BulkTable::Deal)
                            : kind == ImportKind::Touches ? std::optional(store::BulkTable::Touch)
                                                          : std::nullopt;
    std::optional<Id> bulk_load_after;  // set: a bulk load, of the rows with ids above it
    if (bulk_table && !importer.probes_store() && file_size(path) >= k_bulk_import_bytes)
        bulk_load_after = store::begin_bulk_load(db, *bulk_table);
    {
        Progress progress(file_size(path), !ctx.global.quiet && ::isatty(STDERR_FILENO));
        read_file(source, head, shown, kind, reading, importer, log, progress);
    }
    log.finish();
    importer.finish();
    if (bulk_load_after && log.count() == 0 && !dry_run) store::end_bulk_load(db, *bulk_table, *bulk_load_after);
}

// acct import all DIR: the files of `export all`, every kind in order, into an empty
// database, as one transaction; the records keep their ids.
void import_all(Context& ctx, const ImportOptions& opts) {
    // A file's cells are read by its --locale, never by the language of the person.
    const StrictAmounts strict;
    if (opts.on_duplicate != "error" || opts.create_clients)
        throw InvalidInput(tr("import all restores an export into an empty database: it takes no --on-duplicate or "
                              "--create-clients"));
    const Reading reading = reading_of(opts, std::nullopt);
    std::vector<std::string> paths;
    for (ImportKind kind : all_import_kinds()) {
        paths.push_back(fmt::format("{}/{}.csv", opts.file, to_string(kind)));
        InputFile check(paths.back());  // every file is there before anything is read
    }
    auto& live = ctx.db(store::OpenMode::CreateIfMissing);
    std::unique_ptr<store::Database> scratch = opts.dry_run ? live.scratch_copy() : nullptr;  // as import_file
    auto& db = scratch ? *scratch : live;
    store::WriteTransaction tx(db, store::Journaling::Batch);
    std::vector<std::string> held;
    for (const auto& [name, count] : store::record_counts(db))
        if (count > 0) held.push_back(held_records(name, count));
    if (!held.empty())
        // TRANSLATORS: the records the database has ("3 clients, 1 deal"), then the directory.
        throw Conflict(trf("the database already has {}; import all restores into an empty database "
                           "(acct --db NEW.db import all {})",
                           join(held, ", "), opts.file));
    std::vector<std::string> done;
    for (std::size_t k = 0; k < paths.size(); ++k) {
        const ImportKind kind = all_import_kinds()[k];
        RowImporter importer(db, kind, ctx.settings(), ctx.today(), OnDuplicate::Error, false, true);
        ProblemLog log(paths[k]);
        import_path(ctx, db, kind, paths[k], reading, importer, log, opts.dry_run);
        if (log.count() > 0)
            // TRANSLATORS: a count of problems, then the file.
            throw InvalidInput(trn("{} problem in {}; nothing was imported", "{} problems in {}; nothing was imported",
                                   log.count(), log.count(), paths[k]));
        done.push_back(summary(kind, importer.counts()));
    }
    if (opts.dry_run) {
        // TRANSLATORS: {} is what the file holds ("3 clients (1 updated), 2 deals").
        ctx.info(trf("dry run: would import {}; nothing was written", join(done, ", ")));
        return;
    }
    tx.commit();
    // TRANSLATORS: {} is what was imported ("3 clients (1 updated), 2 deals").
    ctx.info(trf("imported {}", join(done, ", ")));
}

}  // namespace

void import_file(Context& ctx, const ImportOptions& opts) {
    // A file's cells (amounts, rates, probabilities) are read by its --locale, never by the
    // language of the person: `import` and `rate import` alike.
    const StrictAmounts strict;
    const ImportKind kind = parse_import_kind(opts.kind);
    const OnDuplicate on_duplicate = parse_on_duplicate(opts.on_duplicate);
    if (on_duplicate == OnDuplicate::Update && !updatable(kind))
        throw InvalidInput(not_updatable(kind));
    const Reading reading = reading_of(opts, kind);
    const std::string shown = opts.file == "-" ? "stdin" : opts.file;
    if (opts.file != "-") InputFile check(opts.file);  // an unreadable file is said before the database opens
    auto& live = ctx.db(store::OpenMode::CreateIfMissing);
    // A dry run imports into a scratch copy, so it never takes the live file's write lock
    // nor waits for another writer; the copy is thrown away.
    std::unique_ptr<store::Database> scratch = opts.dry_run ? live.scratch_copy() : nullptr;
    auto& db = scratch ? *scratch : live;
    store::WriteTransaction tx(db, store::Journaling::Batch);  // an import is one entry, its rows id ranges
    RowImporter importer(db, kind, ctx.settings(), ctx.today(), on_duplicate, opts.create_clients);
    ProblemLog log(shown);
    import_path(ctx, db, kind, opts.file, reading, importer, log, opts.dry_run);
    if (log.count() > 0)
        throw InvalidInput(trn("{} problem in {}; nothing was imported", "{} problems in {}; nothing was imported",
                               log.count(), log.count(), shown));
    if (opts.dry_run) {
        ctx.info(trf("dry run: would import {}; nothing was written", summary(kind, importer.counts())));
        return;  // the transaction rolls back
    }
    tx.commit();
    ctx.info(trf("imported {}", summary(kind, importer.counts())));
}

void setup_import(CLI::App& app, Context& ctx) {
    auto opts = std::make_shared<ImportOptions>();
    // TRANSLATORS: "import all DIR" is typed as it is.
    auto* cmd = app.add_subcommand("import", tr("Import one kind of record from CSV, or every kind from a directory "
                                                "(import all DIR, into an empty database)"));
    cmd->add_option("kind", opts->kind,
                    // TRANSLATORS: the values to type: keep them all.
                    tr("clients, contacts, deals, refunds, touches, followups, invoices, payments, cases, rates or all"))
        ->required();
    cmd->add_option("file", opts->file,
                    tr("CSV file with a header row (- reads standard input); with all, the directory"))
        ->required();
    cmd->add_flag("--dry-run", opts->dry_run, tr("Check the whole file and report what would be imported; write nothing"));
    cmd->add_option("--on-duplicate", opts->on_duplicate,
                    // TRANSLATORS: the values to type: keep error, skip and update.
                    tr("A row already stored or on an earlier line: error (default), skip or update"));
    cmd->add_flag("--create-clients", opts->create_clients, tr("Create clients the file names but the database lacks"));
    // TRANSLATORS: the values to type: keep tab.
    cmd->add_option("--delimiter", opts->delimiter, tr("Field separator: , ; | or tab (default: found from the header)"));
    cmd->add_option("--encoding", opts->encoding,
                    // TRANSLATORS: the values to type: keep the encodings' names.
                    tr("File encoding: cp1251, cp1250, cp1252, cp1253, koi8-r or latin1 (default: UTF-8, or UTF-16 with "
                       "a BOM)"));
    // TRANSLATORS: the values to type: keep ro, it, el, ru and fr.
    cmd->add_option("--locale", opts->locale, tr("Read decimal commas and day-first dates as in ro, it, el, ru or fr"));
    // TRANSLATORS: client and amount are column names: keep them; the header names are examples.
    cmd->add_option("--map", opts->map, tr("Header names to columns, e.g. 'Клиент=client,Сумма=amount'"));
    cmd->add_flag("--ignore-columns", opts->ignore_columns, tr("Skip columns that import does not know"));
    on_parsed(cmd, ctx, [&ctx, opts] {
        if (opts->kind == "all") import_all(ctx, *opts);
        else import_file(ctx, *opts);
    });
}

}  // namespace acctool::cli
