/*
 * fuzz_compile.c - a whole compile of any bytes, to every report format
 * and through every diagnostic format.  A run must end, free all it made,
 * and produce a report only when there is no error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "emit.h"
#include "fuzz.h"
#include "mem.h"

static void fuzz_emit(const struct catalogue *cat)
{
	struct buf out = BUF_INIT;

	emit_text(&out, cat);
	emit_json(&out, cat);
	emit_csv(&out, cat, EMIT_CSV_ROLES);
	emit_csv(&out, cat, EMIT_CSV_TASKS);
	buf_release(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	static unsigned long round;
	struct catalogue cat;
	struct diag_sink diags;
	struct source src;

	if (!null)
		null = fopen("/dev/null", "w");
	if (fuzz_source(&src, data, size))
		return 0;
	diag_sink_init(&diags, null);
	diags.cfg.format = (enum diag_format)(round++ % 4);
	catalogue_init(&cat);
	catalogue_compile_source(&cat, &src, &diags);
	source_release(&src);
	if (!diags.errors)
		fuzz_emit(&cat);
	diag_finish(&diags);
	catalogue_release(&cat);
	diag_sink_release(&diags);
	if (mem_live_blocks())
		abort();
	return 0;
}
