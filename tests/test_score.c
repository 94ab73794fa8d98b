/*
 * test_score.c - scoring.md in exact arithmetic: every printed figure of
 * the reference role, rounding hazards, zones, sub-labels, clamping,
 * overrides and 'expect'.
 *
 * The hazard inputs come from tests/oracle/ties.py, which enumerates
 * them with Python fractions: W is weighted x 1000, then the evidence,
 * barrier and growth totals.
 */
#include "testutil.h"

#include "score.h"

/* n integers in lo..hi, as even as possible, summing to total. */
static void spread(int *v, int n, int total, int lo, int hi)
{
	int sum = 0, i = 0, step = total < 0 ? -1 : 1;

	memset(v, 0, (size_t)n * sizeof(*v));
	while (sum != total) {
		if (v[i % n] + step >= lo && v[i % n] + step <= hi) {
			v[i % n] += step;
			sum += step;
		}
		i++;
	}
}

/*
 * A role with the given tasks (one statement a line, without indent)
 * and the given totals spread over the dimensions; extra statements go
 * before the closing brace.
 */
static void role_text(struct buf *b, const char *tasks, int e, int ba,
		      int p, int g, const char *extra)
{
	static const char *const ev[] = {
		"postings", "companies", "wages", "tools", "experts"
	};
	static const char *const bar[] = {
		"regulatory", "physical", "union", "liability", "cultural"
	};
	static const char *const pr[] = {
		"embodied", "interpersonal", "judgment"
	};
	int v[5], i;

	buf_adds(b, "role \"Scored\" {\n");
	buf_adds(b, tasks);
	spread(v, 5, e, -2, 2);
	buf_adds(b, "evidence {");
	for (i = 0; i < 5; i++)
		buf_addf(b, " %s %+d", ev[i], v[i]);
	spread(v, 5, ba, 0, 2);
	buf_adds(b, " }\nbarriers {");
	for (i = 0; i < 5; i++)
		buf_addf(b, " %s %d", bar[i], v[i]);
	spread(v, 3, p, 0, 3);
	buf_adds(b, " }\nprotective {");
	for (i = 0; i < 3; i++)
		buf_addf(b, " %s %d", pr[i], v[i]);
	buf_addf(b, " }\ngrowth %+d\n%s}\n", g, extra);
}

/* Compile such a role; it must compile without any diagnostic. */
static struct model_role *scored(struct tu *t, const char *tasks, int e,
				 int ba, int p, int g, const char *extra)
{
	struct buf b = BUF_INIT;

	tu_init(t);
	role_text(&b, tasks, e, ba, p, g, extra);
	tu_clean_role(t, b.data);
	buf_release(&b);
	return t->cat.roles[0];
}

static void test_reference(void **state)
{
	static const int64_t task_weighted[] = { 30, 75, 60, 45, 45, 20, 10 };
	const struct model_score *s;
	const struct model_role *m;
	struct tu t;
	int i;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, TU_REFERENCE);
	s = &m->score;
	assert_int_equal(s->weighted_x1000, 2850);
	assert_int_equal(score_weighted_x100(s), 285);
	assert_int_equal(score_tr_x100(s), 315);
	assert_int_equal(s->evidence, 3);
	assert_int_equal(s->barriers, 1);
	assert_int_equal(s->protective, 2);
	assert_int_equal(s->growth, 1);
	assert_int_equal(score_em_x100(s), 112);
	assert_int_equal(score_bm_x100(s), 102);
	assert_int_equal(score_gm_x100(s), 105);
	/* raw = 3.15 x 1.12 x 1.02 x 1.05 = 3.778488 exactly */
	assert_int_equal(s->raw_num, 94462200);
	assert_int_equal(score_raw_x10000(s), 37785);
	assert_int_equal(s->clamped, 0);
	assert_int_equal(s->formula_score, 408);
	assert_int_equal(s->score, 408);
	assert_int_equal(s->zone, ZONE_YELLOW);
	assert_int_equal(s->label, LABEL_URGENT);
	assert_int_equal(s->formula_zone, ZONE_YELLOW);
	assert_int_equal(s->formula_label, LABEL_URGENT);
	assert_int_equal(s->split[TAG_DISP], 150);
	assert_int_equal(s->split[TAG_AUG], 750);
	assert_int_equal(s->split[TAG_NONE], 100);
	assert_int_equal(s->high_time, 700);
	assert_int_equal(s->quick, ZONE_YELLOW);
	assert_int_equal(s->bars[BAR_TR], 315);
	assert_int_equal(s->bars[BAR_EVIDENCE], 60);
	assert_int_equal(s->bars[BAR_BARRIERS], 15);
	assert_int_equal(s->bars[BAR_PROTECTIVE], 22);
	assert_int_equal(s->bars[BAR_GROWTH], 25);
	assert_int_equal(m->ntasks, 7);
	for (i = 0; i < 7; i++)
		assert_int_equal(score_task_weighted_x100(&m->tasks[i]),
				 task_weighted[i]);
	tu_release(&t);
}

