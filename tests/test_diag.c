/*
 * test_diag.c - diagnostics as they are printed: the text form with its
 * gutter and caret, the -W options, the error limit, and the JSON, SARIF
 * and GitHub forms.
 */
#include "testutil.h"

struct dx {
	struct tu t;
	struct source src;
};

static void dx_init_path(struct dx *x, const char *path, const char *text)
{
	tu_init(&x->t);
	source_init_mem(&x->src, path, text, strlen(text));
}

static void dx_init(struct dx *x, const char *text)
{
	dx_init_path(x, TU_PATH, text);
}

static void dx_release(struct dx *x)
{
	source_release(&x->src);
	tu_release(&x->t);
}

/* Byte offset of the first needle in the source. */
static uint32_t at(const struct dx *x, const char *needle)
{
	const char *p = strstr((const char *)x->src.text, needle);

	assert_non_null(p);
	return (uint32_t)(p - (const char *)x->src.text);
}

/* An error on the first needle, whole. */
static struct diag *error_on(struct dx *x, enum diag_id id,
			     const char *needle, const char *msg)
{
	uint32_t a = at(x, needle);

	return diag_at(&x->t.diags, id, &x->src, a,
		       a + (uint32_t)strlen(needle), "%s", msg);
}

/* Everything printed by the end of the run, machine formats included. */
static const char *finish(struct dx *x)
{
	diag_finish(&x->t.diags);
	return tu_output(&x->t);
}

#define LEVEL_TEXT "role \"x\" {\n    level senoir\n}\n"

static void test_text_form(void **state)
{
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, LEVEL_TEXT);
	d = error_on(&x, DIAG_UNKNOWN_NAME, "senoir",
		     "unknown level 'senoir'");
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "did you mean '%s'?",
		  "senior");
	diag_note(d, DIAG_LEVEL_NOTE, &x.src, 0, 4, "the role starts here");
	assert_int_equal(x.t.diags.errors, 1);
	assert_string_equal(finish(&x),
			    "t.role:2:11: error: unknown level 'senoir' "
			    "[E303]\n"
			    "    2 |     level senoir\n"
			    "      |           ^~~~~~\n"
			    "t.role:2:11: help: did you mean 'senior'?\n"
			    "t.role:1:1: note: the role starts here\n"
			    "1 error generated\n");
	dx_release(&x);
}

/* The record keeps the place resolved: line, column, end, caret cells. */
static void test_resolved_place(void **state)
{
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, LEVEL_TEXT);
	d = error_on(&x, DIAG_UNKNOWN_NAME, "senoir", "m");
	assert_string_equal(d->loc.path, "t.role");
	assert_int_equal(d->loc.line, 2);
	assert_int_equal(d->loc.col, 11);
	assert_int_equal(d->loc.end_line, 2);
	assert_int_equal(d->loc.end_col, 17);
	assert_string_equal(d->loc.text, "    level senoir");
	assert_int_equal(d->loc.cell, 10);
	assert_int_equal(d->loc.cells, 6);
	dx_release(&x);
}

/* Column in code points (the tab is one, "é" is one); the caret in
 * screen cells (the tab reaches cell 8). */
static void test_tab_and_utf8(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "role \"x\" {\n\tname \xc3\xa9 bar\n}\n");
	error_on(&x, DIAG_STRAY_CHAR, "bar", "here");
	assert_string_equal(finish(&x),
			    "t.role:2:9: error: here [E104]\n"
			    "    2 |         name \xc3\xa9 bar\n"
			    "      |                ^~~\n"
			    "1 error generated\n");
	dx_release(&x);
}

