// Excel workbooks (man page: OUTPUT FORMATS): one sheet, the CSV columns as a bold header
// row under an autofilter and frozen; money, integers and decimals as numbers, ratios as
// percentages, dates as Excel dates, yes/no as in CSV, and text always as text, never as a
// formula (worksheet_write_string stores it as an inline string, whatever it starts with).
//
// libxlsxwriter writes to a file name, not to a stream: the workbook is built in a private
// temporary file (mkstemp in $TMPDIR or /tmp), copied to `out` through a Sink so that a
// full disk is a Failure as for the other formats, and removed on every path. In
// constant_memory mode each row goes to disk as the next one starts, so a big export holds
// one row in memory, as CSV does (the autofilter, frozen row and column widths are written
// at the close, and work in that mode).
//
// The same data gives the same bytes: the document's creation time is fixed (libxlsxwriter
// would stamp the clock), the zip entries carry libxlsxwriter's fixed 1980-01-01, and acct
// never sets a locale, so numbers are printed with '.' whatever LANG says.
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "output/cells.h"
#include "output/sink.h"
#include "output/width.h"
#include "output/writers.h"

namespace acctool::output {
namespace {

constexpr std::time_t k_created = 946684800;  // 2000-01-01T00:00:00Z, for every workbook
constexpr std::size_t k_min_width = 8;
constexpr std::size_t k_max_width = 60;
constexpr std::size_t k_max_text = 32767;  // characters an Excel cell holds

// `what` (marked N_, or already in the user's language) is shown translated.
void check(lxw_error error, std::string_view what) {
    if (error == LXW_NO_ERROR) return;
    const std::string part(what);
    // TRANSLATORS: "cannot write the xlsx workbook: header: ...": what was being written, then
    // libxlsxwriter's reason, in English.
    throw Failure(trf("cannot write the xlsx workbook: {}: {}", tr(part.c_str()), lxw_strerror(error)));
}

std::string temporary_directory() {
    const char* dir = std::getenv("TMPDIR");
    return dir != nullptr && *dir != '\0' ? dir : "/tmp";
}

// A private temporary file (mkstemp makes it mode 0600), removed when this goes out of scope.
class TemporaryFile {
public:
    explicit TemporaryFile(const std::string& dir) : m_path(dir + "/acct-xlsx-XXXXXX") {
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0)
            // TRANSLATORS: the directory, then the system's reason.
            throw Failure(trf("cannot create a temporary file in {}: {}", dir, std::strerror(errno)));
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        ::unlink(m_path.c_str());
        ::close(m_fd);
    }
    const std::string& path() const { return m_path; }

    // The file's bytes as libxlsxwriter left them at m_path (which only this user can
    // replace: mkstemp's directory is ours or sticky), read through the descriptor.
    void copy_to(Sink& out) const {
        if (::lseek(m_fd, 0, SEEK_SET) != 0) fail_reading();
        std::vector<char> buffer(1 << 16);
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
            if (n == 0) return;
            if (n < 0) {
                if (errno == EINTR) continue;
                fail_reading();
            }
            out.write(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
        }
    }

private:
    [[noreturn]] void fail_reading() const {
        // TRANSLATORS: the file, then the system's reason.
        throw Failure(trf("cannot read the temporary file {}: {}", m_path, std::strerror(errno)));
    }
    std::string m_path;
    int m_fd = -1;
};

// "0.00" for 2 places, "0" for none; with a '%' for ratios ("0.0%").
std::string number_format(int places, bool percent) {
    std::string format = "0";
    if (places > 0) format.append(1, '.').append(static_cast<std::size_t>(places), '0');
    if (percent) format += '%';
    return format;
}

// The value as CSV writes it, so that the sheet holds the figures the other formats show.
double as_written(const Decimal& d) {
    const std::string text = decimal_text(d);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

class XlsxWriter : public RowWriter {
public:
    explicit XlsxWriter(std::FILE* out) : m_sink(out), m_tmpdir(temporary_directory()), m_file(m_tmpdir) {}
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;
    ~XlsxWriter() override {
        if (m_workbook != nullptr) lxw_workbook_free(m_workbook);  // not closed: an error came first
    }

    void begin(const std::vector<Column>& columns) override {
        m_columns = columns;
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tmpdir.data();
        m_workbook = workbook_new_opt(m_file.path().c_str(), &options);
        if (m_workbook == nullptr) throw Failure(tr("cannot write the xlsx workbook: out of memory"));
        lxw_doc_properties properties{};
        properties.created = k_created;
        check(workbook_set_properties(m_workbook, &properties), N_("document properties"));
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
        if (m_sheet == nullptr)
            throw Failure(trf("cannot write the xlsx workbook: no temporary file in {}", m_tmpdir));
        lxw_format* bold = workbook_add_format(m_workbook);
        if (bold == nullptr) throw Failure(tr("cannot write the xlsx workbook: out of memory"));
        format_set_bold(bold);
        m_widths.assign(columns.size(), 0);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            check(worksheet_write_string(m_sheet, 0, col(c), columns[c].name.c_str(), bold), N_("header"));
            m_widths[c] = display_width(columns[c].name) + 3;  // room for the filter's button
        }
    }

    void row(const Row& cells) override {
        check_row_size(m_columns, cells);
        if (m_row + 1 >= LXW_ROW_MAX)
            throw Failure(trf("an xlsx sheet holds at most {} rows of data: use --format csv", LXW_ROW_MAX - 1));
        ++m_row;
        for (std::size_t c = 0; c < cells.size(); ++c) write_cell(c, cells[c]);
    }

    void end() override {
        if (!m_columns.empty()) {
            const lxw_col_t last = col(m_columns.size() - 1);
            check(worksheet_autofilter(m_sheet, 0, 0, m_row, last), N_("autofilter"));
            worksheet_freeze_panes(m_sheet, 1, 0);
            for (std::size_t c = 0; c < m_widths.size(); ++c) {
                const auto width = static_cast<double>(std::clamp(m_widths[c] + 1, k_min_width, k_max_width));
                check(worksheet_set_column(m_sheet, col(c), col(c), width, nullptr), N_("column widths"));
            }
        }
        const lxw_error closed = workbook_close(m_workbook);  // frees the workbook, even on error
        m_workbook = nullptr;
        // TRANSLATORS: "creating /tmp/acct-xlsx-Ab12Cd": the temporary file.
        check(closed, trf("creating {}", m_file.path()));
        m_file.copy_to(m_sink);
        m_sink.flush();
    }

private:
    static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }

