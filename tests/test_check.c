/*
 * test_check.c - the validation rules of language.md and scoring.md, one
 * test each: the exact message, its line and column, and that one
 * mistake gives one diagnostic.
 */
#include "testutil.h"

#include "check.h"
#include "link.h"

#define BLOCKS_AFTER_TASK(task) \
	"role \"T\" {\n    " task "\n" TU_ZERO_BLOCKS "}\n"

/* Compile text; the head lines printed must be exactly want. */
static void check_heads(const char *text, const char *want)
{
	struct tu t;

	tu_init(&t);
	tu_compile(&t, text);
	assert_string_equal(tu_heads(&t), want);
	tu_release(&t);
}

/* Compile text, expecting errors: the role is not in the catalogue. */
static void check_rejects(const char *text, const char *want)
{
	struct tu t;

	tu_init(&t);
	tu_compile(&t, text);
	assert_string_equal(tu_heads(&t), want);
	tu_assert_rejected(&t);
	tu_release(&t);
}

/* The base role is valid, and scored into the catalogue. */
static void test_valid_role(void **state)
{
	const struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, TU_ROLE("    level mid"));
	assert_string_equal(m->id, "t-mid");
	assert_string_equal(m->title, "T");
	assert_int_equal(m->level, LEVEL_MID);
	assert_int_equal(m->ntasks, 1);
	assert_int_equal(m->tasks[0].share, 1000);
	assert_string_equal(m->path, TU_PATH);
	assert_int_equal(m->line, 1);
	assert_int_equal(m->score.score, 310);
	tu_release(&t);
}

/* The full text of one diagnostic: head, excerpt, caret, help. */
static void test_unknown_level(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, TU_ROLE("    level senoir"));
	assert_string_equal(tu_output(&t),
			    "t.role:2:11: error: unknown level 'senoir'; the "
			    "valid ones are 'junior', 'mid', 'senior', "
			    "'lead', 'principal' [E303]\n"
			    "    2 |     level senoir\n"
			    "      |           ^~~~~~\n"
			    "t.role:2:11: help: did you mean 'senior'?\n");
	tu_assert_rejected(&t);
	tu_release(&t);
}

static void test_once_only(void **state)
{
	static const struct {
		const char *first, *second, *word;
	} once[] = {
		{ "id a", "id b", "id" },
		{ "level mid", "level senior", "level" },
		{ "family \"a\"", "family \"b\"", "family" },
		{ "assessed 2026-01-01", "assessed 2026-01-02", "assessed" },
		{ "summary \"a\"", "summary \"\"\"b\"\"\"", "summary" },
		{ "expect 31.0", "expect 31.0", "expect" },
	};
	char text[512], want[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(once) / sizeof(once[0]); i++) {
		snprintf(text, sizeof(text), "role \"T\" {\n    %s\n    %s\n"
			 "    task 100%% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n",
			 once[i].first, once[i].second);
		snprintf(want, sizeof(want),
			 "t.role:3:5: error: '%s' given twice in one role "
			 "[E301]\nt.role:2:5: note: first given here\n",
			 once[i].word);
		check_rejects(text, want);
	}

	/* The blocks every role needs, given again after the zero ones. */
	check_rejects(TU_ROLE("    growth 1\n    evidence { postings 0 "
			      "companies 0 wages 0 tools 0 experts 0 }"),
		      "t.role:5:5: error: 'evidence' given twice in one role "
		      "[E301]\n"
		      "t.role:3:5: note: first given here\n"
		      "t.role:8:5: error: 'growth' given twice in one role "
		      "[E301]\n"
		      "t.role:2:5: note: first given here\n");
}

/* aka, note, task, peer and transition may be repeated. */
static void test_repeatable(void **state)
{
	const struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, TU_ROLE("    aka \"a\"\n    aka \"b\", \"c\"\n"
				      "    note \"h\" \"x\"\n"
				      "    note \"i\" \"\"\"\n      y\n      "
				      "\"\"\"\n"
				      "    transition p\n    transition q"));
	assert_int_equal(m->naka, 3);
	assert_string_equal(m->aka[2], "c");
	assert_int_equal(m->nnotes, 2);
	assert_string_equal(m->notes[1].heading, "i");
	assert_string_equal(m->notes[1].text, "y");
	assert_int_equal(m->ntransitions, 2);
	assert_string_equal(m->transitions[1].id, "q");
	tu_release(&t);
}

