/*
 * suggest.h - "did you mean ...?": the nearest of a list of valid names.
 */
#ifndef ROLEC_SUGGEST_H
#define ROLEC_SUGGEST_H

#include <stddef.h>

/* Edit distance (insertions, deletions, substitutions and swaps of two
 * neighbours) between a and b, stopping early past limit. */
unsigned suggest_distance(const char *a, const char *b, unsigned limit);

/* The candidate nearest to word, or NULL when none is near enough to be
 * a likely misspelling (a third of the word's length, at least one). */
const char *suggest_nearest(const char *word, const char *const *candidates,
			    size_t n);

#endif