/* A wide character takes two cells, under the caret and before it. */
static void test_wide_characters(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "\t\xe4\xb8\xad\xe6\x96\x87 x\n");
	error_on(&x, DIAG_STRAY_CHAR, "\xe4\xb8\xad\xe6\x96\x87", "wide");
	error_on(&x, DIAG_STRAY_CHAR, "x", "after");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:2: error: wide [E104]\n"
			    "    1 |         \xe4\xb8\xad\xe6\x96\x87 x\n"
			    "      |         ^~~~\n"
			    "t.role:1:5: error: after [E104]\n"
			    "    1 |         \xe4\xb8\xad\xe6\x96\x87 x\n"
			    "      |              ^\n");
	dx_release(&x);
}

/* A tab in the middle of a line goes to the next stop of 8. */
static void test_tab_stops(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "ab\tcd\te\n");
	error_on(&x, DIAG_STRAY_CHAR, "e", "e");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:7: error: e [E104]\n"
			    "    1 | ab      cd      e\n"
			    "      |                 ^\n");
	dx_release(&x);
}

/* An empty range is one caret; a range over the line end stops at it. */
static void test_ranges(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "abc\ndef\n");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 1, 1, "empty");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 3, 3, "at the line end");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 2, 6, "two lines");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 8, 8, "end of file");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:2: error: empty [E201]\n"
			    "    1 | abc\n"
			    "      |  ^\n"
			    "t.role:1:3: error: two lines [E201]\n"
			    "    1 | abc\n"
			    "      |   ^\n"
			    "t.role:1:4: error: at the line end [E201]\n"
			    "    1 | abc\n"
			    "      |    ^\n"
			    "t.role:3:1: error: end of file [E201]\n"
			    "    3 | \n"
			    "      | ^\n");
	dx_release(&x);
}

/* Control characters and bidirectional controls are not echoed. */
static void test_echo_replaced(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\x1b[31m \xe2\x80\xae z\n");
	error_on(&x, DIAG_STRAY_CHAR, "z", "z");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:10: error: z [E104]\n"
			    "    1 | a\xef\xbf\xbd[31m \xef\xbf\xbd z\n"
			    "      |          ^\n");
	dx_release(&x);
}

static void test_line_numbers_wide(void **state)
{
	struct buf b = BUF_INIT;
	struct dx x;

	(void)state;
	tu_init(&x.t);
	buf_pad(&b, '\n', 123455);
	buf_adds(&b, "x\n");
	source_init_mem(&x.src, TU_PATH, b.data, b.len);
	buf_release(&b);
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 123455, 123456, "far");
	assert_string_equal(tu_output(&x.t),
			    "t.role:123456:1: error: far [E201]\n"
			    "123456 | x\n"
			    "       | ^\n");
	dx_release(&x);
}

/* Printed in the order of the text; at one place, in creation order. */
static void test_sorted(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\nb\nc\n");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 4, 5, "third");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "first");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 2, 3, "second");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "first again");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: first [E201]\n"
			    "t.role:1:1: error: first again [E201]\n"
			    "t.role:2:1: error: second [E201]\n"
			    "t.role:3:1: error: third [E201]\n");
	dx_release(&x);
}

static void test_file_diagnostics(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "");
	diag_file(&x.t.diags, DIAG_IO, "gone.role", "cannot read file: %s",
		  "No such file or directory");
	diag_file(&x.t.diags, DIAG_LIMIT, NULL, "too much");
	/* Sorted by path first: none before any. */
	assert_string_equal(finish(&x),
			    "rolec: error: too much [E901]\n"
			    "gone.role: error: cannot read file: No such file "
			    "or directory [E902]\n"
			    "2 errors generated\n");
	dx_release(&x);
}

