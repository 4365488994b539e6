#include "vips_shims.h"
#include <string.h>
#include <vips/vips.h>
#include <webp/mux.h>

// libvips 8.14's WebP saver writes an EXIF block of its own (orientation, resolution) even when
// asked to strip: libwebpmux takes out the EXIF, XMP and ICC chunks, leaving the picture as it was.
static int strip_webp_chunks(void **buffer, size_t *length) {
    WebPData input = { (const uint8_t *)*buffer, *length };
    WebPMux *mux = WebPMuxCreate(&input, 0);
    if (mux == NULL) {
        vips_error("safersite", "libwebpmux could not read the WebP libvips wrote");
        return -1;
    }
    WebPMuxDeleteChunk(mux, "EXIF");
    WebPMuxDeleteChunk(mux, "XMP ");
    WebPMuxDeleteChunk(mux, "ICCP");
    WebPData output;
    WebPDataInit(&output);
    WebPMuxError assembled = WebPMuxAssemble(mux, &output);
    WebPMuxDelete(mux);
    if (assembled != WEBP_MUX_OK) {
        vips_error("safersite", "libwebpmux could not write the WebP again");
        return -1;
    }
    void *copy = g_memdup2(output.bytes, output.size);
    *length = output.size;
    WebPDataClear(&output);
    g_free(*buffer);
    *buffer = copy;
    return 0;
}

int safersite_vips_start(int threads) {
    if (VIPS_INIT("safersite")) return -1;
    // Every image is processed once per build: libvips' cache of recent operations would only
    // hold on to their memory.
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    vips_concurrency_set(threads);
    // Only JPEG, PNG and WebP are ever read; this also keeps the loaders for formats libvips
    // does not vouch for away from whatever file is named .jpg.
    vips_block_untrusted_set(TRUE);
    return 0;
}

int safersite_vips_probe(const void *data, size_t length, char *loader, size_t loader_size,
                         int *width, int *height, int *has_alpha) {
    const char *name = vips_foreign_find_load_buffer(data, length);
    if (name == NULL) return -1;
    g_strlcpy(loader, name, loader_size);
    // Only the header is read here: the pixels are decoded when they are first asked for.
    VipsImage *image = vips_image_new_from_buffer(data, length, "", "access", VIPS_ACCESS_SEQUENTIAL, NULL);
    if (image == NULL) return -1;
    int swap = vips_image_get_orientation_swap(image);
    *width = swap ? vips_image_get_height(image) : vips_image_get_width(image);
    *height = swap ? vips_image_get_width(image) : vips_image_get_height(image);
    *has_alpha = vips_image_hasalpha(image);
    g_object_unref(image);
    return 0;
}

/// A copy of `in` with every metadata item removed: the savers' own "strip" leaves EXIF and XMP
/// in libvips 8.14's WebP. Only the pixels' own description (size, bands, format) stays. NULL on failure.
static VipsImage *without_metadata(VipsImage *in) {
    VipsImage *clean = NULL;
    if (vips_copy(in, &clean, NULL)) return NULL;
    gchar **fields = vips_image_get_fields(clean);
    for (int i = 0; fields[i] != NULL; i++) vips_image_remove(clean, fields[i]);
    g_strfreev(fields);
    return clean;
}

static int save(VipsImage *image, int format, int quality, void **out, size_t *out_length) {
    switch (format) {
    case SAFERSITE_VIPS_JPEG:
        return vips_jpegsave_buffer(image, out, out_length, "Q", quality, "strip", TRUE,
                                    "optimize_coding", TRUE, "interlace", TRUE, NULL);
    case SAFERSITE_VIPS_PNG:
        return vips_pngsave_buffer(image, out, out_length, "strip", TRUE, NULL);
    case SAFERSITE_VIPS_WEBP:
        if (vips_webpsave_buffer(image, out, out_length, "Q", quality, "strip", TRUE, NULL)) return -1;
        return strip_webp_chunks(out, out_length);
    default:
        vips_error("safersite", "unknown output format %d", format);
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
    if (vips_thumbnail_buffer((void *)data, length, &largest, widths[width_count - 1],
                              "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL)) return -1;
    VipsImage *clean = without_metadata(largest);
    g_object_unref(largest);
    if (clean == NULL) return -1;
    // Decoded once and held in memory; the smaller widths are shrunk from it. The orientation is
    // gone with the metadata, so it is not applied twice.
    VipsImage *memory = vips_image_copy_memory(clean);
    g_object_unref(clean);
    if (memory == NULL) return -1;
    int failed = 0;
    for (int w = 0; w < width_count && !failed; w++) {
        VipsImage *sized = NULL;
        if (widths[w] >= vips_image_get_width(memory)) {
            sized = memory;
            g_object_ref(sized);
        } else if (vips_thumbnail_image(memory, &sized, widths[w], "height", VIPS_MAX_COORD,
                                        "size", VIPS_SIZE_DOWN, NULL)) {
            failed = 1;
            break;
        }
        for (int f = 0; f < format_count && !failed; f++) {
            int index = f * width_count + w;
            failed = save(sized, formats[f], quality, &outs[index], &out_lengths[index]) != 0;
            out_widths[index] = vips_image_get_width(sized);
            out_heights[index] = vips_image_get_height(sized);
        }
        g_object_unref(sized);
    }
    g_object_unref(memory);
    if (failed) {
        for (int i = 0; i < width_count * format_count; i++) {
            g_free(outs[i]);
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
    int failed = vips_thumbnail_buffer((void *)data, length, &image, width,
                                       "height", height,
                                       "size", VIPS_SIZE_DOWN,
                                       "crop", crop ? VIPS_INTERESTING_CENTRE : VIPS_INTERESTING_NONE,
                                       NULL);
    if (failed) return -1;
    VipsImage *clean = without_metadata(image);
    g_object_unref(image);
    if (clean == NULL) return -1;
    failed = save(clean, format, quality, out, out_length);
    *out_width = vips_image_get_width(clean);
    *out_height = vips_image_get_height(clean);
    g_object_unref(clean);
    return failed ? -1 : 0;
}

char *safersite_vips_take_error(void) {
    return vips_error_buffer_copy();
}

void safersite_sha256_hex(const void *data, size_t length, char *hex) {
    gchar *digest = g_compute_checksum_for_data(G_CHECKSUM_SHA256, data, length);
    g_strlcpy(hex, digest, 65);
    g_free(digest);
}

void safersite_vips_free(void *pointer) {
    g_free(pointer);
}

const char *safersite_vips_version(void) {
    return vips_version_string();
}
