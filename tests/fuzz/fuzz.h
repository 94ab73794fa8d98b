/*
 * fuzz.h - the entry point every fuzz target defines (libFuzzer's), so
 * that replay.c can drive a target without libFuzzer.
 */
#ifndef ROLEC_FUZZ_H
#define ROLEC_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#include "source.h"

/*
 * The input as a source.  libFuzzer (and replay.c) hand over a buffer of
 * exactly size bytes; the source copies it into one of size + 1, the one
 * sentinel byte the lexer may read, so any read past that shows under
 * AddressSanitizer.  Inputs over the file size limit are skipped: rolec
 * never reads them.
 */
static inline int fuzz_source(struct source *src, const uint8_t *data,
			      size_t size)
{
	if (size > SOURCE_MAX_SIZE)
		return -1;
	source_init_mem(src, "fuzz.role", data, size);
	return 0;
}

#endif
