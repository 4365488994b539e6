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
    /// Memory freed is given back to the system after 1 ms rather than mimalloc's default 500 ms.
    /// Measured on the 10,000-page corpus, three interleaved runs each (wall time, peak): 50 ms
    /// 1.97-2.03 s, 315-317 MB; 5 ms 2.01-2.05 s, 300-311 MB; 1 ms 2.03-2.08 s, 290-291 MB; at
    /// once (0) 2.05-2.26 s, 281 MB, where memory given back is soon asked for again and the
    /// system's work on both (`madvise`, page faults) shows. 1 ms keeps a build under the 300 MB
    /// it may take for about 2% of its time.
    static func configure() {
        mi_option_set(mi_option_decommit_delay, 1)
    }
}
