#pragma once
// Checked writes to a FILE*: every failure becomes a Failure naming the stream and errno.
// Messages to stderr go through write_stderr, which never fails: a full or closed stderr
// must not abort acct or change the exit code of work that was done.
#include <cstdio>
#include <string>
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

// How write errors on stdout name it: "standard output" unless --output pointed it at a
// file ("error writing to 'plan.xlsx': No space left on device").
void name_standard_output(std::string name);

// Writes and flushes `text` to stderr, ignoring any error (there is nowhere to report it).
void write_stderr(std::string_view text) noexcept;

// Opens /dev/null on any of descriptors 0, 1, 2 that is closed, so that no file acct opens
// later becomes its stdin, stdout or stderr (`acct ... >&-` would then print into it). The
// stand-ins have the wrong direction, so reading or writing them still fails as before.
void guard_standard_descriptors() noexcept;

}  // namespace acctool::output
