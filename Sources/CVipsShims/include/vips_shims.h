#ifndef SAFERSITE_VIPS_SHIMS_H
#define SAFERSITE_VIPS_SHIMS_H
#include <stddef.h>

// libvips' calls take their options as variadic arguments, which Swift cannot pass; these
// fixed-argument functions make the few calls SaferSite needs. Only Sources/Images calls them.
// libvips is not linked: the first call opens libvips.so.42 (Debian's libvips42) with dlopen,
// so a site without pictures never loads it or the ~90 libraries it needs.

/// Opens libvips (once, on any thread) and starts it once for the process (VIPS_INIT), with
/// `threads` worker threads per operation, its operation cache off and the loaders libvips marks
/// untrusted blocked. 0 on success; when libvips could not be opened, see safersite_vips_load_failure.
/// safersite_vips_probe and the render functions need it to have succeeded.
int safersite_vips_start(int threads);

/// Why libvips.so.42 could not be opened (dlopen's message: not installed), or NULL when it was.
/// Opens it if that was not tried yet. SAFERSITE_LIBVIPS, when set, names another file to open
/// instead: only the tests set it, to show what a computer without libvips42 does.
const char *safersite_vips_load_failure(void);

/// The image file's header alone, without decoding its pixels: the loader libvips would use
/// ("VipsForeignLoadJpegBuffer"...; copied into `loader`, at most `loader_size` bytes with its NUL), its width
/// and height as shown (after its EXIF orientation), and whether it has an alpha channel. 0 on success.
int safersite_vips_probe(const void *data, size_t length, char *loader, size_t loader_size,
                         int *width, int *height, int *has_alpha);

/// The formats an image is written in.
enum safersite_vips_format { SAFERSITE_VIPS_JPEG = 0, SAFERSITE_VIPS_PNG = 1, SAFERSITE_VIPS_WEBP = 2 };

/// Decodes once, turns upright by its EXIF orientation, turns into sRGB, and makes each of
/// `widths` (ascending; never enlarged) in each of `formats` (enum safersite_vips_format), every
/// metadata block left out. Results are in format-major order: index = format * width_count + width;
/// each buffer in `outs` is freed with safersite_vips_free. 0 on success; on failure none is kept.
int safersite_vips_render_widths(const void *data, size_t length, const int *widths, int width_count,
                                 const int *formats, int format_count, int quality,
                                 void **outs, size_t *out_lengths, int *out_widths, int *out_heights);

/// Decodes, turns upright by its EXIF orientation, shrinks (never enlarges) to fit `width` x `height`
/// (or fills it, cropped from the centre, when `crop` is set), turns into sRGB, and encodes with
/// every metadata block left out. The encoded bytes are in `*out` (free with safersite_vips_free) and the
/// result's size in `out_width`/`out_height`. 0 on success.
int safersite_vips_render(const void *data, size_t length, int width, int height, int crop,
                          int format, int quality, void **out, size_t *out_length,
                          int *out_width, int *out_height);

/// libvips' message for the last failure (the caller frees it with safersite_vips_free), and the buffer cleared.
char *safersite_vips_take_error(void);

/// SHA-256 of bytes, as 64 lower-case hex digits and a NUL written into `hex` (65 bytes), by GLib's
/// GChecksum (GLib comes with libvips). 0 on success, -1 when libvips could not be opened.
int safersite_sha256_hex(const void *data, size_t length, char *hex);

/// Frees memory libvips or GLib allocated.
void safersite_vips_free(void *pointer);

/// libvips' version, "8.14.1" ("" when it could not be opened).
const char *safersite_vips_version(void);

#endif
