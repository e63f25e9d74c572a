#pragma once
// The side of the language choice that touches the process (man page: LANGUAGES): the
// config's owner.language read ahead of everything else, then gettext set up to speak the
// chosen language. Once, at start-up, before the first text is translated (the help of
// every option is translated as the command line is built).
#include <filesystem>
#include <optional>

#include "core/language.h"

namespace acctool::config {

// owner.language of the config file at path, read on its own: nothing when the file is
// missing, unreadable or broken, or its owner.language is not a code acct knows. Those
// are reported when the config is read as a whole (a broken owner.language is a config
// error there), not here, so that --help and --version never fail on a config. When
// `unknown` is given, it is set to whether owner.language is a string acct does not know
// (a typo the command must then report, even one that reads no setting).
std::optional<Language> peek_language(const std::filesystem::path& path, bool* unknown = nullptr);

// Chooses the language from the environment and `configured` (core/language.h), makes it
// current_language(), and for a language other than English turns translation on with
// the catalogs bound: $ACCT_LOCALEDIR when set, else locale/ next to the binary (a build
// tree), else the installed ones. A missing catalog is English, silently.
Language set_up_language(std::optional<Language> configured);

}  // namespace acctool::config
