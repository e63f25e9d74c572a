#pragma once
// Checked writes to a FILE*: every failure becomes a Failure naming the stream and errno.
#include <cstdio>
#include <string_view>

namespace acctool::output {

class Sink {
public:
    explicit Sink(std::FILE* out) : m_out(out) {}
    void write(std::string_view bytes);
    void flush();  // fflush + ferror check
private:
    std::FILE* m_out;
};

}  // namespace acctool::output