static void test_task_share(void **state)
{
	(void)state;
	check_rejects(BLOCKS_AFTER_TASK("task 0% 3 aug \"A\""),
		      "t.role:2:10: error: a task's time must be more than "
		      "0% and at most 100% [E304]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 100.1% 3 aug \"A\""),
		      "t.role:2:10: error: a task's time must be more than "
		      "0% and at most 100% [E304]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 12.50% 3 aug \"A\""),
		      "t.role:2:10: error: a task's time has at most one "
		      "decimal [E306]\n"
		      "t.role:2:10: help: write '12.5%'\n");
	check_rejects(BLOCKS_AFTER_TASK("task +100% 3 aug \"A\""),
		      "t.role:2:10: error: a task's time takes no sign "
		      "[E305]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 99999999999% 3 aug \"A\""),
		      "t.role:2:10: error: a task's time must be more than "
		      "0% and at most 100% [E304]\n");
}

static void test_task_score(void **state)
{
	(void)state;
	check_rejects(BLOCKS_AFTER_TASK("task 100% 6 aug \"A\""),
		      "t.role:2:15: error: a task score must be 1 to 5 "
		      "[E304]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 100% 0 aug \"A\""),
		      "t.role:2:15: error: a task score must be 1 to 5 "
		      "[E304]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 100% 3.0 aug \"A\""),
		      "t.role:2:15: error: a task score is a whole number, "
		      "without a decimal point [E306]\n"
		      "t.role:2:15: help: write '3'\n");
	check_rejects(BLOCKS_AFTER_TASK("task 100% +3 aug \"A\""),
		      "t.role:2:15: error: a task score takes no sign "
		      "[E305]\n");
}

static void test_task_tag(void **state)
{
	(void)state;
	check_rejects(BLOCKS_AFTER_TASK("task 100% 3 augment \"A\""),
		      "t.role:2:17: error: unknown task tag 'augment'; the "
		      "valid ones are 'aug', 'disp', 'none' [E303]\n");
	check_rejects(BLOCKS_AFTER_TASK("task 100% 3 dips \"A\""),
		      "t.role:2:17: error: unknown task tag 'dips'; the "
		      "valid ones are 'aug', 'disp', 'none' [E303]\n"
		      "t.role:2:17: help: did you mean 'disp'?\n");
}

/* The worked example of language.md: at the last share, note at the
 * first task. */
static void test_task_total(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\" {\n"
		       "    level mid\n"
		       "    task 15% 2 aug \"A\"\n"
		       "    task 70% 3 aug \"B\"\n"
		       "    growth 0\n"
		       "    task 10% 2 none \"Cross-functional "
		       "collaboration\"\n"
		       TU_ZERO_BLOCKS "}\n");
	tu_assert_contains(tu_output(&t),
			   "t.role:6:10: error: task times add up to 95%, "
			   "not 100% [E309]\n"
			   "    6 |     task 10% 2 none \"Cross-functional "
			   "collaboration\"\n"
			   "      |          ^~~\n"
			   "t.role:3:5: note: the tasks start here\n");
	assert_int_equal(t.diags.errors, 2);	/* and growth twice */
	tu_release(&t);

	check_rejects(BLOCKS_AFTER_TASK("task 60.5% 3 aug \"A\"\n"
					"    task 40% 3 aug \"B\""),
		      "t.role:3:10: error: task times add up to 100.5%, "
		      "not 100% [E309]\n"
		      "t.role:2:5: note: the tasks start here\n");
}

/* A share that is itself wrong is reported once, without a total. */
static void test_task_total_after_bad_share(void **state)
{
	(void)state;
	check_heads(BLOCKS_AFTER_TASK("task 05% 3 aug \"A\"\n"
				      "    task 50% 3 aug \"B\""),
		    "t.role:2:10: error: number with a leading zero "
		    "[E105]\n"
		    "t.role:2:10: help: write '5%'\n");
	check_rejects(BLOCKS_AFTER_TASK("task 0% 3 aug \"A\"\n"
					"    task 50% 3 aug \"B\""),
		      "t.role:2:10: error: a task's time must be more than "
		      "0% and at most 100% [E304]\n");
}

