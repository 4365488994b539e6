#ifndef SAFERSITE_CLIBXML2_SHIM_H
#define SAFERSITE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its headers then include the system's ICU headers,
// which clash with the copy of ICU inside Swift's Foundation. Only the encoding handler's struct
// changes without it, and SaferSite never touches one: it hands libxml2 UTF-8.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
