/*
 * test_lexer.c - the token stream of the re2c scanner, token values, and
 * each lexical error with its exact text and place.
 */
#include "testutil.h"

#include "lexer.h"
#include "role.h"

#define LX_MAX 64

struct lx {
	struct tu t;
	struct arena arena;
	struct source src;
	struct token tok[LX_MAX];
	int n;			/* tokens before the end */
};

/* Lex len bytes to the end; tokens land in x->tok. */
static void lx_run_len(struct lx *x, const char *text, size_t len)
{
	struct lexer lexer;
	struct token t;

	tu_init(&x->t);
	arena_init(&x->arena);
	source_init_mem(&x->src, TU_PATH, text, len);
	lexer_init(&lexer, &x->src, &x->arena, &x->t.diags);
	x->n = 0;
	for (;;) {
		lexer_next(&lexer, &t);
		if (t.type == 0)
			break;
		assert_true(x->n < LX_MAX);
		x->tok[x->n++] = t;
	}
	/* The end stays the end. */
	lexer_next(&lexer, &t);
	assert_int_equal(t.type, 0);
}

static void lx_run(struct lx *x, const char *text)
{
	lx_run_len(x, text, strlen(text));
}

static void lx_release(struct lx *x)
{
	source_release(&x->src);
	arena_release(&x->arena);
	tu_release(&x->t);
}

/* The token types, as a string of names, for one readable comparison. */
static void lx_assert_types(struct lx *x, const int *types, int n)
{
	int i;

	assert_int_equal(x->n, n);
	for (i = 0; i < n; i++)
		if (x->tok[i].type != types[i])
			fail_msg("token %d is %d, not %d", i, x->tok[i].type,
				 types[i]);
}

static void lx_assert_str(const struct token *t, int type, const char *s)
{
	assert_int_equal(t->type, type);
	assert_string_equal(t->v.str.s, s);
	assert_int_equal(t->v.str.len, strlen(s));
}

static void lx_assert_num(const struct token *t, int type, int64_t mant,
			  int scale, int sign, int percent)
{
	assert_int_equal(t->type, type);
	assert_int_equal(t->v.num.mant, mant);
	assert_int_equal(t->v.num.scale, scale);
	assert_int_equal(t->v.num.sign, sign);
	assert_int_equal(t->v.num.percent, percent);
	assert_int_equal(t->v.num.bad, 0);
	assert_int_equal(t->v.num.start, t->start);
	assert_int_equal(t->v.num.end, t->end);
}

/* Lex text, expecting no diagnostic and exactly one token. */
static void lx_one(struct lx *x, const char *text)
{
	lx_run(x, text);
	assert_string_equal(tu_output(&x->t), "");
	assert_int_equal(x->n, 1);
}

static void test_keywords_and_names(void **state)
{
	static const int types[] = { TK_TASK, TK_IDENT, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "task tasks ml-ai-engineer-mid");
	assert_string_equal(tu_output(&x.t), "");
	lx_assert_types(&x, types, 3);
	lx_assert_str(&x.tok[0], TK_TASK, "task");
	lx_assert_str(&x.tok[1], TK_IDENT, "tasks");
	lx_assert_str(&x.tok[2], TK_IDENT, "ml-ai-engineer-mid");
	assert_int_equal(x.tok[1].start, 5);
	assert_int_equal(x.tok[1].end, 10);
	assert_int_equal(x.tok[2].start, 11);
	assert_int_equal(x.tok[2].end, 29);
	lx_release(&x);
}

static void test_every_keyword(void **state)
{
	static const int types[] = {
		TK_ROLE, TK_ID, TK_LEVEL, TK_FAMILY, TK_AKA, TK_ASSESSED,
		TK_SUMMARY, TK_NOTE, TK_TASK, TK_BECAUSE, TK_EVIDENCE,
		TK_BARRIERS, TK_PROTECTIVE, TK_GROWTH, TK_OVERRIDE, TK_PEER,
		TK_TRANSITION, TK_EXPECT, TK_IDENT, TK_IDENT, TK_LBRACE,
		TK_RBRACE, TK_COMMA,
	};
	struct lx x;

	(void)state;
	lx_run(&x, "role id level family aka assessed summary note task "
		   "because evidence barriers protective growth override "
		   "peer transition expect roles x9{},");
	assert_string_equal(tu_output(&x.t), "");
	lx_assert_types(&x, types, sizeof(types) / sizeof(types[0]));
	lx_assert_str(&x.tok[17], TK_EXPECT, "expect");
	lx_assert_str(&x.tok[19], TK_IDENT, "x9");
	lx_release(&x);
}