static void test_no_task(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n" TU_ZERO_BLOCKS "}\n",
		      "t.role:6:1: error: role 'T' has no task [E302]\n");
}

static void test_missing_statements(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n    task 100% 3 aug \"A\"\n}\n",
		      "t.role:3:1: error: role 'T' has no 'evidence' block "
		      "[E302]\n"
		      "t.role:3:1: error: role 'T' has no 'barriers' block "
		      "[E302]\n"
		      "t.role:3:1: error: role 'T' has no 'protective' "
		      "block [E302]\n"
		      "t.role:3:1: error: role 'T' has no 'growth' [E302]\n");
}

static void test_unknown_dimension(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\" {\n    task 100% 3 aug \"A\"\n"
		       "    evidence { posting 0 companies 0 wages 0 tools 0 "
		       "experts 0 }\n"
		       "    barriers { regulatory 0 physical 0 union 0 "
		       "liability 0 cultural 0 }\n"
		       "    protective { embodied 0 interpersonal 0 "
		       "judgment 0 }\n    growth 0\n}\n");
	assert_string_equal(tu_output(&t),
			    "t.role:3:16: error: unknown evidence 'posting'; "
			    "the valid ones are 'postings', 'companies', "
			    "'wages', 'tools', 'experts' [E303]\n"
			    "    3 |     evidence { posting 0 companies 0 "
			    "wages 0 tools 0 experts 0 }\n"
			    "      |                ^~~~~~~\n"
			    "t.role:3:16: help: did you mean 'postings'?\n");
	assert_int_equal(t.diags.errors, 1);	/* not also "lacks" */
	tu_release(&t);
}

/* A dimension name the lexer already reported (capitals) is one error:
 * the block is not also told that the name is missing. */
static void test_capitalised_dimension(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n    task 100% 3 aug \"A\"\n"
		      "    evidence { Postings 0 companies 0 wages 0 tools 0 "
		      "experts 0 }\n"
		      "    barriers { regulatory 0 physical 0 union 0 "
		      "liability 0 cultural 0 }\n"
		      "    protective { embodied 0 interpersonal 0 "
		      "judgment 0 }\n    growth 0\n}\n",
		      "t.role:3:16: error: malformed name 'Postings': names "
		      "are lower-case letters, digits and single hyphens "
		      "between them [E108]\n"
		      "t.role:3:16: help: write 'postings'\n");
}

static void test_dimension_ranges(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n    task 100% 3 aug \"A\"\n"
		      "    evidence { postings 3 companies 0 wages 0 tools -3 "
		      "experts 0 }\n"
		      "    barriers { regulatory +1 physical 3 union 0 "
		      "liability 0 cultural 0 }\n"
		      "    protective { embodied 4 interpersonal 0 "
		      "judgment 1.0 }\n    growth +3\n}\n",
		      "t.role:3:25: error: 'postings' must be -2 to +2 "
		      "[E304]\n"
		      "t.role:3:53: error: 'tools' must be -2 to +2 [E304]\n"
		      "t.role:4:27: error: 'regulatory' takes no sign "
		      "[E305]\n"
		      "t.role:4:39: error: 'physical' must be 0 to 2 "
		      "[E304]\n"
		      "t.role:5:27: error: 'embodied' must be 0 to 3 "
		      "[E304]\n"
		      "t.role:5:54: error: 'judgment' is a whole number, "
		      "without a decimal point [E306]\n"
		      "t.role:5:54: help: write '1'\n"
		      "t.role:6:12: error: growth must be -2 to +2 [E304]\n");
}

