/*
 * diff.c - comparing two compiled catalogues.
 *
 * Both sides are indexed by id and walked like a merge.  For a role on
 * both sides the moved inputs are listed one per line ("evidence.tools:
 * -1 -> 0"); text fields (because, summary, notes, aka, family) only say
 * that they changed.
 */
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "diff.h"
#include "json.h"
#include "mem.h"

/* One moved input: what, and its old and new values as printed. */
struct diff_change {
	struct buf what, old, new;
};

struct diff_list {
	struct diff_change *v;
	size_t n, cap;
};

static struct diff_change *diff_add(struct diff_list *l, const char *what)
{
	struct diff_change *c;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->v = mem_must_realloc(l->v, l->cap * sizeof(*l->v));
	}
	c = &l->v[l->n++];
	buf_init(&c->what);
	buf_init(&c->old);
	buf_init(&c->new);
	buf_adds(&c->what, what);
	return c;
}

static void diff_list_release(struct diff_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		buf_release(&l->v[i].what);
		buf_release(&l->v[i].old);
		buf_release(&l->v[i].new);
	}
	mem_free(l->v);
	memset(l, 0, sizeof(*l));
}

static void diff_int(struct diff_list *l, const char *what, int a, int b,
		     int sign)
{
	struct diff_change *c;

	if (a == b)
		return;
	c = diff_add(l, what);
	buf_addf(&c->old, sign && a ? "%+d" : "%d", a);
	buf_addf(&c->new, sign && b ? "%+d" : "%d", b);
}

