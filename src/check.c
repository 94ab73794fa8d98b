/*
 * check.c - validation of one role, statement by statement.
 *
 * Each violation is one diagnostic at the value that causes it, and the
 * checking goes on.  A value the lexer already reported (bad flag) is
 * skipped, and the whole-role checks (missing statements, the task total)
 * are skipped after a syntax error inside the role: one mistake, one
 * diagnostic.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "decimal.h"
#include "suggest.h"

#define CHECK_MAX_TASKS 1000
#define CHECK_MAX_LIST 10000

struct check_ctx {
	struct source *src;
	struct diag_sink *diags;
	struct arena *out;
	const struct ast_role *ast;
	struct model_role *m;
	unsigned long errors;		/* diags->errors at the start */
	const struct ast_stmt *first[AST_KIND_COUNT];
	int tasks_ok;			/* every share valid, for the total */
	int tainted;			/* a value the lexer already reported */
	int swallowed;			/* a string that may hide statements */
	int32_t share_total;
	int seen[BLOCK_COUNT][METHOD_MAX_DIMS];
};

#define CHECK_AT(c, id, a, z, ...) \
	diag_at((c)->diags, id, (c)->src, (a), (z), __VA_ARGS__)

/* A string's value.  One the lexer rejected (an unclosed string or text
 * block) may have swallowed statements after it: whole-role checks are
 * then skipped, as after a syntax error. */
static char *check_copy(struct check_ctx *c, const struct ast_str *s)
{
	if (s->bad)
		c->tainted = c->swallowed = 1;
	return arena_strndup(c->out, s->s, s->len);
}

/* An unknown name: one error naming the valid ones, with a suggestion. */
static void check_unknown(struct check_ctx *c, const struct ast_str *name,
			  const char *what, const char *const *valid, int n)
{
	const char *near = suggest_nearest(name->s, valid, (size_t)n);
	struct buf list = BUF_INIT;
	struct diag *d;
	int i;

	for (i = 0; i < n; i++)
		if (valid[i][0])
			buf_addf(&list, "%s'%s'", list.len ? ", " : "",
				 valid[i]);
	d = CHECK_AT(c, DIAG_UNKNOWN_NAME, name->start, name->end,
		     "unknown %s '%s'; the valid ones are %s", what, name->s,
		     list.data);
	if (near)
		diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0,
			  "did you mean '%s'?", near);
	buf_release(&list);
}

static int check_name(struct check_ctx *c, const struct ast_str *name,
		      const char *what, const char *const *valid, int n)
{
	int i;

	if (name->bad) {
		c->tainted = 1;
		return -1;
	}
	i = method_lookup(name->s, valid, n);
	if (i < 0)
		check_unknown(c, name, what, valid, n);
	return i;
}

/* help: the same number with its needless trailing zeros dropped, when
 * that leaves at most places decimals ("3.0" as a score: write '3'). */
static void check_help_number(struct diag *d, const struct ast_num *v,
			      int places)
{
	struct buf b = BUF_INIT;
	int64_t m = v->mant;
	int s = v->scale;

	while (s > places && m % 10 == 0) {
		m /= 10;
		s--;
	}
	if (s > places)
		return;
	if (v->sign)
		buf_addc(&b, v->sign < 0 ? '-' : '+');
	dec_print(&b, m, s, 0);
	if (v->percent)
		buf_addc(&b, '%');
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0, "write '%s'", b.data);
	buf_release(&b);
}

/* A whole number in [min, max]; signed says whether a sign may be
 * written.  Returns 0 and reports when the value is not usable. */
