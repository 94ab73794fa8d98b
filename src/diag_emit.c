/*
 * diag_emit.c - writing diagnostics in the text form.
 *
 * Machine formats (JSON, SARIF, GitHub workflow commands) live in
 * diag_machine.c; both print from the resolved records of diag.h.
 */
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diag_machine.h"
#include "mem.h"

#define C_BOLD "\033[1m"
#define C_RED "\033[1;31m"
#define C_MAGENTA "\033[1;35m"
#define C_CYAN "\033[1;36m"
#define C_GREEN "\033[1;32m"
#define C_RESET "\033[0m"

static const char *const diag_level_word[] = {
	"error", "warning", "note", "help"
};

static const char *diag_level_color(enum diag_level level)
{
	static const char *const colors[] = {
		C_RED, C_MAGENTA, C_CYAN, C_GREEN
	};

	return colors[level];
}

static void diag_paint(struct buf *b, int color, const char *code,
		       const char *text)
{
	if (color)
		buf_adds(b, code);
	buf_adds(b, text);
	if (color)
		buf_adds(b, C_RESET);
}

static void diag_text_head(struct buf *b, int color,
			   const struct diag_loc *loc, const char *fallback,
			   enum diag_level level, const char *msg)
{
	const char *path = loc->path ? loc->path : fallback;

	if (color)
		buf_adds(b, C_BOLD);
	if (path && loc->line)
		buf_addf(b, "%s:%u:%u: ", path, loc->line, loc->col);
	else if (path)
		buf_addf(b, "%s: ", path);
	else
		buf_adds(b, "rolec: ");
	if (color)
		buf_adds(b, C_RESET);
	diag_paint(b, color, diag_level_color(level), diag_level_word[level]);
	buf_adds(b, ": ");
	diag_paint(b, color, C_BOLD, msg);
}

/* The source line in a numbered gutter and the caret under the range. */
static void diag_text_excerpt(struct buf *b, int color,
			      const struct diag_loc *loc)
{
	char num[16];
	int width;

	if (!loc->text)
		return;
	width = snprintf(num, sizeof(num), "%5u", loc->line);
	buf_addf(b, "%s | %s\n", num, loc->text);
	buf_pad(b, ' ', (size_t)width + 1);
	buf_adds(b, "| ");
	buf_pad(b, ' ', loc->cell);
	if (color)
		buf_adds(b, C_GREEN);
	buf_addc(b, '^');
	buf_pad(b, '~', loc->cells - 1);
	if (color)
		buf_adds(b, C_RESET);
	buf_addc(b, '\n');
}

static void diag_text_suffix(struct buf *b, const struct diag *d)
{
	const char *w = diag_wname(d->id);

	if (!w)
		buf_addf(b, " [%s]", diag_code(d->id));
	else if (d->level == DIAG_LEVEL_ERROR)
		buf_addf(b, " [-Werror=%s]", w);
	else
		buf_addf(b, " [-W%s]", w);
}

void diag_text_write(struct buf *b, const struct diag *d, int color)
{
	const struct diag_note *n;

	diag_text_head(b, color, &d->loc, NULL, d->level, d->msg);
	diag_text_suffix(b, d);
	buf_addc(b, '\n');
	diag_text_excerpt(b, color, &d->loc);
	for (n = d->notes; n; n = n->next) {
		const struct diag_loc *loc = n->loc.path ? &n->loc : &d->loc;

		diag_text_head(b, color, loc, NULL, n->level, n->msg);
		buf_addc(b, '\n');
	}
}

static int diag_cmp(const void *pa, const void *pb)
{
	const struct diag *a = *(struct diag *const *)pa;
	const struct diag *b = *(struct diag *const *)pb;
	int c = strcmp(a->loc.path ? a->loc.path : "",
		       b->loc.path ? b->loc.path : "");

	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The pending diagnostics of one file, in the order of the text. */
static struct diag **diag_sorted(struct diag_sink *s, size_t *count)
{
	struct diag **v, *d;
	size_t n = 0;

	for (d = s->head; d; d = d->next)
		n++;
	v = mem_must_alloc((n ? n : 1) * sizeof(*v));
	n = 0;
	for (d = s->head; d; d = d->next)
		v[n++] = d;
	qsort(v, n, sizeof(*v), diag_cmp);
	*count = n;
	return v;
}

static int diag_over_limit(struct diag_sink *s, const struct diag *d)
{
	if (d->level != DIAG_LEVEL_ERROR)
		return s->cfg.max_errors
		    && s->shown_errors >= s->cfg.max_errors;
	if (s->cfg.max_errors && s->shown_errors >= s->cfg.max_errors)
		return 1;
	s->shown_errors++;
	return 0;
}

static void diag_write_one(struct diag_sink *s, struct buf *b,
			   const struct diag *d)
{
	switch (s->cfg.format) {
	case DIAG_TEXT:
		diag_text_write(b, d, s->cfg.color);
		break;
	case DIAG_GITHUB:
		diag_github_write(b, d);
		break;
	case DIAG_JSON:
	case DIAG_SARIF:
		diag_machine_add(s, d);
		break;
	}
}

void diag_flush(struct diag_sink *s)
{
	struct buf b = BUF_INIT;
	struct diag **v;
	size_t n, i;

	v = diag_sorted(s, &n);
	for (i = 0; i < n; i++)
		if (!diag_over_limit(s, v[i]))
			diag_write_one(s, &b, v[i]);
	for (i = 0; i < n; i++)
		diag_free_one(v[i]);
	mem_free(v);
	s->head = NULL;
	s->tail = &s->head;

	if (b.len && s->out)
		fwrite(b.data, 1, b.len, s->out);
	buf_release(&b);
}

static void diag_text_count(struct diag_sink *s)
{
	struct buf b = BUF_INIT;

	if (!s->errors && !s->warnings)
		return;
	if (s->errors)
		buf_addf(&b, "%lu error%s", s->errors,
			 s->errors == 1 ? "" : "s");
	if (s->errors && s->warnings)
		buf_adds(&b, ", ");
	if (s->warnings)
		buf_addf(&b, "%lu warning%s", s->warnings,
			 s->warnings == 1 ? "" : "s");
	buf_adds(&b, " generated\n");
	fwrite(b.data, 1, b.len, s->out);
	buf_release(&b);
}

void diag_finish(struct diag_sink *s)
{
	diag_flush(s);
	if (s->cfg.format == DIAG_TEXT)
		diag_text_count(s);
	else if (s->cfg.format == DIAG_JSON || s->cfg.format == DIAG_SARIF)
		diag_machine_finish(s);
	fflush(s->out);
}
