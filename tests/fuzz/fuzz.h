/*
 * fuzz.h - the entry point every fuzz target defines (libFuzzer's), so
 * that replay.c can drive a target without libFuzzer.
 */
#ifndef ROLEC_FUZZ_H
#define ROLEC_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
