/*
 * source.c - reading a file, and the line table.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "mem.h"
#include "source.h"

static void source_clear(struct source *src)
{
	memset(src, 0, sizeof(*src));
}

static char *source_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = mem_must_alloc(n);

	memcpy(p, s, n);
	return p;
}

void source_init_mem(struct source *src, const char *path,
		     const void *text, size_t len)
{
	source_clear(src);
	src->path = source_strdup(path);
	src->text = mem_must_alloc(len + 1);
	if (len)
		memcpy(src->text, text, len);
	src->text[len] = '\0';
	src->len = (uint32_t)len;
}

/* Read the whole stream, growing the buffer; one NUL byte of room stays. */
static enum source_status source_read(struct source *src, FILE *f)
{
	size_t cap = 4096, len = 0, n;

	src->text = mem_must_alloc(cap);
	while ((n = fread(src->text + len, 1, cap - len - 1, f)) > 0) {
		len += n;
		if (len > SOURCE_MAX_SIZE)
			return SOURCE_TOO_BIG;
		if (cap - len - 1 == 0) {
			cap *= 2;
			src->text = mem_must_realloc(src->text, cap);
		}
	}
	if (ferror(f))
		return SOURCE_ERRNO;

	src->text[len] = '\0';
	src->len = (uint32_t)len;
	return SOURCE_OK;
}

enum source_status source_load(struct source *src, const char *path)
{
	enum source_status st;
	int is_stdin = strcmp(path, "-") == 0;
	FILE *f;

	source_clear(src);
	src->path = source_strdup(is_stdin ? "<stdin>" : path);
	f = is_stdin ? stdin : fopen(path, "rb");
	if (!f)
		return SOURCE_ERRNO;

	errno = 0;
	st = source_read(src, f);
	if (!is_stdin) {
		int saved = errno;

		fclose(f);
		errno = saved;
	}
	return st;
}

void source_release(struct source *src)
{
	mem_free(src->path);
	mem_free(src->text);
	mem_free(src->lines);
	source_clear(src);
}

/* Line starts: after every LF.  A CR before an LF belongs to the line end;
 * a lone CR is a lexical error and does not start a line. */
static uint32_t source_line_of(const struct source *src, uint32_t off);

static void source_index(struct source *src)
{
	const unsigned char *p = src->text, *end = src->text + src->len;
	uint32_t n = 1, k = 0;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL)
		n++, p++;
	src->lines = mem_must_alloc(n * sizeof(*src->lines));
	/* A byte order mark is not a column of line 1. */
	src->lines[k++] = src->len >= 3
			  && !memcmp(src->text, "\xef\xbb\xbf", 3) ? 3 : 0;
	for (p = src->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
		src->lines[k++] = (uint32_t)(p - src->text) + 1;
	src->nlines = n;
}

uint32_t source_line(struct source *src, uint32_t off)
{
	if (!src->lines)
		source_index(src);
	return source_line_of(src, off > src->len ? src->len : off) + 1;
}

static uint32_t source_line_of(const struct source *src, uint32_t off)
{
	uint32_t lo = 0, hi = src->nlines;

	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (src->lines[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

int source_utf8_decode(const unsigned char *s, const unsigned char *end,
		       uint32_t *cp)
{
	int n, i;
	uint32_t c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
	if (n == 1 || end - s < n) {
		*cp = 0xfffd;
		return 1;
	}
	c &= 0xffu >> (n + 1);
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		c = c << 6 | (s[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are not
	 * UTF-8: one bad byte, like any other. */
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800)
	    || (n == 4 && c < 0x10000) || (c >= 0xd800 && c <= 0xdfff)
	    || c > 0x10ffff) {
		*cp = 0xfffd;
		return 1;
	}
	*cp = c;
	return n;
}

struct source_pos source_locate(struct source *src, uint32_t off)
{
	struct source_pos pos;
	const unsigned char *p, *end;
	uint32_t idx;

	if (!src->lines)
		source_index(src);
	if (off > src->len)
		off = src->len;
	if (off < src->lines[0])
		off = src->lines[0];

	idx = source_line_of(src, off);
	pos.line = idx + 1;
	pos.line_start = src->lines[idx];
	pos.line_end = idx + 1 < src->nlines ? src->lines[idx + 1] - 1
					     : src->len;
	if (pos.line_end > pos.line_start
	    && src->text[pos.line_end - 1] == '\r')
		pos.line_end--;

	pos.col = 1;
	p = src->text + pos.line_start;
	end = src->text + off;
	while (p < end) {
		uint32_t cp;

		if (*p < 0x80)
			p++;
		else
			p += source_utf8_decode(p, end, &cp);
		pos.col++;
	}
	return pos;
}

/* East Asian Wide and Fullwidth blocks, and the emoji planes. */
int source_is_wide(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e)
	    || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf)
	    || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
	    || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
	    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
	    || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f)
	    || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

uint32_t source_cells(const struct source *src, uint32_t from, uint32_t to,
		      uint32_t start_cell)
{
	const unsigned char *p = src->text + from, *end = src->text + to;
	uint32_t cell = start_cell;

	while (p < end) {
		uint32_t cp;

		p += source_utf8_decode(p, end, &cp);
		if (cp == '\t')
			cell = (cell / 8 + 1) * 8;
		else
			cell += source_is_wide(cp) ? 2 : 1;
	}
	return cell - start_cell;
}
