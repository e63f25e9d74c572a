#include "store/backup.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <fmt/std.h>
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>

#include "core/errors.h"

namespace acctool::store {
namespace fs = std::filesystem;
namespace {

// Removes the temporary file unless released (after the rename).
class TempFile {
public:
    explicit TempFile(const fs::path& target) {
        std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
        const int fd = ::mkstemp(pattern.data());  // created 0600
        if (fd < 0)
            throw Failure(fmt::format("cannot create a file beside {}: {}", target, std::strerror(errno)));
        ::close(fd);
        m_path = pattern;
    }
    ~TempFile() {
        if (!m_path.empty()) ::unlink(m_path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const fs::path& path() const { return m_path; }
    void release() { m_path.clear(); }

private:
    fs::path m_path;
};

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
    if (verdict != "ok") throw Failure(fmt::format("the copy failed its integrity check: {}", verdict));
}

}  // namespace

void backup_database(Database& db, const fs::path& target, bool replace) {
    std::error_code ec;
    if (fs::exists(target, ec) && fs::equivalent(target, db.path(), ec))
        throw InvalidInput(fmt::format("'{}' is the live database itself; name another file", target.string()));
    if (fs::is_directory(target)) throw InvalidInput(fmt::format("'{}' is a directory; name a file", target.string()));
    if (fs::exists(fs::symlink_status(target)) && !replace)
        throw Conflict(fmt::format("'{}' already exists; use --force to replace it", target.string()));
    TempFile temp(target);
    try {
        copy_into(db, temp.path());
    } catch (const SQLite::Exception& e) {
        throw Failure(fmt::format("backup to {} failed: {}", target, e.what()));
    }
    ::chmod(temp.path().c_str(), 0600);
    sync_path(temp.path(), O_RDONLY);
    if (::rename(temp.path().c_str(), target.c_str()) != 0)
        throw Failure(fmt::format("cannot rename the copy to {}: {}", target, std::strerror(errno)));
    temp.release();
    sync_path(target.parent_path().empty() ? fs::path(".") : target.parent_path(), O_RDONLY | O_DIRECTORY);
}

}  // namespace acctool::store