/* The ends of each range are valid; +0 and -0 mean 0. */
static void test_dimension_limits(void **state)
{
	const struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, "role \"T\" {\n    task 100% 3 aug \"A\"\n"
			  "    evidence { postings +2 companies -2 wages +0 "
			  "tools -0 experts 2 }\n"
			  "    barriers { regulatory 2 physical 0 union 2 "
			  "liability 0 cultural 1 }\n"
			  "    protective { embodied 3 interpersonal 0 "
			  "judgment 3 }\n    growth -2\n}\n");
	assert_int_equal(m->dims[BLOCK_EVIDENCE][0].value, 2);
	assert_int_equal(m->dims[BLOCK_EVIDENCE][1].value, -2);
	assert_int_equal(m->dims[BLOCK_EVIDENCE][2].value, 0);
	assert_int_equal(m->dims[BLOCK_EVIDENCE][3].value, 0);
	assert_int_equal(m->score.evidence, 2);
	assert_int_equal(m->score.barriers, 5);
	assert_int_equal(m->score.protective, 6);
	assert_int_equal(m->growth.value, -2);
	tu_release(&t);
}

static void test_duplicate_and_missing_dimension(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n    task 100% 3 aug \"A\"\n"
		      "    evidence { postings 0 postings 1 wages 0 tools 0 }\n"
		      "    barriers { regulatory 0 physical 0 union 0 "
		      "liability 0 cultural 0 }\n"
		      "    protective { embodied 0 interpersonal 0 "
		      "judgment 0 }\n    growth 0\n}\n",
		      "t.role:3:27: error: 'postings' given twice in "
		      "'evidence' [E307]\n"
		      "t.role:3:16: note: first given here\n"
		      "t.role:3:54: error: 'evidence' lacks 'companies', "
		      "'experts' [E308]\n");
}

static void test_override_reason(void **state)
{
	(void)state;
	check_rejects(TU_ROLE("    override score 44.0"),
		      "t.role:2:5: error: an override needs a reason: add "
		      "because \"...\" [E310]\n");
	check_rejects(TU_ROLE("    override zone green because \"\""),
		      "t.role:2:5: error: an override needs a reason: add "
		      "because \"...\" [E310]\n");
}

static void test_override_once(void **state)
{
	(void)state;
	check_rejects(TU_ROLE("    override score 44.0 because \"a\"\n"
			      "    override score 45.0 because \"b\""),
		      "t.role:3:5: error: 'override score' given twice "
		      "[E310]\n"
		      "t.role:2:5: note: the other override is here\n");
	check_rejects(TU_ROLE("    override none\n"
			      "    override zone green because \"b\""),
		      "t.role:3:5: error: 'override zone' contradicts "
		      "another override [E310]\n"
		      "t.role:2:5: note: the other override is here\n");
	check_rejects(TU_ROLE("    override label urgent because \"a\"\n"
			      "    override none"),
		      "t.role:3:5: error: 'override none' contradicts "
		      "another override [E310]\n"
		      "t.role:2:5: note: the other override is here\n");
}

static void test_override_values(void **state)
{
	(void)state;
	check_rejects(TU_ROLE("    override scor 4 because \"y\""),
		      "t.role:2:14: error: unknown override 'scor'; the "
		      "valid ones are 'none', 'score', 'zone', 'label' "
		      "[E303]\n"
		      "t.role:2:14: help: did you mean 'score'?\n");
	check_rejects(TU_ROLE("    override zone because \"y\""),
		      "t.role:2:14: error: 'override zone' needs a zone: "
		      "red, yellow or green [E310]\n");
	check_rejects(TU_ROLE("    override score because \"y\""),
		      "t.role:2:14: error: 'override score' needs a score "
		      "such as 44.0 [E310]\n");
	check_rejects(TU_ROLE("    override label because \"y\""),
		      "t.role:2:14: error: 'override label' needs a label "
		      "such as 'urgent' [E310]\n");
	check_rejects(TU_ROLE("    override score 100.5 because \"y\""),
		      "t.role:2:20: error: an override score must be 0 to "
		      "100 [E304]\n");
	check_rejects(TU_ROLE("    override zone purple because \"y\""),
		      "t.role:2:19: error: unknown zone 'purple'; the valid "
		      "ones are 'red', 'yellow', 'green' [E303]\n");
	check_rejects(TU_ROLE("    override label stable because \"y\""),
		      "t.role:2:20: error: label 'stable' is not a label of "
		      "the yellow zone [E303]\n");
}

