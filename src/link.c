/*
 * link.c - resolving references through a sorted index of ids.
 */
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "link.h"
#include "mem.h"
#include "suggest.h"

static int link_cmp(const void *pa, const void *pb)
{
	const struct model_role *a = *(struct model_role *const *)pa;
	const struct model_role *b = *(struct model_role *const *)pb;
	int c = strcmp(a->id, b->id);

	/* Equal ids keep catalogue order: the first is the original. */
	if (c)
		return c;
	c = strcmp(a->path, b->path);
	if (c)
		return c;
	return a->line < b->line ? -1 : a->line > b->line;
}

static const struct model_role *link_find(struct model_role **index, size_t n,
					  const char *id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(index[mid]->id, id);

		if (c == 0) {
			while (mid > 0 && !strcmp(index[mid - 1]->id, id))
				mid--;
			return index[mid];
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int link_duplicates(struct model_role **index, size_t n,
			   struct diag_sink *diags)
{
	struct diag *d;
	size_t i;
	int ok = 1;

	for (i = 1; i < n; i++) {
		const struct model_role *first = index[i - 1], *dup = index[i];

		if (strcmp(dup->id, first->id)
		    || (!dup->reported && !first->reported))
			continue;
		if (!dup->reported) {
			dup = first;
			first = index[i];
		}
		d = diag_at_loc(diags, DIAG_DUPLICATE_ID, &dup->id_loc,
				"role id '%s' is already used", dup->id);
		diag_note_loc(d, DIAG_LEVEL_NOTE, &first->id_loc,
			      "first used here");
		ok = 0;
	}
	return ok;
}

/* The id nearest to a misspelt one, by a linear scan: only unresolved
 * references pay for it.  The referring role itself is no suggestion. */
static const char *link_nearest(struct model_role **index, size_t n,
				const char *id, const struct model_role *self)
{
	const char *best = NULL;
	unsigned best_d = (unsigned)strlen(id) / 3 + 1, d;
	size_t i;

	if (best_d < 2)
		best_d = 2;
	for (i = 0; i < n; i++) {
		if (index[i] == self)
			continue;
		d = suggest_distance(id, index[i]->id, best_d);
		if (d < best_d) {
			best_d = d;
			best = index[i]->id;
		}
	}
	return best;
}

static int link_ref(struct catalogue *cat, struct model_role **index,
		    const struct model_role *m, struct model_ref *r,
		    const char *what, struct diag_sink *diags)
{
	const char *near;
	struct diag *d;

	r->target = link_find(index, cat->nroles, r->id);
	if (r->target) {
		/* It resolves; but a role with errors has no score to show,
		 * and reports treat it as absent. */
		if (r->target->invalid)
			r->target = NULL;
		return 1;
	}
	d = diag_at_loc(diags, cat->complete ? DIAG_UNRESOLVED_ERR
					     : DIAG_UNRESOLVED,
			&r->loc, "%s '%s' is not a role of the catalogue",
			what, r->id);
	near = link_nearest(index, cat->nroles, r->id, m);
	if (near)
		diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0,
			  "did you mean '%s'?", near);
	return !cat->complete;
}

static void link_peer_score(const struct model_role *m,
			    const struct model_ref *r,
			    struct diag_sink *diags)
{
	struct buf q = BUF_INIT, s = BUF_INIT;

	if (!r->target || m->invalid || !r->has_quoted
	    || r->quoted == r->target->score.score)
		return;
	dec_print(&q, r->quoted, 1, 0);
	dec_print(&s, r->target->score.score, 1, 0);
	diag_at_loc(diags, DIAG_PEER_SCORE, &r->quoted_loc,
		    "peer '%s' is quoted at %s but scores %s", r->id, q.data,
		    s.data);
	buf_release(&q);
	buf_release(&s);
}

static void link_transition_zone(const struct model_role *m,
				 const struct model_ref *r,
				 struct diag_sink *diags)
{
	if (r->target == m) {
		diag_at_loc(diags, DIAG_TRANSITION, &r->loc,
			    "transition from '%s' to itself", r->id);
		return;
	}
	if (!r->target || m->invalid
	    || r->target->score.zone > m->score.zone)
		return;
	diag_at_loc(diags, DIAG_TRANSITION, &r->loc,
		    "transition to '%s' leads to the %s zone, no better than "
		    "this role's %s", r->id,
		    method_zone_names[r->target->score.zone],
		    method_zone_names[m->score.zone]);
}

static int link_role(struct catalogue *cat, struct model_role **index,
		     struct model_role *m, struct diag_sink *diags)
{
	int i, ok = 1;

	for (i = 0; i < m->npeers; i++) {
		ok &= link_ref(cat, index, m, &m->peers[i], "peer", diags);
		link_peer_score(m, &m->peers[i], diags);
	}
	for (i = 0; i < m->ntransitions; i++) {
		ok &= link_ref(cat, index, m, &m->transitions[i],
			       "transition", diags);
		link_transition_zone(m, &m->transitions[i], diags);
	}
	return ok;
}

int link_catalogue(struct catalogue *cat, struct diag_sink *diags)
{
	struct model_role **index;
	size_t i;
	int ok;

	index = mem_must_alloc((cat->nroles ? cat->nroles : 1)
			       * sizeof(*index));
	if (cat->nroles)
		memcpy(index, cat->roles, cat->nroles * sizeof(*index));
	qsort(index, cat->nroles, sizeof(*index), link_cmp);

	ok = link_duplicates(index, cat->nroles, diags);
	for (i = 0; i < cat->nroles; i++)
		if (cat->roles[i]->reported)
			ok &= link_role(cat, index, cat->roles[i], diags);
	mem_free(index);
	return ok;
}