static void test_numbers(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "40 40.8 +1 -1 15% 12.5% 0 0.5 +0 -0 100.0%");
	assert_string_equal(tu_output(&x.t), "");
	assert_int_equal(x.n, 11);
	lx_assert_num(&x.tok[0], TK_NUMBER, 40, 0, 0, 0);
	lx_assert_num(&x.tok[1], TK_NUMBER, 408, 1, 0, 0);
	lx_assert_num(&x.tok[2], TK_NUMBER, 1, 0, 1, 0);
	lx_assert_num(&x.tok[3], TK_NUMBER, 1, 0, -1, 0);
	lx_assert_num(&x.tok[4], TK_PERCENT, 15, 0, 0, 1);
	lx_assert_num(&x.tok[5], TK_PERCENT, 125, 1, 0, 1);
	lx_assert_num(&x.tok[6], TK_NUMBER, 0, 0, 0, 0);
	lx_assert_num(&x.tok[7], TK_NUMBER, 5, 1, 0, 0);
	lx_assert_num(&x.tok[8], TK_NUMBER, 0, 0, 1, 0);
	lx_assert_num(&x.tok[9], TK_NUMBER, 0, 0, -1, 0);
	lx_assert_num(&x.tok[10], TK_PERCENT, 1000, 1, 0, 1);
	assert_int_equal(x.tok[5].start, 18);
	assert_int_equal(x.tok[5].end, 23);
	lx_release(&x);
}

/* 18 digits fit in 63 bits; the value is exact. */
static void test_number_largest(void **state)
{
	struct lx x;

	(void)state;
	lx_one(&x, "999999999999999999");
	lx_assert_num(&x.tok[0], TK_NUMBER, 999999999999999999LL, 0, 0, 0);
	lx_release(&x);
}

static void test_dates(void **state)
{
	static const char *const good[] = {
		"2026-12-02", "2024-02-29", "2000-02-29", "2026-01-31",
		"2026-04-30", "0001-01-01",
	};
	struct lx x;
	size_t i;

	(void)state;
	lx_one(&x, "2026-12-02");
	assert_int_equal(x.tok[0].type, TK_DATE);
	assert_int_equal(x.tok[0].v.date.year, 2026);
	assert_int_equal(x.tok[0].v.date.month, 12);
	assert_int_equal(x.tok[0].v.date.day, 2);
	assert_int_equal(x.tok[0].v.date.bad, 0);
	assert_int_equal(x.tok[0].v.date.start, 0);
	assert_int_equal(x.tok[0].v.date.end, 10);
	lx_release(&x);

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		lx_one(&x, good[i]);
		assert_int_equal(x.tok[0].type, TK_DATE);
		assert_int_equal(x.tok[0].v.date.bad, 0);
		lx_release(&x);
	}
}

static void test_bad_dates(void **state)
{
	static const char *const bad[] = {
		"2026-02-30", "2023-02-29", "1900-02-29", "2026-13-01",
		"2026-00-10", "2026-04-31", "2026-01-00", "0000-01-01",
	};
	char want[128];
	struct lx x;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		lx_run(&x, bad[i]);
		snprintf(want, sizeof(want),
			 "t.role:1:1: error: '%s' is not a date in the "
			 "calendar [E107]\n"
			 "    1 | %s\n"
			 "      | ^~~~~~~~~~\n", bad[i], bad[i]);
		assert_string_equal(tu_output(&x.t), want);
		assert_int_equal(x.n, 1);
		assert_int_equal(x.tok[0].type, TK_DATE);
		assert_int_equal(x.tok[0].v.date.bad, 1);
		lx_release(&x);
	}
}