static int check_int(struct check_ctx *c, const struct ast_num *v,
		     const char *what, int min, int max, int signed_ok,
		     int *out)
{
	int64_t x = v->sign < 0 ? -v->mant : v->mant;

	if (v->bad) {
		c->tainted = 1;
		return 0;
	}
	if (v->sign && !signed_ok) {
		CHECK_AT(c, DIAG_SIGN, v->start, v->end,
			 "%s takes no sign", what);
		return 0;
	}
	if (v->scale) {
		check_help_number(CHECK_AT(c, DIAG_PRECISION, v->start, v->end,
					   "%s is a whole number, without a "
					   "decimal point", what), v, 0);
		return 0;
	}
	if (v->percent || x < min || x > max) {
		CHECK_AT(c, DIAG_OUT_OF_RANGE, v->start, v->end,
			 "%s must be %s%d to %s%d", what,
			 signed_ok && min > 0 ? "+" : "", min,
			 signed_ok && max > 0 ? "+" : "", max);
		return 0;
	}
	*out = (int)x;
	return 1;
}

/* A value with at most one decimal, in tenths, within [min, max]. */
static int check_tenths(struct check_ctx *c, const struct ast_num *v,
			const char *what, int32_t min, int32_t max,
			const char *range, int32_t *out)
{
	int64_t t;

	if (v->bad) {
		c->tainted = 1;
		return 0;
	}
	if (v->sign) {
		CHECK_AT(c, DIAG_SIGN, v->start, v->end,
			 "%s takes no sign", what);
		return 0;
	}
	if (v->scale > 1) {
		check_help_number(CHECK_AT(c, DIAG_PRECISION, v->start, v->end,
					   "%s has at most one decimal", what),
				  v, 1);
		return 0;
	}
	t = v->mant > INT32_MAX ? INT32_MAX
	    : v->scale ? v->mant : v->mant * 10;
	if (t < min || t > max) {
		CHECK_AT(c, DIAG_OUT_OF_RANGE, v->start, v->end,
			 "%s must be %s", what, range);
		return 0;
	}
	*out = (int32_t)t;
	return 1;
}

/* Statements allowed once: a second is an error with a note at the first. */
static int check_once(struct check_ctx *c, const struct ast_stmt *s)
{
	const struct ast_stmt *first = c->first[s->kind];
	struct diag *d;

	if (!first) {
		c->first[s->kind] = s;
		return 1;
	}
	if (s->kind == AST_AKA || s->kind == AST_NOTE || s->kind == AST_TASK
	    || s->kind == AST_PEER || s->kind == AST_TRANSITION
	    || s->kind == AST_OVERRIDE)
		return 1;
	d = CHECK_AT(c, DIAG_DUPLICATE_STMT, s->start, s->end,
		     "'%s' given twice in one role", ast_kind_keyword[s->kind]);
	diag_note(d, DIAG_LEVEL_NOTE, c->src, first->start, first->end,
		  "first given here");
	return 0;
}

static void check_level(struct check_ctx *c, const struct ast_stmt *s)
{
	c->m->level = check_name(c, &s->u.name, "level", method_level_names,
				 LEVEL_COUNT);
}

static void check_assessed(struct check_ctx *c, const struct ast_stmt *s)
{
	if (s->u.date.bad) {
		c->tainted = 1;
		return;
	}
	c->m->has_assessed = 1;
	c->m->year = s->u.date.year;
	c->m->month = s->u.date.month;
	c->m->day = s->u.date.day;
}

/* Other titles: a repeat, or the title itself, is suspicious.  The
 * array was sized for every item by check_alloc. */
static void check_aka(struct check_ctx *c, const struct ast_stmt *s)
{
	struct model_role *m = c->m;
	const struct ast_list *l;
	int i;

	for (l = s->u.aka; l; l = l->next) {
		for (i = 0; i < m->naka; i++)
			if (!strcmp(m->aka[i], l->str.s))
				break;
		if (i < m->naka || !strcmp(l->str.s, m->title)) {
			CHECK_AT(c, DIAG_DUPLICATE_AKA, l->str.start,
				 l->str.end, i < m->naka
				 ? "other title '%s' given twice"
				 : "other title '%s' is the role's title",
				 l->str.s);
			continue;
		}
		m->aka[m->naka++] = check_copy(c, &l->str);
	}
}