    lxw_format* format(const std::string& num_format) {
        auto [it, added] = m_formats.try_emplace(num_format, nullptr);
        if (added) {
            it->second = workbook_add_format(m_workbook);
            if (it->second == nullptr) throw Failure(tr("cannot write the xlsx workbook: out of memory"));
            format_set_num_format(it->second, num_format.c_str());
        }
        return it->second;
    }

    void widen(std::size_t c, std::size_t width) { m_widths[c] = std::max(m_widths[c], width); }

    void write_number(std::size_t c, double value, lxw_format* with) {
        check(worksheet_write_number(m_sheet, m_row, col(c), value, with), N_("a number"));
    }

    void write_text(std::size_t c, const std::string& text) {
        if (text.empty()) return;
        const lxw_error error = worksheet_write_string(m_sheet, m_row, col(c), text.c_str(), nullptr);
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            // TRANSLATORS: a row number, a column's name (as in CSV), the largest number of characters.
            throw Failure(trf("cannot write the xlsx workbook: row {}, column {} has more than the {} characters an "
                              "Excel cell holds",
                              m_row, m_columns[c].name, k_max_text));
        check(error, N_("a text cell"));
        widen(c, display_width(text));
    }

    void write_date(std::size_t c, Date d) {
        const int year = static_cast<int>(d.year());
        if (year < 1900 || year > 9999) return write_text(c, format_date(d));  // beyond Excel's dates
        lxw_datetime when{year, static_cast<int>(static_cast<unsigned>(d.month())),
                          static_cast<int>(static_cast<unsigned>(d.day())), 0, 0, 0};
        check(worksheet_write_datetime(m_sheet, m_row, col(c), &when, format("yyyy-mm-dd")), N_("a date"));
        widen(c, 10);
    }

    // Money in its currency's decimals, "#,##0.00" for hundredths.
    void write_amount(std::size_t c, Money m, int digits) {
        std::string grouped = "#,##0";
        if (digits > 0) grouped.append(1, '.').append(static_cast<std::size_t>(digits), '0');
        write_number(c, static_cast<double>(m.minor) / static_cast<double>(minor_per_unit(digits)), format(grouped));
        widen(c, format_money_grouped(m, digits).size());
    }

    void write_cell(std::size_t c, const Cell& cell) {
        if (const auto* s = std::get_if<std::string>(&cell)) return write_text(c, *s);
        if (const auto* n = std::get_if<NumberText>(&cell)) return write_text(c, n->text);  // as text, as before
        if (const auto* n = std::get_if<std::int64_t>(&cell)) {
            write_number(c, static_cast<double>(*n), nullptr);
            return widen(c, group_digits(*n).size());
        }
        if (const auto* m = std::get_if<Money>(&cell)) return write_amount(c, *m, k_minor_digits);
        if (const auto* a = std::get_if<Amount>(&cell)) return write_amount(c, a->money, a->digits);
        if (const auto* d = std::get_if<Decimal>(&cell)) {
            if (!is_finite(*d)) return;  // empty, as in CSV
            const bool percent = d->percent_places >= 0;
            write_number(c, as_written(*d), format(number_format(percent ? d->percent_places : d->places, percent)));
            return widen(c, table_text(cell).size());
        }
        if (const auto* date = std::get_if<Date>(&cell)) return write_date(c, *date);
        if (std::holds_alternative<bool>(cell)) return write_text(c, plain_text(cell));  // yes/no, as in CSV
        // std::monostate: an empty cell stays empty.
    }

    Sink m_sink;
    std::string m_tmpdir;
    TemporaryFile m_file;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    std::map<std::string, lxw_format*> m_formats;
    std::vector<Column> m_columns;
    std::vector<std::size_t> m_widths;
    lxw_row_t m_row = 0;  // the last row written; 0 is the header
};

}  // namespace

std::unique_ptr<RowWriter> make_xlsx_writer(std::FILE* out) { return std::make_unique<XlsxWriter>(out); }

}  // namespace acctool::output
