/*
 * score.h - the AI Job Resistance Index of a checked role, exactly.
 */
#ifndef ROLEC_SCORE_H
#define ROLEC_SCORE_H

#include "diag.h"
#include "model.h"

/* raw = raw_num / SCORE_RAW_DEN (1000 x 25 x 50 x 20). */
#define SCORE_RAW_DEN 25000000

/* Score m (filling m->score), then check what depends on the result: a
 * clamped score (warning), an override label outside the final zone and
 * an 'expect' that does not hold (errors).  Returns 0 on an error. */
int score_role(struct model_role *m, struct diag_sink *diags);

/* The printed figures, each rounded from its exact value. */
int64_t score_weighted_x100(const struct model_score *s);
int64_t score_tr_x100(const struct model_score *s);
int64_t score_raw_x10000(const struct model_score *s);
int64_t score_task_weighted_x100(const struct model_task *t);

/* Modifiers are exact at two decimals: 1 + 0.04 x evidence, ... */
int score_em_x100(const struct model_score *s);
int score_bm_x100(const struct model_score *s);
int score_gm_x100(const struct model_score *s);

/* The zone of a printed score, in tenths. */
enum zone score_zone(int32_t tenths);

/* The first sub-label of zone whose rule the role meets. */
enum label score_label(const struct model_role *m, enum zone zone);

#endif