/* The exact AIJRI is a fraction: (raw - 0.54) / 7.93 x 100. */
static void test_reference_exact(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	tu_init(&t);
	s = &tu_clean_role(&t, TU_REFERENCE)->score;
	/* 40.838...: 8096220000 / 198250000 */
	assert_true(s->aijri_num * 198250000 == 8096220000LL * s->aijri_den);
	assert_true(s->aijri_num * 10 > 408 * s->aijri_den);
	assert_true(s->aijri_num * 100 < 4085 * s->aijri_den);
	tu_release(&t);
}

static void test_zone_of_printed_score(void **state)
{
	(void)state;
	assert_int_equal(score_zone(0), ZONE_RED);
	assert_int_equal(score_zone(249), ZONE_RED);
	assert_int_equal(score_zone(250), ZONE_YELLOW);
	assert_int_equal(score_zone(479), ZONE_YELLOW);
	assert_int_equal(score_zone(480), ZONE_GREEN);
	assert_int_equal(score_zone(1000), ZONE_GREEN);
}

/* W 1001, evidence -3, barriers 2, growth -1: AIJRI 47.9991..., which
 * prints 48.0, so the zone is Green, never 48.0 beside Yellow. */
static void test_green_at_printed_48(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 99.9% 1 none \"A\"\ntask 0.1% 2 aug \"B\"\n",
		    -3, 2, 0, -1, "")->score;
	assert_int_equal(s->weighted_x1000, 1001);
	assert_true(s->aijri_num < 48 * s->aijri_den);
	assert_int_equal(s->formula_score, 480);
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_STABLE);
	tu_release(&t);
}

/* W 1329, evidence -10, barriers 0, growth -2: 24.998..., prints 25.0. */
static void test_yellow_at_printed_25(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 67.1% 1 none \"A\"\ntask 32.9% 2 aug \"B\"\n",
		    -10, 0, 0, -2, "")->score;
	assert_int_equal(s->weighted_x1000, 1329);
	assert_true(s->aijri_num < 25 * s->aijri_den);
	assert_int_equal(s->formula_score, 250);
	assert_int_equal(s->zone, ZONE_YELLOW);
	assert_int_equal(s->label, LABEL_MODERATE);
	tu_release(&t);
}

/* W 2611, evidence 0, barriers 5, growth -1: AIJRI is 37.85 exactly,
 * and rounds away from zero to 37.9. */
static void test_aijri_exact_tie(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 38.9% 2 aug \"A\"\ntask 61.1% 3 aug \"B\"\n",
		    0, 5, 0, -1, "")->score;
	assert_int_equal(s->weighted_x1000, 2611);
	assert_true(s->aijri_num * 20 == 757 * s->aijri_den);
	assert_int_equal(s->formula_score, 379);
	assert_int_equal(s->zone, ZONE_YELLOW);
	assert_int_equal(s->label, LABEL_URGENT);
	tu_release(&t);

	/* W 2103, evidence 0, barriers 5, growth +1: 49.95 prints 50.0. */
	s = &scored(&t, "task 89.7% 2 aug \"A\"\ntask 10.3% 3 aug \"B\"\n",
		    0, 5, 0, 1, "")->score;
	assert_true(s->aijri_num * 20 == 999 * s->aijri_den);
	assert_int_equal(s->formula_score, 500);
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_STABLE);
	tu_release(&t);
}

