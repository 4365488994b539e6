#include "vips_shims.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
// GLib's cast macros would otherwise call g_type_check_instance_cast, a function this file
// would then link: every libvips, GLib and libwebpmux function here is called through `lib`.
#define G_DISABLE_CAST_CHECKS
#include <vips/vips.h>
#include <webp/mux.h>

// libvips is opened with dlopen on first use, not linked: Debian's libvips42 needs about 90
// libraries, libcurl among them (through libcfitsio10 and libhdf5), and the executable must load
// none of them when a site has no pictures to publish (issue 25: `ldd` on the installed command
// lists no libcurl). The headers still give each function's type, so a signature cannot drift.
// dlsym on libvips' handle also finds the functions of the libraries it depends on: GLib,
// GObject, libwebp and libwebpmux.
#define SAFERSITE_VIPS_FUNCTIONS(F) \
    F(vips_init) F(vips_version) F(vips_version_string) F(vips_error) F(vips_error_buffer_copy) \
    F(vips_cache_set_max) F(vips_cache_set_max_mem) F(vips_concurrency_set) F(vips_block_untrusted_set) \
    F(vips_foreign_find_load_buffer) F(vips_image_new_from_buffer) F(vips_image_get_orientation_swap) \
    F(vips_image_get_width) F(vips_image_get_height) F(vips_image_hasalpha) F(vips_copy) \
    F(vips_image_get_fields) F(vips_image_remove) F(vips_image_copy_memory) F(vips_thumbnail_buffer) \
    F(vips_thumbnail_image) F(vips_jpegsave_buffer) F(vips_pngsave_buffer) F(vips_webpsave_buffer) \
    F(g_object_ref) F(g_object_unref) F(g_free) F(g_strfreev) F(g_strlcpy) F(g_memdup2) \
    F(g_compute_checksum_for_data) \
    F(WebPMuxCreateInternal) F(WebPMuxDeleteChunk) F(WebPMuxAssemble) F(WebPMuxDelete) F(WebPFree)

#define SAFERSITE_VIPS_MEMBER(name) __typeof__(&name) name;
/// The functions, found once by `load`. Called as `(lib.name)(...)`: the parentheses keep GLib's
/// function-like macros of the same name (g_object_ref) from expanding.
static struct { SAFERSITE_VIPS_FUNCTIONS(SAFERSITE_VIPS_MEMBER) } lib;

/// Why libvips could not be opened ("" when it was).
static char load_failure[512];
static int loaded;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    // SAFERSITE_LIBVIPS names another file to open, for the tests that show what happens when
    // libvips is not installed (SAFERSITE_LIBVIPS=/nonexistent.so); nothing else sets it.
    const char *file = getenv("SAFERSITE_LIBVIPS");
    if (file == NULL || file[0] == '\0') file = "libvips.so.42";
    // RTLD_GLOBAL: as when libvips was linked, what is loaded after it sees its symbols.
    void *handle = dlopen(file, RTLD_NOW | RTLD_GLOBAL);
    if (handle == NULL) {
        const char *why = dlerror();
        snprintf(load_failure, sizeof load_failure, "%s", why ? why : file);
        return;
    }
