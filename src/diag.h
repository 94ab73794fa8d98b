/*
 * diag.h - diagnostics: collected, counted, then printed.
 *
 * A diagnostic is resolved when it is made: path, line, column and a copy
 * of the source line are stored in it, so it outlives the source it points
 * into (a catalogue releases each file once its role is summarised).
 * Printing happens in diag_flush, in the order of the input.
 */
#ifndef ROLEC_DIAG_H
#define ROLEC_DIAG_H

#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "buf.h"
#include "source.h"

enum diag_id {
#define DIAG_X(name, code, kind, wname, summary) DIAG_##name,
#include "diag_codes.h"
#undef DIAG_X
	DIAG_COUNT
};

enum diag_level { DIAG_LEVEL_ERROR, DIAG_LEVEL_WARNING, DIAG_LEVEL_NOTE,
		  DIAG_LEVEL_HELP };

enum diag_format { DIAG_TEXT, DIAG_JSON, DIAG_SARIF, DIAG_GITHUB };

/* A place in a source: what a diagnostic or a note points at. */
struct diag_loc {
	char *path;		/* NULL: no place (a note of advice) */
	uint32_t line, col;	/* 1-based; col in code points */
	uint32_t end_line, end_col;	/* exclusive end */
	char *text;		/* the source line, control chars replaced */
	uint32_t cell, cells;	/* caret start and width, in screen cells */
};

struct diag_note {
	enum diag_level level;	/* NOTE or HELP */
	struct diag_loc loc;
	char *msg;
	struct diag_note *next;
};

struct diag {
	enum diag_id id;
	enum diag_level level;
	unsigned long seq;	/* creation order, for a stable sort */
	struct diag_loc loc;
	char *msg;
	struct diag_note *notes, **notes_tail;
	struct diag *next;
};

/* How warnings are treated, from the -W options. */
struct diag_config {
	unsigned char enabled[DIAG_COUNT];
	unsigned char as_error[DIAG_COUNT];
	int all_errors;		/* -Werror */
	int none;		/* -w */
	unsigned long max_errors;	/* 0: no limit */
	enum diag_format format;
	int color;
};

struct diag_sink {
	struct diag_config cfg;
	struct diag *head, **tail;	/* pending, not yet printed */
	unsigned long seq;
	unsigned long errors, warnings;	/* printed and pending */
	unsigned long shown_errors;
	int limit_hit;		/* a resource limit stopped part of the job */
	FILE *out;
	struct buf machine;	/* JSON and SARIF are written whole at end */
	unsigned long machine_count;
};

void diag_config_init(struct diag_config *cfg);

/* Parse one -W option's argument (after "-W"); returns 0 if it names no
 * warning, so the caller can warn about it. */
int diag_config_option(struct diag_config *cfg, const char *arg);

void diag_sink_init(struct diag_sink *s, FILE *out);
void diag_sink_release(struct diag_sink *s);

/* A diagnostic on bytes [start, end) of src (end == start: one place).
 * Returns NULL if the warning is disabled; notes then go nowhere. */
struct diag *diag_at(struct diag_sink *s, enum diag_id id,
		     struct source *src, uint32_t start, uint32_t end,
		     const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* A diagnostic about a file as a whole, or the run (src may be NULL). */
struct diag *diag_file(struct diag_sink *s, enum diag_id id,
		       const char *path, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* A note (a place) or help (src NULL: advice) attached to d; d may be
 * NULL, for a suppressed warning. */
void diag_note(struct diag *d, enum diag_level level, struct source *src,
	       uint32_t start, uint32_t end, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Resolve a place now, into arena, to report on it after src is gone.
 * path, when not NULL, is a copy of src->path already in arena, shared
 * instead of copied again. */
void diag_capture(struct diag_loc *loc, struct arena *arena,
		  struct source *src, uint32_t start, uint32_t end,
		  const char *path);

/* diag_at and diag_note for a captured place. */
struct diag *diag_at_loc(struct diag_sink *s, enum diag_id id,
			 const struct diag_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_note_loc(struct diag *d, enum diag_level level,
		   const struct diag_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Print every pending diagnostic, sorted by place, and free them. */
void diag_flush(struct diag_sink *s);

/* End of the run: the closing count, and the machine formats' document. */
void diag_finish(struct diag_sink *s);

/* The warning about an unknown -W name, with the nearest valid one. */
void diag_unknown_option(struct diag_sink *s, const char *name);

const char *diag_code(enum diag_id id);
const char *diag_wname(enum diag_id id);
const char *diag_summary(enum diag_id id);
int diag_is_warning(enum diag_id id);

#endif
