#pragma once
// A named input file (an import FILE) opened without blocking and refused unless it is a
// regular file: a FIFO would hang acct, a device could be read forever.
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

namespace acctool::cli {

// Reads a regular file through its descriptor, so that the file checked is the file read.
class InputFile : public std::streambuf {
public:
    // Throws Failure naming `path` when it cannot be opened or is not a regular file.
    explicit InputFile(const std::string& path);
    ~InputFile() override;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    std::istream& stream() { return m_stream; }

protected:
    int_type underflow() override;

private:
    int m_fd = -1;
    std::vector<char> m_buffer;
    std::istream m_stream{this};
};

}  // namespace acctool::cli
