/*
 * emit_text.c - the report a person reads in a terminal.
 *
 * It follows the published assessment's order: the verdict first, then
 * the tasks, the three rated blocks, and the derivation line by line.
 * Figures are rounded from their exact values one by one, so a derivation
 * line may show rounded factors whose product differs in the last digit
 * from the rounded result; the result is the exact one.
 */
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "emit.h"
#include "mem.h"
#include "score.h"
#include "source.h"

#define TEXT_NAME_MAX 52

/* Screen cells of a UTF-8 string. */
static size_t text_cells(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + strlen(s);
	size_t cells = 0;

	while (p < end) {
		uint32_t cp;

		p += source_utf8_decode(p, end, &cp);
		cells += source_is_wide(cp) ? 2 : 1;
	}
	return cells;
}

static void text_padded(struct buf *b, const char *s, size_t width)
{
	size_t n = text_cells(s);

	buf_adds(b, s);
	buf_pad(b, ' ', n < width ? width - n : 1);
}

static void text_verdict(struct buf *b, enum zone zone, enum label label)
{
	buf_adds(b, method_zone_titles[zone]);
	if (label != LABEL_NONE)
		buf_addf(b, " (%s)", method_label_titles[label]);
}

static void text_head(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;

	buf_adds(b, m->title);
	if (m->level >= 0)
		buf_addf(b, " (%s)", method_level_titles[m->level]);
	buf_addf(b, "\n\n  id        %s\n", m->id);
	if (m->family)
		buf_addf(b, "  family    %s\n", m->family);
	if (m->naka) {
		int i;

		buf_adds(b, "  aka       ");
		for (i = 0; i < m->naka; i++)
			buf_addf(b, "%s%s", i ? ", " : "", m->aka[i]);
		buf_addc(b, '\n');
	}
	if (m->has_assessed)
		buf_addf(b, "  assessed  %04d-%02d-%02d\n", m->year, m->month,
			 m->day);
	buf_addf(b, "  source    %s:%u\n\n  AIJRI ", m->path, m->line);
	dec_print(b, s->score, 1, 0);
	buf_adds(b, "/100  ");
	text_verdict(b, s->zone, s->label);
	buf_adds(b, "\n\n");
	if (m->summary)
		buf_addf(b, "%s\n\n", m->summary);
}

static size_t text_name_width(const struct model_role *m)
{
	size_t w = 5, n;
	int i;

	for (i = 0; i < m->ntasks; i++) {
		n = text_cells(m->tasks[i].name);
		if (n > w)
			w = n;
	}
	return (w > TEXT_NAME_MAX ? TEXT_NAME_MAX : w) + 2;
}

/* A figure right-aligned in width cells. */
static void text_right(struct buf *b, const struct buf *fig, size_t width)
{
	buf_pad(b, ' ', fig->len < width ? width - fig->len : 1);
	buf_add(b, fig->data, fig->len);
}

static void text_task_row(struct buf *b, const struct model_task *t,
			  size_t w)
{
	struct buf fig = BUF_INIT;

	buf_adds(b, "  ");
	text_padded(b, t->name, w);
	dec_print_tenths(&fig, t->share);
	buf_addc(&fig, '%');
	text_right(b, &fig, 6);
	buf_addf(b, "%7d", t->score);
	buf_reset(&fig);
	dec_print(&fig, score_task_weighted_x100(t), 2, 0);
	text_right(b, &fig, 10);
	buf_addf(b, "  %s\n", method_tag_titles[t->tag]);
	buf_release(&fig);
}

static void text_task_summary(struct buf *b, const struct model_score *s)
{
	buf_adds(b, "\n  Task resistance: 6.00 - ");
	dec_print(b, score_weighted_x100(s), 2, 0);
	buf_adds(b, " = ");
	dec_print(b, score_tr_x100(s), 2, 0);
	buf_adds(b, "/5.0\n  Split: ");
	dec_print_tenths(b, s->split[TAG_DISP]);
	buf_adds(b, "% displacement, ");
	dec_print_tenths(b, s->split[TAG_AUG]);
	buf_adds(b, "% augmentation, ");
	dec_print_tenths(b, s->split[TAG_NONE]);
	buf_adds(b, "% not involved\n  Task time scoring 3+: ");
	dec_print_tenths(b, s->high_time);
	buf_adds(b, "%\n\n");
}

static void text_tasks(struct buf *b, const struct model_role *m)
{
	struct buf fig = BUF_INIT;
	size_t w = text_name_width(m);
	int i;

	buf_adds(b, "Tasks\n  ");
	text_padded(b, "Task", w);
	buf_adds(b, "  Time  Score  Weighted  AI effect\n");
	for (i = 0; i < m->ntasks; i++)
		text_task_row(b, &m->tasks[i], w);
	buf_adds(b, "  ");
	text_padded(b, "Total", w);
	buf_adds(b, "  100%       ");
	dec_print(&fig, score_weighted_x100(&m->score), 2, 0);
	text_right(b, &fig, 10);
	buf_addc(b, '\n');
	buf_release(&fig);
	text_task_summary(b, &m->score);
}