static void test_string_escapes(void **state)
{
	struct lx x;

	(void)state;
	lx_one(&x, "\"a\\\"b\\\\c\\nd\\te\\u{1F600}f\\u{e9}\"");
	lx_assert_str(&x.tok[0], TK_STRING,
		      "a\"b\\c\nd\te\xf0\x9f\x98\x80" "f\xc3\xa9");
	assert_int_equal(x.tok[0].v.str.bad, 0);
	assert_int_equal(x.tok[0].start, 0);
	assert_int_equal(x.tok[0].end, 31);
	assert_int_equal(x.tok[0].v.str.start, 0);
	assert_int_equal(x.tok[0].v.str.end, 31);
	lx_release(&x);

	/* Raw tabs, '#' and UTF-8 are text inside a string. */
	lx_one(&x, "\"\ta # \xe4\xb8\xad\"");
	lx_assert_str(&x.tok[0], TK_STRING, "\ta # \xe4\xb8\xad");
	lx_release(&x);

	lx_one(&x, "\"\"");
	lx_assert_str(&x.tok[0], TK_STRING, "");
	lx_release(&x);
}

static void test_text_block_dedent(void **state)
{
	struct lx x;

	(void)state;
	lx_one(&x, "\"\"\"\n"
		   "        Builds and maintains\n"
		   "          two deeper\n"
		   "\n"
		   "        content \"quoted\".\n"
		   "        \"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT,
		      "Builds and maintains\n  two deeper\n\n"
		      "content \"quoted\".");
	assert_int_equal(x.tok[0].start, 0);
	lx_release(&x);

	/* The closing delimiter at the start of its line. */
	lx_one(&x, "\"\"\"\n  a\n   b\n\"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT, "a\n b");
	lx_release(&x);

	/* On one line. */
	lx_one(&x, "\"\"\"one line\"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT, "one line");
	lx_release(&x);

	lx_one(&x, "\"\"\"\"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT, "");
	lx_release(&x);
}

/* Only the first and last line ends go: an inner blank line stays. */
static void test_text_block_line_ends(void **state)
{
	struct lx x;

	(void)state;
	lx_one(&x, "\"\"\"\n\n    a\n\n    \"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT, "\na\n");
	lx_release(&x);
}

static void test_text_block_crlf(void **state)
{
	struct lx x;

	(void)state;
	lx_one(&x, "\"\"\"\r\n    a\r\n      b\r\n    \"\"\"");
	lx_assert_str(&x.tok[0], TK_TEXT, "a\n  b");
	lx_release(&x);
}

static void test_crlf_between_tokens(void **state)
{
	static const int types[] = { TK_ROLE, TK_STRING, TK_LBRACE,
				     TK_RBRACE };
	struct lx x;

	(void)state;
	lx_run(&x, "role\r\n\"x\" # note\r\n{\r\n}\r\n");
	assert_string_equal(tu_output(&x.t), "");
	lx_assert_types(&x, types, 4);
	assert_int_equal(x.tok[1].start, 6);
	assert_int_equal(x.tok[2].start, 18);
	lx_release(&x);
}

static void test_bom_skipped(void **state)
{
	static const int types[] = { TK_ROLE, TK_STRING };
	struct lx x;

	(void)state;
	lx_run(&x, "\xef\xbb\xbfrole \"x\"");
	assert_string_equal(tu_output(&x.t), "");
	lx_assert_types(&x, types, 2);
	assert_int_equal(x.tok[0].start, 3);
	lx_release(&x);

	/* Columns and the echoed line start after the mark. */
	lx_run(&x, "\xef\xbb\xbf;");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:1: error: unexpected character ';' "
			    "[E104]\n"
			    "    1 | ;\n"
			    "      | ^\n");
	lx_release(&x);
}

/* A byte order mark anywhere else is a stray character. */
static void test_bom_later(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "role \xef\xbb\xbf");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:6: error: unexpected character U+FEFF "
			    "[E104]\n"
			    "    1 | role \xef\xbb\xbf\n"
			    "      |      ^\n");
	assert_int_equal(x.n, 1);
	lx_release(&x);
}

static void test_comments(void **state)
{
	static const int types[] = { TK_ROLE, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "# a comment, \xc3\xa9 \"\"\" { ;\nrole # more\nx#y");
	assert_string_equal(tu_output(&x.t), "");
	lx_assert_types(&x, types, 2);
	lx_assert_str(&x.tok[1], TK_IDENT, "x");
	lx_release(&x);
}

static void test_nul_byte(void **state)
{
	static const int types[] = { TK_ROLE, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run_len(&x, "role\0x", 6);
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:5: error: NUL byte in source [E102]\n"
			    "    1 | role\xef\xbf\xbdx\n"
			    "      |     ^\n");
	lx_assert_types(&x, types, 2);
	lx_release(&x);
}

static void test_invalid_utf8(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "a \xff b");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:3: error: invalid UTF-8 byte 0xFF "
			    "[E101]\n"
			    "    1 | a \xef\xbf\xbd b\n"
			    "      |   ^\n");
	assert_int_equal(x.n, 2);
	lx_release(&x);

	/* In a comment and in a string, too. */
	lx_run(&x, "# \xfe\n\"\xc3\"");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:3: error: invalid UTF-8 byte 0xFE "
			    "[E101]\n"
			    "t.role:2:2: error: invalid UTF-8 byte 0xC3 "
			    "[E101]\n");
	assert_int_equal(x.n, 1);
	assert_int_equal(x.tok[0].v.str.bad, 1);
	lx_release(&x);
}

