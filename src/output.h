/*
 * output.h - writing a finished report: to standard output, or to a file
 * atomically, so that a reader never sees a partial file and a failed
 * write leaves the old file as it was.
 */
#ifndef ROLEC_OUTPUT_H
#define ROLEC_OUTPUT_H

#include <stddef.h>

/* Write len bytes to path ("-" or NULL: standard output).  A file is
 * written to a temporary file in the same directory, given the old file's
 * mode (or 0666 less the umask), flushed to disk and renamed over path.
 * Returns 0, or -1 with errno set and no change to path. */
int output_write(const char *path, const char *data, size_t len);

#endif