/* weighted 2.675 prints 2.68 and TR 3.325 prints 3.33: the value binary
 * floating point gets wrong. */
static void test_weighted_tie(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 32.5% 2 aug \"A\"\ntask 67.5% 3 aug \"B\"\n",
		    0, 0, 0, 0, "")->score;
	assert_int_equal(s->weighted_x1000, 2675);
	assert_int_equal(score_weighted_x100(s), 268);
	assert_int_equal(score_tr_x100(s), 333);
	/* TR bar: 3.325 / 5 x 50 = 33.25, a tie at one decimal. */
	assert_int_equal(s->bars[BAR_TR], 333);
	tu_release(&t);
}

/* W 1001, growth -1: raw 4.999 x 0.95 = 4.74905, a tie at 4 places. */
static void test_raw_tie(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 99.9% 1 none \"A\"\ntask 0.1% 2 aug \"B\"\n",
		    0, 0, 0, -1, "")->score;
	assert_int_equal(s->raw_num * 100000, 474905LL * SCORE_RAW_DEN);
	assert_int_equal(score_raw_x10000(s), 47491);
	tu_release(&t);
}

/* The lowest possible raw, 0.54, is AIJRI 0 exactly: no clamp. */
static void test_lowest_score(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 100% 5 disp \"A\"\n", -10, 0, 0, -2, "")->score;
	assert_int_equal(score_raw_x10000(s), 5400);
	assert_int_equal(s->aijri_num, 0);
	assert_int_equal(s->clamped, 0);
	assert_int_equal(s->formula_score, 0);
	assert_int_equal(s->zone, ZONE_RED);
	assert_int_equal(s->label, LABEL_NONE);
	assert_int_equal(s->quick, ZONE_RED);
	assert_int_equal(s->bars[BAR_EVIDENCE], -200);
	assert_int_equal(s->bars[BAR_GROWTH], -50);
	assert_int_equal(score_em_x100(s), 60);
	assert_int_equal(score_gm_x100(s), 90);
	tu_release(&t);
}

/* The highest: TR 5, evidence +10, barriers 10, growth +2 gives 109.7,
 * clamped to 100 with a warning at the role's title. */
static void test_clamp_high(void **state)
{
	struct buf b = BUF_INIT;
	const struct model_score *s;
	struct tu t;

	(void)state;
	tu_init(&t);
	role_text(&b, "task 100% 1 none \"A\"\n", 10, 10, 9, 2, "");
	tu_compile(&t, b.data);
	assert_string_equal(tu_output(&t),
			    "t.role:1:6: warning: the formula gives 109.7100 "
			    "(above 100), so the score is clamped to 100.0 "
			    "[-Wclamped]\n"
			    "    1 | role \"Scored\" {\n"
			    "      |      ^~~~~~~~\n");
	assert_int_equal(t.cat.nroles, 1);
	s = &t.cat.roles[0]->score;
	assert_int_equal(score_raw_x10000(s), 92400);
	assert_int_equal(s->clamped, 1);
	assert_int_equal(s->formula_score, 1000);
	assert_int_equal(s->score, 1000);
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_ACCELERATED);
	assert_int_equal(s->quick, ZONE_GREEN);
	assert_int_equal(s->bars[BAR_PROTECTIVE], 100);
	buf_release(&b);
	tu_release(&t);
}

/* W 1031, evidence +10, barriers 8, growth +1: AIJRI 100.0396, which
 * prints as 100.0 although it is above 100.  Still clamped (and warned
 * about), but the warning must not call 100.0 outside 0 to 100. */
