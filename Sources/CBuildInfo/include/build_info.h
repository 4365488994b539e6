#ifndef SAFERSITE_BUILD_INFO_H
#define SAFERSITE_BUILD_INFO_H

/// The git commit this executable was built from, as the Makefile gave it (SAFERSITE_COMMIT, read
/// by Package.swift), or "" when it was built without one (a plain `swift build`).
const char *safersite_commit(void);

#endif
