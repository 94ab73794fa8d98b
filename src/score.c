/*
 * score.c - scoring.md in integers.
 *
 * weighted x 1000 is a sum of integers (shares are tenths of a percent),
 * and every modifier is a ratio with a small denominator (method.h), so
 * raw and the AIJRI are exact fractions of 64-bit integers; the largest
 * numerator, 5000 x 35 x 60 x 22, is far inside the range.  Only printed
 * values are rounded, each from its exact form (decimal.h).
 */
#include <string.h>

#include "decimal.h"
#include "score.h"

enum zone score_zone(int32_t tenths)
{
	if (tenths >= METHOD_GREEN_FROM)
		return ZONE_GREEN;
	return tenths < METHOD_RED_BELOW ? ZONE_RED : ZONE_YELLOW;
}

enum label score_label(const struct model_role *m, enum zone zone)
{
	size_t i;

	for (i = 0; i < method_label_rule_count; i++) {
		const struct method_label_rule *r = &method_label_rules[i];

		if (r->zone != zone)
			continue;
		if (r->rule == RULE_ALWAYS
		    || (r->rule == RULE_GROWTH_AT_LEAST
			&& m->growth.value >= r->threshold)
		    || (r->rule == RULE_HIGH_TIME_AT_LEAST
			&& m->score.high_time >= r->threshold))
			return r->label;
	}
	return LABEL_NONE;
}

static int score_block_total(const struct model_role *m, enum block b)
{
	int i, t = 0;

	for (i = 0; i < method_blocks[b].ndims; i++)
		t += m->dims[b][i].value;
	return t;
}

static void score_tasks(struct model_role *m)
{
	struct model_score *s = &m->score;
	int i;

	for (i = 0; i < m->ntasks; i++) {
		const struct model_task *t = &m->tasks[i];

		s->weighted_x1000 += (int64_t)t->share * t->score;
		s->split[t->tag] += t->share;
		if (t->score >= METHOD_HIGH_SCORE)
			s->high_time += t->share;
	}
}

/* The AIJRI as an exact fraction:
 *   raw = (6000 - W)(25 + E)(50 + B)(20 + G) / 25 000 000
 *   AIJRI = (raw - 0.54) / 7.93 x 100
 *         = (raw_num - 0.54 x DEN) x 100 / (7.93 x DEN)              */
static void score_formula(struct model_score *s)
{
	int64_t tr = METHOD_TR_BASE * 1000 - s->weighted_x1000;

	s->raw_num = tr * (METHOD_EM_DEN + s->evidence)
		     * (METHOD_BM_DEN + s->barriers)
		     * (METHOD_GM_DEN + s->growth);
	s->aijri_num = (s->raw_num
			- (int64_t)METHOD_RAW_MIN_X100 * (SCORE_RAW_DEN / 100))
		       * 100;
	s->aijri_den = (int64_t)METHOD_RAW_SPAN_X100 * (SCORE_RAW_DEN / 100);

	s->clamped = 0;
	if (s->aijri_num < 0)
		s->clamped = -1;
	else if (s->aijri_num > 100 * s->aijri_den)
		s->clamped = 1;
	s->formula_score = s->clamped < 0 ? 0 : s->clamped > 0 ? 1000
			   : (int32_t)dec_round(s->aijri_num, s->aijri_den, 1);
}

/* Composition bars: weight x value / maximum, in tenths. */
static void score_bars(struct model_score *s)
{
	static const int tr_den = 1000;
	const struct method_bar *b = method_bars;

	int64_t tr = METHOD_TR_BASE * tr_den - s->weighted_x1000;

	s->bars[BAR_TR] = (int32_t)dec_round(
		tr * b[BAR_TR].weight, (int64_t)tr_den * b[BAR_TR].max, 1);
	s->bars[BAR_EVIDENCE] = (int32_t)dec_round(
		(int64_t)s->evidence * b[BAR_EVIDENCE].weight,
		b[BAR_EVIDENCE].max, 1);
	s->bars[BAR_BARRIERS] = (int32_t)dec_round(
		(int64_t)s->barriers * b[BAR_BARRIERS].weight,
		b[BAR_BARRIERS].max, 1);
	s->bars[BAR_PROTECTIVE] = (int32_t)dec_round(
		(int64_t)s->protective * b[BAR_PROTECTIVE].weight,
		b[BAR_PROTECTIVE].max, 1);
	s->bars[BAR_GROWTH] = (int32_t)dec_round(
		(int64_t)s->growth * b[BAR_GROWTH].weight,
		b[BAR_GROWTH].max, 1);
}

static enum zone score_quick(const struct model_score *s)
{
	if (s->protective <= METHOD_SCREEN_RED_PROTECTIVE && s->growth < 0)
		return ZONE_RED;
	if (s->protective >= METHOD_SCREEN_GREEN_PROTECTIVE
	    || s->growth >= METHOD_SCREEN_GREEN_GROWTH)
		return ZONE_GREEN;
	return ZONE_YELLOW;
}

