/*
 * output.h - writing a finished report: to standard output, or to a file
 * atomically, so that a reader never sees a partial file and a failed
 * write leaves the old file as it was.
 */
#ifndef ROLEC_OUTPUT_H
#define ROLEC_OUTPUT_H

#include <stddef.h>

/* A report being written: to a temporary file beside the target, or to
 * standard output.  Nothing replaces the target before output_commit. */
struct output {
	const char *path;	/* the target; NULL for standard output */
	char *tmp;		/* the temporary file's name */
	int fd;
	int err;		/* the first write error's errno, or 0 */
	char real[4096];	/* the target, through a symbolic link */
};

/* Open o for path ("-" or NULL: standard output).  Returns 0, or -1
 * with errno set. */
int output_open(struct output *o, const char *path);

/* Append len bytes; an error is kept in o->err for output_commit. */
void output_add(struct output *o, const char *data, size_t len);

/* Finish: flush, set the mode, rename over the target.  Returns 0, or
 * -1 with errno set and the target as it was. */
int output_commit(struct output *o);

/* Give up: remove the temporary file, leave the target as it was. */
void output_abort(struct output *o);

/* A buf drain (see buf.h) that sends the buffer to the output in
 * b->sink. */
void output_drain(struct buf *b);

/* Write len bytes to path ("-" or NULL: standard output).  A file is
 * written to a temporary file in the same directory, given the old file's
 * mode (or 0666 less the umask), flushed to disk and renamed over path.
 * Returns 0, or -1 with errno set and no change to path. */
int output_write(const char *path, const char *data, size_t len);

#endif
