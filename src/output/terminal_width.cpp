// How wide a table may be (man page: OUTPUT FORMATS): only a terminal has a width; a
// pipe or a file gets whole rows, whatever COLUMNS says.
#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <string_view>

#include "output/render.h"

namespace acctool::output {

std::size_t terminal_width(std::FILE* stream) {
    const int fd = fileno(stream);
    if (fd < 0 || isatty(fd) != 1) return 0;
    if (const char* columns = std::getenv("COLUMNS")) {
        const std::string_view text(columns);
        std::size_t value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec == std::errc() && end == text.data() + text.size() && value > 0) return value;
    }
    winsize size{};
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

}  // namespace acctool::output
