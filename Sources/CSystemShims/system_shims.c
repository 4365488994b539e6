#define _GNU_SOURCE
#include <malloc.h>
#include "system_shims.h"
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int safersite_exchange_paths(const char *first, const char *second) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}

// Defined when the process links mimalloc (the safersite executable); absent in tests.
extern void mi_collect(_Bool force) __attribute__((weak));

void safersite_release_free_memory(void) {
    if (mi_collect) {
        mi_collect(1);
    } else {
        malloc_trim(0);
    }
}