static void check_note(struct check_ctx *c, const struct ast_stmt *s)
{
	struct model_note *n = &c->m->notes[c->m->nnotes++];

	n->heading = check_copy(c, &s->u.note.heading);
	n->text = check_copy(c, &s->u.note.text);
}

static const char *check_because(struct check_ctx *c,
				 const struct ast_str *because)
{
	return because ? check_copy(c, because) : NULL;
}

/* Task warnings: legal, but a sign the score or the tag is wrong. */
static void check_task_warnings(struct check_ctx *c, const struct ast_stmt *s,
				const struct model_task *t)
{
	const struct ast_num *score = &s->u.task.score;
	int i;

	if (t->tag == TAG_DISP && t->score <= 2)
		CHECK_AT(c, DIAG_TAG_SCORE, score->start, score->end,
			 "task tagged 'disp' but scored %d: a displaced task "
			 "is mostly automatable (3 to 5)", t->score);
	if (t->tag == TAG_AUG && t->score == 5)
		CHECK_AT(c, DIAG_TAG_SCORE, score->start, score->end,
			 "task tagged 'aug' but scored 5: a fully "
			 "automatable task displaces rather than augments");
	for (i = 0; i < c->m->ntasks; i++)
		if (!strcmp(c->m->tasks[i].name, t->name)) {
			CHECK_AT(c, DIAG_DUPLICATE_TASK, s->u.task.name.start,
				 s->u.task.name.end,
				 "two tasks named '%s'", t->name);
			break;
		}
}

static void check_task(struct check_ctx *c, const struct ast_stmt *s)
{
	struct model_task t;
	int tag, ok;

	memset(&t, 0, sizeof(t));
	ok = check_tenths(c, &s->u.task.share, "a task's time", 1,
			  METHOD_SHARE_TOTAL,
			  "more than 0% and at most 100%", &t.share);
	if (!ok)
		c->tasks_ok = 0;
	c->share_total += t.share;
	ok &= check_int(c, &s->u.task.score, "a task score",
			METHOD_SCORE_MIN, METHOD_SCORE_MAX, 0, &t.score);
	tag = check_name(c, &s->u.task.tag, "task tag", method_tag_names,
			 TAG_COUNT);
	if (!s->u.task.name.len && !s->u.task.name.bad) {
		CHECK_AT(c, DIAG_EMPTY_TEXT, s->u.task.name.start,
			 s->u.task.name.end, "a task needs a name");
		return;
	}
	if (s->u.task.name.bad)
		c->tainted = 1;
	if (!ok || tag < 0 || s->u.task.name.bad)
		return;

	t.tag = (enum tag)tag;
	t.name = check_copy(c, &s->u.task.name);
	t.because = check_because(c, s->u.task.because);
	check_task_warnings(c, s, &t);
	c->m->tasks[c->m->ntasks++] = t;
}

/* The task total, exactly 100.0%, reported at the last task's share with
 * a note at the first task. */
static void check_task_total(struct check_ctx *c)
{
	const struct ast_stmt *s, *first = c->first[AST_TASK], *last = NULL;
	struct buf total = BUF_INIT;
	struct diag *d;

	if (!first) {
		CHECK_AT(c, DIAG_MISSING_STMT, c->ast->rbrace,
			 c->ast->rbrace + 1, "role '%s' has no task",
			 c->ast->title.s);
		return;
	}
	if (!c->tasks_ok || c->share_total == METHOD_SHARE_TOTAL)
		return;
	for (s = first; s; s = s->next)
		if (s->kind == AST_TASK)
			last = s;

	dec_print_tenths(&total, c->share_total);
	d = CHECK_AT(c, DIAG_TASK_TOTAL, last->u.task.share.start,
		     last->u.task.share.end,
		     "task times add up to %s%%, not 100%%", total.data);
	diag_note(d, DIAG_LEVEL_NOTE, c->src, first->start, first->end,
		  "the tasks start here");
	buf_release(&total);
}