static int diff_str_eq(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static void diff_str(struct diff_list *l, const char *what, const char *a,
		     const char *b)
{
	struct diff_change *c;

	if (diff_str_eq(a, b))
		return;
	c = diff_add(l, what);
	buf_adds(&c->old, a ? a : "(none)");
	buf_adds(&c->new, b ? b : "(none)");
}

/* Tasks are matched by name; two tasks of one name, by their order among
 * those of that name. */
static int diff_task_rank(const struct model_role *m, int i)
{
	int j, k = 0;

	for (j = 0; j < i; j++)
		k += !strcmp(m->tasks[j].name, m->tasks[i].name);
	return k;
}

static const struct model_task *diff_find_task(const struct model_role *m,
					       const struct model_role *in,
					       int i)
{
	const char *name = in->tasks[i].name;
	int k = diff_task_rank(in, i), j;

	for (j = 0; j < m->ntasks; j++)
		if (!strcmp(m->tasks[j].name, name) && k-- == 0)
			return &m->tasks[j];
	return NULL;
}

static void diff_task_pair(struct diff_list *l, const struct model_task *a,
			   const struct model_task *b)
{
	struct buf what = BUF_INIT;
	struct diff_change *c;

	buf_addf(&what, "task '%s'", a->name);
	if (a->share != b->share) {
		c = diff_add(l, what.data);
		buf_adds(&c->what, " time");
		dec_print_tenths(&c->old, a->share);
		buf_addc(&c->old, '%');
		dec_print_tenths(&c->new, b->share);
		buf_addc(&c->new, '%');
	}
	buf_adds(&what, " score");
	diff_int(l, what.data, a->score, b->score, 0);
	what.len -= 6;
	buf_adds(&what, " tag");
	diff_str(l, what.data, method_tag_names[a->tag],
		 method_tag_names[b->tag]);
	buf_release(&what);
}

static void diff_task_one(struct diff_list *l, const struct model_task *t,
			  int added)
{
	struct buf what = BUF_INIT;
	struct diff_change *c;

	buf_addf(&what, "task '%s'", t->name);
	c = diff_add(l, what.data);
	buf_release(&what);
	dec_print_tenths(added ? &c->new : &c->old, t->share);
	buf_addf(added ? &c->new : &c->old, "%% %d %s", t->score,
		 method_tag_names[t->tag]);
	buf_adds(added ? &c->old : &c->new, "(none)");
}

static void diff_tasks(struct diff_list *l, const struct model_role *a,
		       const struct model_role *b)
{
	const struct model_task *t;
	int i;

	for (i = 0; i < a->ntasks; i++) {
		t = diff_find_task(b, a, i);
		if (t)
			diff_task_pair(l, &a->tasks[i], t);
		else
			diff_task_one(l, &a->tasks[i], 0);
	}
	for (i = 0; i < b->ntasks; i++)
		if (!diff_find_task(a, b, i))
			diff_task_one(l, &b->tasks[i], 1);
}

static void diff_dims(struct diff_list *l, const struct model_role *a,
		      const struct model_role *b)
{
	struct buf what = BUF_INIT;
	int k, i;

	for (k = 0; k < BLOCK_COUNT; k++)
		for (i = 0; i < method_blocks[k].ndims; i++) {
			buf_reset(&what);
			buf_addf(&what, "%s.%s", method_blocks[k].keyword,
				 method_blocks[k].dims[i]);
			diff_int(l, what.data, a->dims[k][i].value,
				 b->dims[k][i].value,
				 method_blocks[k].signed_values);
		}
	buf_release(&what);
	diff_int(l, "growth", a->growth.value, b->growth.value, 1);
}

static const char *diff_level(const struct model_role *m)
{
	return m->level >= 0 ? method_level_names[m->level] : NULL;
}

static void diff_override(struct diff_list *l, const struct model_role *a,
			  const struct model_role *b)
{
	const struct model_override *x = &a->override, *y = &b->override;
	struct diff_change *c;

	if (x->has_score != y->has_score || x->score != y->score) {
		c = diff_add(l, "override score");
		if (x->has_score)
			dec_print(&c->old, x->score, 1, 0);
		else
			buf_adds(&c->old, "(none)");
		if (y->has_score)
			dec_print(&c->new, y->score, 1, 0);
		else
			buf_adds(&c->new, "(none)");
	}
	diff_str(l, "override zone",
		 x->has_zone ? method_zone_names[x->zone] : NULL,
		 y->has_zone ? method_zone_names[y->zone] : NULL);
	diff_str(l, "override label",
		 x->has_label ? method_label_names[x->label] : NULL,
		 y->has_label ? method_label_names[y->label] : NULL);
}

/* Texts are compared whole; a report says only that they changed. */
static int diff_texts_equal(const struct model_role *a,
			    const struct model_role *b)
{
	int i, k;

	if (!diff_str_eq(a->family, b->family)
	    || !diff_str_eq(a->summary, b->summary) || a->naka != b->naka
	    || a->nnotes != b->nnotes
	    || !diff_str_eq(a->growth.because, b->growth.because))
		return 0;
	for (i = 0; i < a->naka; i++)
		if (strcmp(a->aka[i], b->aka[i]))
			return 0;
	for (i = 0; i < a->nnotes; i++)
		if (strcmp(a->notes[i].heading, b->notes[i].heading)
		    || strcmp(a->notes[i].text, b->notes[i].text))
			return 0;
	for (i = 0; i < a->ntasks; i++) {
		const struct model_task *t = diff_find_task(b, a, i);

		if (t && !diff_str_eq(a->tasks[i].because, t->because))
			return 0;
	}
	if (!diff_str_eq(a->override.score_because, b->override.score_because)
	    || !diff_str_eq(a->override.zone_because, b->override.zone_because)
	    || !diff_str_eq(a->override.label_because,
			    b->override.label_because))
		return 0;
	for (k = 0; k < BLOCK_COUNT; k++)
		for (i = 0; i < method_blocks[k].ndims; i++)
			if (!diff_str_eq(a->dims[k][i].because,
					 b->dims[k][i].because))
				return 0;
	return 1;
}

static void diff_role(struct diff_list *l, const struct model_role *a,
		      const struct model_role *b)
{
	struct diff_change *c;

	diff_str(l, "title", a->title, b->title);
	diff_str(l, "level", diff_level(a), diff_level(b));
	diff_tasks(l, a, b);
	diff_dims(l, a, b);
	diff_override(l, a, b);
	if (!diff_texts_equal(a, b)) {
		c = diff_add(l, "texts");	/* no values: "changed" */
		(void)c;
	}
}

static int diff_cmp(const void *pa, const void *pb)
{
	const struct model_role *a = *(struct model_role *const *)pa;
	const struct model_role *b = *(struct model_role *const *)pb;

	return strcmp(a->id, b->id);
}

static struct model_role **diff_index(const struct catalogue *cat)
{
	struct model_role **v;

	v = mem_must_alloc((cat->nroles ? cat->nroles : 1) * sizeof(*v));
	if (cat->nroles)
		memcpy(v, cat->roles, cat->nroles * sizeof(*v));
	qsort(v, cat->nroles, sizeof(*v), diff_cmp);
	return v;
}

struct diff_writer {
	struct buf *out;
	int json;
	size_t added, removed, changed, same;
};

static void diff_result(struct buf *b, const struct model_role *m, int json)
{
	const struct model_score *s = &m->score;

	if (json) {
		buf_adds(b, "{\"score\": ");
		dec_print(b, s->score, 1, 0);
		buf_addf(b, ", \"zone\": \"%s\", \"label\": ",
			 method_zone_names[s->zone]);
		json_add_string_or_null(b, s->label ? method_label_names
						      [s->label] : NULL);
		buf_addc(b, '}');
		return;
	}
	dec_print(b, s->score, 1, 0);
	buf_addf(b, " %s", method_zone_titles[s->zone]);
	if (s->label)
		buf_addf(b, " (%s)", method_label_titles[s->label]);
}

/* An added or removed role. */
static void diff_one(struct diff_writer *w, const struct model_role *m,
		     int added)
{
	struct buf *b = w->out;

	if (added)
		w->added++;
	else
		w->removed++;
	if (w->json) {
		buf_addf(b, "%s\n    {\"id\": ", w->added + w->removed
			 + w->changed > 1 ? "," : "");
		json_add_string(b, m->id);
		buf_addf(b, ", \"status\": \"%s\", \"%s\": ",
			 added ? "added" : "removed", added ? "new" : "old");
		diff_result(b, m, 1);
		buf_addc(b, '}');
		return;
	}
	buf_addf(b, "%-8s %s  ", added ? "added" : "removed", m->id);
	diff_result(b, m, 0);
	buf_addc(b, '\n');
}

static void diff_changes_json(struct buf *b, const struct diff_list *l)
{
	size_t i;

	buf_adds(b, ", \"inputs\": [");
	for (i = 0; i < l->n; i++) {
		const struct diff_change *c = &l->v[i];

		buf_adds(b, i ? ", {\"input\": " : "{\"input\": ");
		json_add_string(b, c->what.data);
		buf_adds(b, ", \"old\": ");
		json_add_string_or_null(b, c->old.data);
		buf_adds(b, ", \"new\": ");
		json_add_string_or_null(b, c->new.data);
		buf_addc(b, '}');
	}
	buf_adds(b, "]}");
}

static void diff_changes_text(struct buf *b, const struct diff_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct diff_change *c = &l->v[i];

		if (!c->old.len && !c->new.len)
			buf_addf(b, "           %s changed\n", c->what.data);
		else
			buf_addf(b, "           %s: %s -> %s\n", c->what.data,
				 c->old.data, c->new.data);
	}
}

