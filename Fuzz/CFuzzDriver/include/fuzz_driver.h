#ifndef SAFERSITE_FUZZ_DRIVER_H
#define SAFERSITE_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer's driver over `test`. SwiftPM links an executable target with its `main` renamed
/// to `<Target>_main`, so each fuzz target defines that symbol and calls this, instead of relying on
/// libFuzzer's own `main`.
int safersite_fuzz_main(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