/* A place captured before the source is released still prints. */
static void test_captured_place(void **state)
{
	struct diag_loc loc;
	struct arena a;
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, LEVEL_TEXT);
	arena_init(&a);
	diag_capture(&loc, &a, &x.src, at(&x, "senoir"), at(&x, "senoir") + 6,
		     NULL);
	source_release(&x.src);
	source_init_mem(&x.src, "other", "", 0);
	d = diag_at_loc(&x.t.diags, DIAG_EXPECT, &loc, "captured %d", 1);
	diag_note_loc(d, DIAG_LEVEL_NOTE, &loc, "again");
	assert_string_equal(tu_output(&x.t),
			    "t.role:2:11: error: captured 1 [E311]\n"
			    "    2 |     level senoir\n"
			    "      |           ^~~~~~\n"
			    "t.role:2:11: note: again\n");
	arena_release(&a);
	dx_release(&x);
}

static void test_counts(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	assert_string_equal(finish(&x), "");
	dx_release(&x);

	dx_init(&x, "a\n");
	diag_at(&x.t.diags, DIAG_TAG_SCORE, &x.src, 0, 1, "w");
	diag_at(&x.t.diags, DIAG_EMPTY, &x.src, 0, 1, "w");
	tu_assert_contains(finish(&x), "[-Wempty]\n"
			   "    1 | a\n      | ^\n2 warnings generated\n");
	dx_release(&x);

	dx_init(&x, "a\n");
	diag_at(&x.t.diags, DIAG_TAG_SCORE, &x.src, 0, 1, "w");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "e");
	tu_assert_contains(finish(&x), "\n1 error, 1 warning generated\n");
	assert_int_equal(x.t.diags.errors, 1);
	assert_int_equal(x.t.diags.warnings, 1);
	dx_release(&x);
}

static void test_table(void **state)
{
	(void)state;
	assert_string_equal(diag_code(DIAG_INVALID_UTF8), "E101");
	assert_string_equal(diag_code(DIAG_TAG_SCORE), "W102");
	assert_string_equal(diag_wname(DIAG_TAG_SCORE), "tag-score");
	assert_string_equal(diag_wname(DIAG_CLAMPED), "clamped");
	assert_null(diag_wname(DIAG_SYNTAX));
	assert_true(diag_is_warning(DIAG_EMPTY));
	assert_false(diag_is_warning(DIAG_TASK_TOTAL));
	assert_string_equal(diag_summary(DIAG_TASK_TOTAL),
			    "task times do not add up to 100%");
}

/* A warning at 1:1 of "a", as printed under the current options: the
 * head lines it adds to the output. */
static const char *one_warning(struct dx *x, enum diag_id id)
{
	size_t mark = strlen(tu_output(&x->t));
	struct diag *d = diag_at(&x->t.diags, id, &x->src, 0, 1, "odd");

	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "fix it");
	return tu_heads_from(&x->t, mark);
}

static void test_option_disable(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "no-tag-score"),
			 1);
	assert_string_equal(one_warning(&x, DIAG_TAG_SCORE), "");
	assert_int_equal(x.t.diags.warnings, 0);
	/* Other warnings stay on. */
	assert_string_equal(one_warning(&x, DIAG_EMPTY),
			    "t.role:1:1: warning: odd [-Wempty]\n"
			    "t.role:1:1: help: fix it\n");
	/* And -Wtag-score turns it back on. */
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "tag-score"), 1);
	assert_string_equal(one_warning(&x, DIAG_TAG_SCORE),
			    "t.role:1:1: warning: odd [-Wtag-score]\n"
			    "t.role:1:1: help: fix it\n");
	dx_release(&x);
}

static void test_option_werror(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "error"), 1);
	assert_string_equal(one_warning(&x, DIAG_TAG_SCORE),
			    "t.role:1:1: error: odd [-Werror=tag-score]\n"
			    "t.role:1:1: help: fix it\n");
	assert_int_equal(x.t.diags.errors, 1);
	assert_int_equal(x.t.diags.warnings, 0);

	/* -Wno-error=NAME keeps that one a warning. */
	assert_int_equal(diag_config_option(&x.t.diags.cfg,
					    "no-error=tag-score"), 1);
	assert_string_equal(one_warning(&x, DIAG_TAG_SCORE),
			    "t.role:1:1: warning: odd [-Wtag-score]\n"
			    "t.role:1:1: help: fix it\n");
	assert_string_equal(one_warning(&x, DIAG_EMPTY),
			    "t.role:1:1: error: odd [-Werror=empty]\n"
			    "t.role:1:1: help: fix it\n");
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "no-error"), 1);
	assert_string_equal(one_warning(&x, DIAG_EMPTY),
			    "t.role:1:1: warning: odd [-Wempty]\n"
			    "t.role:1:1: help: fix it\n");
	dx_release(&x);
}

