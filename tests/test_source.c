/*
 * test_source.c - reading a file, positions: byte offset to line and
 * column (code points, a tab counting one), and screen cells for the
 * caret.
 */
#include <errno.h>
#include <unistd.h>

#include "testutil.h"

#include "source.h"

struct want {
	uint32_t off, line, col, line_start, line_end;
};

static void check_locate(const char *text, size_t len, const struct want *w,
			 size_t n)
{
	struct source src;
	size_t i;

	source_init_mem(&src, TU_PATH, text, len);
	for (i = 0; i < n; i++) {
		struct source_pos pos = source_locate(&src, w[i].off);
		char got[80], want[80];

		/* As one string, so that a failure names the offset. */
		snprintf(got, sizeof(got), "off %u: %u:%u [%u, %u)",
			 (unsigned)w[i].off, (unsigned)pos.line,
			 (unsigned)pos.col, (unsigned)pos.line_start,
			 (unsigned)pos.line_end);
		snprintf(want, sizeof(want), "off %u: %u:%u [%u, %u)",
			 (unsigned)w[i].off, (unsigned)w[i].line,
			 (unsigned)w[i].col, (unsigned)w[i].line_start,
			 (unsigned)w[i].line_end);
		assert_string_equal(got, want);
	}
	source_release(&src);
}

static uint32_t cells(const char *text, uint32_t from, uint32_t to,
		      uint32_t start_cell)
{
	struct source src;
	uint32_t n;

	source_init_mem(&src, TU_PATH, text, strlen(text));
	n = source_cells(&src, from, to, start_cell);
	source_release(&src);
	return n;
}

static void test_init_mem(void **state)
{
	struct source src;

	(void)state;
	source_init_mem(&src, "x/y.role", "ab\0c", 4);
	assert_string_equal(src.path, "x/y.role");
	assert_int_equal(src.len, 4);
	assert_memory_equal(src.text, "ab\0c", 4);
	assert_int_equal(src.text[4], 0);	/* the lexer's sentinel */
	source_release(&src);

	source_init_mem(&src, "empty", "", 0);
	assert_int_equal(src.len, 0);
	assert_int_equal(src.text[0], 0);
	source_release(&src);
}

static void test_locate_lf(void **state)
{
	static const struct want w[] = {
		{ 0, 1, 1, 0, 3 },
		{ 2, 1, 3, 0, 3 },
		{ 3, 1, 4, 0, 3 },	/* the line feed itself */
		{ 4, 2, 1, 4, 6 },
		{ 5, 2, 2, 4, 6 },
		{ 7, 3, 1, 7, 7 },	/* an empty line */
		{ 8, 4, 1, 8, 10 },
	};

	(void)state;
	check_locate("abc\nde\n\nfg", 10, w, sizeof(w) / sizeof(w[0]));
}

/* A CR before an LF belongs to the line end: it is not in the line. */
static void test_locate_crlf(void **state)
{
	static const struct want w[] = {
		{ 0, 1, 1, 0, 2 },
		{ 2, 1, 3, 0, 2 },	/* the CR */
		{ 3, 1, 4, 0, 2 },	/* the LF */
		{ 4, 2, 1, 4, 6 },
		{ 5, 2, 2, 4, 6 },
		{ 8, 3, 1, 8, 9 },
	};

	(void)state;
	check_locate("ab\r\ncd\r\ne", 9, w, sizeof(w) / sizeof(w[0]));
}

static void test_locate_tab(void **state)
{
	static const struct want w[] = {
		{ 1, 1, 2, 0, 5 },	/* after the tab: column 2, not 9 */
		{ 2, 1, 3, 0, 5 },
		{ 3, 1, 4, 0, 5 },	/* after two tabs */
		{ 4, 1, 5, 0, 5 },
	};

	(void)state;
	check_locate("\tx\t\ty", 5, w, sizeof(w) / sizeof(w[0]));
}