/* An overlong NUL: both bytes are errors, each at its own place, the
 * caret under the byte it names. */
static void test_overlong(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "a\xc0\x80");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:2: error: invalid UTF-8 byte 0xC0 "
			    "[E101]\n"
			    "    1 | a\xef\xbf\xbd\xef\xbf\xbd\n"
			    "      |  ^\n"
			    "t.role:1:3: error: invalid UTF-8 byte 0x80 "
			    "[E101]\n"
			    "    1 | a\xef\xbf\xbd\xef\xbf\xbd\n"
			    "      |   ^\n");
	assert_int_equal(x.n, 1);
	lx_release(&x);
}

/* ED A0 80 would encode U+D800, a surrogate. */
static void test_surrogate(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "\xed\xa0\x80");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: invalid UTF-8 byte 0xED "
			    "[E101]\n"
			    "t.role:1:2: error: invalid UTF-8 byte 0xA0 "
			    "[E101]\n"
			    "t.role:1:3: error: invalid UTF-8 byte 0x80 "
			    "[E101]\n");
	assert_int_equal(x.n, 0);
	lx_release(&x);

	/* The caret of the last one stands under the third cell. */
	lx_run(&x, "\xed\xa0\x80");
	tu_assert_contains(tu_output(&x.t),
			   "byte 0x80 [E101]\n"
			   "    1 | \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\n"
			   "      |   ^\n");
	lx_release(&x);
}

static void test_lone_cr(void **state)
{
	static const int types[] = { TK_ROLE, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "role\rx\n");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:5: error: carriage return not followed "
			    "by a line feed [E103]\n"
			    "    1 | role\xef\xbf\xbdx\n"
			    "      |     ^\n");
	lx_assert_types(&x, types, 2);
	lx_release(&x);
}

static void test_stray_characters(void **state)
{
	static const int types[] = { TK_ROLE, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "role; \xc3\xa9x\x01");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:5: error: unexpected character ';' "
			    "[E104]\n"
			    "t.role:1:7: error: unexpected character U+00E9 "
			    "[E104]\n"
			    "t.role:1:9: error: unexpected character U+0001 "
			    "[E104]\n");
	lx_assert_types(&x, types, 2);
	lx_release(&x);
}

/* A bad number is reported once and still comes back as a number. */
static void check_bad_number(const char *text, const char *msg, int type)
{
	char want[256];
	struct lx x;
	size_t n = strlen(text);

	lx_run(&x, text);
	snprintf(want, sizeof(want),
		 "t.role:1:1: error: %s [E105]\n    1 | %s\n      | ^%.*s\n",
		 msg, text, (int)n - 1,
		 "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~");
	assert_string_equal(tu_output(&x.t), want);
	assert_int_equal(x.n, 1);
	assert_int_equal(x.tok[0].type, type);
	assert_int_equal(x.tok[0].v.num.bad, 1);
	lx_release(&x);
}

