#pragma once
// --output FILE (man page: Global options): what the command would print on standard
// output goes to FILE instead, in every format. Standard output (descriptor 1) is pointed
// at the file, so every writer, the xlsx terminal check and the table width see the file.
// A regular file (or a new one) is written as a temporary file beside it that replaces FILE
// only once the command has succeeded: a failed command leaves FILE as it was. Anything
// else (/dev/null, a FIFO, a process substitution) is opened and written directly.
#include <string>

namespace acctool::cli {

class OutputFile {
public:
    // Throws Failure naming `path` when it cannot be written.
    explicit OutputFile(const std::string& path);
    ~OutputFile();  // removes the temporary file unless commit() put it in place
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // After the command succeeded and standard output was flushed: FILE takes the output.
    void commit();

private:
    std::string m_name;       // as typed, for messages
    std::string m_target;     // the file to replace (a symbolic link's target)
    std::string m_temporary;  // empty when FILE is written directly
};

}  // namespace acctool::cli