/* "é" is 2 bytes, "中" 3 and "😀" 4: each one column. */
static void test_locate_utf8(void **state)
{
	static const char text[] = "a\xc3\xa9" "b\n"
				   "\t\xe4\xb8\xad" "c\xf0\x9f\x98\x80" "d";
	static const struct want w[] = {
		{ 1, 1, 2, 0, 4 },
		{ 3, 1, 3, 0, 4 },	/* 'b' after "é" */
		{ 4, 1, 4, 0, 4 },
		{ 6, 2, 2, 5, 15 },	/* "中" after the tab */
		{ 9, 2, 3, 5, 15 },	/* 'c' */
		{ 10, 2, 4, 5, 15 },	/* the emoji */
		{ 14, 2, 5, 5, 15 },	/* 'd' */
	};

	(void)state;
	check_locate(text, sizeof(text) - 1, w, sizeof(w) / sizeof(w[0]));
}

static void test_locate_end(void **state)
{
	static const struct want with_lf[] = {
		{ 5, 2, 1, 5, 5 },	/* after the last line end */
		{ 99, 2, 1, 5, 5 },	/* clamped to the end */
	};
	static const struct want without_lf[] = {
		{ 6, 2, 3, 4, 6 },
		{ 1000, 2, 3, 4, 6 },
	};
	static const struct want empty[] = {
		{ 0, 1, 1, 0, 0 },
	};

	(void)state;
	check_locate("abcd\n", 5, with_lf, 2);
	check_locate("abc\nde", 6, without_lf, 2);
	check_locate("", 0, empty, 1);
}

/* A byte order mark is not part of line 1: 'a' after it is column 1. */
static void test_locate_bom(void **state)
{
	static const struct want w[] = {
		{ 3, 1, 1, 3, 5 },
		{ 4, 1, 2, 3, 5 },
		{ 6, 2, 1, 6, 8 },
		{ 0, 1, 1, 3, 5 },	/* inside the mark itself */
	};

	(void)state;
	check_locate("\xef\xbb\xbf" "ab\ncd", 8, w, sizeof(w) / sizeof(w[0]));
}

/* Lines are found by binary search: check every line of a long text. */
static void test_locate_many_lines(void **state)
{
	struct buf b = BUF_INIT;
	struct source src;
	uint32_t i;

	(void)state;
	for (i = 0; i < 5000; i++)
		buf_addf(&b, "%s\n", i % 2 ? "odd" : "ev\xc3\xa9n");
	source_init_mem(&src, TU_PATH, b.data, b.len);
	for (i = 0; i < 5000; i++) {
		uint32_t start = i / 2 * 10 + (i % 2) * 6;
		struct source_pos pos = source_locate(&src, start + 2);

		assert_int_equal(pos.line, i + 1);
		assert_int_equal(pos.col, 3);
		assert_int_equal(pos.line_start, start);
		assert_int_equal(pos.line_end, start + (i % 2 ? 3 : 5));
	}
	source_release(&src);
	buf_release(&b);
}

static void test_cells_tabs(void **state)
{
	(void)state;
	assert_int_equal(cells("abc", 0, 3, 0), 3);
	assert_int_equal(cells("\t", 0, 1, 0), 8);
	assert_int_equal(cells("a\tb", 0, 3, 0), 9);
	assert_int_equal(cells("\t", 0, 1, 3), 5);	/* to the next stop */
	assert_int_equal(cells("\t", 0, 1, 8), 8);
	assert_int_equal(cells("\t\t", 0, 2, 0), 16);
	assert_int_equal(cells("1234567\tx", 0, 9, 0), 9);
	assert_int_equal(cells("12345678\tx", 0, 10, 0), 17);
	assert_int_equal(cells("a\tb", 1, 3, 1), 8);
	assert_int_equal(cells("abc", 1, 1, 0), 0);
}

static void test_cells_wide(void **state)
{
	(void)state;
	assert_int_equal(cells("\xe4\xb8\xad", 0, 3, 0), 2);	/* 中 */
	assert_int_equal(cells("a\xe4\xb8\xad" "b", 0, 5, 0), 4);
	assert_int_equal(cells("\xc3\xa9", 0, 2, 0), 1);	/* é */
	assert_int_equal(cells("\xf0\x9f\x98\x80", 0, 4, 0), 2);
	assert_int_equal(cells("\xea\xb0\x80", 0, 3, 0), 2);	/* 가 */
	assert_int_equal(cells("\xef\xbc\xa1", 0, 3, 0), 2);	/* Ａ */
	/* A tab after a wide character counts from the cell it reached. */
	assert_int_equal(cells("\xe4\xb8\xad\tx", 0, 5, 0), 9);
	assert_int_equal(cells("\t\xe4\xb8\xad", 0, 4, 0), 10);
}