static void test_peer_score_range(void **state)
{
	(void)state;
	check_rejects(TU_ROLE("    peer x-mid 101"),
		      "t.role:2:16: error: a peer's score must be 0 to 100 "
		      "[E304]\n");
	check_rejects(TU_ROLE("    peer x-mid 40.85"),
		      "t.role:2:16: error: a peer's score has at most one "
		      "decimal [E306]\n");
}

static void test_expect(void **state)
{
	(void)state;
	check_heads(TU_ROLE("    expect 31.0 yellow urgent"), "");
	check_heads(TU_ROLE("    expect 31"), "");
	check_rejects(TU_ROLE("    expect 40.8 yellow urgent"),
		      "t.role:2:5: error: role compiles to 31.0 yellow "
		      "urgent, not the expected 40.8 yellow urgent "
		      "[E311]\n"
		      "t.role:2:5: help: if the inputs are right, write "
		      "'expect 31.0 yellow urgent'\n");
	check_rejects(TU_ROLE("    expect 31.0 yellow stable"),
		      "t.role:2:24: error: label 'stable' is not a label of "
		      "the yellow zone [E303]\n");
	check_rejects(TU_ROLE("    expect 31.0 yelow"),
		      "t.role:2:17: error: unknown zone 'yelow'; the valid "
		      "ones are 'red', 'yellow', 'green' [E303]\n"
		      "t.role:2:17: help: did you mean 'yellow'?\n");
	check_rejects(TU_ROLE("    expect 31.05"),
		      "t.role:2:12: error: an expected score has at most "
		      "one decimal [E306]\n");
	check_rejects(TU_ROLE("    expect -31.0"),
		      "t.role:2:12: error: an expected score takes no sign "
		      "[E305]\n");
}

static void test_bad_date(void **state)
{
	(void)state;
	check_heads(TU_ROLE("    assessed 2026-02-30"),
		    "t.role:2:14: error: '2026-02-30' is not a date in the "
		    "calendar [E107]\n");
}

/* A value the lexer rejected makes the role invalid like any other
 * error: it is not scored on what is left, so its 'expect' is not
 * reported as a second error. */
static void test_lexer_error_rejects_role(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\" {\n"
		       "    task 05% 3 aug \"A\"\n"
		       "    task 50% 2 aug \"B\"\n"
		       "    expect 31.0\n" TU_ZERO_BLOCKS "}\n");
	assert_string_equal(tu_heads(&t),
			    "t.role:2:10: error: number with a leading zero "
			    "[E105]\n"
			    "t.role:2:10: help: write '5%'\n");
	tu_assert_rejected(&t);
	tu_release(&t);
}

static void test_id_not_derivable(void **state)
{
	(void)state;
	check_rejects("role \"\xc3\x89\xc3\x89\" {\n"
		      "    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n",
		      "t.role:1:6: error: no id can be made from this title; "
		      "give one with 'id', such as 'id data-engineer-mid' "
		      "[E312]\n");
	/* With an id given, any title will do. */
	check_heads("role \"\xc3\x89\xc3\x89\" {\n    id ee\n"
		    "    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n", "");
}

/* An empty title or task name: one error each, not also "no id". */
static void test_empty_names(void **state)
{
	(void)state;
	check_rejects(BLOCKS_AFTER_TASK("task 100% 3 aug \"\""),
		      "t.role:2:21: error: a task needs a name [E313]\n");
	check_rejects("role \"\" {\n    id x\n    task 100% 3 aug \"A\"\n"
		      TU_ZERO_BLOCKS "}\n",
		      "t.role:1:6: error: a role needs a title [E313]\n");
	check_rejects("role \"\" {\n    task 100% 3 aug \"A\"\n"
		      TU_ZERO_BLOCKS "}\n",
		      "t.role:1:6: error: a role needs a title [E313]\n");
}

