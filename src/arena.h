/*
 * arena.h - region allocation.
 *
 * A compile unit (one source file) owns one arena for its tokens' values,
 * syntax tree and checked role; the catalogue owns another for what must
 * outlive the file.  Nothing in an arena is freed alone: arena_release
 * frees it all at once.
 */
#ifndef ROLEC_ARENA_H
#define ROLEC_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used;	/* bytes handed out, for statistics */
};

void arena_init(struct arena *a);
void arena_release(struct arena *a);

/* Zeroed, aligned memory; calls mem_oom on failure, never returns NULL. */
void *arena_alloc(struct arena *a, size_t size);

/* A NUL-terminated copy of the len bytes at s. */
char *arena_strndup(struct arena *a, const char *s, size_t len);

#endif