static void test_is_wide(void **state)
{
	(void)state;
	assert_true(source_is_wide(0x4e2d));
	assert_true(source_is_wide(0x1100));
	assert_true(source_is_wide(0x1f600));
	assert_true(source_is_wide(0x20000));
	assert_false(source_is_wide('a'));
	assert_false(source_is_wide(0xe9));
	assert_false(source_is_wide(0x10ff));
	assert_false(source_is_wide(0x2028));
}

static void test_utf8_decode(void **state)
{
	static const unsigned char s[] = "\xc3\xa9\xe4\xb8\xad"
					 "\xf0\x9f\x98\x80" "a\xff\xe4\xb8";
	uint32_t cp;

	(void)state;
	assert_int_equal(source_utf8_decode(s, s + 13, &cp), 2);
	assert_int_equal(cp, 0xe9);
	assert_int_equal(source_utf8_decode(s + 2, s + 13, &cp), 3);
	assert_int_equal(cp, 0x4e2d);
	assert_int_equal(source_utf8_decode(s + 5, s + 13, &cp), 4);
	assert_int_equal(cp, 0x1f600);
	assert_int_equal(source_utf8_decode(s + 9, s + 13, &cp), 1);
	assert_int_equal(cp, 'a');
	assert_int_equal(source_utf8_decode(s + 10, s + 13, &cp), 1);
	assert_int_equal(cp, 0xfffd);
	/* A sequence cut by the end is one bad byte. */
	assert_int_equal(source_utf8_decode(s + 11, s + 13, &cp), 1);
	assert_int_equal(cp, 0xfffd);
	/* A lead byte without its continuation. */
	assert_int_equal(source_utf8_decode((const unsigned char *)"\xc3x",
					    (const unsigned char *)"\xc3x" + 2,
					    &cp), 1);
	assert_int_equal(cp, 0xfffd);
}

/* Each wide block from its first code point to its last; the code
 * points on either side are narrow (unless another block starts). */
static void test_is_wide_blocks(void **state)
{
	static const uint32_t wide[][2] = {
		{ 0x1100, 0x115f }, { 0x2e80, 0x303e }, { 0x3041, 0x33ff },
		{ 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xa000, 0xa4cf },
		{ 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe30, 0xfe4f },
		{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
		{ 0x1f900, 0x1f9ff }, { 0x20000, 0x3fffd },
	};
	static const uint32_t narrow[] = {
		0x10ff, 0x1160, 0x2e7f, 0x303f, 0x3040, 0x4dc0, 0x4dff,
		0xa4d0, 0xabff, 0xd7a4, 0xf8ff, 0xfb00, 0xfe2f, 0xfe50,
		0xfeff, 0xff61, 0xffdf, 0xffe7, 0x1f2ff, 0x1f650, 0x1f8ff,
		0x1fa00, 0x1ffff, 0x3fffe, 0x10ffff,
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++) {
		assert_true(source_is_wide(wide[i][0]));
		assert_true(source_is_wide(wide[i][1]));
		assert_true(source_is_wide((wide[i][0] + wide[i][1]) / 2));
	}
	for (i = 0; i < sizeof(narrow) / sizeof(narrow[0]); i++)
		if (source_is_wide(narrow[i]))
			fail_msg("U+%04X is not wide", (unsigned)narrow[i]);
}

/* What is not UTF-8 is one bad byte: overlong forms of every length,
 * surrogates, values past U+10FFFF and lead bytes past 0xF4. */
static void test_utf8_decode_invalid(void **state)
{
	static const char *const bad[] = {
		"\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf",
		"\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xed\xa0\x80",
		"\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf7\xbf\xbf\xbf",
		"\xf8\x88\x80\x80", "\x80", "\xbf",
	};
	static const struct { const char *s; int n; uint32_t cp; } good[] = {
		{ "\xc2\x80", 2, 0x80 }, { "\xdf\xbf", 2, 0x7ff },
		{ "\xe0\xa0\x80", 3, 0x800 }, { "\xed\x9f\xbf", 3, 0xd7ff },
		{ "\xee\x80\x80", 3, 0xe000 }, { "\xef\xbf\xbf", 3, 0xffff },
		{ "\xf0\x90\x80\x80", 4, 0x10000 },
		{ "\xf4\x8f\xbf\xbf", 4, 0x10ffff },
	};
	const unsigned char *s;
	uint32_t cp;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		s = (const unsigned char *)bad[i];
		cp = 0;
		assert_int_equal(source_utf8_decode(s, s + strlen(bad[i]),
						    &cp), 1);
		assert_int_equal(cp, 0xfffd);
	}
	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		s = (const unsigned char *)good[i].s;
		assert_int_equal(source_utf8_decode(s, s + good[i].n, &cp),
				 good[i].n);
		assert_int_equal(cp, good[i].cp);
	}
}