static void test_override_none_alone(void **state)
{
	(void)state;
	check_rejects(TU_ROLE("    override none because \"x\""),
		      "t.role:2:5: error: 'override none' takes no value "
		      "and no reason [E310]\n");
	check_rejects(TU_ROLE("    override none 40"),
		      "t.role:2:5: error: 'override none' takes no value "
		      "and no reason [E310]\n");
}

static void test_empty_file(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "# nothing here\n");
	assert_string_equal(tu_output(&t),
			    "t.role:1:1: warning: file holds no role "
			    "[-Wempty]\n"
			    "    1 | # nothing here\n"
			    "      | ^\n");
	assert_int_equal(t.diags.errors, 0);
	assert_int_equal(t.diags.warnings, 1);
	tu_release(&t);
}

static void test_too_many_tasks(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;
	int i;

	(void)state;
	buf_adds(&b, "role \"Many\" {\n");
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "    task 0.1%% 3 aug \"Task %d\"\n", i);
	buf_adds(&b, TU_ZERO_BLOCKS "}\n");
	tu_init(&t);
	tu_clean_role(&t, b.data);
	assert_int_equal(t.cat.roles[0]->ntasks, 1000);
	assert_int_equal(t.cat.roles[0]->score.score, 310);
	tu_release(&t);

	buf_reset(&b);
	buf_adds(&b, "role \"Many\" {\n");
	for (i = 0; i < 1001; i++)
		buf_addf(&b, "    task 0.1%% 3 aug \"Task %d\"\n", i);
	buf_adds(&b, TU_ZERO_BLOCKS "}\n");
	check_rejects(b.data, "t.role:1:1: error: role has more than 1000 "
		      "tasks or 10000 list items [E901]\n");
	buf_release(&b);
}

/* Three independent mistakes: exactly three errors, nothing more. */
static void test_three_mistakes(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\" {\n"
		       "    level senoir\n"
		       "    task 100% 6 aug \"A\"\n"
		       "    evidence { posting 0 companies 0 wages 0 tools 0 "
		       "experts 0 }\n"
		       "    barriers { regulatory 0 physical 0 union 0 "
		       "liability 0 cultural 0 }\n"
		       "    protective { embodied 0 interpersonal 0 "
		       "judgment 0 }\n    growth 0\n}\n");
	diag_finish(&t.diags);
	assert_string_equal(tu_heads(&t),
			    "t.role:2:11: error: unknown level 'senoir'; the "
			    "valid ones are 'junior', 'mid', 'senior', "
			    "'lead', 'principal' [E303]\n"
			    "t.role:2:11: help: did you mean 'senior'?\n"
			    "t.role:3:15: error: a task score must be 1 to 5 "
			    "[E304]\n"
			    "t.role:4:16: error: unknown evidence 'posting'; "
			    "the valid ones are 'postings', 'companies', "
			    "'wages', 'tools', 'experts' [E303]\n"
			    "t.role:4:16: help: did you mean 'postings'?\n"
			    "3 errors generated\n");
	assert_int_equal(t.diags.errors, 3);
	assert_int_equal(t.diags.warnings, 0);
	tu_release(&t);
}

/* A syntax error inside a role: the whole-role checks are skipped, so
 * the missing statements after it are not reported too. */
static void test_syntax_error_no_pile_up(void **state)
{
	(void)state;
	check_rejects("role \"T\" {\n    task 100% 3 aug \"A\"\n"
		      "    level mid\n    growht 0\n}\n",
		      "t.role:4:5: error: expected a statement such as "
		      "'task', or '}', found 'growht' [E201]\n"
		      "t.role:4:5: help: did you mean 'growth'?\n");
}