static void check_entry(struct check_ctx *c, enum block b,
			const struct ast_entry *e, const struct ast_entry **at)
{
	const struct method_block *mb = &method_blocks[b];
	char what[64];
	int dim, v;
	struct diag *d;

	dim = check_name(c, &e->name, mb->keyword, mb->dims, mb->ndims);
	if (dim < 0)
		return;
	if (at[dim]) {
		d = CHECK_AT(c, DIAG_DUPLICATE_DIM, e->name.start, e->name.end,
			     "'%s' given twice in '%s'", e->name.s,
			     mb->keyword);
		diag_note(d, DIAG_LEVEL_NOTE, c->src, at[dim]->name.start,
			  at[dim]->name.end, "first given here");
		return;
	}
	at[dim] = e;
	snprintf(what, sizeof(what), "'%s'", e->name.s);
	if (!check_int(c, &e->value, what, mb->min, mb->max,
		       mb->signed_values, &v))
		return;
	c->seen[b][dim] = 1;
	c->m->dims[b][dim].value = v;
	c->m->dims[b][dim].because = check_because(c, e->because);
}

/* Every dimension once; the missing ones named in one error at '}'.  A
 * block with a misspelt name is not also told that a name is missing. */
static void check_block(struct check_ctx *c, const struct ast_stmt *s,
			enum block b)
{
	const struct method_block *mb = &method_blocks[b];
	const struct ast_entry *at[METHOD_MAX_DIMS] = { 0 }, *e;
	struct buf missing = BUF_INIT;
	int i, n = 0, unknown = 0;

	for (e = s->u.block.entries; e; e = e->next) {
		unsigned long before = c->diags->errors;

		check_entry(c, b, e, at);
		if (e->name.bad || (c->diags->errors > before
				    && method_lookup(e->name.s, mb->dims,
						     mb->ndims) < 0))
			unknown = 1;
	}
	if (unknown || c->ast->broken)
		return;
	for (i = 0; i < mb->ndims; i++)
		if (!at[i]) {
			buf_addf(&missing, "%s'%s'", n ? ", " : "",
				 mb->dims[i]);
			n++;
		}
	if (n)
		CHECK_AT(c, DIAG_MISSING_DIM, s->u.block.rbrace,
			 s->u.block.rbrace + 1, "'%s' lacks %s", mb->keyword,
			 missing.data);
	buf_release(&missing);
}

static void check_growth(struct check_ctx *c, const struct ast_stmt *s)
{
	int v;

	if (!check_int(c, &s->u.growth.value, "growth", METHOD_GROWTH_MIN,
		       METHOD_GROWTH_MAX, 1, &v))
		return;
	c->m->growth.value = v;
	c->m->growth.because = check_because(c, s->u.growth.because);
}

static const char *const check_override_kinds[] = {
	"none", "score", "zone", "label"
};

/* The value an override gives: a number for score, a name otherwise. */
static int check_override_value(struct check_ctx *c, const struct ast_stmt *s,
				int kind)
{
	struct model_override *o = &c->m->override;
	int z;

	if (kind == 1 && s->u.override.has_value)
		return check_tenths(c, &s->u.override.value,
				    "an override score", 0, 1000, "0 to 100",
				    &o->score);
	if (kind == 2 && s->u.override.has_word) {
		z = check_name(c, &s->u.override.word, "zone",
			       method_zone_names, ZONE_COUNT);
		o->zone = (enum zone)z;
		return z >= 0;
	}
	if (kind == 3 && s->u.override.has_word) {
		z = check_name(c, &s->u.override.word, "label",
			       method_label_names, LABEL_COUNT);
		o->label = (enum label)z;
		diag_capture(&o->label_loc, c->out, c->src,
			     s->u.override.word.start, s->u.override.word.end,
			     c->m->path);
		return z >= 0;
	}
	CHECK_AT(c, DIAG_OVERRIDE, s->u.override.kind.start,
		 s->u.override.kind.end, kind == 1
		 ? "'override score' needs a score such as 44.0"
		 : kind == 2
		 ? "'override zone' needs a zone: red, yellow or green"
		 : "'override label' needs a label such as 'urgent'");
	return 0;
}