static void text_block(struct buf *b, const struct model_role *m,
		       enum block k, int total, int max)
{
	const struct method_block *mb = &method_blocks[k];
	int i;

	buf_addf(b, mb->signed_values ? "%s (%d to %+d)\n" : "%s (%d to %d)\n",
		 mb->title, mb->min, mb->max);
	for (i = 0; i < mb->ndims; i++) {
		const struct model_value *v = &m->dims[k][i];

		buf_adds(b, "  ");
		text_padded(b, mb->dim_titles[i], 32);
		buf_addf(b, mb->signed_values ? "%+3d" : "%3d", v->value);
		if (v->because)
			buf_addf(b, "  %s", v->because);
		buf_addc(b, '\n');
	}
	buf_adds(b, "  ");
	text_padded(b, "Total", 32);
	buf_addf(b, mb->signed_values ? "%+3d/%d\n\n" : "%3d/%d\n\n", total,
		 max);
}

static void text_modifier(struct buf *b, const char *name, int total,
			  const char *step, int x100)
{
	buf_addf(b, "  %s modifier: 1.0 + (%d x %s) = ", name, total, step);
	dec_print(b, x100, 2, 0);
	buf_addc(b, '\n');
}

static void text_derivation(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;

	buf_adds(b, "Derivation\n");
	text_modifier(b, "Evidence", s->evidence, "0.04", score_em_x100(s));
	text_modifier(b, "Barrier", s->barriers, "0.02", score_bm_x100(s));
	text_modifier(b, "Growth", s->growth, "0.05", score_gm_x100(s));
	buf_adds(b, "  Raw: ");
	dec_print(b, score_tr_x100(s), 2, 0);
	buf_adds(b, " x ");
	dec_print(b, score_em_x100(s), 2, 0);
	buf_adds(b, " x ");
	dec_print(b, score_bm_x100(s), 2, 0);
	buf_adds(b, " x ");
	dec_print(b, score_gm_x100(s), 2, 0);
	buf_adds(b, " = ");
	dec_print(b, score_raw_x10000(s), 4, 0);
	buf_adds(b, "\n  AIJRI: (");
	dec_print(b, score_raw_x10000(s), 4, 0);
	buf_adds(b, " - 0.54) / 7.93 x 100 = ");
	dec_print(b, s->formula_score, 1, 0);
	buf_adds(b, s->clamped ? "/100 (clamped to 0 to 100)\n" : "/100\n");
	buf_adds(b, "  Zone: ");
	text_verdict(b, s->formula_zone, LABEL_NONE);
	buf_adds(b, " (Green >= 48.0, Yellow 25.0 to 47.9, Red < 25.0)\n");
}

static void text_label_reason(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;
	size_t i;

	for (i = 0; i < method_label_rule_count; i++) {
		const struct method_label_rule *r = &method_label_rules[i];

		if (r->zone != s->formula_zone || r->label != s->formula_label)
			continue;
		if (r->label == LABEL_NONE) {
			buf_addf(b, "  Sub-label: none (%s)\n", r->why);
			return;
		}
		buf_addf(b, "  Sub-label: %s, as %s",
			 method_label_titles[r->label], r->why);
		if (r->rule == RULE_HIGH_TIME_AT_LEAST) {
			buf_adds(b, " (");
			dec_print_tenths(b, s->high_time);
			buf_adds(b, "%)");
		}
		buf_addc(b, '\n');
		return;
	}
}

static void text_screen(struct buf *b, const struct model_score *s)
{
	const char *zone[] = { "Red", "Yellow", "Green" };

	buf_addf(b, "AI growth correlation: %+d\n\nQuick screen: protective "
		 "%d + growth %+d = likely %s\n\n", s->growth, s->protective,
		 s->growth, zone[s->quick]);
}

static void text_composition(struct buf *b, const struct model_score *s)
{
	int i;

	buf_adds(b, "\nComposition (weight x value / maximum; a profile, "
		 "not parts of the score)\n");
	for (i = 0; i < BAR_COUNT; i++) {
		struct buf fig = BUF_INIT;

		buf_addf(b, "  %s (%d%%)", method_bars[i].title,
			 method_bars[i].weight);
		buf_pad(b, ' ', 24 - strlen(method_bars[i].title)
				- (method_bars[i].weight >= 10 ? 5 : 4));
		dec_print(&fig, s->bars[i], 1, 0);
		text_right(b, &fig, 6);
		buf_addc(b, '\n');
		buf_release(&fig);
	}
}

static void text_override(struct buf *b, const struct model_role *m)
{
	const struct model_override *o = &m->override;
	const struct model_score *s = &m->score;

	if (!o->has_score && !o->has_zone && !o->has_label) {
		buf_adds(b, "\nAssessor override: none, formula score "
			 "accepted\n");
		return;
	}
	buf_adds(b, "\nAssessor override: formula ");
	dec_print(b, s->formula_score, 1, 0);
	buf_adds(b, " ");
	text_verdict(b, s->formula_zone, s->formula_label);
	buf_adds(b, ", reported as ");
	dec_print(b, s->score, 1, 0);
	buf_adds(b, " ");
	text_verdict(b, s->zone, s->label);
	buf_adds(b, "\n");
	if (o->has_score)
		buf_addf(b, "  score: %s\n", o->score_because);
	if (o->has_zone)
		buf_addf(b, "  zone: %s\n", o->zone_because);
	if (o->has_label)
		buf_addf(b, "  label: %s\n", o->label_because);
}