static void test_warnings(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\" {\n"
		       "    aka \"T\", \"U\", \"U\"\n"
		       "    task 40% 2 disp \"A\"\n"
		       "    task 20% 5 aug \"B\"\n"
		       "    task 20% 3 aug \"A\"\n"
		       "    task 10% 1 disp \"C\"\n"
		       "    task 10% 3 disp \"D\"\n"
		       TU_ZERO_BLOCKS "}\n");
	assert_string_equal(tu_heads(&t),
			    "t.role:2:9: warning: other title 'T' is the "
			    "role's title [-Wduplicate-aka]\n"
			    "t.role:2:19: warning: other title 'U' given twice "
			    "[-Wduplicate-aka]\n"
			    "t.role:3:14: warning: task tagged 'disp' but "
			    "scored 2: a displaced task is mostly automatable "
			    "(3 to 5) [-Wtag-score]\n"
			    "t.role:4:14: warning: task tagged 'aug' but "
			    "scored 5: a fully automatable task displaces "
			    "rather than augments [-Wtag-score]\n"
			    "t.role:5:20: warning: two tasks named 'A' "
			    "[-Wduplicate-task]\n"
			    "t.role:6:14: warning: task tagged 'disp' but "
			    "scored 1: a displaced task is mostly automatable "
			    "(3 to 5) [-Wtag-score]\n");
	assert_int_equal(t.diags.errors, 0);
	assert_int_equal(t.diags.warnings, 6);
	/* Legal: the role is scored; repeated akas are kept once. */
	assert_int_equal(t.cat.nroles, 1);
	assert_int_equal(t.cat.roles[0]->naka, 1);
	assert_string_equal(t.cat.roles[0]->aka[0], "U");
	assert_int_equal(t.cat.roles[0]->ntasks, 5);
	tu_release(&t);
}

static void test_warnings_disabled(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	assert_int_equal(diag_config_option(&t.diags.cfg, "no-tag-score"), 1);
	tu_compile(&t, BLOCKS_AFTER_TASK("task 100% 1 disp \"A\""));
	assert_string_equal(tu_output(&t), "");
	assert_int_equal(t.diags.warnings, 0);
	assert_int_equal(t.cat.nroles, 1);
	tu_release(&t);
}

/* Under -Werror a warning is an error, and the role is not scored. */
static void test_warnings_as_errors(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	assert_int_equal(diag_config_option(&t.diags.cfg, "error"), 1);
	tu_compile(&t, BLOCKS_AFTER_TASK("task 100% 1 disp \"A\""));
	assert_string_equal(tu_heads(&t),
			    "t.role:2:15: error: task tagged 'disp' but "
			    "scored 1: a displaced task is mostly automatable "
			    "(3 to 5) [-Werror=tag-score]\n");
	tu_assert_rejected(&t);
	assert_int_equal(t.diags.errors, 1);
	tu_release(&t);
}

static void test_default_id(void **state)
{
	struct arena a;

	(void)state;
	arena_init(&a);
	assert_string_equal(check_default_id(&a, "Recommendation Systems "
					     "Engineer", LEVEL_MID),
			    "recommendation-systems-engineer-mid");
	assert_string_equal(check_default_id(&a, "A/B Testing & ML Ops",
					     LEVEL_SENIOR),
			    "a-b-testing-ml-ops-senior");
	assert_string_equal(check_default_id(&a, "  Data -- Engineer  ",
					     -1), "data-engineer");
	assert_string_equal(check_default_id(&a, "C++ Developer!",
					     LEVEL_LEAD), "c-developer-lead");
	assert_string_equal(check_default_id(&a, "Engineer 2",
					     LEVEL_PRINCIPAL),
			    "engineer-2-principal");
	assert_string_equal(check_default_id(&a, "Nurse", LEVEL_JUNIOR),
			    "nurse-junior");
	assert_string_equal(check_default_id(&a, "", LEVEL_MID), "");
	assert_string_equal(check_default_id(&a, "!!!", LEVEL_MID), "");
	assert_string_equal(check_default_id(&a, "\xc3\x89\xc3\x89",
					     LEVEL_MID), "");
	arena_release(&a);
}

/* The id given wins over the derived one; both point at their source. */
static void test_id_given_or_derived(void **state)
{
	const struct model_role *m;
	struct tu t;

	(void)state;
	tu_init(&t);
	m = tu_clean_role(&t, "role \"Data Engineer\" {\n    level senior\n"
			  "    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n");
	assert_string_equal(m->id, "data-engineer-senior");
	assert_int_equal(m->id_loc.line, 1);
	assert_int_equal(m->id_loc.col, 6);
	tu_release(&t);

	tu_init(&t);
	m = tu_clean_role(&t, TU_ROLE("    level mid\n    id custom-id"));
	assert_string_equal(m->id, "custom-id");
	assert_int_equal(m->id_loc.line, 3);
	assert_int_equal(m->id_loc.col, 8);
	tu_release(&t);
}

