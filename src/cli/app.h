#pragma once

namespace acctool::cli {

// Parses the command line, runs the chosen command, and maps every error to the exit
// codes of the man page's COMMANDS: 0 success, 1 failure, 2 usage or invalid input.
int run(int argc, char** argv);

}  // namespace acctool::cli
