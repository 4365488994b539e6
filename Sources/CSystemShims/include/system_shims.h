#ifndef SAFERSITE_SYSTEM_SHIMS_H
#define SAFERSITE_SYSTEM_SHIMS_H

/// Swaps two paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set. Swift's Glibc module does not expose renameat2.
int safersite_exchange_paths(const char *first, const char *second);

/// Gives memory the allocator holds free back to the system (mimalloc's mi_collect when the
/// process links mimalloc, else glibc's malloc_trim), so the build's resident size follows what
/// it uses rather than what it once used.
void safersite_release_free_memory(void);

#endif
