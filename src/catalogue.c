/*
 * catalogue.c - finding, compiling and collecting the roles of a run.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalogue.h"
#include "check.h"
#include "link.h"
#include "mem.h"
#include "parse.h"
#include "score.h"

/* Directory nesting followed at most; deeper trees are a limit. */
#define CATALOGUE_MAX_DEPTH 64

void catalogue_init(struct catalogue *cat)
{
	memset(cat, 0, sizeof(*cat));
	arena_init(&cat->arena);
}

void catalogue_release(struct catalogue *cat)
{
	size_t i;

	for (i = 0; i < cat->nfiles; i++) {
		mem_free(cat->files[i].path);
		mem_free(cat->files[i].key);
	}
	mem_free(cat->files);
	mem_free(cat->roles);
	arena_release(&cat->arena);
	memset(cat, 0, sizeof(*cat));
}

static char *catalogue_strdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(mem_must_alloc(n), s, n);
}

/* The file's identity: its real path, so that "a.role" and "./a.role"
 * are one file. */
static char *catalogue_key(const char *path)
{
	char real[PATH_MAX];

	/* A buffer of our own: realpath's malloc would bypass mem.h and
	 * leak if the copy below ran out of memory. */
	return catalogue_strdup(realpath(path, real) ? real : path);
}

static void catalogue_push_path(struct catalogue *cat, const char *path,
				int reported)
{
	struct catalogue_file *f;

	if (cat->nfiles == cat->file_cap) {
		cat->file_cap = cat->file_cap ? cat->file_cap * 2 : 16;
		cat->files = mem_must_realloc(cat->files, cat->file_cap
						  * sizeof(*cat->files));
	}
	f = &cat->files[cat->nfiles++];
	f->path = catalogue_strdup(path);
	f->key = strcmp(path, "-") ? catalogue_key(path)
				   : catalogue_strdup("-");
	f->reported = reported;
}

static int catalogue_is_role_file(const char *name)
{
	size_t n = strlen(name);

	return n > 5 && !strcmp(name + n - 5, ".role");
}

/* The directories being walked, to stop at a symbolic-link loop. */
struct catalogue_walk {
	dev_t dev[CATALOGUE_MAX_DEPTH];
	ino_t ino[CATALOGUE_MAX_DEPTH];
	int depth;
};

static void catalogue_walk(struct catalogue *cat, const char *dir,
			   struct catalogue_walk *w, struct diag_sink *diags,
			   int reported);

static void catalogue_entry(struct catalogue *cat, const char *path,
			    struct catalogue_walk *w, struct diag_sink *diags,
			    int reported)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return;		/* a dangling link: not a role file */
	if (S_ISDIR(st.st_mode))
		catalogue_walk(cat, path, w, diags, reported);
	else if (S_ISREG(st.st_mode) && catalogue_is_role_file(path))
		catalogue_push_path(cat, path, reported);
}

static int catalogue_seen(struct catalogue_walk *w, const struct stat *st)
{
	int i;

	for (i = 0; i < w->depth; i++)
		if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino)
			return 1;
	return 0;
}

static void catalogue_walk(struct catalogue *cat, const char *dir,
			   struct catalogue_walk *w, struct diag_sink *diags,
			   int reported)
{
	struct dirent *e;
	struct stat st;
	DIR *d;

	if (stat(dir, &st) != 0 || catalogue_seen(w, &st))
		return;
	if (w->depth == CATALOGUE_MAX_DEPTH) {
		diag_file(diags, DIAG_LIMIT, dir,
			  "directories nested more than %d deep",
			  CATALOGUE_MAX_DEPTH);
		cat->failed = 1;
		return;
	}
	d = opendir(dir);
	if (!d) {
		diag_file(diags, DIAG_IO, dir, "cannot read directory: %s",
			  strerror(errno));
		cat->failed = 1;
		return;
	}
	w->dev[w->depth] = st.st_dev;
	w->ino[w->depth++] = st.st_ino;
	while ((e = readdir(d)) != NULL) {
		struct buf path = BUF_INIT;

		if (e->d_name[0] == '.')
			continue;
		buf_addf(&path, "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		catalogue_entry(cat, path.data, w, diags, reported);
		buf_release(&path);
	}
	closedir(d);
	w->depth--;
}

void catalogue_add_path(struct catalogue *cat, const char *path,
			struct diag_sink *diags)
{
	struct catalogue_walk w;
	struct stat st;

	w.depth = 0;
	if (strcmp(path, "-") != 0 && stat(path, &st) == 0
	    && S_ISDIR(st.st_mode)) {
		size_t before = cat->nfiles;

		cat->complete = 1;
		catalogue_walk(cat, path, &w, diags, 1);
		if (cat->nfiles == before && !cat->failed)
			diag_file(diags, DIAG_EMPTY, path,
				  "no .role file in this directory");
		return;
	}
	catalogue_push_path(cat, path, 1);
}

void catalogue_add_context(struct catalogue *cat, const char *dir,
			   struct diag_sink *diags)
{
	struct catalogue_walk w;
	struct stat st;

	w.depth = 0;
	cat->complete = 1;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		const char *why = "not a directory";

		if (stat(dir, &st) != 0)
			why = strerror(errno);
		diag_file(diags, DIAG_IO, dir, "cannot read directory: %s",
			  why);
		cat->failed = 1;
		return;
	}
	catalogue_walk(cat, dir, &w, diags, 0);
}

