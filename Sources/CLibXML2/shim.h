#ifndef COUNCILLINT_CLIBXML2_SHIM_H
#define COUNCILLINT_CLIBXML2_SHIM_H
// libxml2's headers pull in the system ICU headers when LIBXML_ICU_ENABLED is set; their
// UErrorCode clashes with Foundation's own ICU module, so the flag is dropped before anything else.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#endif
