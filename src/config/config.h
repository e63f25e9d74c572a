#pragma once
// Reads the TOML config of the man page's CONFIGURATION into Settings, validating every key.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/settings.h"

namespace acctool::config {

// Parses TOML text. Unknown keys, wrong types and impossible values throw InvalidInput
// as "SOURCE:LINE:COLUMN: KEY: problem" (e.g. "config.toml:12:8: plan.calls_per_day:
// must be a whole number from 0 to 1000, got -3").
Settings parse_settings(std::string_view toml_text, std::string_view source_name);

// Loads the file at path; a missing file yields the built-in defaults and sets *found
// to false. An unreadable file throws Failure.
Settings load_settings(const std::filesystem::path& path, bool* found = nullptr);

// The commented starter config: the bytes of examples/config.toml, embedded at build time.
std::string_view starter_config_text();
// What `acct init` writes: the starter config with its comments in the language being
// spoken (config/starter_config.cpp), exactly starter_config_text() in English.
std::string starter_config();

// The effective settings as TOML that parse_settings reads back to the same Settings.
std::string format_settings(const Settings& settings);

}  // namespace acctool::config
