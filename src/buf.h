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
	/* Optional: where buf_drain sends the contents, so that a report of
	 * tens of thousands of roles never sits whole in memory. */
	void (*drain)(struct buf *b);
	void *sink;
};

#define BUF_INIT { NULL, 0, 0, NULL, NULL }

/* Past this many bytes, buf_drain empties the buffer into its sink. */
#define BUF_DRAIN_AT (256u * 1024)

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

/* Emitters call this between records: with a sink and more than
 * BUF_DRAIN_AT bytes held, the contents go to the sink. */
void buf_drain(struct buf *b);

#endif