static void test_option_werror_name(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "no-clamped"), 1);
	assert_int_equal(diag_config_option(&x.t.diags.cfg, "error=clamped"),
			 1);
	/* -Werror=NAME also enables NAME. */
	assert_string_equal(one_warning(&x, DIAG_CLAMPED),
			    "t.role:1:1: error: odd [-Werror=clamped]\n"
			    "t.role:1:1: help: fix it\n");
	assert_string_equal(one_warning(&x, DIAG_EMPTY),
			    "t.role:1:1: warning: odd [-Wempty]\n"
			    "t.role:1:1: help: fix it\n");
	dx_release(&x);
}

static void test_option_unknown(void **state)
{
	struct diag_config cfg, before;

	(void)state;
	diag_config_init(&cfg);
	before = cfg;
	assert_int_equal(diag_config_option(&cfg, "no-such-warning"), 0);
	assert_int_equal(diag_config_option(&cfg, "no-no-such"), 0);
	assert_int_equal(diag_config_option(&cfg, "error=no-such"), 0);
	assert_int_equal(diag_config_option(&cfg, "no-error=no-such"), 0);
	assert_int_equal(diag_config_option(&cfg, ""), 0);
	assert_int_equal(diag_config_option(&cfg, "E303"), 0);
	assert_memory_equal(&cfg, &before, sizeof(cfg));
	assert_int_equal(diag_config_option(&cfg, "all"), 1);
	assert_int_equal(diag_config_option(&cfg, "extra"), 1);
}

/* -w silences every warning; errors still print. */
static void test_option_w(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	x.t.diags.cfg.none = 1;
	assert_null(diag_at(&x.t.diags, DIAG_TAG_SCORE, &x.src, 0, 1, "w"));
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "e");
	assert_string_equal(tu_heads(&x.t), "t.role:1:1: error: e [E201]\n");
	dx_release(&x);
}

static void test_max_errors(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\nb\nc\nd\n");
	x.t.diags.cfg.max_errors = 2;
	diag_at(&x.t.diags, DIAG_EMPTY, &x.src, 0, 1, "warning before");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 2, 3, "one");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 4, 5, "two");
	diag_at(&x.t.diags, DIAG_EMPTY, &x.src, 4, 5, "warning after");
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 6, 7, "three");
	diag_flush(&x.t.diags);
	/* The limit holds across flushes (files). */
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "four");
	diag_finish(&x.t.diags);
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: warning: warning before [-Wempty]\n"
			    "t.role:2:1: error: one [E201]\n"
			    "t.role:3:1: error: two [E201]\n"
			    "4 errors, 2 warnings generated\n");
	dx_release(&x);
}

static void test_color(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	x.t.diags.cfg.color = 1;
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 0, 1, "e");
	assert_string_equal(tu_output(&x.t),
			    "\033[1mt.role:1:1: \033[0m\033[1;31merror\033[0m"
			    ": \033[1me\033[0m [E201]\n"
			    "    1 | a\n"
			    "      | \033[1;32m^\033[0m\n");
	dx_release(&x);
}

