/*
 * output.c - atomic replacement of a file.
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
static void output_temp_name(struct buf *b, const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash)
		buf_addf(b, "%.*s/.%s.XXXXXX", (int)(slash - path), path,
			 slash + 1);
	else
		buf_addf(b, ".%s.XXXXXX", path);
}

static int output_file(const char *path, const char *data, size_t len)
{
	struct buf tmp = BUF_INIT;
	int fd, saved;

	output_temp_name(&tmp, path);
	fd = mkstemp(tmp.data);
	if (fd < 0) {
		saved = errno;
		buf_release(&tmp);
		errno = saved;
		return -1;
	}
	if (output_all(fd, data, len) != 0
	    || fchmod(fd, output_mode(path)) != 0 || fsync(fd) != 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	if (close(fd) != 0 || rename(tmp.data, path) != 0) {
		saved = errno;
		goto fail;
	}
	buf_release(&tmp);
	return 0;

fail:
	unlink(tmp.data);
	buf_release(&tmp);
	errno = saved;
	return -1;
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

int output_write(const char *path, const char *data, size_t len)
{
	char real[PATH_MAX];
	struct stat st;

	if (path && strcmp(path, "-") != 0) {
		/* Through a symbolic link, the file it names is replaced
		 * and the link kept. */
		if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)
		    && realpath(path, real))
			path = real;
		if (output_file(path, data, len))
			return -1;
		output_sync_dir(path);
		return 0;
	}
	if (len && fwrite(data, 1, len, stdout) != len)
		return -1;
	return fflush(stdout) == 0 && !ferror(stdout) ? 0 : -1;
}
