# Writes OUTPUT, a C++ file defining `std::string_view NAMESPACE::FUNCTION()` that returns the
# bytes of INPUT. A raw string literal with an unlikely delimiter keeps the generated file
# readable. NAMESPACE defaults to acctool::config and FUNCTION to starter_config_text.
#   cmake -DINPUT=f -DOUTPUT=f.cpp [-DNAMESPACE=ns] [-DFUNCTION=name] -P embed_text.cmake
if(NOT DEFINED NAMESPACE)
  set(NAMESPACE acctool::config)
endif()
if(NOT DEFINED FUNCTION)
  set(FUNCTION starter_config_text)
endif()
file(READ ${INPUT} CONTENT)
string(FIND "${CONTENT}" ")acct_embed\"" CLASH)
if(NOT CLASH EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw string delimiter )acct_embed\"")
endif()
get_filename_component(INPUT_NAME ${INPUT} NAME)
file(WRITE ${OUTPUT}
"// Generated from ${INPUT_NAME} by cmake/embed_text.cmake; do not edit.\n"
"#include <string_view>\n"
"namespace ${NAMESPACE} {\n"
"std::string_view ${FUNCTION}() {\n"
"    return R\"acct_embed(${CONTENT})acct_embed\";\n"
"}\n"
"}\n")