#define SAFERSITE_VIPS_FIND(name) \
    if ((lib.name = (__typeof__(lib.name))dlsym(handle, #name)) == NULL) { \
        snprintf(load_failure, sizeof load_failure, "%s has no function %s", file, #name); \
        return; \
    }
    SAFERSITE_VIPS_FUNCTIONS(SAFERSITE_VIPS_FIND)
#undef SAFERSITE_VIPS_FIND
    loaded = 1;
}

static int ensure_loaded(void) {
    pthread_once(&load_once, load);
    return loaded;
}

const char *safersite_vips_load_failure(void) {
    return ensure_loaded() ? NULL : load_failure;
}

// libvips 8.14's WebP saver writes an EXIF block of its own (orientation, resolution) even when
// asked to strip: libwebpmux takes out the EXIF, XMP and ICC chunks, leaving the picture as it was.
static int strip_webp_chunks(void **buffer, size_t *length) {
    WebPData input = { (const uint8_t *)*buffer, *length };
    WebPMux *mux = (lib.WebPMuxCreateInternal)(&input, 0, WEBP_MUX_ABI_VERSION);
    if (mux == NULL) {
        (lib.vips_error)("safersite", "libwebpmux could not read the WebP libvips wrote");
        return -1;
    }
    (lib.WebPMuxDeleteChunk)(mux, "EXIF");
    (lib.WebPMuxDeleteChunk)(mux, "XMP ");
    (lib.WebPMuxDeleteChunk)(mux, "ICCP");
    WebPData output = { NULL, 0 };
    WebPMuxError assembled = (lib.WebPMuxAssemble)(mux, &output);
    (lib.WebPMuxDelete)(mux);
    if (assembled != WEBP_MUX_OK) {
        (lib.vips_error)("safersite", "libwebpmux could not write the WebP again");
        return -1;
    }
    void *copy = (lib.g_memdup2)(output.bytes, output.size);
    *length = output.size;
    (lib.WebPFree)((void *)output.bytes);
    (lib.g_free)(*buffer);
    *buffer = copy;
    return 0;
}

int safersite_vips_start(int threads) {
    if (!ensure_loaded()) return -1;
    // VIPS_INIT's check that the headers and the library agree on libvips' ABI.
    if ((lib.vips_version)(3) - (lib.vips_version)(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE) {
        (lib.vips_error)("safersite", "libvips %s does not match the version SaferSite was built with (%s)",
                         (lib.vips_version_string)(), VIPS_VERSION);
        return -1;
    }
    if ((lib.vips_init)("safersite")) return -1;
    // Every image is processed once per build: libvips' cache of recent operations would only
    // hold on to their memory.
    (lib.vips_cache_set_max)(0);
    (lib.vips_cache_set_max_mem)(0);
    (lib.vips_concurrency_set)(threads);
    // Only JPEG, PNG and WebP are ever read; this also keeps the loaders for formats libvips
    // does not vouch for away from whatever file is named .jpg.
    (lib.vips_block_untrusted_set)(TRUE);
    return 0;
}

int safersite_vips_probe(const void *data, size_t length, char *loader, size_t loader_size,
                         int *width, int *height, int *has_alpha) {
    const char *name = (lib.vips_foreign_find_load_buffer)(data, length);
    if (name == NULL) return -1;
    (lib.g_strlcpy)(loader, name, loader_size);
    // Only the header is read here: the pixels are decoded when they are first asked for.
    VipsImage *image = (lib.vips_image_new_from_buffer)(data, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (image == NULL) return -1;
    int swap = (lib.vips_image_get_orientation_swap)(image);
    *width = swap ? (lib.vips_image_get_height)(image) : (lib.vips_image_get_width)(image);
    *height = swap ? (lib.vips_image_get_width)(image) : (lib.vips_image_get_height)(image);
    *has_alpha = (lib.vips_image_hasalpha)(image);
    (lib.g_object_unref)(image);
    return 0;
}

/// A copy of `in` with every metadata item removed: the savers' own "strip" leaves EXIF and XMP
/// in libvips 8.14's WebP. Only the pixels' own description (size, bands, format) stays. NULL on failure.
static VipsImage *without_metadata(VipsImage *in) {
    VipsImage *clean = NULL;
    if ((lib.vips_copy)(in, &clean, NULL)) return NULL;
    gchar **fields = (lib.vips_image_get_fields)(clean);
    for (int i = 0; fields[i] != NULL; i++) (lib.vips_image_remove)(clean, fields[i]);
    (lib.g_strfreev)(fields);
    return clean;
}

static int save(VipsImage *image, int format, int quality, void **out, size_t *out_length) {
    switch (format) {
    case SAFERSITE_VIPS_JPEG:
        return (lib.vips_jpegsave_buffer)(image, out, out_length, "Q", quality, "strip", TRUE,
                                          "optimize_coding", TRUE, "interlace", TRUE, NULL);
    case SAFERSITE_VIPS_PNG:
        return (lib.vips_pngsave_buffer)(image, out, out_length, "strip", TRUE, NULL);
    case SAFERSITE_VIPS_WEBP:
        if ((lib.vips_webpsave_buffer)(image, out, out_length, "Q", quality, "strip", TRUE, NULL)) return -1;
        return strip_webp_chunks(out, out_length);
    default:
        (lib.vips_error)("safersite", "unknown output format %d", format);
        return -1;
    }
}

int safersite_vips_render_widths(const void *data, size_t length, const int *widths, int width_count,
                                 const int *formats, int format_count, int quality,
                                 void **outs, size_t *out_lengths, int *out_widths, int *out_heights) {
    if (width_count < 1 || format_count < 1) return -1;
    for (int i = 0; i < width_count * format_count; i++) outs[i] = NULL;
    // thumbnail: shrink-on-load where the format allows, EXIF orientation applied, an embedded
    // colour profile converted to sRGB.
    VipsImage *largest = NULL;
    if ((lib.vips_thumbnail_buffer)((void *)data, length, &largest, widths[width_count - 1],
                                    "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL)) return -1;
    VipsImage *clean = without_metadata(largest);
    (lib.g_object_unref)(largest);
    if (clean == NULL) return -1;
    // Decoded once and held in memory; the smaller widths are shrunk from it. The orientation is
    // gone with the metadata, so it is not applied twice.
    VipsImage *memory = (lib.vips_image_copy_memory)(clean);
    (lib.g_object_unref)(clean);
    if (memory == NULL) return -1;
    int failed = 0;
    for (int w = 0; w < width_count && !failed; w++) {
        VipsImage *sized = NULL;
        if (widths[w] >= (lib.vips_image_get_width)(memory)) {
            sized = memory;
            (lib.g_object_ref)(sized);
        } else if ((lib.vips_thumbnail_image)(memory, &sized, widths[w], "height", VIPS_MAX_COORD,
                                              "size", VIPS_SIZE_DOWN, NULL)) {
            failed = 1;
            break;
        }
        for (int f = 0; f < format_count && !failed; f++) {
            int index = f * width_count + w;
            failed = save(sized, formats[f], quality, &outs[index], &out_lengths[index]) != 0;
            out_widths[index] = (lib.vips_image_get_width)(sized);
            out_heights[index] = (lib.vips_image_get_height)(sized);
        }
        (lib.g_object_unref)(sized);
    }
    (lib.g_object_unref)(memory);
    if (failed) {
        for (int i = 0; i < width_count * format_count; i++) {
            (lib.g_free)(outs[i]);
            outs[i] = NULL;
        }
        return -1;
    }
    return 0;
}

int safersite_vips_render(const void *data, size_t length, int width, int height, int crop,
                          int format, int quality, void **out, size_t *out_length,
                          int *out_width, int *out_height) {
    VipsImage *image = NULL;
    int failed = (lib.vips_thumbnail_buffer)((void *)data, length, &image, width,
                                             "height", height,
                                             "size", VIPS_SIZE_DOWN,
                                             "crop", crop ? VIPS_INTERESTING_CENTRE : VIPS_INTERESTING_NONE,
                                             NULL);
    if (failed) return -1;
    VipsImage *clean = without_metadata(image);
    (lib.g_object_unref)(image);
    if (clean == NULL) return -1;
    failed = save(clean, format, quality, out, out_length);
    *out_width = (lib.vips_image_get_width)(clean);
    *out_height = (lib.vips_image_get_height)(clean);
    (lib.g_object_unref)(clean);
    return failed ? -1 : 0;
}

char *safersite_vips_take_error(void) {
    return ensure_loaded() ? (lib.vips_error_buffer_copy)() : NULL;
}

int safersite_sha256_hex(const void *data, size_t length, char *hex) {
    if (!ensure_loaded()) return -1;
    gchar *digest = (lib.g_compute_checksum_for_data)(G_CHECKSUM_SHA256, data, length);
    (lib.g_strlcpy)(hex, digest, 65);
    (lib.g_free)(digest);
    return 0;
}

void safersite_vips_free(void *pointer) {
    // Nothing was allocated when libvips could not be opened.
    if (pointer != NULL) (lib.g_free)(pointer);
}

const char *safersite_vips_version(void) {
    return ensure_loaded() ? (lib.vips_version_string)() : "";
}
