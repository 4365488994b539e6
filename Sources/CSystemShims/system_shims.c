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

#include <link.h>
#include <string.h>

struct build_id_search {
    unsigned char *buffer;
    int capacity;
    int length;
};

// Called for each loaded object; the first is the executable itself.
static int find_build_id(struct dl_phdr_info *info, size_t size, void *context) {
    (void)size;
    struct build_id_search *search = context;
    for (int index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[index];
        if (header->p_type != PT_NOTE) continue;
        const unsigned char *note = (const unsigned char *)(info->dlpi_addr + header->p_vaddr);
        const unsigned char *end = note + header->p_memsz;
        while (note + sizeof(ElfW(Nhdr)) <= end) {
            const ElfW(Nhdr) *entry = (const ElfW(Nhdr) *)note;
            const unsigned char *name = note + sizeof(ElfW(Nhdr));
            const unsigned char *description = name + ((entry->n_namesz + 3) & ~3u);
            const unsigned char *next = description + ((entry->n_descsz + 3) & ~3u);
            if (next > end) break;
            if (entry->n_type == NT_GNU_BUILD_ID && entry->n_namesz == 4 && memcmp(name, "GNU", 4) == 0
                && entry->n_descsz > 0 && (int)entry->n_descsz <= search->capacity) {
                memcpy(search->buffer, description, entry->n_descsz);
                search->length = (int)entry->n_descsz;
                return 1;
            }
            note = next;
        }
    }
    return 1;  // only the executable is looked at
}

int safersite_executable_build_id(unsigned char *buffer, int capacity) {
    struct build_id_search search = { buffer, capacity, 0 };
    dl_iterate_phdr(find_build_id, &search);
    return search.length;
}