/* 'override none' records that the formula's result stands: it takes
 * nothing more. */
static void check_override_none(struct check_ctx *c, const struct ast_stmt *s)
{
	const char *msg = "'override none' takes no value and no reason";

	if (s->u.override.has_value || s->u.override.has_word
	    || s->u.override.because)
		CHECK_AT(c, DIAG_OVERRIDE, s->start, s->u.override.kind.end,
			 "%s", msg);
}

static void check_override(struct check_ctx *c, const struct ast_stmt *s,
			   const struct ast_stmt **by_kind)
{
	struct model_override *o = &c->m->override;
	const char *because;
	struct diag *d;
	int k;

	k = check_name(c, &s->u.override.kind, "override",
		       check_override_kinds, 4);
	if (k < 0)
		return;
	if (by_kind[k] || (k == 0 && (by_kind[1] || by_kind[2] || by_kind[3]))
	    || (k > 0 && by_kind[0])) {
		const struct ast_stmt *f = by_kind[k] ? by_kind[k]
			: by_kind[0] ? by_kind[0]
			: by_kind[1] ? by_kind[1]
			: by_kind[2] ? by_kind[2] : by_kind[3];

		d = CHECK_AT(c, DIAG_OVERRIDE, s->start, s->u.override.kind.end,
			     by_kind[k] ? "'override %s' given twice"
			     : "'override %s' contradicts another override",
			     s->u.override.kind.s);
		diag_note(d, DIAG_LEVEL_NOTE, c->src, f->start,
			  f->u.override.kind.end, "the other override is here");
		return;
	}
	by_kind[k] = s;
	if (k == 0) {
		check_override_none(c, s);
		return;
	}
	if (!check_override_value(c, s, k))
		return;
	because = check_because(c, s->u.override.because);
	if (!because || !*because) {
		CHECK_AT(c, DIAG_OVERRIDE, s->start, s->u.override.kind.end,
			 "an override needs a reason: add because \"...\"");
		return;
	}
	if (k == 1)
		o->has_score = 1, o->score_because = because;
	else if (k == 2)
		o->has_zone = 1, o->zone_because = because;
	else
		o->has_label = 1, o->label_because = because;
}

static void check_ref(struct check_ctx *c, const struct ast_stmt *s,
		      struct model_ref *r)
{
	const struct ast_str *id = s->kind == AST_PEER ? &s->u.peer.id
						       : &s->u.name;

	memset(r, 0, sizeof(*r));
	r->id = check_copy(c, id);
	diag_capture(&r->loc, c->out, c->src, id->start, id->end,
		     c->m->path);
	if (s->kind != AST_PEER || !s->u.peer.has_score)
		return;
	r->has_quoted = check_tenths(c, &s->u.peer.score, "a peer's score",
				     0, 1000, "0 to 100", &r->quoted);
	diag_capture(&r->quoted_loc, c->out, c->src, s->u.peer.score.start,
		     s->u.peer.score.end, c->m->path);
}

