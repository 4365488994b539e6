#ifndef SAFERSITE_CLIBVIPS_SHIM_H
#define SAFERSITE_CLIBVIPS_SHIM_H
#include <vips/vips.h>
#include <webp/mux.h>
#endif
