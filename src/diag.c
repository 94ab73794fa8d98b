/*
 * diag.c - making, counting and printing diagnostics.
 *
 * The text form is GNU's "path:line:col: error: message", the source line in
 * a numbered gutter, and a caret under the offending range; the column
 * counts code points (a tab is one), the caret is placed in screen cells.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "diag_machine.h"
#include "suggest.h"
#include "mem.h"

static const struct {
	const char *code;
	int warning;
	const char *wname;
	const char *summary;
} diag_table[] = {
#define ERROR 0
#define WARNING 1
#define DIAG_X(name, code, kind, wname, summary) \
	{ code, kind, wname, summary },
#include "diag_codes.h"
#undef DIAG_X
#undef ERROR
#undef WARNING
};

const char *diag_code(enum diag_id id) { return diag_table[id].code; }
const char *diag_wname(enum diag_id id) { return diag_table[id].wname; }
const char *diag_summary(enum diag_id id) { return diag_table[id].summary; }
int diag_is_warning(enum diag_id id) { return diag_table[id].warning; }

void diag_config_init(struct diag_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	memset(cfg->enabled, 1, sizeof(cfg->enabled));
}

static int diag_find_wname(const char *name)
{
	int i;

	for (i = 0; i < DIAG_COUNT; i++)
		if (diag_table[i].wname && !strcmp(diag_table[i].wname, name))
			return i;
	return -1;
}

int diag_config_option(struct diag_config *cfg, const char *arg)
{
	int enable = 1, error = 0, i;

	if (!strcmp(arg, "all") || !strcmp(arg, "extra"))
		return memset(cfg->enabled, 1, sizeof(cfg->enabled)), 1;
	if (!strcmp(arg, "error"))
		return cfg->all_errors = 1;
	if (!strcmp(arg, "no-error"))
		return cfg->all_errors = 0, 1;

	if (!strncmp(arg, "no-error=", 9))
		arg += 9, error = -1;
	else if (!strncmp(arg, "error=", 6))
		arg += 6, error = 1;
	else if (!strncmp(arg, "no-", 3))
		arg += 3, enable = 0;

	i = diag_find_wname(arg);
	if (i < 0)
		return 0;
	if (error)
		cfg->as_error[i] = error > 0 ? 1 : 2;
	if (error > 0 || !error)
		cfg->enabled[i] = (unsigned char)enable;
	return 1;
}

void diag_sink_init(struct diag_sink *s, FILE *out)
{
	memset(s, 0, sizeof(*s));
	diag_config_init(&s->cfg);
	s->tail = &s->head;
	s->out = out;
	buf_init(&s->machine);
}

static void diag_loc_release(struct diag_loc *loc)
{
	mem_free(loc->path);
	mem_free(loc->text);
}

void diag_free_one(struct diag *d)
{
	struct diag_note *n = d->notes;

	while (n) {
		struct diag_note *next = n->next;

		diag_loc_release(&n->loc);
		mem_free(n->msg);
		mem_free(n);
		n = next;
	}
	diag_loc_release(&d->loc);
	mem_free(d->msg);
	mem_free(d);
}

void diag_sink_release(struct diag_sink *s)
{
	struct diag *d = s->head;

	while (d) {
		struct diag *next = d->next;

		diag_free_one(d);
		d = next;
	}
	s->head = NULL;
	s->tail = &s->head;
	buf_release(&s->machine);
}

static char *diag_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(mem_must_alloc(n), s, n);
}

static char *diag_vformat(const char *fmt, va_list ap)
{
	struct buf b = BUF_INIT;
	va_list cp;
	int n;

	va_copy(cp, ap);
	n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		n = 0;
	b.data = mem_must_alloc((size_t)n + 1);
	vsnprintf(b.data, (size_t)n + 1, fmt, ap);
	return b.data;
}

/* Append code point cp as UTF-8. */
static void diag_put_utf8(struct buf *b, uint32_t cp)
{
	char u[4];

	if (cp < 0x80) {
		buf_addc(b, (char)cp);
		return;
	}
	if (cp < 0x800) {
		u[0] = (char)(0xc0 | cp >> 6);
		u[1] = (char)(0x80 | (cp & 0x3f));
		buf_add(b, u, 2);
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | cp >> 12);
		u[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		buf_add(b, u, 3);
	} else {
		u[0] = (char)(0xf0 | cp >> 18);
		u[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		u[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		buf_add(b, u, 4);
	}
}

/* Whether code point cp is safe to echo to a terminal as it is. */
static int diag_printable(uint32_t cp)
{
	return cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0)
	    && !(cp >= 0xd800 && cp <= 0xdfff) && cp <= 0x10ffff
	    && !(cp >= 0x202a && cp <= 0x202e)
	    && !(cp >= 0x2066 && cp <= 0x2069);
}

/*
 * Copy the line into loc->text for echoing: tabs expanded to the next
 * multiple of 8, control characters, invalid bytes and bidirectional
 * controls shown as U+FFFD; the caret cells follow the same walk.
 */
static void diag_echo_line(struct diag_loc *loc, const struct source *src,
			   uint32_t from, uint32_t to, uint32_t start,
			   uint32_t end)
{
	const unsigned char *p = src->text + from, *e = src->text + to;
	struct buf b = BUF_INIT;
	uint32_t cell = 0;

	loc->cell = 0;
	loc->cells = 0;
	while (p < e) {
		uint32_t off = (uint32_t)(p - src->text), cp, w;
		int n;

		if (*p >= 0x20 && *p < 0x7f) {
			/* Printable ASCII, the usual case: one cell a byte. */
			if (off == start)
				loc->cell = cell;
			if (off >= start && off < end)
				loc->cells++;
			buf_addc(&b, (char)*p++);
			cell++;
			continue;
		}
		n = source_utf8_decode(p, e, &cp);

		if (off == start)
			loc->cell = cell;
		w = cp == '\t' ? 8 - cell % 8 : source_is_wide(cp) ? 2 : 1;
		if (cp == '\t')
			buf_pad(&b, ' ', w);
		else
			diag_put_utf8(&b, diag_printable(cp) ? cp : 0xfffd);
		if (off >= start && off < end)
			loc->cells += w;
		cell += w;
		p += n;
	}
	if (start >= to)
		loc->cell = cell;
	if (loc->cells == 0)
		loc->cells = 1;
	loc->text = b.data ? b.data : diag_strdup("");
}

static void diag_locate(struct diag_loc *loc, struct source *src,
			uint32_t start, uint32_t end)
{
	struct source_pos a, z;

	memset(loc, 0, sizeof(*loc));
	if (!src)
		return;
	if (end < start)
		end = start;

	a = source_locate(src, start);
	z = source_locate(src, end);
	loc->path = diag_strdup(src->path);
	loc->line = a.line;
	loc->col = a.col;
	loc->end_line = z.line;
	loc->end_col = z.col;
	if (z.line != a.line)
		end = a.line_end;
	diag_echo_line(loc, src, a.line_start, a.line_end, start, end);
}

/* The level a diagnostic of kind id prints at, or -1 when it is off. */
static int diag_effective_level(const struct diag_config *cfg,
				enum diag_id id)
{
	if (!diag_table[id].warning)
		return DIAG_LEVEL_ERROR;
	if (cfg->none || !cfg->enabled[id])
		return -1;
	if (cfg->as_error[id] == 1
	    || (cfg->all_errors && cfg->as_error[id] != 2))
		return DIAG_LEVEL_ERROR;
	return DIAG_LEVEL_WARNING;
}

static struct diag *diag_new(struct diag_sink *s, enum diag_id id,
			     const char *fmt, va_list ap)
{
	int level = diag_effective_level(&s->cfg, id);
	struct diag *d;

	if (level < 0)
		return NULL;
	d = mem_must_alloc(sizeof(*d));
	memset(d, 0, sizeof(*d));
	d->id = id;
	d->level = (enum diag_level)level;
	d->seq = s->seq++;
	d->msg = diag_vformat(fmt, ap);
	d->notes_tail = &d->notes;
	*s->tail = d;
	s->tail = &d->next;
	if (id == DIAG_LIMIT)
		s->limit_hit = 1;
	if (level == DIAG_LEVEL_ERROR)
		s->errors++;
	else
		s->warnings++;
	return d;
}

struct diag *diag_at(struct diag_sink *s, enum diag_id id,
		     struct source *src, uint32_t start, uint32_t end,
		     const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	va_start(ap, fmt);
	d = diag_new(s, id, fmt, ap);
	va_end(ap);
	if (d)
		diag_locate(&d->loc, src, start, end);
	return d;
}

struct diag *diag_file(struct diag_sink *s, enum diag_id id,
		       const char *path, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	va_start(ap, fmt);
	d = diag_new(s, id, fmt, ap);
	va_end(ap);
	if (d && path)
		d->loc.path = diag_strdup(path);
	return d;
}

/* A note at the end of d's list; its place is for the caller to set. */
static struct diag_note *diag_add_note(struct diag *d, enum diag_level level,
				       const char *fmt, va_list ap)
{
	struct diag_note *n = mem_must_alloc(sizeof(*n));

	memset(n, 0, sizeof(*n));
	n->level = level;
	n->msg = diag_vformat(fmt, ap);
	*d->notes_tail = n;
	d->notes_tail = &n->next;
	return n;
}

void diag_note(struct diag *d, enum diag_level level, struct source *src,
	       uint32_t start, uint32_t end, const char *fmt, ...)
{
	struct diag_note *n;
	va_list ap;

	if (!d)
		return;
	va_start(ap, fmt);
	n = diag_add_note(d, level, fmt, ap);
	va_end(ap);
	diag_locate(&n->loc, src, start, end);
}

void diag_capture(struct diag_loc *loc, struct arena *arena,
		  struct source *src, uint32_t start, uint32_t end,
		  const char *path)
{
	struct diag_loc tmp;

	diag_locate(&tmp, src, start, end);
	*loc = tmp;
	if (path)
		loc->path = (char *)path;
	else if (tmp.path)
		loc->path = arena_strndup(arena, tmp.path, strlen(tmp.path));
	if (tmp.text)
		loc->text = arena_strndup(arena, tmp.text, strlen(tmp.text));
	diag_loc_release(&tmp);
}

static void diag_copy_loc(struct diag_loc *to, const struct diag_loc *from)
{
	*to = *from;
	to->path = from->path ? diag_strdup(from->path) : NULL;
	to->text = from->text ? diag_strdup(from->text) : NULL;
}

struct diag *diag_at_loc(struct diag_sink *s, enum diag_id id,
			 const struct diag_loc *loc, const char *fmt, ...)
{
	struct diag *d;
	va_list ap;

	va_start(ap, fmt);
	d = diag_new(s, id, fmt, ap);
	va_end(ap);
	if (d)
		diag_copy_loc(&d->loc, loc);
	return d;
}

void diag_note_loc(struct diag *d, enum diag_level level,
		   const struct diag_loc *loc, const char *fmt, ...)
{
	struct diag_note *n;
	va_list ap;

	if (!d)
		return;
	va_start(ap, fmt);
	n = diag_add_note(d, level, fmt, ap);
	va_end(ap);
	diag_copy_loc(&n->loc, loc);
}

void diag_unknown_option(struct diag_sink *s, const char *name)
{
	const char *names[DIAG_COUNT];
	const char *near, *bare = name;
	struct diag *d;
	int i, n = 0;

	for (i = 0; i < DIAG_COUNT; i++)
		if (diag_table[i].wname)
			names[n++] = diag_table[i].wname;
	if (!strncmp(bare, "no-", 3))
		bare += 3;
	near = suggest_nearest(bare, names, (size_t)n);
	d = diag_file(s, DIAG_UNKNOWN_WARNING, NULL,
		      "unknown warning option '-W%s'", name);
	if (near)
		diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0,
			  "did you mean '-W%s%s'?", bare != name ? "no-" : "",
			  near);
}