/* A file read whole, its bytes untouched (CR LF kept for the lexer),
 * and one NUL after them; standard input is named <stdin>. */
static void test_load(void **state)
{
	static const char text[] = "role \"x\" {\r\n\tlevel mid\r\n}\r\n";
	char path[] = "/tmp/rolec-test-src.XXXXXX";
	struct source src;
	struct buf big = BUF_INIT;
	FILE *f;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "wb");
	assert_non_null(f);
	/* Past the first buffer of 4096 bytes, so that it grows. */
	buf_pad(&big, '#', 5000);
	buf_adds(&big, "\n");
	buf_adds(&big, text);
	assert_int_equal(fwrite(big.data, 1, big.len, f), big.len);
	assert_int_equal(fclose(f), 0);

	assert_int_equal(source_load(&src, path), SOURCE_OK);
	assert_string_equal(src.path, path);
	assert_int_equal(src.len, big.len);
	assert_memory_equal(src.text, big.data, big.len);
	assert_int_equal(src.text[src.len], '\0');
	assert_int_equal(source_locate(&src, 5001 + 15).line, 3);
	source_release(&src);

	assert_non_null(freopen(path, "rb", stdin));
	assert_int_equal(source_load(&src, "-"), SOURCE_OK);
	assert_string_equal(src.path, "<stdin>");
	assert_int_equal(src.len, big.len);
	source_release(&src);

	/* Over 16 MiB: too big, whatever its contents. */
	assert_int_equal(truncate(path, SOURCE_MAX_SIZE + 1), 0);
	assert_int_equal(source_load(&src, path), SOURCE_TOO_BIG);
	source_release(&src);
	assert_int_equal(truncate(path, SOURCE_MAX_SIZE), 0);
	assert_int_equal(source_load(&src, path), SOURCE_OK);
	assert_int_equal(src.len, SOURCE_MAX_SIZE);
	source_release(&src);

	assert_int_equal(unlink(path), 0);
	errno = 0;
	assert_int_equal(source_load(&src, path), SOURCE_ERRNO);
	assert_int_equal(errno, ENOENT);
	source_release(&src);
	errno = 0;
	assert_int_equal(source_load(&src, "/tmp"), SOURCE_ERRNO);
	assert_int_equal(errno, EISDIR);
	source_release(&src);
	buf_release(&big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init_mem),
		cmocka_unit_test(test_locate_lf),
		cmocka_unit_test(test_locate_crlf),
		cmocka_unit_test(test_locate_tab),
		cmocka_unit_test(test_locate_utf8),
		cmocka_unit_test(test_locate_end),
		cmocka_unit_test(test_locate_bom),
		cmocka_unit_test(test_locate_many_lines),
		cmocka_unit_test(test_cells_tabs),
		cmocka_unit_test(test_cells_wide),
		cmocka_unit_test(test_is_wide),
		cmocka_unit_test(test_utf8_decode),
		cmocka_unit_test(test_is_wide_blocks),
		cmocka_unit_test(test_utf8_decode_invalid),
		cmocka_unit_test(test_load),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
