/*
 * catalogue.h - the roles named in one run, compiled and linked.
 *
 * Files are read one at a time: each is parsed and checked, its roles
 * scored and summarised into the catalogue's arena, its diagnostics
 * printed, and its source and syntax tree released before the next file
 * is read, so memory grows with the summaries only.
 */
#ifndef ROLEC_CATALOGUE_H
#define ROLEC_CATALOGUE_H

#include "arena.h"
#include "diag.h"
#include "model.h"

/* A file to compile: named on the command line (reported), or only
 * there to resolve references (--catalogue=DIR). */
struct catalogue_file {
	char *path;
	char *key;			/* the real path, to find duplicates */
	int reported;
};

struct catalogue {
	struct arena arena;		/* models and their strings */
	struct model_role **roles;	/* catalogue order */
	size_t nroles, cap;
	struct catalogue_file *files;	/* sorted by path when compiled */
	size_t nfiles, file_cap;
	int complete;			/* a directory was named */
	int failed;			/* a file could not be read: exit 2 */
};

void catalogue_init(struct catalogue *cat);
void catalogue_release(struct catalogue *cat);

/* Add a path as named on the command line: a file, "-" or a directory
 * (every *.role below it, hidden entries skipped).  Reports an unreadable
 * path to diags and sets cat->failed. */
void catalogue_add_path(struct catalogue *cat, const char *path,
			struct diag_sink *diags);

/* Add every *.role under dir as context: its roles resolve references
 * but are neither reported on nor emitted (--catalogue=DIR). */
void catalogue_add_context(struct catalogue *cat, const char *dir,
			   struct diag_sink *diags);

/* Put the files added in bytewise order of path, one entry per file. */
void catalogue_sort_files(struct catalogue *cat);

/* Compile every file added, in bytewise order of path, then link. */
void catalogue_compile(struct catalogue *cat, struct diag_sink *diags);

/* Compile one source already in memory (tests and fuzzing). */
void catalogue_compile_source(struct catalogue *cat, struct source *src,
			      struct diag_sink *diags);

#endif
