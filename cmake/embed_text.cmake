# Writes OUTPUT, a C++ file defining acctool::config::starter_config_text() that returns
# the bytes of INPUT. A raw string literal with an unlikely delimiter keeps it readable.
file(READ ${INPUT} CONTENT)
file(WRITE ${OUTPUT}
"// Generated from examples/config.toml by cmake/embed_text.cmake; do not edit.\n"
"#include <string_view>\n"
"namespace acctool::config {\n"
"std::string_view starter_config_text() {\n"
"    return R\"acct_toml(${CONTENT})acct_toml\";\n"
"}\n"
"}\n")