static void test_json_format(void **state)
{
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, LEVEL_TEXT);
	x.t.diags.cfg.format = DIAG_JSON;
	d = error_on(&x, DIAG_UNKNOWN_NAME, "senoir",
		     "unknown level 'senoir'");
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "did you mean 'senior'?");
	diag_note(d, DIAG_LEVEL_NOTE, &x.src, 0, 4, "role \"here\"");
	diag_at(&x.t.diags, DIAG_TAG_SCORE, &x.src, 0, 0, "w");
	assert_string_equal(finish(&x),
			    "{\"diagnostics\": [\n"
			    "    {\"level\": \"warning\", \"code\": \"W102\", "
			    "\"option\": \"-Wtag-score\", \"message\": \"w\", "
			    "\"path\": \"t.role\", \"line\": 1, \"column\": 1, "
			    "\"end_line\": 1, \"end_column\": 1, "
			    "\"source_line\": \"role \\\"x\\\" {\", "
			    "\"notes\": []},\n"
			    "    {\"level\": \"error\", \"code\": \"E303\", "
			    "\"option\": null, \"message\": \"unknown level "
			    "'senoir'\", \"path\": \"t.role\", \"line\": 2, "
			    "\"column\": 11, \"end_line\": 2, "
			    "\"end_column\": 17, \"source_line\": \"    level "
			    "senoir\", \"notes\": [{\"level\": \"help\", "
			    "\"message\": \"did you mean 'senior'?\"}, "
			    "{\"level\": \"note\", \"message\": \"role "
			    "\\\"here\\\"\", \"path\": \"t.role\", "
			    "\"line\": 1, "
			    "\"column\": 1, \"end_line\": 1, "
			    "\"end_column\": 5}]}\n"
			    "], \"errors\": 1, \"warnings\": 1}\n");
	dx_release(&x);
}

static void test_json_format_empty(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "");
	x.t.diags.cfg.format = DIAG_JSON;
	assert_string_equal(finish(&x), "{\"diagnostics\": [], \"errors\": 0, "
			    "\"warnings\": 0}\n");
	dx_release(&x);
}

/* Columns in code points in every format: the tab and "é" count one. */
static void test_json_columns(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "\t\xc3\xa9 bar\n");
	x.t.diags.cfg.format = DIAG_JSON;
	error_on(&x, DIAG_STRAY_CHAR, "bar", "m");
	tu_assert_contains(finish(&x), "\"line\": 1, \"column\": 4, "
			   "\"end_line\": 1, \"end_column\": 7, "
			   "\"source_line\": \"        \xc3\xa9 bar\"");
	dx_release(&x);
}

/* The ruleIndex of a result names its rule in the driver's rules. */
static void check_sarif_rule(const char *out, enum diag_id id)
{
	const char *p = strstr(out, "\"rules\": [");
	char want[64];
	int i;

	assert_non_null(p);
	for (i = 0; i <= (int)id; i++) {
		p = strstr(p + 1, "{\"id\": ");
		assert_non_null(p);
	}
	snprintf(want, sizeof(want), "{\"id\": \"%s\", ", diag_code(id));
	assert_memory_equal(p, want, strlen(want));
	snprintf(want, sizeof(want),
		 "{\"ruleId\": \"%s\", \"ruleIndex\": %d,", diag_code(id),
		 (int)id);
	tu_assert_contains(out, want);
}

