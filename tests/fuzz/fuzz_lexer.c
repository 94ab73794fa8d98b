/*
 * fuzz_lexer.c - the lexer alone, on any bytes (see fuzz_source for how
 * an over-read shows).
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
	struct diag_sink diags;
	struct source src;
	struct arena arena;
	struct lexer lx;
	struct token t;

	if (!null)
		null = fopen("/dev/null", "w");
	if (fuzz_source(&src, data, size))
		return 0;
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
