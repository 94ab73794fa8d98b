/*
 * output.c - writing reports and rewritten files atomically.
 *
 * A file is written to a temporary file in its own directory (so that
 * the final rename stays within one file system), given the old file's
 * mode, flushed to disk and renamed over the target; the directory is
 * then flushed too.  Any error removes the temporary file and leaves the
 * target as it was.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "mem.h"
#include "output.h"

static int output_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

static mode_t output_mode(const char *path)
{
	struct stat st;
	mode_t mask;

	if (stat(path, &st) == 0)
		return st.st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

/* "dir/.name.XXXXXX" beside path. */
static char *output_temp_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf b = BUF_INIT;

	if (slash)
		buf_addf(&b, "%.*s/.%s.XXXXXX", (int)(slash - path), path,
			 slash + 1);
	else
		buf_addf(&b, ".%s.XXXXXX", path);
	return b.data;
}

/* Make the rename durable: flush the directory that holds path. */
static void output_sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct buf dir = BUF_INIT;
	int fd;

	if (slash)
		buf_add(&dir, path, (size_t)(slash - path) + (slash == path));
	else
		buf_adds(&dir, ".");
	fd = open(dir.data, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);	/* best effort: the data is already safe */
		close(fd);
	}
	buf_release(&dir);
}

int output_open(struct output *o, const char *path)
{
	struct stat st;

	memset(o, 0, sizeof(*o));
	o->fd = -1;
	if (!path || !strcmp(path, "-"))
		return 0;
	/* Through a symbolic link, the file it names is replaced and the
	 * link kept. */
	o->path = path;
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)
	    && realpath(path, o->real))
		o->path = o->real;
	o->tmp = output_temp_name(o->path);
	o->fd = mkstemp(o->tmp);
	if (o->fd < 0) {
		int saved = errno;

		mem_free(o->tmp);
		o->tmp = NULL;
		errno = saved;
		return -1;
	}
	return 0;
}

void output_add(struct output *o, const char *data, size_t len)
{
	if (o->err || !len)
		return;
	if (!o->path) {
		if (fwrite(data, 1, len, stdout) != len)
			o->err = errno ? errno : EIO;
	} else if (output_all(o->fd, data, len)) {
		o->err = errno;
	}
}

void output_drain(struct buf *b)
{
	output_add(b->sink, b->data, b->len);
	buf_reset(b);
}

void output_abort(struct output *o)
{
	if (o->fd >= 0)
		close(o->fd);
	if (o->tmp) {
		unlink(o->tmp);
		mem_free(o->tmp);
	}
	o->fd = -1;
	o->tmp = NULL;
}

int output_commit(struct output *o)
{
	if (!o->path) {
		if (!o->err && (fflush(stdout) || ferror(stdout)))
			o->err = errno ? errno : EIO;
	} else if (!o->err) {
		int fd = o->fd;

		o->fd = -1;
		if (fchmod(fd, output_mode(o->path)) || fsync(fd)) {
			o->err = errno;
			close(fd);
		} else if (close(fd) || rename(o->tmp, o->path)) {
			o->err = errno;
		}
	}
	if (o->err) {
		int saved = o->err;

		output_abort(o);
		errno = saved;
		return -1;
	}
	if (o->path)
		output_sync_dir(o->path);
	mem_free(o->tmp);
	o->tmp = NULL;
	return 0;
}

int output_write(const char *path, const char *data, size_t len)
{
	struct output o;

	if (output_open(&o, path))
		return -1;
	output_add(&o, data, len);
	return output_commit(&o);
}