static void catalogue_push_role(struct catalogue *cat, struct model_role *m)
{
	if (cat->nroles == cat->cap) {
		cat->cap = cat->cap ? cat->cap * 2 : 64;
		cat->roles = mem_must_realloc(cat->roles,
					      cat->cap * sizeof(*cat->roles));
	}
	cat->roles[cat->nroles++] = m;
}

static void catalogue_compile_roles(struct catalogue *cat,
				    struct source *src,
				    struct diag_sink *diags, int reported)
{
	struct arena tree;
	struct ast_file file;
	struct ast_role *r;

	arena_init(&tree);
	if (parse_file(src, &tree, diags, &file) == 0 && !file.nroles)
		diag_at(diags, DIAG_EMPTY, src, 0, 0,
			"file holds no role");
	for (r = file.roles; r; r = r->next) {
		struct model_role *m = check_role(src, r, &cat->arena, diags);

		if (!m->invalid && !score_role(m, diags))
			m->invalid = 1;
		m->reported = reported;
		catalogue_push_role(cat, m);
	}
	arena_release(&tree);
}

void catalogue_compile_source(struct catalogue *cat, struct source *src,
			      struct diag_sink *diags)
{
	catalogue_compile_roles(cat, src, diags, 1);
}

static int catalogue_cmp_key(const void *pa, const void *pb)
{
	const struct catalogue_file *a = pa, *b = pb;
	int c = strcmp(a->key, b->key);

	/* A file both named and under --catalogue is a named one. */
	return c ? c : b->reported - a->reported;
}

static int catalogue_cmp_path(const void *pa, const void *pb)
{
	const struct catalogue_file *a = pa, *b = pb;

	return strcmp(a->path, b->path);
}

void catalogue_sort_files(struct catalogue *cat)
{
	size_t i, n = 0;

	qsort(cat->files, cat->nfiles, sizeof(*cat->files),
	      catalogue_cmp_key);
	for (i = 0; i < cat->nfiles; i++) {
		if (n && !strcmp(cat->files[i].key, cat->files[n - 1].key)
		    && strcmp(cat->files[i].key, "-")) {
			mem_free(cat->files[i].path);
			mem_free(cat->files[i].key);
			continue;
		}
		cat->files[n++] = cat->files[i];
	}
	cat->nfiles = n;
	qsort(cat->files, cat->nfiles, sizeof(*cat->files),
	      catalogue_cmp_path);
}

static void catalogue_compile_file(struct catalogue *cat,
				   const struct catalogue_file *f,
				   struct diag_sink *diags)
{
	enum source_status st;
	struct diag_sink quiet;
	struct source src;

	st = source_load(&src, f->path);
	if (st == SOURCE_ERRNO) {
		diag_file(diags, DIAG_IO, f->path, "cannot read file: %s",
			  strerror(errno));
		cat->failed = 1;
	} else if (st == SOURCE_TOO_BIG) {
		diag_file(diags, DIAG_LIMIT, f->path,
			  "file larger than %u bytes", SOURCE_MAX_SIZE);
		cat->failed = 1;
	} else if (f->reported) {
		catalogue_compile_roles(cat, &src, diags, 1);
	} else {
		diag_sink_init(&quiet, NULL);
		catalogue_compile_roles(cat, &src, &quiet, 0);
		diag_sink_release(&quiet);
	}
	diag_flush(diags);
	source_release(&src);
}

/* Only the named files' roles are emitted; context roles stay in the
 * arena as targets of references. */
static void catalogue_keep_reported(struct catalogue *cat)
{
	size_t i, n = 0;

	for (i = 0; i < cat->nroles; i++)
		if (cat->roles[i]->reported)
			cat->roles[n++] = cat->roles[i];
	cat->nroles = n;
}

void catalogue_compile(struct catalogue *cat, struct diag_sink *diags)
{
	size_t i;

	catalogue_sort_files(cat);
	for (i = 0; i < cat->nfiles; i++)
		catalogue_compile_file(cat, &cat->files[i], diags);
	link_catalogue(cat, diags);
	diag_flush(diags);
	catalogue_keep_reported(cat);
}
