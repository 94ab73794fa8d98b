/*
 * main_fmt.c - rolec fmt: print, list, diff, check or rewrite files in
 * the canonical layout.
 *
 * Unlike some formatters, the listing modes fail (exit 1) when a file
 * would change, so that they can gate a CI job.  -w rewrites a file only
 * when its layout changes, atomically and keeping its mode; a file that
 * does not parse is left as it is.
 */
#include <errno.h>
#include <getopt.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "catalogue.h"
#include "fmt.h"
#include "main_fmt.h"
#include "mem.h"
#include "output.h"

extern char **environ;

struct fmt_opts {
	int write, list, diff, check;
	int status;
	struct diag_sink diags;
};

static void fmt_usage_error(const char *what, const char *arg)
{
	fprintf(stderr, "rolec: %s '%s'\n"
		"Try 'rolec --help' for more information.\n", what, arg);
}

/* A temporary file holding len bytes; its name is written to name. */
static int fmt_temp(char *name, size_t size, const char *data, size_t len)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(name, size, "%s/rolec-fmt.XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(name);
	if (fd < 0)
		return -1;
	if (write(fd, data, len) != (ssize_t)len) {
		close(fd);
		unlink(name);
		return -1;
	}
	return close(fd);
}

/* diff -u between the file as it is and as it would be formatted. */
static int fmt_show_diff(const char *path, const struct source *src,
			 const struct buf *out)
{
	char old[4096], new[4096], la[4200], lb[4200];
	char *argv[] = { "diff", "-u", "--label", la, "--label", lb, old, new,
			 NULL };
	int status = -1;
	pid_t pid;

	snprintf(la, sizeof(la), "%s", path);
	snprintf(lb, sizeof(lb), "%s (formatted)", path);
	if (fmt_temp(old, sizeof(old), (const char *)src->text, src->len))
		return -1;
	if (fmt_temp(new, sizeof(new), out->data, out->len) == 0) {
		fflush(stdout);
		if (posix_spawnp(&pid, "diff", NULL, NULL, argv, environ) == 0
		    && waitpid(pid, &status, 0) == pid)
			status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
		unlink(new);
	}
	unlink(old);
	return status == 0 || status == 1 ? 0 : -1;
}

static void fmt_fail(struct fmt_opts *o, int status)
{
	if (status > o->status)
		o->status = status;
}

/* What to do with one formatted file. */
static void fmt_act(struct fmt_opts *o, const char *path,
		    const struct source *src, const struct buf *out)
{
	int changed = out->len != src->len
		      || memcmp(out->data ? out->data : "", src->text,
				src->len) != 0;

	if (!o->write && !o->list && !o->diff && !o->check) {
		fwrite(out->data ? out->data : "", 1, out->len, stdout);
		return;
	}
	if (!changed)
		return;
	if (o->list || o->check)
		printf("%s\n", path);
	if (o->check)
		fmt_fail(o, 1);
	if (o->diff && fmt_show_diff(path, src, out)) {
		fprintf(stderr, "rolec: error: cannot run diff for '%s'\n",
			path);
		fmt_fail(o, 2);
	}
	if (o->write && output_write(path, out->data ? out->data : "",
				     out->len)) {
		fprintf(stderr, "rolec: error: cannot write '%s': %s\n", path,
			strerror(errno));
		fmt_fail(o, 2);
	}
}

static void fmt_one(struct fmt_opts *o, const char *path)
{
	struct buf out = BUF_INIT;
	struct source src;
	enum source_status st;

	st = source_load(&src, path);
	if (st != SOURCE_OK) {
		fprintf(stderr, "rolec: error: cannot read '%s': %s\n", path,
			st == SOURCE_TOO_BIG ? "file too large"
					     : strerror(errno));
		fmt_fail(o, 2);
	} else if (fmt_source(&src, &o->diags, &out) != 0) {
		fmt_fail(o, 1);
	} else {
		fmt_act(o, !strcmp(path, "-") ? "<stdin>" : path, &src, &out);
	}
	diag_flush(&o->diags);
	buf_release(&out);
	source_release(&src);
}

static const struct option fmt_long[] = {
	{ "write", no_argument, NULL, 'w' },
	{ "list", no_argument, NULL, 'l' },
	{ "diff", no_argument, NULL, 'd' },
	{ "check", no_argument, NULL, 'c' },
	{ NULL, 0, NULL, 0 },
};

static int fmt_options(struct fmt_opts *o, int argc, char **argv)
{
	int c;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "wld", fmt_long, NULL)) != -1) {
		switch (c) {
		case 'w': o->write = 1; break;
		case 'l': o->list = 1; break;
		case 'd': o->diff = 1; break;
		case 'c': o->check = 1; break;
		default:
			fmt_usage_error("unrecognized option",
					argv[optind - 1]);
			return -1;
		}
	}
	if (optind >= argc) {
		fmt_usage_error("no PATH given to", "fmt");
		return -1;
	}
	return 0;
}

int main_fmt(int argc, char **argv)
{
	struct catalogue files;
	struct fmt_opts o;
	size_t i;
	int k;

	memset(&o, 0, sizeof(o));
	if (fmt_options(&o, argc, argv))
		return 2;
	diag_sink_init(&o.diags, stderr);
	catalogue_init(&files);
	for (k = optind; k < argc; k++) {
		if (o.write && !strcmp(argv[k], "-")) {
			fmt_usage_error("cannot rewrite", "-");
			catalogue_release(&files);
			return 2;
		}
		catalogue_add_path(&files, argv[k], &o.diags);
	}
	catalogue_sort_files(&files);
	for (i = 0; i < files.nfiles; i++)
		fmt_one(&o, files.files[i].path);
	if (files.failed || o.diags.limit_hit)
		fmt_fail(&o, 2);
	diag_finish(&o.diags);
	catalogue_release(&files);
	diag_sink_release(&o.diags);
	return o.status;
}
