/*
 * suggest.c - optimal string alignment distance, on short words only.
 */
#include <string.h>

#include "suggest.h"

#define SUGGEST_MAX 64

static unsigned suggest_min3(unsigned a, unsigned b, unsigned c)
{
	unsigned m = a < b ? a : b;

	return m < c ? m : c;
}

unsigned suggest_distance(const char *a, const char *b, unsigned limit)
{
	unsigned rows[3][SUGGEST_MAX + 1];
	size_t la = strlen(a), lb = strlen(b), i, j;

	if (la > SUGGEST_MAX || lb > SUGGEST_MAX)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		rows[0][j] = (unsigned)j;
	for (i = 1; i <= la; i++) {
		unsigned *cur = rows[i % 3], *up = rows[(i - 1) % 3];
		unsigned *up2 = rows[(i + 1) % 3];

		cur[0] = (unsigned)i;
		for (j = 1; j <= lb; j++) {
			unsigned cost = a[i - 1] != b[j - 1];

			cur[j] = suggest_min3(up[j] + 1, cur[j - 1] + 1,
					      up[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2]
			    && a[i - 2] == b[j - 1] && up2[j - 2] + 1 < cur[j])
				cur[j] = up2[j - 2] + 1;
		}
	}
	return rows[la % 3][lb];
}

const char *suggest_nearest(const char *word, const char *const *candidates,
			    size_t n)
{
	unsigned limit = (unsigned)(strlen(word) / 3), best_d;
	const char *best = NULL;
	size_t i;

	if (limit < 1)
		limit = 1;
	best_d = limit + 1;
	for (i = 0; i < n; i++) {
		unsigned d = suggest_distance(word, candidates[i], limit);

		if (d < best_d) {
			best_d = d;
			best = candidates[i];
		}
	}
	return best;
}
