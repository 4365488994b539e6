#ifndef SAFERSITE_SYSTEM_SHIMS_H
#define SAFERSITE_SYSTEM_SHIMS_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set. Swift's Glibc module does not expose renameat2.
int safersite_exchange_paths(const char *first, const char *second);

#endif
