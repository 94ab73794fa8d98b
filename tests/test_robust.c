/*
 * test_robust.c - hostile and damaged input: the reference role cut at
 * every byte, with every byte replaced by NUL, 0xFF or a quote, and with
 * every token deleted in turn; and lists far longer than any real role.
 *
 * Each variant is compiled in memory and, when it is valid, emitted in
 * every format; diagnostics go through every diagnostic format.  What is
 * asserted: the run ends, a damaged file is reported (or still valid),
 * and nothing stays allocated.  The AddressSanitizer build of this test
 * turns any over-read or use after free into a failure.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "catalogue.h"
#include "emit.h"
#include "lexer.h"
#include "mem.h"

#define ROBUST_REFERENCE "examples/recommendation-systems-engineer.role"

static FILE *robust_null;

/* Compile len bytes of text; returns the number of errors. */
static unsigned long robust_compile(const void *text, size_t len,
				    enum diag_format format)
{
	struct catalogue cat;
	struct diag_sink diags;
	struct source src;
	struct buf out = BUF_INIT;
	size_t live = mem_live_blocks();
	unsigned long errors;

	diag_sink_init(&diags, robust_null);
	diags.cfg.format = format;
	catalogue_init(&cat);
	source_init_mem(&src, "t.role", text, len);
	catalogue_compile_source(&cat, &src, &diags);
	source_release(&src);
	errors = diags.errors;
	if (!errors) {
		emit_text(&out, &cat);
		emit_json(&out, &cat);
		emit_csv(&out, &cat, EMIT_CSV_ROLES);
		emit_csv(&out, &cat, EMIT_CSV_TASKS);
	}
	diag_finish(&diags);
	buf_release(&out);
	catalogue_release(&cat);
	diag_sink_release(&diags);
	assert_int_equal(mem_live_blocks(), live);
	return errors;
}

static struct source robust_ref;

static int robust_setup(void **state)
{
	(void)state;
	robust_null = fopen("/dev/null", "w");
	return robust_null == NULL
	    || source_load(&robust_ref, ROBUST_REFERENCE) != SOURCE_OK;
}

static int robust_teardown(void **state)
{
	(void)state;
	source_release(&robust_ref);
	fclose(robust_null);
	return 0;
}

static void test_reference_is_valid(void **state)
{
	(void)state;
	assert_int_equal(robust_compile(robust_ref.text, robust_ref.len,
					 DIAG_TEXT), 0);
}

/* Every prefix: each one is a complete run.  A prefix that ends before
 * the role's closing brace has errors; before the 'role' keyword there is
 * only a comment, and the whole file (or less its final newline) is
 * valid. */
static void test_cut_at_every_byte(void **state)
{
	const char *text = (const char *)robust_ref.text;
	uint32_t role = (uint32_t)(strstr(text, "\nrole ") - text) + 1;
	uint32_t close = (uint32_t)(strrchr(text, '}') - text) + 1;
	uint32_t n;

	(void)state;
	for (n = 0; n <= robust_ref.len; n++) {
		unsigned long errors;

		errors = robust_compile(robust_ref.text, n,
					(enum diag_format)(n % 4));
		if (n <= role)
			assert_int_equal(errors, 0);
		else
			assert_int_equal(errors > 0, n < close);
	}
}

static void robust_replace_each(unsigned char with)
{
	unsigned char *copy = mem_must_alloc(robust_ref.len);
	uint32_t i;

	for (i = 0; i < robust_ref.len; i++) {
		memcpy(copy, robust_ref.text, robust_ref.len);
		copy[i] = with;
		robust_compile(copy, robust_ref.len, (enum diag_format)(i % 4));
	}
	mem_free(copy);
}

static void test_replace_by_nul(void **state)
{
	(void)state;
	robust_replace_each(0);
}

static void test_replace_by_ff(void **state)
{
	(void)state;
	robust_replace_each(0xff);
}

static void test_replace_by_quote(void **state)
{
	(void)state;
	robust_replace_each('"');
}

/* Token spans of the reference, from the lexer itself. */
static size_t robust_tokens(uint32_t *start, uint32_t *end, size_t max)
{
	struct diag_sink diags;
	struct arena arena;
	struct lexer lx;
	struct token t;
	size_t n = 0;

	diag_sink_init(&diags, robust_null);
	arena_init(&arena);
	lexer_init(&lx, &robust_ref, &arena, &diags);
	for (lexer_next(&lx, &t); t.type && n < max; lexer_next(&lx, &t)) {
		start[n] = t.start;
		end[n++] = t.end;
	}
	arena_release(&arena);
	diag_sink_release(&diags);
	return n;
}

static void test_delete_every_token(void **state)
{
	static uint32_t start[4096], end[4096];
	unsigned char *copy = mem_must_alloc(robust_ref.len);
	size_t n = robust_tokens(start, end, 4096), i;

	(void)state;
	assert_true(n > 100);
	for (i = 0; i < n; i++) {
		size_t head = start[i], tail = robust_ref.len - end[i];

		memcpy(copy, robust_ref.text, head);
		memcpy(copy + head, robust_ref.text + end[i], tail);
		robust_compile(copy, head + tail, (enum diag_format)(i % 4));
	}
	mem_free(copy);
}

/* A role with count copies of item inside; errors expected or not. */
static void robust_long_list(const char *head, const char *item,
			     const char *tail, int count, int valid)
{
	struct buf b = BUF_INIT;
	int i;

	buf_adds(&b, head);
	for (i = 0; i < count; i++)
		buf_addf(&b, item, i, i);
	buf_adds(&b, tail);
	assert_int_equal(robust_compile(b.data, b.len, DIAG_TEXT) == 0,
			 valid);
	buf_release(&b);
}

#define ROBUST_BLOCKS \
	"evidence { postings 0 companies 0 wages 0 tools 0 experts 0 }\n" \
	"barriers { regulatory 0 physical 0 union 0 liability 0 " \
	"cultural 0 }\nprotective { embodied 0 interpersonal 0 " \
	"judgment 0 }\ngrowth 0\n"

static void test_long_lists(void **state)
{
	(void)state;
	/* 1,000 tasks of 0.1% each: the most a role may have. */
	robust_long_list("role \"Many\" {\n", "task 0.1%% 3 aug \"t%d-%d\"\n",
			 ROBUST_BLOCKS "}\n", 1000, 1);
	robust_long_list("role \"Too many\" {\n",
			 "task 0.1%% 3 aug \"t%d-%d\"\n",
			 ROBUST_BLOCKS "}\n", 1001, 0);
	/* 10,000 other titles in one statement. */
	robust_long_list("role \"Aka\" {\ntask 100% 3 aug \"A\"\n"
			 ROBUST_BLOCKS "aka \"first\"",
			 ", \"title %d-%d\"", "\n}\n", 9999, 1);
	/* 10,000 roles in one file. */
	robust_long_list("", "role \"R %d %d\" { task 100%% 3 aug \"A\"\n"
			 ROBUST_BLOCKS "}\n", "", 10000, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference_is_valid),
		cmocka_unit_test(test_cut_at_every_byte),
		cmocka_unit_test(test_replace_by_nul),
		cmocka_unit_test(test_replace_by_ff),
		cmocka_unit_test(test_replace_by_quote),
		cmocka_unit_test(test_delete_every_token),
		cmocka_unit_test(test_long_lists),
	};

	return cmocka_run_group_tests(tests, robust_setup, robust_teardown);
}