#define LINK_ROLE(title, stmts) \
	"role \"" title "\" {\n" stmts \
	"    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n"

/* Catalogue rules: unique ids, peers and transitions resolved. */
static void test_link(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, LINK_ROLE("A", "    id same-id\n"
				 "    peer same-id 40.0\n"
				 "    peer other-mid 31.0\n"
				 "    peer othr-mid\n"
				 "    transition other-mid\n")
		       LINK_ROLE("B", "    id same-id\n")
		       LINK_ROLE("Other", "    level mid\n"));
	assert_string_equal(tu_output(&t), "");
	assert_int_equal(t.cat.nroles, 3);
	assert_int_equal(link_catalogue(&t.cat, &t.diags), 0);
	assert_string_equal(tu_heads(&t),
			    "t.role:3:18: warning: peer 'same-id' is quoted at "
			    "40.0 but scores 31.0 [-Wpeer-score]\n"
			    "t.role:5:10: warning: peer 'othr-mid' is not a "
			    "role of the catalogue [-Wunresolved]\n"
			    "t.role:5:10: help: did you mean 'other-mid'?\n"
			    "t.role:6:16: warning: transition to 'other-mid' "
			    "leads to the yellow zone, no better than this "
			    "role's yellow [-Wtransition-zone]\n"
			    "t.role:14:8: error: role id 'same-id' is already "
			    "used [E401]\n"
			    "t.role:2:8: note: first used here\n");
	assert_ptr_equal(t.cat.roles[0]->peers[1].target, t.cat.roles[2]);
	assert_null(t.cat.roles[0]->peers[2].target);
	tu_release(&t);
}

/* In a complete catalogue an unresolved reference is an error. */
static void test_link_complete(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, LINK_ROLE("A", "    transition nowhere-mid\n"));
	t.cat.complete = 1;
	assert_int_equal(link_catalogue(&t.cat, &t.diags), 0);
	assert_string_equal(tu_heads(&t),
			    "t.role:2:16: error: transition 'nowhere-mid' is "
			    "not a role of the catalogue [E402]\n");
	tu_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_role),
		cmocka_unit_test(test_unknown_level),
		cmocka_unit_test(test_once_only),
		cmocka_unit_test(test_repeatable),
		cmocka_unit_test(test_task_share),
		cmocka_unit_test(test_task_score),
		cmocka_unit_test(test_task_tag),
		cmocka_unit_test(test_task_total),
		cmocka_unit_test(test_task_total_after_bad_share),
		cmocka_unit_test(test_no_task),
		cmocka_unit_test(test_missing_statements),
		cmocka_unit_test(test_unknown_dimension),
		cmocka_unit_test(test_capitalised_dimension),
		cmocka_unit_test(test_dimension_ranges),
		cmocka_unit_test(test_dimension_limits),
		cmocka_unit_test(test_duplicate_and_missing_dimension),
		cmocka_unit_test(test_override_reason),
		cmocka_unit_test(test_override_once),
		cmocka_unit_test(test_override_values),
		cmocka_unit_test(test_peer_score_range),
		cmocka_unit_test(test_expect),
		cmocka_unit_test(test_bad_date),
		cmocka_unit_test(test_lexer_error_rejects_role),
		cmocka_unit_test(test_id_not_derivable),
		cmocka_unit_test(test_empty_names),
		cmocka_unit_test(test_override_none_alone),
		cmocka_unit_test(test_empty_file),
		cmocka_unit_test(test_too_many_tasks),
		cmocka_unit_test(test_three_mistakes),
		cmocka_unit_test(test_syntax_error_no_pile_up),
		cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_warnings_disabled),
		cmocka_unit_test(test_warnings_as_errors),
		cmocka_unit_test(test_default_id),
		cmocka_unit_test(test_id_given_or_derived),
		cmocka_unit_test(test_link),
		cmocka_unit_test(test_link_complete),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