static void text_refs(struct buf *b, const struct model_role *m)
{
	int i;

	for (i = 0; i < m->npeers; i++) {
		const struct model_ref *r = &m->peers[i];

		buf_addf(b, "%s  %s", i ? "" : "\nCalibration peers\n", r->id);
		if (r->has_quoted) {
			buf_adds(b, ": quoted ");
			dec_print(b, r->quoted, 1, 0);
		}
		buf_adds(b, r->target ? ", scores " : ", not in the catalogue");
		if (r->target)
			dec_print(b, r->target->score.score, 1, 0);
		buf_addc(b, '\n');
	}
	for (i = 0; i < m->ntransitions; i++) {
		const struct model_ref *r = &m->transitions[i];

		buf_addf(b, "%s  %s", i ? "" : "\nTransitions\n", r->id);
		if (!r->target) {
			buf_adds(b, ": not in the catalogue\n");
			continue;
		}
		buf_adds(b, ": ");
		dec_print(b, r->target->score.score, 1, 0);
		buf_adds(b, " ");
		text_verdict(b, r->target->score.zone, r->target->score.label);
		buf_adds(b, ", gain ");
		dec_print(b, emit_gain(m, r), 1, 1);
		buf_adds(b, " points\n");
	}
}

static void text_notes(struct buf *b, const struct model_role *m)
{
	int i;

	for (i = 0; i < m->nnotes; i++)
		buf_addf(b, "\n%s\n\n%s\n", m->notes[i].heading,
			 m->notes[i].text);
}

static void text_role(struct buf *b, const struct model_role *m)
{
	const struct model_score *s = &m->score;

	text_head(b, m);
	text_tasks(b, m);
	text_block(b, m, BLOCK_EVIDENCE, s->evidence, 10);
	text_block(b, m, BLOCK_BARRIERS, s->barriers, 10);
	text_block(b, m, BLOCK_PROTECTIVE, s->protective, 9);
	text_screen(b, s);
	text_derivation(b, m);
	text_label_reason(b, m);
	text_composition(b, s);
	text_override(b, m);
	text_refs(b, m);
	text_notes(b, m);
}

static int text_rank_cmp(const void *pa, const void *pb)
{
	const struct model_role *a = *(struct model_role *const *)pa;
	const struct model_role *b = *(struct model_role *const *)pb;

	if (a->score.score != b->score.score)
		return a->score.score > b->score.score ? -1 : 1;
	return strcmp(a->id, b->id);
}

static void text_counts(struct buf *b, struct model_role **v, size_t n)
{
	size_t count[ZONE_COUNT][LABEL_COUNT] = { { 0 } }, i;
	int z, l;

	for (i = 0; i < n; i++)
		count[v[i]->score.zone][v[i]->score.label]++;
	buf_adds(b, "\nRoles per zone\n");
	for (z = ZONE_COUNT - 1; z >= 0; z--)
		for (l = 0; l < LABEL_COUNT; l++) {
			if (!count[z][l])
				continue;
			buf_adds(b, "  ");
			text_verdict(b, (enum zone)z, (enum label)l);
			buf_addf(b, ": %zu\n", count[z][l]);
		}
}

/* Every role by score (ties by id), then the count per zone and label. */
static void text_summary(struct buf *b, const struct catalogue *cat)
{
	struct model_role **v = mem_must_alloc(cat->nroles * sizeof(*v));
	size_t i, w = 2;

	memcpy(v, cat->roles, cat->nroles * sizeof(*v));
	qsort(v, cat->nroles, sizeof(*v), text_rank_cmp);
	for (i = 0; i < cat->nroles; i++)
		if (strlen(v[i]->id) > w)
			w = strlen(v[i]->id);
	buf_adds(b, "\n========\n\nCatalogue summary\n  ");
	text_padded(b, "Role", w + 2);
	buf_adds(b, "Score  Zone\n");
	for (i = 0; i < cat->nroles; i++) {
		struct buf fig = BUF_INIT;

		buf_adds(b, "  ");
		text_padded(b, v[i]->id, w + 2);
		dec_print(&fig, v[i]->score.score, 1, 0);
		buf_pad(b, ' ', 5 - fig.len);
		buf_add(b, fig.data, fig.len);
		buf_adds(b, "  ");
		text_verdict(b, v[i]->score.zone, v[i]->score.label);
		buf_addc(b, '\n');
		buf_release(&fig);
	}
	text_counts(b, v, cat->nroles);
	mem_free(v);
}

void emit_text(struct buf *b, const struct catalogue *cat)
{
	size_t i;

	for (i = 0; i < cat->nroles; i++) {
		if (i)
			buf_adds(b, "\n--------\n\n");
		text_role(b, cat->roles[i]);
		buf_drain(b);
	}
	if (cat->nroles > 1)
		text_summary(b, cat);
}
