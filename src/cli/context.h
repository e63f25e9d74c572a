#pragma once
// What every command needs besides its own flags: the global options, the settings, the
// database, "today", and the way out to stdout/stderr. Opened lazily, so `acct --help`
// and `acct config check` never touch the database.
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "core/settings.h"
#include "output/render.h"
#include "output/table.h"
#include "store/database.h"

namespace acctool::cli {

struct GlobalOptions {
    std::string db;      // --db / ACCT_DB
    std::string config;  // --config / ACCT_CONFIG
    std::string format;  // --format as given (Context::format falls back to ACCT_FORMAT)
    std::string output;  // --output: the file standard output is written to (cli/output_file.h)
    bool csv = false;
    bool json = false;
    bool bom = false;
    std::string today;   // --today / ACCT_TODAY
    std::string color = "auto";
    bool quiet = false;
    // The config sets owner.language to a code acct does not know: even a reader reads the
    // whole config, to report it (cli/app.cpp sees it before the command line is built).
    bool config_language_unknown = false;
};

class Context {
public:
    GlobalOptions global;
    // Set by the chosen command's callback, run by cli::run after parsing succeeded.
    std::function<void()> action;
    // The command line as typed (without the program's path), for the journal.
    std::vector<std::string> arguments;

    std::filesystem::path db_path() const;
    std::filesystem::path config_path() const;

    // The effective settings: built-in defaults overlaid by the config file.
    const Settings& settings();
    // Opens (and migrates) the database. Writers pass CreateIfMissing.
    store::Database& db(store::OpenMode mode = store::OpenMode::MustExist);
    // What every command that changes records starts with: the database opened (created
    // when missing) and a write transaction begun on it, journaled as this command:
    //     auto [db, tx] = ctx.write();  ...  tx.commit();  ctx.info(...);
    // Messages go after the commit, so that nothing reports a change that did not happen.
    struct Write {
        store::Database& db;
        store::WriteTransaction tx;
    };
    Write write();
    // The database's base currency (man page: CURRENCIES), the config's before the first write.
    std::string base_currency();
    // --today, else the local date.
    Date today();
    // The date of the local clock time "YYYY-MM-DDTHH:MM"; with --today, that day at the
    // current local time, so that pinned runs stay on their day.
    std::string now_timestamp();

    // The chosen format; InvalidInput for xlsx when standard output is a terminal.
    output::Format format(bool allow_ics = false) const;
    output::RenderOptions render_options() const;

    // Renders a table to stdout in the chosen format.
    void emit(const output::Table& table);
    // Rows to stdout as `produce` hands them to its argument: csv, tsv, json and xlsx
    // write each row at once (memory stays flat however many there are); `table` gathers
    // them first, since its widths depend on every row.
    using RowOut = std::function<void(output::Row)>;
    void emit_streamed(std::vector<output::Column> columns, const std::function<void(const RowOut&)>& produce);
    // A command that creates a record prints its id alone on stdout and a confirmation
    // on stderr (unless --quiet). An id that cannot be printed is a warning naming it, not
    // an error: the record was written.
    void created(Id id, std::string_view confirmation);
    // True once created() could not print an id: stdout is then left as it failed.
    bool stdout_lost() const { return m_stdout_lost; }
    // A message for the person at the terminal, on stderr, silenced by --quiet. Neither
    // this nor warn() ever fails (see output::write_stderr).
    void info(std::string_view message) const;
    // A warning on stderr, never silenced.
    void warn(std::string_view message) const;
    // The message for a total that could not be computed (AmountOverflow, or SQLite's
    // "integer overflow" of sum()): names the stored amount out of range, if there is one.
    std::string amount_overflow_message();

private:
    // The base recorded in the database must be the config's owner.currency: Failure
    // naming both otherwise. Runs once both are known.
    void check_base_currency();

    std::optional<Settings> m_settings;
    std::unique_ptr<store::Database> m_db;
    std::optional<Date> m_today;
    bool m_stdout_lost = false;
};

}  // namespace acctool::cli
