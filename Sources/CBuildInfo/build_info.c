#include "build_info.h"

// Package.swift defines SAFERSITE_COMMIT for this file alone, so a new commit recompiles this file
// and relinks, nothing else.
#ifndef SAFERSITE_COMMIT
#define SAFERSITE_COMMIT ""
#endif

const char *safersite_commit(void) {
    return SAFERSITE_COMMIT;
}
