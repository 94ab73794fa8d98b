/*
 * catalogue.c - finding, compiling and collecting the roles of a run.
 */
#include <dirent.h>
#include <errno.h>
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

	for (i = 0; i < cat->npaths; i++)
		mem_free(cat->paths[i]);
	mem_free(cat->paths);
	mem_free(cat->roles);
	arena_release(&cat->arena);
	memset(cat, 0, sizeof(*cat));
}

static void catalogue_push_path(struct catalogue *cat, const char *path)
{
	size_t n = strlen(path) + 1;

	if (cat->npaths == cat->path_cap) {
		cat->path_cap = cat->path_cap ? cat->path_cap * 2 : 16;
		cat->paths = mem_must_realloc(cat->paths,
					      cat->path_cap * sizeof(char *));
	}
	cat->paths[cat->npaths] = mem_must_alloc(n);
	memcpy(cat->paths[cat->npaths++], path, n);
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
			   struct catalogue_walk *w, struct diag_sink *diags);

static void catalogue_entry(struct catalogue *cat, const char *path,
			    struct catalogue_walk *w, struct diag_sink *diags)
{
	struct stat st;

	if (stat(path, &st) != 0)
		return;		/* a dangling link: not a role file */
	if (S_ISDIR(st.st_mode))
		catalogue_walk(cat, path, w, diags);
	else if (S_ISREG(st.st_mode) && catalogue_is_role_file(path))
		catalogue_push_path(cat, path);
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
			   struct catalogue_walk *w, struct diag_sink *diags)
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
		catalogue_entry(cat, path.data, w, diags);
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
		cat->complete = 1;
		catalogue_walk(cat, path, &w, diags);
		return;
	}
	catalogue_push_path(cat, path);
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

void catalogue_compile_source(struct catalogue *cat, struct source *src,
			      struct diag_sink *diags)
{
	struct arena tree;
	struct ast_file file;
	struct ast_role *r;

	arena_init(&tree);
	parse_file(src, &tree, diags, &file);
	if (!file.nroles)
		diag_at(diags, DIAG_EMPTY, src, 0, 0,
			"file holds no role");
	for (r = file.roles; r; r = r->next) {
		struct model_role *m = check_role(src, r, &cat->arena, diags);

		if (m && score_role(m, diags))
			catalogue_push_role(cat, m);
	}
	arena_release(&tree);
}

static int catalogue_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void catalogue_compile_file(struct catalogue *cat, const char *path,
				   struct diag_sink *diags)
{
	enum source_status st;
	struct source src;

	st = source_load(&src, path);
	if (st == SOURCE_ERRNO) {
		diag_file(diags, DIAG_IO, path, "cannot read file: %s",
			  strerror(errno));
		cat->failed = 1;
	} else if (st == SOURCE_TOO_BIG) {
		diag_file(diags, DIAG_LIMIT, path,
			  "file larger than %u bytes", SOURCE_MAX_SIZE);
		cat->failed = 1;
	} else {
		catalogue_compile_source(cat, &src, diags);
	}
	diag_flush(diags);
	source_release(&src);
}

void catalogue_compile(struct catalogue *cat, struct diag_sink *diags)
{
	size_t i;

	qsort(cat->paths, cat->npaths, sizeof(char *), catalogue_cmp);
	for (i = 0; i < cat->npaths; i++)
		if (i == 0 || strcmp(cat->paths[i], cat->paths[i - 1]))
			catalogue_compile_file(cat, cat->paths[i], diags);
	link_catalogue(cat, diags);
	diag_flush(diags);
}
