#include "core/i18n.h"

#include <libintl.h>

namespace acctool {
namespace {
bool g_translating = false;
}  // namespace

void set_translating(bool on) { g_translating = on; }
bool translating() { return g_translating; }

const char* tr(const char* msgid) { return g_translating ? ::dgettext(k_text_domain, msgid) : msgid; }

const char* trc(const char* context, const char* msgid) {
    if (!g_translating) return msgid;
    // gettext keeps a context as "context\004msgid"; an untranslated one comes back as is.
    std::string key = std::string(context) + '\004' + msgid;
    const char* found = ::dgettext(k_text_domain, key.c_str());
    return found == key.c_str() ? msgid : found;
}

const char* tr_plural(const char* one, const char* many, unsigned long n) {
    if (!g_translating) return n == 1 ? one : many;
    return ::dngettext(k_text_domain, one, many, n);
}

}  // namespace acctool