static void test_clamp_just_above(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	role_text(&b, "task 96.9% 1 none \"A\"\ntask 3.1% 2 aug \"B\"\n",
		  10, 8, 0, 1, "");
	tu_compile(&t, b.data);
	assert_int_equal(t.diags.warnings, 1);
	tu_assert_contains(tu_output(&t), "[-Wclamped]");
	tu_assert_lacks(tu_output(&t), "score 100.0 is outside 0 to 100");
	assert_int_equal(t.cat.roles[0]->score.clamped, 1);
	assert_int_equal(t.cat.roles[0]->score.formula_score, 1000);
	buf_release(&b);
	tu_release(&t);
}

/* Below 0 only a model outside the checked ranges gets (a task scored
 * 6: TR 0); score_role still clamps it and warns. */
static void test_clamp_low(void **state)
{
	struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, TU_ROLE(""));
	m = t.cat.roles[0];
	m->tasks[0].score = 6;
	assert_int_equal(score_role(m, &t.diags), 1);
	assert_string_equal(tu_heads(&t),
			    "t.role:1:6: warning: the formula gives -6.8096 "
			    "(below 0), so the score is clamped to 0.0 "
			    "[-Wclamped]\n");
	assert_int_equal(m->score.clamped, -1);
	assert_int_equal(m->score.formula_score, 0);
	assert_int_equal(m->score.zone, ZONE_RED);
	tu_release(&t);
}

static void test_clamp_warning_disabled(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	role_text(&b, "task 100% 1 none \"A\"\n", 10, 10, 0, 2, "");
	assert_int_equal(diag_config_option(&t.diags.cfg, "no-clamped"), 1);
	tu_compile(&t, b.data);
	assert_string_equal(tu_output(&t), "");
	assert_int_equal(t.cat.roles[0]->score.formula_score, 1000);
	buf_release(&b);
	tu_release(&t);
}

/* The label of a zone, with the role's growth and time at 3+ set. */
static enum label label_for(int growth, int32_t high_time, enum zone zone)
{
	struct model_role m;

	memset(&m, 0, sizeof(m));
	m.growth.value = growth;
	m.score.growth = growth;
	m.score.high_time = high_time;
	return score_label(&m, zone);
}

/* The sub-label table, first matching rule of the zone, at each edge. */
static void test_label_rules(void **state)
{
	(void)state;
	assert_int_equal(label_for(2, 1000, ZONE_GREEN), LABEL_ACCELERATED);
	assert_int_equal(label_for(2, 0, ZONE_GREEN), LABEL_ACCELERATED);
	assert_int_equal(label_for(1, 200, ZONE_GREEN), LABEL_TRANSFORMING);
	assert_int_equal(label_for(1, 199, ZONE_GREEN), LABEL_STABLE);
	assert_int_equal(label_for(-2, 0, ZONE_GREEN), LABEL_STABLE);
	assert_int_equal(label_for(0, 400, ZONE_YELLOW), LABEL_URGENT);
	assert_int_equal(label_for(2, 399, ZONE_YELLOW), LABEL_MODERATE);
	assert_int_equal(label_for(0, 1000, ZONE_RED), LABEL_NONE);
	assert_int_equal(label_for(2, 0, ZONE_RED), LABEL_NONE);
}

/* The same rules reached through whole roles. */
static void test_labels_of_roles(void **state)
{
	struct tu t;

	(void)state;
	/* TR 4.6: green; exactly 20% of the time at 3+. */
	assert_int_equal(scored(&t, "task 80% 1 none \"A\"\n"
				"task 20% 3 aug \"B\"\n", 0, 0, 0, 0, "")
			 ->score.label, LABEL_TRANSFORMING);
	assert_int_equal(t.cat.roles[0]->score.zone, ZONE_GREEN);
	tu_release(&t);
	assert_int_equal(scored(&t, "task 80.1% 1 none \"A\"\n"
				"task 19.9% 3 aug \"B\"\n", 0, 0, 0, 0, "")
			 ->score.label, LABEL_STABLE);
	tu_release(&t);
	/* All the time at 3+, but growth +2 comes first. */
	assert_int_equal(scored(&t, "task 100% 3 aug \"A\"\n", 10, 0, 0, 2,
				"")->score.label, LABEL_ACCELERATED);
	assert_int_equal(t.cat.roles[0]->score.zone, ZONE_GREEN);
	tu_release(&t);
	/* TR 3.6: yellow; exactly 40% at 3+, then just under. */
	assert_int_equal(scored(&t, "task 60% 2 aug \"A\"\n"
				"task 40% 3 aug \"B\"\n", 0, 0, 0, 0, "")
			 ->score.label, LABEL_URGENT);
	assert_int_equal(t.cat.roles[0]->score.zone, ZONE_YELLOW);
	tu_release(&t);
	assert_int_equal(scored(&t, "task 60.1% 2 aug \"A\"\n"
				"task 39.9% 3 aug \"B\"\n", 0, 0, 0, 0, "")
			 ->score.label, LABEL_MODERATE);
	tu_release(&t);
	assert_int_equal(scored(&t, "task 100% 5 disp \"A\"\n", 0, 0, 0, 0,
				"")->score.zone, ZONE_RED);
	assert_int_equal(t.cat.roles[0]->score.label, LABEL_NONE);
	tu_release(&t);
}