/* A leading zero: the error, and the number to write instead. */
static void check_leading_zero(const char *text, const char *fixed,
			       int type)
{
	char want[256];
	struct lx x;
	size_t n = strlen(text);

	lx_run(&x, text);
	snprintf(want, sizeof(want),
		 "t.role:1:1: error: number with a leading zero [E105]\n"
		 "    1 | %s\n      | ^%.*s\n"
		 "t.role:1:1: help: write '%s'\n",
		 text, (int)n - 1, "~~~~~~~~~~~~~~~~~~~~", fixed);
	assert_string_equal(tu_output(&x.t), want);
	assert_int_equal(x.n, 1);
	assert_int_equal(x.tok[0].type, type);
	assert_int_equal(x.tok[0].v.num.bad, 1);
	lx_release(&x);
}

static void test_leading_zero(void **state)
{
	(void)state;
	check_leading_zero("05", "5", TK_NUMBER);
	check_leading_zero("00", "0", TK_NUMBER);
	check_leading_zero("05%", "5%", TK_PERCENT);
	check_leading_zero("-05", "-5", TK_NUMBER);
	check_leading_zero("012.5", "12.5", TK_NUMBER);
	check_leading_zero("+007.50%", "+7.50%", TK_PERCENT);
}

static void test_point_without_digits(void **state)
{
	(void)state;
	check_bad_number(".5", "a number needs a digit before its point "
			 "(write 0.5, not .5)", TK_NUMBER);
	check_bad_number("+.5", "a number needs a digit before its point "
			 "(write 0.5, not .5)", TK_NUMBER);
	check_bad_number("5.", "a number needs a digit after its point",
			 TK_NUMBER);
	check_bad_number("5.%", "a number needs a digit after its point",
			 TK_PERCENT);
}

static void test_number_too_large(void **state)
{
	(void)state;
	check_bad_number("1234567890123456789012345", "number too large",
			 TK_NUMBER);
	check_bad_number("9999999999999999999", "number too large",
			 TK_NUMBER);
	check_bad_number("1.234567890123456789", "number too large",
			 TK_NUMBER);
}

static void test_unknown_escape(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "\"a\\qb\"");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:3: error: unknown escape sequence; the "
			    "escapes are \\\" \\\\ \\n \\t \\u{...} [E106]\n"
			    "    1 | \"a\\qb\"\n"
			    "      |   ^~\n");
	assert_int_equal(x.n, 1);
	assert_int_equal(x.tok[0].type, TK_STRING);
	assert_int_equal(x.tok[0].v.str.bad, 1);
	lx_release(&x);
}

static void test_bad_unicode_escape(void **state)
{
	static const char *const bad[] = {
		"\"\\u{110000}\"", "\"\\u{D800}\"", "\"\\u{0}\"",
		"\"\\u{0000041}\"",
	};
	struct lx x;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		lx_run(&x, bad[i]);
		assert_string_equal(tu_heads(&x.t),
				    "t.role:1:2: error: '\\u{...}' is not a "
				    "valid Unicode scalar value here [E106]\n");
		assert_int_equal(x.n, 1);
		assert_int_equal(x.tok[0].v.str.bad, 1);
		lx_release(&x);
	}
}

/* The string ends at the line end; the next line lexes on its own. */
static void test_unterminated_string(void **state)
{
	static const int types[] = { TK_AKA, TK_STRING, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "aka \"abc\nnext");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:5: error: missing closing quote "
			    "[E106]\n"
			    "    1 | aka \"abc\n"
			    "      |     ^~~~\n");
	lx_assert_types(&x, types, 3);
	assert_int_equal(x.tok[1].v.str.bad, 1);
	lx_assert_str(&x.tok[2], TK_IDENT, "next");
	lx_release(&x);

	lx_run(&x, "\"abc");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: missing closing quote "
			    "[E106]\n");
	assert_int_equal(x.n, 1);
	lx_release(&x);
}

