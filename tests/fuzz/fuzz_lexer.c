/*
 * fuzz_lexer.c - the lexer alone, on any bytes.
 *
 * The input is copied into a buffer of exactly its size; the source then
 * makes its own copy with the one sentinel byte the lexer may read, so
 * any read past that shows under AddressSanitizer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "lexer.h"
#include "mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	uint8_t *copy = malloc(size ? size : 1);
	struct diag_sink diags;
	struct source src;
	struct arena arena;
	struct lexer lx;
	struct token t;

	if (!null)
		null = fopen("/dev/null", "w");
	if (!copy || size > SOURCE_MAX_SIZE)
		return free(copy), 0;
	memcpy(copy, data, size);
	source_init_mem(&src, "fuzz.role", copy, size);
	free(copy);
	diag_sink_init(&diags, null);
	arena_init(&arena);
	lexer_init(&lx, &src, &arena, &diags);
	do
		lexer_next(&lx, &t);
	while (t.type);
	diag_finish(&diags);
	diag_sink_release(&diags);
	arena_release(&arena);
	source_release(&src);
	if (mem_live_blocks())
		abort();
	return 0;
}
