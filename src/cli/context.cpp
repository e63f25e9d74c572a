#include "cli/context.h"

#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <cstdlib>

#include <fmt/format.h>

#include "config/config.h"
#include "core/currency.h"
#include "core/errors.h"
#include "core/i18n.h"
#include "core/language.h"
#include "core/text.h"
#include "core/journal_text.h"
#include "output/sink.h"
#include "store/amount_check.h"
#include "store/rates.h"

namespace acctool::cli {
namespace fs = std::filesystem;
namespace {

std::string env_or_empty(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

// $XDG_<kind>_HOME, else $HOME/<fallback>; cron's `env -i` has neither, so say what to set:
// the option or the environment variable that names the file.
fs::path xdg_home(const char* variable, const char* fallback, const char* flag, const char* env) {
    if (auto xdg = env_or_empty(variable); !xdg.empty()) return xdg;
    if (auto home = env_or_empty("HOME"); !home.empty()) return fs::path(home) / fallback;
    // TRANSLATORS: an environment variable (XDG_DATA_HOME), an option (--db), another variable (ACCT_DB).
    throw InvalidInput(trf("neither {} nor HOME is set: name the file with {} or {}", variable, flag, env));
}

std::tm local_now() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return tm;
}

Date local_today() {
    std::tm tm = local_now();
    return Date{std::chrono::year{tm.tm_year + 1900}, std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)},
                std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
}

// What others may do with a file acct trusts, as the man page's SECURITY says. Readable
// data is a privacy matter; a writable database, config or directory lets another user
// change the figures (or swap the file), so it is said first.
enum class Exposure { None, Writable, Readable };

Exposure exposure(unsigned mode, bool directory) {
    if (directory) return (mode & 022) != 0 && (mode & 01000) == 0 ? Exposure::Writable : Exposure::None;
    if ((mode & 022) != 0) return Exposure::Writable;
    if ((mode & 044) != 0) return Exposure::Readable;
    return Exposure::None;
}

}  // namespace

fs::path Context::db_path() const {
    if (!global.db.empty()) return global.db;
    return xdg_home("XDG_DATA_HOME", ".local/share", "--db", "ACCT_DB") / "acct" / "acct.db";
}

fs::path Context::config_path() const {
    if (!global.config.empty()) return global.config;
    return xdg_home("XDG_CONFIG_HOME", ".config", "--config", "ACCT_CONFIG") / "acct" / "config.toml";
}

const Settings& Context::settings() {
    if (m_settings) return *m_settings;
    bool found = false;
    m_settings = config::load_settings(config_path(), &found);
    if (m_db) check_base_currency();
    if (!m_db || !store::recorded_base(*m_db)) set_base_currency(m_settings->currency);
    struct stat st {};
    if (found && ::stat(config_path().c_str(), &st) == 0 && (st.st_mode & 022) != 0)
        // TRANSLATORS: the config file's path, then its mode in octal ({:04o}: keep it as it is: 0666).
        warn(trf("config {} (mode {:04o}) can be changed by other users, who could change your targets and rates; "
                 "chmod 600 it",
                 config_path().string(), st.st_mode & 07777));
    // The default file may be absent (built-in defaults apply); a named one must exist.
    if (!found && !global.config.empty())
        // TRANSLATORS: {} is the config file's path.
        throw InvalidInput(trf("config file '{}' does not exist", global.config));
    return *m_settings;
}

store::Database& Context::db(store::OpenMode mode) {
    if (!m_db) {
        // A broken config stops a writer before it writes, even one that needs no setting;
        // a mistyped language stops a reader too (else it would speak English unexplained).
        if (mode != store::OpenMode::MustExist || global.config_language_unknown) settings();
        // On a terminal, a wait for another acct's write lock is said once, after a second.
        std::function<void()> on_wait;
        if (!global.quiet && ::isatty(STDERR_FILENO))
            // TRANSLATORS: {} is the database's path.
            on_wait = [this] { info(trf("waiting for another acct to finish writing {} ...", db_path().string())); };
        m_db = std::make_unique<store::Database>(db_path(), mode, std::move(on_wait));
        const auto found = m_db->exposure();
        switch (exposure(found.file_mode, false)) {
        case Exposure::Writable:
            // TRANSLATORS: the database's path, then its mode in octal ({:04o}: keep it as it is: 0666).
            warn(trf("database {} (mode {:04o}) can be changed by other users; chmod 600 it to keep it private",
                     db_path().string(), found.file_mode));
            break;
        case Exposure::Readable:
            // TRANSLATORS: the database's path, then its mode in octal ({:04o}: keep it as it is: 0644).
            warn(trf("database {} (mode {:04o}) is readable by other users; chmod 600 it to keep it private",
                     db_path().string(), found.file_mode));
            break;
        case Exposure::None:
            break;
        }
        if (exposure(found.directory_mode, true) == Exposure::Writable)
            // TRANSLATORS: the database's directory, then its mode in octal ({:04o}: keep it as it is: 0777).
            warn(trf("directory {} (mode {:04o}) can be written by other users, who could replace the database; "
                     "chmod 700 it",
                     fs::absolute(db_path()).parent_path().string(), found.directory_mode));
        if (const auto base = store::recorded_base(*m_db)) set_base_currency(*base);  // its amounts' hundredths
        // Records without a base amount (written outside acct, or before currencies): those
        // that can be converted are, at once; the others are left out of every total until a
        // rate converts them, which is said with the command that fixes it.
        auto unconverted = store::unconverted_records(*m_db);
        if (!unconverted.empty() && store::recorded_base(*m_db)) {
            store::WriteTransaction tx(*m_db, store::Journaling::None);
            store::convert_missing(*m_db);
            tx.commit();
            unconverted = store::unconverted_records(*m_db);
        }
        for (const auto& u : unconverted)
            // TRANSLATORS: a count, a currency (USD), the first date; then the command to type, with
            // the currency and the date again (RATE stays: the user types the rate there).
            warn(trn("{} {} record from {} on has no rate and is left out of totals; add one: acct rate add {} {} RATE",
                     "{} {} records from {} on have no rate and are left out of totals; add one: "
                     "acct rate add {} {} RATE",
                     static_cast<unsigned long>(u.records), u.records, u.currency, format_date(u.first), u.currency,
                     format_date(u.first)));
        if (m_settings) check_base_currency();  // else settings() checks once it has loaded them
    }
    // The first writer records the base: from then on the database keeps it.
    if (mode != store::OpenMode::MustExist && !store::recorded_base(*m_db)) store::record_base(*m_db, settings().currency);
    // A writer journals what it writes under the command line as typed (acct undo, acct log).
    if (mode != store::OpenMode::MustExist && !m_db->journal_origin()) {
        std::vector<std::string> words{"acct"};
        words.insert(words.end(), arguments.begin(), arguments.end());
        m_db->set_journal_origin({quote_command_line(words), now_timestamp(),
                                  format_date(add_days(today(), -settings().journal_days))});
    }
    return *m_db;
}

