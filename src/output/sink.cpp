#include "output/sink.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <utility>

#include "core/errors.h"
#include "core/i18n.h"

namespace acctool::output {
namespace {

// The name given with name_standard_output; empty: "standard output", in the user's language.
std::string& standard_output_name() {
    static std::string name;
    return name;
}

// errno is read at once, before anything else can change it. stdio does not always set
// errno when it sets the error flag, hence the EIO fallback.
[[noreturn]] void fail(std::FILE* out) {
    const int err = errno != 0 ? errno : EIO;
    const std::string reason = std::strerror(err);
    const std::string& named = standard_output_name();
    // TRANSLATORS: {} is the system's reason, such as "No space left on device".
    if (out != stdout) throw Failure(trf("error writing to output: {}", reason));
    // TRANSLATORS: {} is the system's reason, such as "No space left on device".
    if (named.empty()) throw Failure(trf("error writing to standard output: {}", reason));
    // TRANSLATORS: "error writing to 'out.csv': No space left on device": the file, in quotes,
    // then the system's reason.
    throw Failure(trf("error writing to {}: {}", named, reason));
}

}  // namespace

void Sink::write(std::string_view bytes) {
    if (bytes.empty()) return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), m_out) != bytes.size()) fail(m_out);
}

void Sink::flush() {
    errno = 0;
    if (std::fflush(m_out) != 0 || std::ferror(m_out)) fail(m_out);
}

void name_standard_output(std::string name) { standard_output_name() = std::move(name); }

void write_stderr(std::string_view text) noexcept {
    const int saved = errno;
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
    std::clearerr(stderr);
    errno = saved;
}

void guard_standard_descriptors() noexcept {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        const int stand_in = ::open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
        if (stand_in >= 0 && stand_in != fd) {  // a lower descriptor was closed as well: move it up
            ::dup2(stand_in, fd);
            ::close(stand_in);
        }
    }
}

}  // namespace acctool::output
