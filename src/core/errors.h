#pragma once
// The few error types of acct. Each is thrown where the problem is found and caught once,
// in cli::run, which prints "acct: error: <what>" and exits with exit_code().
#include <stdexcept>
#include <string>

namespace acctool {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
    virtual int exit_code() const = 0;
};

// Bad usage or a bad value from the user (flag, date, amount, config, CSV row): exit 2.
class InvalidInput : public Error {
public:
    using Error::Error;
    int exit_code() const override { return 2; }
};

// A reference that matches nothing (or more than one thing): exit 1.
class NotFound : public Error {
public:
    using Error::Error;
    int exit_code() const override { return 1; }
};

// The request contradicts what is stored (duplicate name, refund above the deal): exit 1.
class Conflict : public Error {
public:
    using Error::Error;
    int exit_code() const override { return 1; }
};

// The environment failed us: database error, unwritable file, full disk: exit 1.
class Failure : public Error {
public:
    using Error::Error;
    int exit_code() const override { return 1; }
};

}  // namespace acctool