static void test_unterminated_text_block(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "summary \"\"\"\n  text\n  \"\"\n");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:9: error: text block has no closing "
			    "'\"\"\"' [E106]\n"
			    "    1 | summary \"\"\"\n"
			    "      |         ^~~\n");
	assert_int_equal(x.n, 2);
	assert_int_equal(x.tok[1].type, TK_TEXT);
	assert_int_equal(x.tok[1].v.str.bad, 1);
	lx_release(&x);
}

/* A capitalised keyword: one error, and the keyword it meant. */
static void test_capitalised_keyword(void **state)
{
	static const int types[] = { TK_TASK, TK_PERCENT };
	struct lx x;

	(void)state;
	lx_run(&x, "Task 15%");
	assert_string_equal(tu_output(&x.t),
			    "t.role:1:1: error: malformed name 'Task': names "
			    "are lower-case letters, digits and single "
			    "hyphens between them [E108]\n"
			    "    1 | Task 15%\n"
			    "      | ^~~~\n"
			    "t.role:1:1: help: write 'task'\n");
	lx_assert_types(&x, types, 2);
	assert_string_equal(x.tok[0].v.str.s, "task");
	assert_int_equal(x.tok[0].v.str.bad, 1);
	lx_release(&x);
}

static void test_underscore_name(void **state)
{
	struct lx x;

	(void)state;
	lx_run(&x, "ml_engineer");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: malformed name 'ml_engineer': "
			    "names are lower-case letters, digits and single "
			    "hyphens between them [E108]\n"
			    "t.role:1:1: help: write 'ml-engineer'\n");
	assert_int_equal(x.n, 1);
	lx_assert_str(&x.tok[0], TK_IDENT, "ml-engineer");
	lx_release(&x);
}

/* Doubled or trailing hyphens: the help must not repeat the mistake. */
static void test_hyphens_name(void **state)
{
	static const int types[] = { TK_IDENT, TK_IDENT };
	struct lx x;

	(void)state;
	lx_run(&x, "ml--engineer abc-");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: malformed name "
			    "'ml--engineer': names are lower-case letters, "
			    "digits and single hyphens between them [E108]\n"
			    "t.role:1:1: help: write 'ml-engineer'\n"
			    "t.role:1:14: error: malformed name 'abc-': names "
			    "are lower-case letters, digits and single "
			    "hyphens between them [E108]\n"
			    "t.role:1:14: help: write 'abc'\n");
	lx_assert_types(&x, types, 2);
	lx_release(&x);
}

static void test_token_names(void **state)
{
	(void)state;
	assert_string_equal(lexer_token_name(0), "end of file");
	assert_string_equal(lexer_token_name(TK_PERCENT), "a percentage");
	assert_string_equal(lexer_token_name(TK_NUMBER), "a number");
	assert_string_equal(lexer_token_name(TK_TEXT), "a text block");
	assert_string_equal(lexer_token_name(TK_LBRACE), "'{'");
	assert_string_equal(lexer_token_name(TK_TASK), "a keyword");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keywords_and_names),
		cmocka_unit_test(test_every_keyword),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_number_largest),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_bad_dates),
		cmocka_unit_test(test_string_escapes),
		cmocka_unit_test(test_text_block_dedent),
		cmocka_unit_test(test_text_block_line_ends),
		cmocka_unit_test(test_text_block_crlf),
		cmocka_unit_test(test_crlf_between_tokens),
		cmocka_unit_test(test_bom_skipped),
		cmocka_unit_test(test_bom_later),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_overlong),
		cmocka_unit_test(test_surrogate),
		cmocka_unit_test(test_lone_cr),
		cmocka_unit_test(test_stray_characters),
		cmocka_unit_test(test_leading_zero),
		cmocka_unit_test(test_point_without_digits),
		cmocka_unit_test(test_number_too_large),
		cmocka_unit_test(test_unknown_escape),
		cmocka_unit_test(test_bad_unicode_escape),
		cmocka_unit_test(test_unterminated_string),
		cmocka_unit_test(test_unterminated_text_block),
		cmocka_unit_test(test_capitalised_keyword),
		cmocka_unit_test(test_underscore_name),
		cmocka_unit_test(test_hyphens_name),
		cmocka_unit_test(test_token_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