static void check_expect(struct check_ctx *c, const struct ast_stmt *s)
{
	struct model_role *m = c->m;
	int z = -1, l = -1, ok;

	ok = check_tenths(c, &s->u.expect.score, "an expected score", 0, 1000,
			  "0 to 100", &m->expect_score);
	if (s->u.expect.has_zone)
		z = check_name(c, &s->u.expect.zone, "zone", method_zone_names,
			       ZONE_COUNT);
	if (s->u.expect.has_label)
		l = check_name(c, &s->u.expect.label, "label",
			       method_label_names, LABEL_COUNT);
	if (z >= 0 && l >= 0
	    && !method_label_in_zone((enum label)l, (enum zone)z)) {
		CHECK_AT(c, DIAG_UNKNOWN_NAME, s->u.expect.label.start,
			 s->u.expect.label.end,
			 "label '%s' is not a label of the %s zone",
			 s->u.expect.label.s, method_zone_names[z]);
		l = -1;
	}
	if (!ok || (s->u.expect.has_zone && z < 0)
	    || (s->u.expect.has_label && l < 0))
		return;
	m->has_expect = 1;
	m->expect_has_zone = z >= 0;
	m->expect_zone = (enum zone)(z >= 0 ? z : 0);
	m->expect_has_label = l >= 0;
	m->expect_label = (enum label)(l >= 0 ? l : 0);
	diag_capture(&m->expect_loc, c->out, c->src, s->start,
		     s->u.expect.has_label ? s->u.expect.label.end
		     : s->u.expect.has_zone ? s->u.expect.zone.end
		     : s->u.expect.score.end, m->path);
}

static void check_stmt(struct check_ctx *c, const struct ast_stmt *s,
		       const struct ast_stmt **overrides)
{
	struct model_role *m = c->m;

	if (!check_once(c, s))
		return;
	switch (s->kind) {
	case AST_ID: break;	/* check_id, once the level is known */
	case AST_LEVEL: check_level(c, s); break;
	case AST_FAMILY: m->family = check_copy(c, &s->u.text); break;
	case AST_SUMMARY: m->summary = check_copy(c, &s->u.text); break;
	case AST_AKA: check_aka(c, s); break;
	case AST_ASSESSED: check_assessed(c, s); break;
	case AST_NOTE: check_note(c, s); break;
	case AST_TASK: check_task(c, s); break;
	case AST_EVIDENCE: check_block(c, s, BLOCK_EVIDENCE); break;
	case AST_BARRIERS: check_block(c, s, BLOCK_BARRIERS); break;
	case AST_PROTECTIVE: check_block(c, s, BLOCK_PROTECTIVE); break;
	case AST_GROWTH: check_growth(c, s); break;
	case AST_OVERRIDE: check_override(c, s, overrides); break;
	case AST_PEER: check_ref(c, s, &m->peers[m->npeers++]); break;
	case AST_TRANSITION:
		check_ref(c, s, &m->transitions[m->ntransitions++]);
		break;
	case AST_EXPECT: check_expect(c, s); break;
	case AST_KIND_COUNT: break;
	}
}

/* Arrays sized from a first pass, so that no list is ever regrown. */
static int check_alloc(struct check_ctx *c)
{
	struct model_role *m = c->m;
	int n[AST_KIND_COUNT] = { 0 }, naka = 0;
	const struct ast_stmt *s;
	const struct ast_list *l;

	for (s = c->ast->stmts; s; s = s->next) {
		n[s->kind]++;
		if (s->kind == AST_AKA)
			for (l = s->u.aka; l; l = l->next)
				naka++;
	}
	if (n[AST_TASK] > CHECK_MAX_TASKS || naka > CHECK_MAX_LIST
	    || n[AST_NOTE] + n[AST_PEER] + n[AST_TRANSITION]
		       > CHECK_MAX_LIST) {
		CHECK_AT(c, DIAG_LIMIT, c->ast->start, c->ast->title.end,
			 "role has more than %d tasks or %d list items",
			 CHECK_MAX_TASKS, CHECK_MAX_LIST);
		return 0;
	}
	m->tasks = arena_alloc(c->out, (size_t)n[AST_TASK] * sizeof(*m->tasks));
	m->notes = arena_alloc(c->out, (size_t)n[AST_NOTE] * sizeof(*m->notes));
	m->peers = arena_alloc(c->out, (size_t)n[AST_PEER] * sizeof(*m->peers));
	m->transitions = arena_alloc(c->out, (size_t)n[AST_TRANSITION]
					     * sizeof(*m->transitions));
	m->aka = arena_alloc(c->out, (size_t)naka * sizeof(*m->aka));
	return 1;
}