/* Final score, zone and label: the formula's, unless overridden. */
static void score_final(struct model_role *m)
{
	struct model_score *s = &m->score;
	const struct model_override *o = &m->override;

	s->formula_zone = score_zone(s->formula_score);
	s->formula_label = score_label(m, s->formula_zone);
	s->score = o->has_score ? o->score : s->formula_score;
	s->zone = o->has_zone ? o->zone : score_zone(s->score);
	s->label = o->has_label ? o->label : score_label(m, s->zone);
}

/* "40.8 yellow urgent"; zone < 0 or label < 0 leave that part out. */
static void score_print_result(struct buf *b, int32_t score, int zone,
			       int label)
{
	dec_print(b, score, 1, 0);
	if (zone >= 0)
		buf_addf(b, " %s", method_zone_names[zone]);
	if (label > LABEL_NONE)
		buf_addf(b, " %s", method_label_names[label]);
}

/* 'expect' compares with the final score, zone and label. */
static int score_check_expect(const struct model_role *m,
			      struct diag_sink *diags)
{
	const struct model_score *s = &m->score;
	struct buf got = BUF_INIT, want = BUF_INIT;
	struct diag *d;
	int ok = s->score == m->expect_score
		 && (!m->expect_has_zone || s->zone == m->expect_zone)
		 && (!m->expect_has_label || s->label == m->expect_label);

	if (!m->has_expect || ok)
		return 1;
	score_print_result(&got, s->score, s->zone, s->label);
	score_print_result(&want, m->expect_score,
			   m->expect_has_zone ? (int)m->expect_zone : -1,
			   m->expect_has_label ? (int)m->expect_label : -1);
	d = diag_at_loc(diags, DIAG_EXPECT, &m->expect_loc,
			"role compiles to %s, not the expected %s", got.data,
			want.data);
	/* The fix, stated as fully as the expectation was. */
	buf_reset(&got);
	score_print_result(&got, s->score,
			   m->expect_has_zone ? (int)s->zone : -1,
			   m->expect_has_label ? (int)s->label : -1);
	diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0,
		  "if the inputs are right, write 'expect %s'", got.data);
	buf_release(&got);
	buf_release(&want);
	return 0;
}

static int score_check_label(const struct model_role *m,
			     struct diag_sink *diags)
{
	const struct model_override *o = &m->override;

	if (!o->has_label || method_label_in_zone(o->label, m->score.zone))
		return 1;
	diag_at_loc(diags, DIAG_UNKNOWN_NAME, &o->label_loc,
		    "label '%s' is not a label of the %s zone",
		    method_label_names[o->label],
		    method_zone_names[m->score.zone]);
	return 0;
}

int score_role(struct model_role *m, struct diag_sink *diags)
{
	struct model_score *s = &m->score;
	struct buf exact = BUF_INIT;
	int ok;

	memset(s, 0, sizeof(*s));
	score_tasks(m);
	s->evidence = score_block_total(m, BLOCK_EVIDENCE);
	s->barriers = score_block_total(m, BLOCK_BARRIERS);
	s->protective = score_block_total(m, BLOCK_PROTECTIVE);
	s->growth = m->growth.value;
	score_formula(s);
	score_bars(s);
	s->quick = score_quick(s);
	score_final(m);

	if (s->clamped) {
		dec_print(&exact, dec_round(s->aijri_num, s->aijri_den, 4), 4,
			  0);
		diag_at_loc(diags, DIAG_CLAMPED, &m->role_loc,
			    "the formula gives %s (%s), so the score is "
			    "clamped to %s", exact.data,
			    s->clamped < 0 ? "below 0" : "above 100",
			    s->clamped < 0 ? "0.0" : "100.0");
		buf_release(&exact);
	}
	ok = score_check_label(m, diags);
	return score_check_expect(m, diags) && ok;
}

int64_t score_weighted_x100(const struct model_score *s)
{
	return dec_round(s->weighted_x1000, 1000, 2);
}

int64_t score_tr_x100(const struct model_score *s)
{
	return dec_round(METHOD_TR_BASE * 1000 - s->weighted_x1000, 1000, 2);
}

int64_t score_raw_x10000(const struct model_score *s)
{
	return dec_round(s->raw_num, SCORE_RAW_DEN, 4);
}

int64_t score_task_weighted_x100(const struct model_task *t)
{
	return dec_round((int64_t)t->share * t->score, 1000, 2);
}

int score_em_x100(const struct model_score *s)
{
	return 100 + 100 / METHOD_EM_DEN * s->evidence;
}

int score_bm_x100(const struct model_score *s)
{
	return 100 + 100 / METHOD_BM_DEN * s->barriers;
}

int score_gm_x100(const struct model_score *s)
{
	return 100 + 100 / METHOD_GM_DEN * s->growth;
}