static void test_quick_screen(void **state)
{
	static const struct {
		int protective, growth;
		enum zone want;
	} cases[] = {
		{ 2, -1, ZONE_RED }, { 0, -2, ZONE_RED },
		{ 3, -1, ZONE_YELLOW }, { 2, 0, ZONE_YELLOW },
		{ 2, 1, ZONE_YELLOW }, { 5, 1, ZONE_YELLOW },
		{ 6, -2, ZONE_GREEN }, { 9, 0, ZONE_GREEN },
		{ 0, 2, ZONE_GREEN },
	};
	struct tu t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct model_role *m;

		m = scored(&t, "task 100% 3 aug \"A\"\n", 0, 0,
			   cases[i].protective, cases[i].growth, "");
		assert_int_equal(m->score.protective, cases[i].protective);
		assert_int_equal(m->score.quick, cases[i].want);
		tu_release(&t);
	}
}

/* Bars can be negative, and are rounded from their exact values. */
static void test_bars(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	s = &scored(&t, "task 100% 3 aug \"A\"\n", -3, 7, 1, -1, "")->score;
	assert_int_equal(s->bars[BAR_TR], 300);
	assert_int_equal(s->bars[BAR_EVIDENCE], -60);
	assert_int_equal(s->bars[BAR_BARRIERS], 105);
	assert_int_equal(s->bars[BAR_PROTECTIVE], 11);	/* 1.11 */
	assert_int_equal(s->bars[BAR_GROWTH], -25);
	tu_release(&t);

	s = &scored(&t, "task 100% 3 aug \"A\"\n", 0, 0, 5, 0, "")->score;
	assert_int_equal(s->bars[BAR_PROTECTIVE], 56);	/* 5.55... */
	tu_release(&t);
}

static void test_override_score(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	tu_init(&t);
	s = &tu_clean_role(&t, TU_ROLE("    override score 50.0 because "
				       "\"x\"\n    expect 50.0 green "
				       "transforming"))->score;
	assert_int_equal(s->formula_score, 310);
	assert_int_equal(s->formula_zone, ZONE_YELLOW);
	assert_int_equal(s->formula_label, LABEL_URGENT);
	assert_int_equal(s->score, 500);
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_TRANSFORMING);
	assert_string_equal(t.cat.roles[0]->override.score_because, "x");
	tu_release(&t);
}

static void test_override_zone(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	tu_init(&t);
	s = &tu_clean_role(&t, TU_ROLE("    override zone red because "
				       "\"x\""))->score;
	assert_int_equal(s->score, 310);
	assert_int_equal(s->zone, ZONE_RED);
	assert_int_equal(s->label, LABEL_NONE);
	assert_int_equal(s->formula_zone, ZONE_YELLOW);
	tu_release(&t);

	tu_init(&t);
	s = &tu_clean_role(&t, TU_ROLE("    override zone green because "
				       "\"x\""))->score;
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_TRANSFORMING);
	tu_release(&t);
}

