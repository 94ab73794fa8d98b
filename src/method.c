/*
 * method.c - the method's tables.
 */
#include <string.h>

#include "method.h"

const char *const method_level_names[LEVEL_COUNT] = {
	"junior", "mid", "senior", "lead", "principal"
};
const char *const method_level_titles[LEVEL_COUNT] = {
	"Junior", "Mid-Level", "Senior", "Lead", "Principal"
};
const char *const method_tag_names[TAG_COUNT] = { "aug", "disp", "none" };
const char *const method_tag_titles[TAG_COUNT] = {
	"augmentation", "displacement", "not involved"
};
const char *const method_zone_names[ZONE_COUNT] = {
	"red", "yellow", "green"
};
const char *const method_zone_titles[ZONE_COUNT] = {
	"RED", "YELLOW", "GREEN"
};
const char *const method_label_names[LABEL_COUNT] = {
	"", "accelerated", "transforming", "stable", "urgent", "moderate"
};
const char *const method_label_titles[LABEL_COUNT] = {
	"", "Accelerated", "Transforming", "Stable", "Urgent", "Moderate"
};

const struct method_block method_blocks[BLOCK_COUNT] = {
	{ "evidence", "Evidence", 5,
	  { "postings", "companies", "wages", "tools", "experts" },
	  { "Job posting trends", "Company actions", "Wage trends",
	    "AI tool maturity", "Expert consensus" },
	  -2, 2, 1 },
	{ "barriers", "Barriers", 5,
	  { "regulatory", "physical", "union", "liability", "cultural" },
	  { "Regulatory/licensing", "Physical presence",
	    "Union/collective bargaining", "Liability/accountability",
	    "Cultural/ethical" },
	  0, 2, 0 },
	{ "protective", "Protective principles", 3,
	  { "embodied", "interpersonal", "judgment" },
	  { "Embodied physicality", "Deep interpersonal connection",
	    "Goal-setting & moral judgment" },
	  0, 3, 0 },
};

const struct method_label_rule method_label_rules[] = {
	{ ZONE_GREEN, LABEL_ACCELERATED, RULE_GROWTH_AT_LEAST, 2,
	  "the AI growth correlation is +2" },
	{ ZONE_GREEN, LABEL_TRANSFORMING, RULE_HIGH_TIME_AT_LEAST, 200,
	  "at least 20% of task time scores 3+" },
	{ ZONE_GREEN, LABEL_STABLE, RULE_ALWAYS, 0,
	  "less than 20% of task time scores 3+" },
	{ ZONE_YELLOW, LABEL_URGENT, RULE_HIGH_TIME_AT_LEAST, 400,
	  "at least 40% of task time scores 3+" },
	{ ZONE_YELLOW, LABEL_MODERATE, RULE_ALWAYS, 0,
	  "less than 40% of task time scores 3+" },
	{ ZONE_RED, LABEL_NONE, RULE_ALWAYS, 0, "Red has no sub-label" },
};
const size_t method_label_rule_count =
	sizeof(method_label_rules) / sizeof(method_label_rules[0]);

const struct method_bar method_bars[BAR_COUNT] = {
	{ "task_resistance", "Task resistance", 50, 5 },
	{ "evidence", "Evidence", 20, 10 },
	{ "barriers", "Barriers", 15, 10 },
	{ "protective", "Protective", 10, 9 },
	{ "growth", "AI growth", 5, 2 },
};

int method_lookup(const char *name, const char *const *names, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (names[i][0] && !strcmp(name, names[i]))
			return i;
	return -1;
}

int method_label_in_zone(enum label label, enum zone zone)
{
	size_t i;

	for (i = 0; i < method_label_rule_count; i++)
		if (method_label_rules[i].zone == zone
		    && method_label_rules[i].label == label)
			return 1;
	return 0;
}