static void test_sarif_format(void **state)
{
	const char *out;
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, "\t\xc3\xa9 senoir\n");
	x.t.diags.cfg.format = DIAG_SARIF;
	d = error_on(&x, DIAG_UNKNOWN_NAME, "senoir", "unknown 'senoir'");
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "did you mean 'senior'?");
	diag_note(d, DIAG_LEVEL_NOTE, &x.src, 0, 1, "a tab");
	diag_at(&x.t.diags, DIAG_EMPTY, &x.src, 0, 0, "none");
	out = finish(&x);
	tu_assert_contains(out, "{\n  \"$schema\": \"https://json."
			   "schemastore.org/sarif-2.1.0.json\",\n"
			   "  \"version\": \"2.1.0\",\n");
	assert_int_equal(out[0], '{');
	tu_assert_contains(out, "\"name\": \"rolec\"");
	tu_assert_contains(out, "{\"id\": \"E303\", \"name\": \"E303\", "
			   "\"shortDescription\": {\"text\": \"name not among "
			   "the valid ones\"}, \"defaultConfiguration\": "
			   "{\"level\": \"error\"}}");
	tu_assert_contains(out, "{\"id\": \"W101\", \"name\": \"empty\", ");
	tu_assert_contains(out, "\"columnKind\": \"unicodeCodePoints\"");
	check_sarif_rule(out, DIAG_UNKNOWN_NAME);
	check_sarif_rule(out, DIAG_EMPTY);
	tu_assert_contains(out, "\"level\": \"error\", \"message\": {\"text\": "
			   "\"unknown 'senoir'\\nhelp: did you mean "
			   "'senior'?\"}, \"locations\": [{\"physicalLocation"
			   "\": {\"artifactLocation\": {\"uri\": \"t.role\"}, "
			   "\"region\": {\"startLine\": 1, \"startColumn\": 4, "
			   "\"endLine\": 1, \"endColumn\": 10}}}], "
			   "\"relatedLocations\": [{\"physicalLocation\": "
			   "{\"artifactLocation\": {\"uri\": \"t.role\"}, "
			   "\"region\": {\"startLine\": 1, \"startColumn\": 1, "
			   "\"endLine\": 1, \"endColumn\": 2}}, \"id\": 0, "
			   "\"message\": {\"text\": \"a tab\"}}], "
			   "\"partialFingerprints\": {\"rolec/v1\": \"");
	/* An empty range still spans one column. */
	tu_assert_contains(out, "\"level\": \"warning\", \"message\": "
			   "{\"text\": \"none\"}");
	tu_assert_contains(out, "\"region\": {\"startLine\": 1, "
			   "\"startColumn\": 1, \"endLine\": 1, "
			   "\"endColumn\": 2}}}], \"partialFingerprints\"");
	assert_int_equal(tu_count(out, "\"ruleId\""), 2);
	assert_string_equal(out + strlen(out) - 14, "\n    ]\n  }]\n}\n");
	dx_release(&x);
}

/* One line a diagnostic, notes folded in; endColumn is inclusive. */
static void test_github_format(void **state)
{
	struct dx x;
	struct diag *d;

	(void)state;
	dx_init(&x, LEVEL_TEXT);
	x.t.diags.cfg.format = DIAG_GITHUB;
	d = error_on(&x, DIAG_UNKNOWN_NAME, "senoir",
		     "unknown level 'senoir'");
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "did you mean 'senior'?");
	diag_note(d, DIAG_LEVEL_NOTE, &x.src, 0, 4, "first, here");
	diag_at(&x.t.diags, DIAG_TAG_SCORE, &x.src, 0, 0, "w");
	assert_string_equal(finish(&x),
			    "::warning file=t.role,line=1,col=1,endColumn=1,"
			    "title=W102::w\n"
			    "::error file=t.role,line=2,col=11,endColumn=16,"
			    "title=E303::unknown level 'senoir'%0Ahelp: did "
			    "you mean 'senior'?%0Anote: first, here "
			    "(t.role:1:1)\n");
	dx_release(&x);
}

/* Data escapes %, CR and LF; properties also ':' and ','. */
static void test_github_escaping(void **state)
{
	struct dx x;

	(void)state;
	dx_init_path(&x, "dir:a,b%.role", "abc\n");
	x.t.diags.cfg.format = DIAG_GITHUB;
	diag_at(&x.t.diags, DIAG_SYNTAX, &x.src, 1, 2,
		"100%% sure: a, b\nnext\rline");
	diag_file(&x.t.diags, DIAG_IO, NULL, "no file");
	assert_string_equal(finish(&x),
			    "::error title=E902::no file\n"
			    "::error file=dir%3Aa%2Cb%25.role,line=1,col=2,"
			    "endColumn=2,title=E201::100%25 sure: a, b%0Anext"
			    "%0Dline\n");
	dx_release(&x);
}

