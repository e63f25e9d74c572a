#include "store/backup.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <fmt/std.h>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "store/errors.h"

namespace acctool::store {
namespace fs = std::filesystem;
namespace {

constexpr const char* k_companions[] = {"", "-journal", "-wal", "-shm"};

// The temporary copy's name: hidden, beside the target, with the writer's pid so that a
// later backup can tell an orphan (its process is gone: kill -9, a crash) from a copy in
// progress, and remove it.
std::string temp_prefix(const fs::path& target) { return "." + target.filename().string() + ".tmp-"; }

// The copy in progress, for the signal handler: a fixed buffer, since a handler may not
// allocate. SIGINT, SIGTERM and SIGHUP remove the copy (and SQLite's companions of it)
// and then end the process as the signal would have.
char g_temp_path[4096];
constexpr int k_cleanup_signals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temp_and_die(int sig) {
    const std::size_t length = ::strlen(g_temp_path);
    if (length > 0) {
        char path[sizeof g_temp_path + 16];
        for (const char* suffix : k_companions) {
            ::memcpy(path, g_temp_path, length);
            ::strcpy(path + length, suffix);
            ::unlink(path);
        }
    }
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void remove_with_companions(const std::string& path) {
    for (const char* suffix : k_companions) ::unlink((path + suffix).c_str());
}

// Removes the temporary copies (and their companions) that killed backups to `target`
// left: those whose pid names no live process.
void sweep_orphans(const fs::path& target) {
    const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    const std::string prefix = temp_prefix(target);
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        const auto rest = name.substr(prefix.size());
        const auto dash = rest.find('-');
        if (dash == std::string::npos || dash == 0) continue;
        pid_t pid = 0;
        try {
            pid = static_cast<pid_t>(std::stol(rest.substr(0, dash)));
        } catch (const std::exception&) {
            continue;
        }
        if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
        ::unlink(entry.path().c_str());
    }
}

// The temporary copy: created 0600 beside the target, removed (with its companions)
// unless released after the rename, on an exception and on SIGINT/SIGTERM/SIGHUP.
class TempFile {
public:
    explicit TempFile(const fs::path& target) {
        std::string pattern =
            (target.parent_path() / fmt::format("{}{}-XXXXXX", temp_prefix(target), ::getpid())).string();
        if (pattern.size() >= sizeof g_temp_path)
            throw InvalidInput(trf("'{}': the path is too long", target.string()));
        const int fd = ::mkstemp(pattern.data());  // created 0600
        if (fd < 0)
            // TRANSLATORS: the backup's path, then the system's reason.
            throw Failure(trf("cannot create a file beside {}: {}", target, std::strerror(errno)));
        ::close(fd);
        m_path = pattern;
        ::strcpy(g_temp_path, m_path.c_str());
        struct sigaction action {};
        action.sa_handler = remove_temp_and_die;
        ::sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(k_cleanup_signals); ++i)
            ::sigaction(k_cleanup_signals[i], &action, &m_previous[i]);
    }
    ~TempFile() {
        if (!m_path.empty()) remove_with_companions(m_path);
        for (std::size_t i = 0; i < std::size(k_cleanup_signals); ++i)
            ::sigaction(k_cleanup_signals[i], &m_previous[i], nullptr);
        g_temp_path[0] = '\0';
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return m_path; }
    // After the rename: only SQLite's companions of the old name may remain.
    void release() {
        for (const char* suffix : k_companions)
            if (*suffix) ::unlink((m_path + suffix).c_str());
        m_path.clear();
    }

private:
    std::string m_path;
    struct sigaction m_previous[std::size(k_cleanup_signals)] {};
};

// A stale -wal or -shm beside an older file of the target's name would be replayed into
// the new copy on its next open and make it read as malformed: they go with the old file.
void remove_stale_companions(const fs::path& target) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const std::string companion = target.string() + suffix;
        struct stat st {};
        if (::lstat(companion.c_str(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode)))
            ::unlink(companion.c_str());
    }
}

void sync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void copy_into(Database& db, const fs::path& copy_path) {
    SQLite::Database copy(copy_path.string(), SQLite::OPEN_READWRITE);
    SQLite::Backup backup(copy, "main", db.sql(), "main");
    backup.executeStep(-1);  // every page under one read snapshot: a consistent copy
    const std::string verdict = copy.execAndGet("PRAGMA integrity_check").getString();
    // TRANSLATORS: {} is SQLite's integrity report, in English.
    if (verdict != "ok") throw Failure(trf("the copy failed its integrity check: {}", verdict));
}

}  // namespace

void backup_database(Database& db, const fs::path& target, bool replace) {
    std::error_code ec;
    if (fs::exists(target, ec) && fs::equivalent(target, db.path(), ec))
        throw InvalidInput(trf("'{}' is the live database itself; name another file", target.string()));
    if (fs::is_directory(target)) throw InvalidInput(trf("'{}' is a directory; name a file", target.string()));
    // A backup writes regular files only: never replaces a device, FIFO or socket, even
    // with --force (as root, replacing /dev/null would break the system).
    struct stat st {};
    if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        throw InvalidInput(trf("'{}' is not a regular file (a device, FIFO or socket); name a file", target.string()));
    if (fs::exists(fs::symlink_status(target)) && !replace)
        throw Conflict(trf("'{}' already exists; use --force to replace it", target.string()));
    sweep_orphans(target);
    TempFile temp(target);
    try {
        copy_into(db, temp.path());
    } catch (const SQLite::Exception& e) {
        // TRANSLATORS: the backup's path, then SQLite's message.
        throw Failure(trf("backup to {} failed: {}", target, describe(e)));
    }
    ::chmod(temp.path().c_str(), 0600);
    sync_path(temp.path(), O_RDONLY);
    remove_stale_companions(target);
    if (::rename(temp.path().c_str(), target.c_str()) != 0)
        // TRANSLATORS: the backup's path, then the system's reason.
        throw Failure(trf("cannot rename the copy to {}: {}", target, std::strerror(errno)));
    temp.release();
    sync_path(target.parent_path().empty() ? fs::path(".") : target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace acctool::store
