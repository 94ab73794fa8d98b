/*
 * source.h - one input file in memory, and positions inside it.
 *
 * The text is followed by one NUL byte, the lexer's sentinel; a NUL inside
 * the text is an ordinary error for the lexer.  Positions are byte offsets
 * everywhere; source_locate turns one into a line and a column only when a
 * diagnostic is printed.
 */
#ifndef ROLEC_SOURCE_H
#define ROLEC_SOURCE_H

#include <stddef.h>
#include <stdint.h>

/* Largest file rolec reads; a larger one is a diagnostic, not a crash. */
#define SOURCE_MAX_SIZE (16u * 1024 * 1024)

struct source {
	char *path;		/* as named on the command line */
	unsigned char *text;	/* len bytes, then a NUL */
	uint32_t len;
	uint32_t *lines;	/* offset of each line start, built lazily */
	uint32_t nlines;
};

enum source_status {
	SOURCE_OK,
	SOURCE_ERRNO,		/* see errno */
	SOURCE_TOO_BIG
};

/* Read path ("-" is standard input) into src. */
enum source_status source_load(struct source *src, const char *path);

/* Use a copy of the len bytes at text, named path (tests, fuzzing). */
void source_init_mem(struct source *src, const char *path,
		     const void *text, size_t len);

void source_release(struct source *src);

struct source_pos {
	uint32_t line;		/* 1-based */
	uint32_t col;		/* 1-based, in Unicode code points */
	uint32_t line_start;	/* byte offset of the line */
	uint32_t line_end;	/* offset of its line end (or of the end) */
};

/* The 1-based line of byte offset off, without the column's work. */
uint32_t source_line(struct source *src, uint32_t off);

/* Line and column of byte offset off (clamped to the text). */
struct source_pos source_locate(struct source *src, uint32_t off);

/* Display cells of the bytes [from, to) of one line: a tab advances to the
 * next multiple of 8, an East Asian wide character takes two cells. */
uint32_t source_cells(const struct source *src, uint32_t from, uint32_t to,
		      uint32_t start_cell);

/* Decode one UTF-8 sequence at s (already validated by the lexer or not):
 * returns its length (1 for a bad byte) and stores the code point. */
int source_utf8_decode(const unsigned char *s, const unsigned char *end,
		       uint32_t *cp);

/* Whether code point cp takes two terminal cells. */
int source_is_wide(uint32_t cp);

#endif
