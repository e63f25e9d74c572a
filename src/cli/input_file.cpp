#include "cli/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool::cli {

InputFile::InputFile(const std::string& path) : m_buffer(1 << 16) {
    m_fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    // TRANSLATORS: a file's path, then why (the system's message: "No such file or directory").
    if (m_fd < 0) throw Failure(trf("cannot read '{}': {}", path, std::strerror(errno)));
    struct stat st {};
    const char* problem = nullptr;
    if (::fstat(m_fd, &st) != 0) problem = std::strerror(errno);
    else if (S_ISDIR(st.st_mode)) problem = tr("it is a directory");
    else if (!S_ISREG(st.st_mode)) problem = tr("not a regular file (a FIFO, socket or device); name a file, or - and a pipe");
    if (problem) {
        ::close(m_fd);
        // TRANSLATORS: a file's path, then why ("it is a directory").
        throw Failure(trf("cannot read '{}': {}", path, problem));
    }
    ::fcntl(m_fd, F_SETFL, O_RDONLY);  // a regular file never blocks; plain reads from here
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data());
}

InputFile::~InputFile() { ::close(m_fd); }

// A read error throws, which the istream turns into badbit (errno still says why).
InputFile::int_type InputFile::underflow() {
    ssize_t n;
    do n = ::read(m_fd, m_buffer.data(), m_buffer.size());
    while (n < 0 && errno == EINTR);
    if (n < 0) throw std::system_error(errno, std::generic_category());
    if (n == 0) return traits_type::eof();
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + n);
    return traits_type::to_int_type(*gptr());
}

}  // namespace acctool::cli
