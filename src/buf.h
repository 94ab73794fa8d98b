/*
 * buf.h - a growable byte buffer for building output.
 *
 * Reports are built whole in memory and written only when the run has no
 * error, so that a failed run never leaves a partial file.
 */
#ifndef ROLEC_BUF_H
#define ROLEC_BUF_H

#include <stddef.h>

struct buf {
	char *data;	/* NUL-terminated when len > 0 */
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_init(struct buf *b);
void buf_release(struct buf *b);
void buf_reset(struct buf *b);

void buf_add(struct buf *b, const void *data, size_t len);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Append n copies of c. */
void buf_pad(struct buf *b, char c, size_t n);

#endif
