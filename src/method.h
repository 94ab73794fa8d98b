/*
 * method.h - the assessment method: its names, ranges, constants and the
 * sub-label table, in one place so that changing the method is one edit.
 *
 * The formula itself is in score.c; every constant it uses is here.
 */
#ifndef ROLEC_METHOD_H
#define ROLEC_METHOD_H

#include <stddef.h>
#include <stdint.h>

enum level { LEVEL_JUNIOR, LEVEL_MID, LEVEL_SENIOR, LEVEL_LEAD,
	     LEVEL_PRINCIPAL, LEVEL_COUNT };
enum tag { TAG_AUG, TAG_DISP, TAG_NONE, TAG_COUNT };
enum zone { ZONE_RED, ZONE_YELLOW, ZONE_GREEN, ZONE_COUNT };
enum label { LABEL_NONE, LABEL_ACCELERATED, LABEL_TRANSFORMING,
	     LABEL_STABLE, LABEL_URGENT, LABEL_MODERATE, LABEL_COUNT };
enum block { BLOCK_EVIDENCE, BLOCK_BARRIERS, BLOCK_PROTECTIVE,
	     BLOCK_COUNT };

#define METHOD_MAX_DIMS 5

/* Names as written in .role files and in the JSON output. */
extern const char *const method_level_names[LEVEL_COUNT];
extern const char *const method_level_titles[LEVEL_COUNT];
extern const char *const method_tag_names[TAG_COUNT];
extern const char *const method_tag_titles[TAG_COUNT];
extern const char *const method_zone_names[ZONE_COUNT];
extern const char *const method_zone_titles[ZONE_COUNT];
extern const char *const method_label_names[LABEL_COUNT];
extern const char *const method_label_titles[LABEL_COUNT];

struct method_block {
	const char *keyword;		/* evidence, barriers, protective */
	const char *title;		/* for reports */
	int ndims;
	const char *dims[METHOD_MAX_DIMS];
	const char *dim_titles[METHOD_MAX_DIMS];
	int min, max;			/* each dimension's range */
	int signed_values;		/* written +1 / -1 */
};

extern const struct method_block method_blocks[BLOCK_COUNT];

/* Task inputs. Shares are kept in tenths of a percent. */
#define METHOD_SHARE_TOTAL 1000	/* 100.0% */
#define METHOD_SCORE_MIN 1
#define METHOD_SCORE_MAX 5
#define METHOD_GROWTH_MIN (-2)
#define METHOD_GROWTH_MAX 2

/*
 * The formula (scoring.md), every factor a ratio of small integers:
 *   TR  = 6 - weighted
 *   EM  = 1 + 0.04 x evidence = (25 + evidence) / 25
 *   BM  = 1 + 0.02 x barriers = (50 + barriers) / 50
 *   GM  = 1 + 0.05 x growth   = (20 + growth) / 20
 *   AIJRI = (raw - 0.54) / 7.93 x 100
 */
#define METHOD_TR_BASE 6
#define METHOD_EM_DEN 25
#define METHOD_BM_DEN 50
#define METHOD_GM_DEN 20
#define METHOD_RAW_MIN_X100 54		/* 0.54 */
#define METHOD_RAW_SPAN_X100 793	/* 7.93 */

/* Zones on the printed score, in tenths: green from 48.0, red below 25. */
#define METHOD_GREEN_FROM 480
#define METHOD_RED_BELOW 250

/* Which task scores count as "3 or more". */
#define METHOD_HIGH_SCORE 3

/* The sub-label table: the first rule of the role's zone that matches. */
enum method_rule { RULE_GROWTH_AT_LEAST, RULE_HIGH_TIME_AT_LEAST,
		   RULE_ALWAYS };

struct method_label_rule {
	enum zone zone;
	enum label label;
	enum method_rule rule;
	int threshold;		/* growth value, or tenths of a percent */
	const char *why;	/* for the text report */
};

extern const struct method_label_rule method_label_rules[];
extern const size_t method_label_rule_count;

/* Quick screen: protective at most 2 with negative growth is likely red;
 * protective 6 or more, or growth +2, likely green. */
#define METHOD_SCREEN_RED_PROTECTIVE 2
#define METHOD_SCREEN_GREEN_PROTECTIVE 6
#define METHOD_SCREEN_GREEN_GROWTH 2

/* Composition bars: weight x value / maximum. */
struct method_bar {
	const char *name;	/* JSON member */
	const char *title;
	int weight;		/* percent */
	int max;		/* the value's maximum */
};

enum { BAR_TR, BAR_EVIDENCE, BAR_BARRIERS, BAR_PROTECTIVE, BAR_GROWTH,
       BAR_COUNT };

extern const struct method_bar method_bars[BAR_COUNT];

/* Index of name in names[0..n), or -1. */
int method_lookup(const char *name, const char *const *names, int n);

/* Whether label belongs to zone in the sub-label table. */
int method_label_in_zone(enum label label, enum zone zone);

#endif
