// acct init: create the database and a commented starter config; idempotent.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/context.h"
#include "config/config.h"
#include "core/errors.h"
#include "core/i18n.h"

namespace acctool::cli {
namespace fs = std::filesystem;
namespace {

// O_EXCL: never over an existing file, nor through a symbolic link (even a dangling one,
// which would create its target); O_NOFOLLOW says so on systems where O_EXCL alone might not.
// Returns false when something is already there.
bool write_starter_config(Context& ctx, const fs::path& path) {
    std::error_code ec;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) return false;
    // TRANSLATORS: the config file's path, then why (the system's message: "Permission denied").
    if (fd < 0) throw Failure(trf("cannot write config '{}': {}", path.string(), std::strerror(errno)));
    const std::string text = config::starter_config();
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : EIO;
            ::close(fd);
            ::unlink(path.c_str());  // ours: created by this open
            throw Failure(trf("cannot write config '{}': {}", path.string(), std::strerror(err)));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) throw Failure(trf("cannot write config '{}': {}", path.string(), std::strerror(errno)));
    // TRANSLATORS: {} is the config file's path.
    ctx.info(trf("wrote a commented starter config to {}", path.string()));
    return true;
}

// A symbolic link where the config goes is left alone; one that points nowhere would make
// every later command run on the built-in defaults, so it is an error.
void keep_existing_config(Context& ctx, const fs::path& path) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec)) && !fs::exists(path, ec))
        // TRANSLATORS: {} is the config file's path.
        throw Failure(trf("config '{}' is a symbolic link to a missing file; acct init writes no file "
                          "through a link: remove the link or create its target",
                          path.string()));
    // TRANSLATORS: {} is the config file's path.
    ctx.info(trf("config {} exists; left as it is", path.string()));
}

void init(Context& ctx) {
    const fs::path db_path = ctx.db_path();
    const bool db_existed = fs::exists(db_path);
    const fs::path config_path = ctx.config_path();
    if (!write_starter_config(ctx, config_path)) keep_existing_config(ctx, config_path);
    ctx.settings();  // a broken config is reported now, not at the first real command
    auto& db = ctx.db(store::OpenMode::CreateIfMissing);
    // TRANSLATORS: the database's path, then the number of its schema version.
    ctx.info(db_existed ? trf("database {} is ready (schema version {})", db_path.string(), db.schema_version())
                        // TRANSLATORS: {} is the database's path.
                        : trf("created database {}", db_path.string()));
}

}  // namespace

void setup_init(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", tr("Create the database and a starter config (idempotent)"));
    on_parsed(cmd, ctx, [&ctx] { init(ctx); });
}

}  // namespace acctool::cli
