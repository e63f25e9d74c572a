#include "output/sink.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "core/errors.h"

namespace acctool::output {
namespace {

// errno is read at once, before anything else can change it. stdio does not always set
// errno when it sets the error flag, hence the EIO fallback.
[[noreturn]] void fail(std::FILE* out) {
    const int err = errno != 0 ? errno : EIO;
    const std::string name = out == stdout ? "standard output" : "output";
    throw Failure("error writing to " + name + ": " + std::strerror(err));
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

}  // namespace acctool::output