Date Context::today() {
    if (!m_today) {
        const Date clock = local_today();
        m_today = global.today.empty() ? clock : parse_date(global.today, clock, Direction::Past);
    }
    return *m_today;
}

std::string Context::now_timestamp() {
    std::tm tm = local_now();
    return fmt::format("{}T{:02}:{:02}", format_date(today()), tm.tm_hour, tm.tm_min);
}

output::Format Context::format(bool allow_ics) const {
    if (global.csv) return output::Format::Csv;
    if (global.json) return output::Format::Json;
    const std::string asked = global.format.empty() ? env_or_empty("ACCT_FORMAT") : global.format;
    if (asked.empty()) return output::Format::Table;
    const output::Format chosen = output::parse_format(asked, allow_ics);
    output::check_destination(chosen, stdout);
    return chosen;
}

output::RenderOptions Context::render_options() const {
    output::RenderOptions options;
    options.bom = global.bom;
    options.color = format() == output::Format::Table &&
                    output::use_color(output::parse_color_mode(global.color), stdout);
    options.width = format() == output::Format::Table ? output::terminal_width(stdout) : 0;
    options.language = current_language();
    return options;
}

void Context::emit(const output::Table& table) { output::write_table(table, format(), render_options(), stdout); }

void Context::emit_streamed(std::vector<output::Column> columns, const std::function<void(const RowOut&)>& produce) {
    const output::Format chosen = format();
    if (chosen == output::Format::Table) {
        output::Table table(std::move(columns));
        produce([&table](output::Row row) { table.add(std::move(row)); });
        emit(table);
        return;
    }
    auto writer = output::make_writer(chosen, render_options(), stdout);
    writer->begin(columns);
    produce([&writer](output::Row row) { writer->row(row); });
    writer->end();
}

// The record is committed before its id is printed: a lost id must not read as a failed
// write (a script would retry and write it twice), so it is reported on stderr instead.
void Context::created(Id id, std::string_view confirmation) {
    try {
        output::Sink out(stdout);
        out.write(fmt::format("{}\n", id));
        out.flush();
    } catch (const Failure& e) {
        m_stdout_lost = true;
        // TRANSLATORS: the new record's id, then why it could not be printed (a write error).
        warn(trf("the record was written, with id {}, but its id could not be printed: {}", id, e.what()));
    }
    info(confirmation);
}

void Context::info(std::string_view message) const {
    if (!global.quiet) output::write_stderr(fmt::format("{}\n", escape_controls(message, Newlines::Keep)));
}

void Context::check_base_currency() {
    const auto base = store::recorded_base(*m_db);
    if (base && *base != m_settings->currency)
        // TRANSLATORS: the database's path, its base currency (EUR), the config's currency (USD), the base
        // currency again, then the config's currency twice. owner.currency is a config key: keep it.
        throw Failure(trf("database {} keeps its amounts in {} (its base currency), but the config says "
                          "owner.currency = \"{}\"; set owner.currency = \"{}\" (amounts in {} take "
                          "--currency {} and a rate: acct rate add)",
                          db_path().string(), *base, m_settings->currency, *base, m_settings->currency,
                          m_settings->currency));
}

std::string Context::base_currency() { return store::base_currency(db(), settings().currency); }

Context::Write Context::write() {
    store::Database& opened = db(store::OpenMode::CreateIfMissing);
    return Write{opened, store::WriteTransaction(opened)};
}

std::string Context::amount_overflow_message() {
    std::string message = AmountOverflow().what();
    if (!m_db) return message;
    try {
        if (auto culprit = store::out_of_range_amount(*m_db))
            // TRANSLATORS: the message "a total of amounts is beyond ...", then the record ("deal 12 has amount 1e15").
            return trf("{}: {}, beyond the largest amount 999999999999.99 (the database was changed "
                       "outside acct; correct that record)",
                       message, *culprit);
    } catch (const std::exception&) {
        // The message without a culprit is still the right one.
    }
    // TRANSLATORS: {} is the message "a total of amounts is beyond ..., more than acct can compute".
    return trf("{}: the amounts are in range, but too many of them are this large", message);
}

void Context::warn(std::string_view message) const {
    // TRANSLATORS: {} is the warning.
    output::write_stderr(trf("acct: warning: {}", escape_controls(message, Newlines::Keep)) + "\n");
}

}  // namespace acctool::cli
