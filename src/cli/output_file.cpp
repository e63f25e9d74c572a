#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"
#include "output/sink.h"

namespace acctool::cli {
namespace fs = std::filesystem;

OutputFile::OutputFile(const std::string& path) : m_name(path), m_target(path) {
    bool direct = false;
    struct stat st {};
    // A link is followed, so that the file it names is replaced, not the link; one that
    // names no path (/dev/fd/63 of a process substitution) is opened as it is.
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        std::error_code ec;
        const fs::path real = fs::canonical(path, ec);
        if (ec) direct = true;
        else m_target = real.string();
    }
    const bool exists = ::stat(m_target.c_str(), &st) == 0;
    if (!exists && errno != ENOENT) direct = true;  // open() says why
    if (exists && !S_ISREG(st.st_mode)) direct = true;
    int fd = -1;
    if (direct) {
        fd = ::open(m_target.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    } else {
        const fs::path target(m_target);
        const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
        m_temporary = (dir / fmt::format(".{}.XXXXXX", target.filename().string())).string();
        fd = ::mkstemp(m_temporary.data());  // mode 0600, as every file acct makes
        if (fd < 0) m_temporary.clear();
        else if (exists) ::fchmod(fd, st.st_mode & 07777);  // a replaced file keeps its mode
    }
    // TRANSLATORS: a file's path, then why (the system's message: "Permission denied").
    if (fd < 0) throw Failure(trf("cannot write '{}': {}", m_name, std::strerror(errno)));
    std::fflush(stdout);
    const bool moved = ::dup2(fd, STDOUT_FILENO) == STDOUT_FILENO;
    const int err = errno;
    ::close(fd);
    if (!moved) throw Failure(trf("cannot write '{}': {}", m_name, std::strerror(err)));
    output::name_standard_output(fmt::format("'{}'", m_name));
}

OutputFile::~OutputFile() {
    if (!m_temporary.empty()) ::unlink(m_temporary.c_str());
}

void OutputFile::commit() {
    if (m_temporary.empty()) return;
    if (::fsync(STDOUT_FILENO) != 0)
        // TRANSLATORS: a file's path, then why (the system's message: "No space left on device").
        throw Failure(trf("error writing to '{}': {}", m_name, std::strerror(errno)));
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0)
        throw Failure(trf("cannot write '{}': {}", m_name, std::strerror(errno)));
    m_temporary.clear();
}

}  // namespace acctool::cli