static void test_override_label(void **state)
{
	const struct model_score *s;
	struct tu t;

	(void)state;
	tu_init(&t);
	s = &tu_clean_role(&t, TU_ROLE("    override label moderate because "
				       "\"x\"\n    expect 31.0 yellow "
				       "moderate"))->score;
	assert_int_equal(s->score, 310);
	assert_int_equal(s->zone, ZONE_YELLOW);
	assert_int_equal(s->label, LABEL_MODERATE);
	assert_int_equal(s->formula_label, LABEL_URGENT);
	tu_release(&t);

	/* The label must belong to the final zone, after the overrides. */
	tu_init(&t);
	s = &tu_clean_role(&t, TU_ROLE("    override score 50.0 because "
				       "\"x\"\n    override label stable "
				       "because \"y\""))->score;
	assert_int_equal(s->zone, ZONE_GREEN);
	assert_int_equal(s->label, LABEL_STABLE);
	tu_release(&t);

	tu_init(&t);
	tu_compile(&t, TU_ROLE("    override score 20.0 because \"x\"\n"
			       "    override label urgent because \"y\""));
	assert_string_equal(tu_heads(&t),
			    "t.role:3:20: error: label 'urgent' is not a label "
			    "of the red zone [E303]\n");
	tu_release(&t);
}

static void test_override_none(void **state)
{
	const struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, TU_ROLE("    override none"));
	/* 'override none' accepts the formula: nothing is overridden. */
	assert_int_equal(m->override.has_score + m->override.has_zone
			 + m->override.has_label, 0);
	assert_int_equal(m->score.score, m->score.formula_score);
	assert_int_equal(m->score.score, 310);
	assert_int_equal(m->score.label, LABEL_URGENT);
	tu_release(&t);
}

static void test_expect_mismatch(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, TU_ROLE("    expect 31.1"));
	assert_string_equal(tu_output(&t),
			    "t.role:2:5: error: role compiles to 31.0 yellow "
			    "urgent, not the expected 31.1 [E311]\n"
			    "    2 |     expect 31.1\n"
			    "      |     ^~~~~~~~~~~\n"
			    "t.role:2:5: help: if the inputs are right, write "
			    "'expect 31.0'\n");
	tu_assert_rejected(&t);
	tu_release(&t);

	tu_init(&t);
	tu_compile(&t, TU_ROLE("    expect 31.0 green"));
	assert_string_equal(tu_heads(&t),
			    "t.role:2:5: error: role compiles to 31.0 yellow "
			    "urgent, not the expected 31.0 green [E311]\n"
			    "t.role:2:5: help: if the inputs are right, write "
			    "'expect 31.0 yellow'\n");
	tu_release(&t);

	/* Against the final result: the override's, not the formula's. */
	tu_init(&t);
	tu_compile(&t, TU_ROLE("    override zone red because \"x\"\n"
			       "    expect 31.0 yellow urgent"));
	assert_string_equal(tu_heads(&t),
			    "t.role:3:5: error: role compiles to 31.0 red, not "
			    "the expected 31.0 yellow urgent [E311]\n"
			    "t.role:3:5: help: if the inputs are right, write "
			    "'expect 31.0 red'\n");
	tu_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_reference_exact),
		cmocka_unit_test(test_zone_of_printed_score),
		cmocka_unit_test(test_green_at_printed_48),
		cmocka_unit_test(test_yellow_at_printed_25),
		cmocka_unit_test(test_aijri_exact_tie),
		cmocka_unit_test(test_weighted_tie),
		cmocka_unit_test(test_raw_tie),
		cmocka_unit_test(test_lowest_score),
		cmocka_unit_test(test_clamp_high),
		cmocka_unit_test(test_clamp_just_above),
		cmocka_unit_test(test_clamp_low),
		cmocka_unit_test(test_clamp_warning_disabled),
		cmocka_unit_test(test_label_rules),
		cmocka_unit_test(test_labels_of_roles),
		cmocka_unit_test(test_quick_screen),
		cmocka_unit_test(test_bars),
		cmocka_unit_test(test_override_score),
		cmocka_unit_test(test_override_zone),
		cmocka_unit_test(test_override_label),
		cmocka_unit_test(test_override_none),
		cmocka_unit_test(test_expect_mismatch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