static void diff_pair(struct diff_writer *w, const struct model_role *a,
		      const struct model_role *m)
{
	const struct model_score *x = &a->score, *y = &m->score;
	struct diff_list l = { NULL, 0, 0 };
	struct buf *b = w->out;

	diff_role(&l, a, m);
	if (!l.n && x->score == y->score && x->zone == y->zone
	    && x->label == y->label) {
		w->same++;
		return;
	}
	w->changed++;
	if (w->json) {
		buf_addf(b, "%s\n    {\"id\": ", w->added + w->removed
			 + w->changed > 1 ? "," : "");
		json_add_string(b, m->id);
		buf_adds(b, ", \"status\": \"changed\", \"old\": ");
		diff_result(b, a, 1);
		buf_adds(b, ", \"new\": ");
		diff_result(b, m, 1);
		diff_changes_json(b, &l);
	} else {
		buf_addf(b, "changed  %s  ", m->id);
		diff_result(b, a, 0);
		buf_adds(b, " -> ");
		diff_result(b, m, 0);
		buf_addc(b, '\n');
		diff_changes_text(b, &l);
	}
	diff_list_release(&l);
}

/* A merge walk over both catalogues in id order. */
static void diff_walk(struct diff_writer *w, const struct catalogue *old,
		      const struct catalogue *new)
{
	struct model_role **a = diff_index(old), **b = diff_index(new);
	size_t i = 0, j = 0;

	while (i < old->nroles || j < new->nroles) {
		int c = i == old->nroles ? 1 : j == new->nroles ? -1
			: strcmp(a[i]->id, b[j]->id);

		if (c < 0)
			diff_one(w, a[i++], 0);
		else if (c > 0)
			diff_one(w, b[j++], 1);
		else
			diff_pair(w, a[i++], b[j++]);
	}
	mem_free(a);
	mem_free(b);
}

void diff_text(struct buf *out, const struct catalogue *old,
	       const struct catalogue *new)
{
	struct diff_writer w = { out, 0, 0, 0, 0, 0 };

	diff_walk(&w, old, new);
	buf_addf(out, "%zu changed, %zu added, %zu removed, %zu unchanged\n",
		 w.changed, w.added, w.removed, w.same);
}

void diff_json(struct buf *out, const struct catalogue *old,
	       const struct catalogue *new)
{
	struct diff_writer w = { out, 1, 0, 0, 0, 0 };

	buf_adds(out, "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [");
	diff_walk(&w, old, new);
	buf_addf(out, "%s],\n  \"changed\": %zu, \"added\": %zu, "
		 "\"removed\": %zu, \"unchanged\": %zu\n}\n",
		 w.added + w.removed + w.changed ? "\n  " : "", w.changed,
		 w.added, w.removed, w.same);
}
