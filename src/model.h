/*
 * model.h - a checked role: typed, validated values, ready to score.
 *
 * check.c builds it from the syntax tree; it lives in the catalogue's
 * arena and holds no pointer into the source or the tree, so that a file
 * can be released as soon as its roles are checked.
 */
#ifndef ROLEC_MODEL_H
#define ROLEC_MODEL_H

#include <stdint.h>

#include "diag.h"
#include "method.h"

struct model_task {
	int32_t share;		/* tenths of a percent */
	int score;		/* 1..5 */
	enum tag tag;
	const char *name;
	const char *because;	/* NULL when not given */
};

struct model_value {
	int value;
	const char *because;
};

struct model_note {
	const char *heading;
	const char *text;
};

/* A peer or transition: resolved against the catalogue by link.c. */
struct model_ref {
	const char *id;
	int has_quoted;
	int32_t quoted;		/* tenths, peers only */
	struct diag_loc loc;	/* the id, for diagnostics after release */
	struct diag_loc quoted_loc;
	const struct model_role *target;	/* NULL: not in the catalogue */
};

struct model_override {
	int has_score, has_zone, has_label;
	int32_t score;		/* tenths */
	enum zone zone;
	enum label label;
	const char *score_because, *zone_because, *label_because;
	struct diag_loc label_loc;	/* the label given, for its check */
};

/* The results of scoring.md, exact where the method is, plus what each
 * printed figure rounds to. */
struct model_score {
	int64_t weighted_x1000;	/* sum of share x score, in 1/1000 */
	int evidence, barriers, protective, growth;	/* totals */
	int64_t raw_num;	/* raw = raw_num / METHOD_RAW_DEN */
	int64_t aijri_num, aijri_den;	/* unclamped, exact */
	int clamped;		/* -1 below 0, +1 above 100 */
	int32_t formula_score;	/* printed tenths, clamped */
	int32_t score;		/* tenths, after any override */
	enum zone zone;		/* after any override */
	enum label label;	/* after any override */
	enum zone formula_zone;
	enum label formula_label;
	int32_t split[TAG_COUNT];	/* tenths of a percent */
	int32_t high_time;	/* tenths of time scoring 3+ */
	enum zone quick;
	int32_t bars[BAR_COUNT];	/* tenths */
};

struct model_role {
	const char *id, *title, *family, *summary;
	int level;		/* enum level, or -1 */
	const char **aka;
	int naka;
	int has_assessed;
	int year, month, day;
	struct model_note *notes;
	int nnotes;
	struct model_task *tasks;
	int ntasks;
	struct model_value dims[BLOCK_COUNT][METHOD_MAX_DIMS];
	struct model_value growth;
	struct model_override override;
	struct model_ref *peers, *transitions;
	int npeers, ntransitions;
	int has_expect, expect_has_zone, expect_has_label;
	int32_t expect_score;
	enum zone expect_zone;
	enum label expect_label;

	const char *path;
	uint32_t line;
	int reported;		/* named in the run, not only context */
	int invalid;		/* has errors: not scored, never emitted */
	struct diag_loc id_loc;	/* where the id is given or derived */
	struct diag_loc role_loc;	/* the role's title */
	struct diag_loc expect_loc;	/* the expect statement */
	struct model_score score;
};

#endif