/* More of what is not echoed as it is: DEL, a C1 control, the isolate
 * controls U+2066 and U+2069 and a bad byte become U+FFFD, one cell
 * each; U+00A0, U+206A and an emoji (two cells) stay. */
static void test_echo_replaced_more(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "\x7f \xc2\x85 \xc2\xa0 \xe2\x81\xa6 \xe2\x81\xa9 "
		"\xe2\x81\xaa \xf0\x9f\x98\x80 \xff z\n");
	error_on(&x, DIAG_STRAY_CHAR, "z", "z");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:17: error: z [E104]\n"
			    "    1 | \xef\xbf\xbd \xef\xbf\xbd \xc2\xa0 "
			    "\xef\xbf\xbd \xef\xbf\xbd \xe2\x81\xaa "
			    "\xf0\x9f\x98\x80 \xef\xbf\xbd z\n"
			    "      |                  ^\n");
	dx_release(&x);
}

/* A warning that is not shown takes its notes with it: under -w, or
 * disabled by name, an unknown -W option prints no "did you mean" and
 * is not counted. */
static void test_silenced_notes(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	x.t.diags.cfg.none = 1;
	diag_unknown_option(&x.t.diags, "tag-scor");
	assert_int_equal(diag_config_option(&x.t.diags.cfg,
					    "no-unknown-warning-option"), 1);
	x.t.diags.cfg.none = 0;
	diag_unknown_option(&x.t.diags, "no-tag-scor");
	assert_string_equal(finish(&x), "");
	assert_int_equal(x.t.diags.warnings, 0);
	dx_release(&x);
}

/* A note of a file diagnostic names its place; one about the run has
 * none; the suggestion keeps the "no-" of a misspelt -Wno-. */
static void test_unknown_option_text(void **state)
{
	struct dx x;

	(void)state;
	dx_init(&x, "a\n");
	diag_unknown_option(&x.t.diags, "no-tag-scor");
	diag_unknown_option(&x.t.diags, "zzzzzzzzzz");
	assert_string_equal(finish(&x),
			    "rolec: warning: unknown warning option "
			    "'-Wno-tag-scor' [-Wunknown-warning-option]\n"
			    "rolec: help: did you mean '-Wno-tag-score'?\n"
			    "rolec: warning: unknown warning option "
			    "'-Wzzzzzzzzzz' [-Wunknown-warning-option]\n"
			    "2 warnings generated\n");
	dx_release(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_form),
		cmocka_unit_test(test_resolved_place),
		cmocka_unit_test(test_tab_and_utf8),
		cmocka_unit_test(test_wide_characters),
		cmocka_unit_test(test_tab_stops),
		cmocka_unit_test(test_ranges),
		cmocka_unit_test(test_echo_replaced),
		cmocka_unit_test(test_echo_replaced_more),
		cmocka_unit_test(test_silenced_notes),
		cmocka_unit_test(test_unknown_option_text),
		cmocka_unit_test(test_line_numbers_wide),
		cmocka_unit_test(test_sorted),
		cmocka_unit_test(test_file_diagnostics),
		cmocka_unit_test(test_captured_place),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_option_disable),
		cmocka_unit_test(test_option_werror),
		cmocka_unit_test(test_option_werror_name),
		cmocka_unit_test(test_option_unknown),
		cmocka_unit_test(test_option_w),
		cmocka_unit_test(test_max_errors),
		cmocka_unit_test(test_color),
		cmocka_unit_test(test_json_format),
		cmocka_unit_test(test_json_format_empty),
		cmocka_unit_test(test_json_columns),
		cmocka_unit_test(test_sarif_format),
		cmocka_unit_test(test_github_format),
		cmocka_unit_test(test_github_escaping),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