const char *check_default_id(struct arena *out, const char *title, int level)
{
	size_t n = strlen(title), k = 0, i;
	char *id = arena_alloc(out, n + 16);

	for (i = 0; i < n; i++) {
		char ch = title[i];

		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			id[k++] = ch;
		else if (k && id[k - 1] != '-')
			id[k++] = '-';
	}
	while (k && id[k - 1] == '-')
		k--;
	if (k && level >= 0) {
		id[k++] = '-';
		strcpy(id + k, method_level_names[level]);
	} else {
		id[k] = '\0';
	}
	return (id[0] >= 'a' && id[0] <= 'z') ? id : "";
}

static void check_id(struct check_ctx *c)
{
	const struct ast_stmt *s = c->first[AST_ID];
	struct model_role *m = c->m;

	if (s) {
		m->id = check_copy(c, &s->u.name);
		diag_capture(&m->id_loc, c->out, c->src, s->u.name.start,
			     s->u.name.end, m->path);
		return;
	}
	m->id = check_default_id(c->out, m->title, m->level);
	diag_capture(&m->id_loc, c->out, c->src, c->ast->title.start,
		     c->ast->title.end, m->path);
	if (!m->id[0] && c->ast->title.len && !c->ast->title.bad)
		CHECK_AT(c, DIAG_BAD_ID, c->ast->title.start,
			 c->ast->title.end,
			 "no id can be made from this title; give one with "
			 "'id', such as 'id data-engineer-mid'");
}

/* The statements every role needs, reported at its closing brace. */
static void check_required(struct check_ctx *c)
{
	static const enum ast_kind need[] = {
		AST_EVIDENCE, AST_BARRIERS, AST_PROTECTIVE, AST_GROWTH
	};
	size_t i;

	check_task_total(c);
	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++)
		if (!c->first[need[i]])
			CHECK_AT(c, DIAG_MISSING_STMT, c->ast->rbrace,
				 c->ast->rbrace + 1, "role '%s' has no '%s'%s",
				 c->ast->title.s, ast_kind_keyword[need[i]],
				 need[i] == AST_GROWTH ? "" : " block");
}

struct model_role *check_role(struct source *src, const struct ast_role *role,
			      struct arena *out, struct diag_sink *diags)
{
	const struct ast_stmt *overrides[4] = { 0 }, *s;
	struct check_ctx c;
	struct model_role *m;

	memset(&c, 0, sizeof(c));
	c.src = src;
	c.diags = diags;
	c.out = out;
	c.ast = role;
	c.errors = diags->errors;
	c.tasks_ok = 1;
	c.m = m = arena_alloc(out, sizeof(*m));
	m->level = -1;
	m->title = check_copy(&c, &role->title);
	if (!role->title.len && !role->title.bad)
		CHECK_AT(&c, DIAG_EMPTY_TEXT, role->title.start,
			 role->title.end, "a role needs a title");
	m->path = arena_strndup(out, src->path, strlen(src->path));
	m->line = source_line(src, role->start);
	diag_capture(&m->role_loc, out, src, role->title.start,
		     role->title.end, m->path);
	if (!check_alloc(&c)) {
		m->invalid = 1;
		return m;
	}

	for (s = role->stmts; s; s = s->next)
		check_stmt(&c, s, overrides);
	check_id(&c);
	if (!role->broken && !c.swallowed)
		check_required(&c);
	m->invalid = diags->errors != c.errors || role->broken || c.tainted
		     || role->title.bad;
	return m;
}
