// libxml2 is built with ICU; its headers would pull in the system's ICU, whose enums
// clash with the copy Foundation carries. Docket uses no ICU-specific libxml2 API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
// XML Schema validation: the tests check the sitemap against the sitemaps.org schemas.
#include <libxml/xmlschemas.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void docket_xml_free(void *pointer) { xmlFree(pointer); }
