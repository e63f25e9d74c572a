#include "core/i18n.h"

#include <libintl.h>

namespace acctool {

const char* tr(const char* msgid) { return ::dgettext(k_text_domain, msgid); }

const char* trc(const char* context, const char* msgid) {
    // gettext keeps a context as "context\004msgid"; an untranslated one comes back as is.
    std::string key = std::string(context) + '\004' + msgid;
    const char* found = ::dgettext(k_text_domain, key.c_str());
    return found == key.c_str() ? msgid : found;
}

const char* tr_plural(const char* one, const char* many, unsigned long n) {
    return ::dngettext(k_text_domain, one, many, n);
}

}  // namespace acctool
