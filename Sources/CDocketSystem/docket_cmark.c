// cmark-gfm's public API can replace an extension's list of special inline characters but
// not free it, so GFMParser's pinning of the autolink characters would orphan the list.
// Debian's libcmark-gfm-dev installs the internal header that defines the extension.
#include <cmark-gfm/syntax_extension.h>
#include "docket_system.h"

void docket_cmark_drop_special_inline_chars(void *extension) {
    cmark_syntax_extension *syntax_extension = extension;
    cmark_llist *characters = syntax_extension->special_inline_chars;
    cmark_syntax_extension_set_special_inline_chars(syntax_extension, NULL);
    cmark_llist_free(cmark_get_default_mem_allocator(), characters);
}
