/*
 * test_faults.c - every allocation failure, while compiling the reference
 * role to each report format, ends in a clean stop with nothing leaked.
 *
 * The loop fails allocation N for N = 1, 2, ... until a run completes;
 * a failed run long-jumps out through mem_oom, and mem_release_all must
 * then leave no live block.  A run that completes must also leave none
 * once its owners are released.  Under the AddressSanitizer build the
 * same loop also proves there is no use after free and no overflow on
 * any of these paths.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include <cmocka.h>

#include "catalogue.h"
#include "emit.h"
#include "mem.h"

#define FAULTS_REFERENCE "examples/recommendation-systems-engineer.role"

enum faults_format { F_TEXT, F_JSON, F_CSV, F_TASKS, F_SARIF, F_COUNT };

/* One whole run, as main does it: compile, link, emit, release. */
static void faults_run(enum faults_format fmt, FILE *sink_out)
{
	struct catalogue cat;
	struct diag_sink diags;
	struct buf out = BUF_INIT;

	diag_sink_init(&diags, sink_out);
	if (fmt == F_SARIF)
		diags.cfg.format = DIAG_SARIF;
	catalogue_init(&cat);
	catalogue_add_path(&cat, FAULTS_REFERENCE, &diags);
	catalogue_compile(&cat, &diags);
	if (fmt == F_JSON)
		emit_json(&out, &cat);
	else if (fmt == F_CSV)
		emit_csv(&out, &cat, EMIT_CSV_ROLES);
	else if (fmt == F_TASKS)
		emit_csv(&out, &cat, EMIT_CSV_TASKS);
	else
		emit_text(&out, &cat);
	diag_finish(&diags);
	buf_release(&out);
	catalogue_release(&cat);
	diag_sink_release(&diags);
}

static void faults_loop(enum faults_format fmt)
{
	static jmp_buf oom;
	FILE *sink_out = tmpfile();
	volatile unsigned long n, failures = 0;

	assert_non_null(sink_out);
	mem_on_oom(&oom);
	for (n = 1;; n++) {
		mem_fail_after(n);
		if (setjmp(oom)) {
			mem_release_all();
			assert_int_equal(mem_live_blocks(), 0);
			failures++;
			continue;
		}
		faults_run(fmt, sink_out);
		break;
	}
	mem_fail_after(0);
	mem_on_oom(NULL);
	/* The completed run freed everything it made. */
	assert_int_equal(mem_live_blocks(), 0);
	/* Every allocation before the last run's end was failed once. */
	assert_int_equal(failures, n - 1);
	assert_true(failures > 50);
	print_message("%lu allocation failures survived\n", failures);
	fclose(sink_out);
}

static void test_text(void **state) { (void)state; faults_loop(F_TEXT); }
static void test_json(void **state) { (void)state; faults_loop(F_JSON); }
static void test_csv(void **state) { (void)state; faults_loop(F_CSV); }
static void test_tasks(void **state) { (void)state; faults_loop(F_TASKS); }
static void test_sarif(void **state) { (void)state; faults_loop(F_SARIF); }

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_tasks),
		cmocka_unit_test(test_sarif),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
