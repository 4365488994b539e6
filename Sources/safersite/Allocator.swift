import CMimalloc

/// safersite allocates through mimalloc (Debian's `libmimalloc`) rather than glibc's malloc.
///
/// A build makes millions of small objects on every core; with mimalloc a 10,000-page build ran
/// about 10% faster in the benchmark. Importing the module links the library, and linking it
/// replaces malloc for the whole process: ELF symbols are looked up in load order, and
/// libmimalloc comes before libc. Only the executable links it: the tests link the library
/// target with glibc's malloc, and the fuzz targets keep AddressSanitizer's.
/// `BuildCommandTests` checks that a real build runs on mimalloc.
enum Allocator {
    /// Memory freed is given back to the system after 50 ms rather than mimalloc's default 500 ms
    /// (a cold 10,000-page build peaks at 279 MB against 260 MB with no delay, under the 300 MB it
    /// may take), but not at once: given back at once, it was soon asked for again, and the
    /// system's work on both (`madvise`, page faults) made a 10,000-page build 6% slower.
    static func configure() {
        mi_option_set(mi_option_decommit_delay, 50)
    }
}
