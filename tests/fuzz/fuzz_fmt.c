/*
 * fuzz_fmt.c - the formatter's round trip on any bytes: a file that parses
 * formats to text that parses, formatting it again changes nothing, and a
 * valid file compiles to the same results before and after (compared on
 * the CSV reports, which carry every figure but no line numbers).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "emit.h"
#include "fmt.h"
#include "fuzz.h"
#include "mem.h"

static FILE *fuzz_null;

/* The CSV reports of a compile of text, or an empty buffer on errors. */
static int fuzz_results(const char *text, size_t len, struct buf *out)
{
	struct catalogue cat;
	struct diag_sink diags;
	struct source src;
	int ok;

	diag_sink_init(&diags, fuzz_null);
	catalogue_init(&cat);
	source_init_mem(&src, "fuzz.role", text, len);
	catalogue_compile_source(&cat, &src, &diags);
	source_release(&src);
	ok = diags.errors == 0;
	if (ok) {
		emit_csv(out, &cat, EMIT_CSV_ROLES);
		emit_csv(out, &cat, EMIT_CSV_TASKS);
	}
	catalogue_release(&cat);
	diag_sink_release(&diags);
	return ok;
}

static int fuzz_format(const char *text, size_t len, struct buf *out)
{
	struct diag_sink diags;
	struct source src;
	int rc;

	diag_sink_init(&diags, fuzz_null);
	source_init_mem(&src, "fuzz.role", text, len);
	rc = fmt_source(&src, &diags, out);
	source_release(&src);
	diag_sink_release(&diags);
	return rc;
}

static void fuzz_check(const uint8_t *data, size_t size)
{
	struct buf once = BUF_INIT, twice = BUF_INIT;
	struct buf before = BUF_INIT, after = BUF_INIT;

	if (fuzz_format((const char *)data, size, &once) != 0)
		goto done;
	if (fuzz_format(once.data ? once.data : "", once.len, &twice) != 0
	    || once.len != twice.len
	    || (once.len && memcmp(once.data, twice.data, once.len)))
		abort();	/* not idempotent, or formatted text broken */
	if (fuzz_results((const char *)data, size, &before)
	    && (!fuzz_results(once.data ? once.data : "", once.len, &after)
		|| before.len != after.len
		|| memcmp(before.data, after.data, before.len)))
		abort();	/* formatting changed the meaning */
done:
	buf_release(&once);
	buf_release(&twice);
	buf_release(&before);
	buf_release(&after);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!fuzz_null)
		fuzz_null = fopen("/dev/null", "w");
	if (size <= SOURCE_MAX_SIZE)
		fuzz_check(data, size);
	if (mem_live_blocks())
		abort();
	return 0;
}
