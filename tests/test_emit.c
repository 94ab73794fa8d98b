/*
 * test_emit.c - the reports of outputs.md: JSON members, CSV cells and
 * the text report, on the reference role and on hostile strings; the
 * comparison of two catalogues (rolec diff); and how a report is written
 * to its file.
 */
#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

#include "diff.h"
#include "emit.h"
#include "json.h"
#include "link.h"
#include "output.h"

/* Roles that the reference names, for a catalogue where they resolve:
 * ml-ai-engineer-mid scores 56.2 (Green), nlp-engineer-mid 31.0. */
#define TARGETS \
	"role \"ML AI Engineer\" {\n    level mid\n" \
	"    task 100% 1 none \"A\"\n" TU_ZERO_BLOCKS "}\n" \
	"role \"NLP Engineer\" {\n    level mid\n" \
	"    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n"

enum emit_kind { EMIT_JSON, EMIT_CSV_ROLE, EMIT_CSV_TASK, EMIT_TEXT };

/* Emit t's catalogue into out (which the caller releases). */
static void emit(struct tu *t, enum emit_kind kind, struct buf *out)
{
	switch (kind) {
	case EMIT_JSON: emit_json(out, &t->cat); break;
	case EMIT_CSV_ROLE: emit_csv(out, &t->cat, EMIT_CSV_ROLES); break;
	case EMIT_CSV_TASK: emit_csv(out, &t->cat, EMIT_CSV_TASKS); break;
	case EMIT_TEXT: emit_text(out, &t->cat); break;
	}
	assert_non_null(out->data);
	assert_int_equal(strlen(out->data), out->len);
}

/* The reference role alone, compiled cleanly. */
static void reference(struct tu *t)
{
	tu_init(t);
	tu_clean_role(t, TU_REFERENCE);
}

static void test_json_reference(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	reference(&t);
	emit(&t, EMIT_JSON, &b);
	assert_memory_equal(b.data, "{\n  \"format\": \"rolec/1\",\n"
			    "  \"roles\": [\n    {\n      \"id\": "
			    "\"recommendation-systems-engineer-mid\",\n", 94);
	tu_assert_contains(b.data, "\"title\": \"Recommendation Systems "
			   "Engineer\"");
	tu_assert_contains(b.data, "\"level\": \"mid\"");
	tu_assert_contains(b.data, "\"family\": \"AI/ML Engineering\"");
	tu_assert_contains(b.data, "\"aka\": [\"Personalization Engineer\", "
			   "\"Recommendation Engine Engineer\", "
			   "\"Recommender Systems Engineer\", "
			   "\"Recsys Engineer\"]");
	tu_assert_contains(b.data, "\"assessed\": \"2026-12-02\"");
	tu_assert_contains(b.data, "\"summary\": \"Builds and maintains "
			   "recommendation engines that surface relevant\\n"
			   "content, products, or ads to users.\"");
	tu_assert_contains(b.data, "\"source\": {\"path\": \"t.role\", "
			   "\"line\": 2}");
	tu_assert_contains(b.data, "\"score\": 40.8,");
	tu_assert_contains(b.data, "\"formula_score\": 40.8,");
	tu_assert_contains(b.data, "\"zone\": \"yellow\",");
	tu_assert_contains(b.data, "\"label\": \"urgent\",");
	tu_assert_contains(b.data, "\"weighted\": 2.85,");
	tu_assert_contains(b.data, "\"task_resistance\": 3.15,");
	tu_assert_contains(b.data, "\"raw\": 3.7785,");
	tu_assert_contains(b.data, "\"modifiers\": {\"evidence\": 1.12, "
			   "\"barriers\": 1.02, \"growth\": 1.05}");
	tu_assert_contains(b.data, "\"totals\": {\"evidence\": 3, "
			   "\"barriers\": 1, \"protective\": 2, "
			   "\"growth\": 1}");
	tu_assert_contains(b.data, "\"split\": {\"displacement\": 15, "
			   "\"augmentation\": 75, \"not_involved\": 10}");
	tu_assert_contains(b.data, "\"time_3_plus\": 70,");
	tu_assert_contains(b.data, "\"quick_screen\": \"yellow\"");
	tu_assert_contains(b.data, "\"composition\": {\"task_resistance\": "
			   "31.5, \"evidence\": 6.0, \"barriers\": 1.5, "
			   "\"protective\": 2.2, \"growth\": 2.5}");
	tu_assert_contains(b.data, "{\"name\": \"Design recommendation "
			   "system architecture & strategy\", \"time\": 15, "
			   "\"score\": 2, \"tag\": \"aug\", \"weighted\": "
			   "0.30, \"because\": \"Each system has unique "
			   "constraints.\"}");
	tu_assert_contains(b.data, "\"time\": 5, \"score\": 2, \"tag\": "
			   "\"aug\", \"weighted\": 0.10, \"because\": null}");
	tu_assert_contains(b.data, "\"postings\": {\"value\": 1, "
			   "\"because\": \"Postings remain healthy; titles "
			   "are merging.\"}");
	tu_assert_contains(b.data, "\"tools\": {\"value\": -1, "
			   "\"because\": null}");
	tu_assert_contains(b.data, "\"growth\": {\"value\": 1, "
			   "\"because\": null}");
	tu_assert_contains(b.data, "\"override\": null");
	tu_assert_contains(b.data, "\"peers\": [{\"id\": "
			   "\"conversational-ai-engineer-mid\", \"quoted\": "
			   "40.8, \"score\": null}, {\"id\": "
			   "\"nlp-engineer-mid\", \"quoted\": 36.3, "
			   "\"score\": null}]");
	tu_assert_contains(b.data, "\"transitions\": [{\"id\": "
			   "\"ml-ai-engineer-mid\", \"score\": null, "
			   "\"gain\": null}]");
	tu_assert_contains(b.data, "\"notes\": []");
	assert_string_equal(b.data + b.len - 13, "\n    }\n  ]\n}\n");
	buf_release(&b);
	tu_release(&t);
}

static void test_json_empty_catalogue(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	emit(&t, EMIT_JSON, &b);
	assert_string_equal(b.data, "{\n  \"format\": \"rolec/1\",\n"
			    "  \"roles\": []\n}\n");
	buf_release(&b);
	tu_release(&t);
}

/* In a catalogue, peers and transitions carry the targets' scores. */
static void test_json_linked(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, TU_REFERENCE TARGETS);
	assert_int_equal(link_catalogue(&t.cat, &t.diags), 1);
	assert_string_equal(tu_heads(&t),
			    "t.role:46:10: warning: peer "
			    "'conversational-ai-engineer-mid' is not a role "
			    "of the catalogue [-Wunresolved]\n"
			    "t.role:47:27: warning: peer 'nlp-engineer-mid' is "
			    "quoted at 36.3 but scores 31.0 [-Wpeer-score]\n");
	emit(&t, EMIT_JSON, &b);
	tu_assert_contains(b.data, "{\"id\": \"nlp-engineer-mid\", "
			   "\"quoted\": 36.3, \"score\": 31.0}");
	tu_assert_contains(b.data, "\"transitions\": [{\"id\": "
			   "\"ml-ai-engineer-mid\", \"score\": 56.2, "
			   "\"gain\": 15.4}]");
	assert_int_equal(emit_gain(t.cat.roles[0],
				   &t.cat.roles[0]->transitions[0]), 154);
	assert_int_equal(tu_count(b.data, "\"format\""), 1);
	assert_int_equal(tu_count(b.data, "\"formula_score\""), 3);
	buf_release(&b);
	tu_release(&t);
}

static void test_json_override(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, TU_ROLE("    override score 44.0 because \"Seen "
				  "in \\\"practice\\\".\"\n"
				  "    override label moderate because \"m\""));
	emit(&t, EMIT_JSON, &b);
	tu_assert_contains(b.data, "\"score\": 44.0,");
	tu_assert_contains(b.data, "\"formula_score\": 31.0,");
	tu_assert_contains(b.data, "\"label\": \"moderate\",");
	tu_assert_contains(b.data, "\"override\": {\"kind\": \"score\", "
			   "\"value\": 44.0, \"because\": \"Seen in "
			   "\\\"practice\\\".\"}");
	buf_release(&b);
	tu_release(&t);
}

static void check_json_string(const char *in, size_t len, const char *want)
{
	struct buf b = BUF_INIT;

	json_add_stringn(&b, in, len);
	assert_string_equal(b.data, want);
	buf_release(&b);
}

static void test_json_escaping(void **state)
{
	(void)state;
	check_json_string("plain", 5, "\"plain\"");
	check_json_string("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
	check_json_string("\n\r\t\b\f", 5, "\"\\n\\r\\t\\b\\f\"");
	check_json_string("\x01\x1f", 2, "\"\\u0001\\u001f\"");
	check_json_string("</script>", 9, "\"\\u003c/script>\"");
	check_json_string("\xe2\x80\xa8|\xe2\x80\xa9", 7,
			  "\"\\u2028|\\u2029\"");
	/* Other characters of the same lead byte pass through. */
	check_json_string("\xe2\x80\x94\xc3\xa9\xf0\x9f\x98\x80", 9,
			  "\"\xe2\x80\x94\xc3\xa9\xf0\x9f\x98\x80\"");
	check_json_string("a\0b", 3, "\"a\\u0000b\"");
	check_json_string("", 0, "\"\"");
}

/* Strings from the source, through the escapes of the language. */
static void test_json_escaping_role(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, "role \"Q \\\"x\\\" \\\\ \\t \\u{1} <b> \\u{2028} "
			  "\xc3\xa9\" {\n    id q\n"
			  "    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n");
	emit(&t, EMIT_JSON, &b);
	tu_assert_contains(b.data, "\"title\": \"Q \\\"x\\\" \\\\ \\t "
			   "\\u0001 \\u003cb> \\u2028 \xc3\xa9\",\n");
	buf_release(&b);
	tu_release(&t);
}

#define CSV_HEADER \
	"id,title,level,family,score,zone,label,formula_score," \
	"task_resistance,weighted,raw,evidence,barriers,protective,growth," \
	"evidence_modifier,barrier_modifier,growth_modifier,displacement," \
	"augmentation,not_involved,time_3_plus,quick_screen,path\r\n"

static void test_csv_reference(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	reference(&t);
	emit(&t, EMIT_CSV_ROLE, &b);
	assert_string_equal(b.data, CSV_HEADER
			    "recommendation-systems-engineer-mid,"
			    "Recommendation Systems Engineer,mid,"
			    "AI/ML Engineering,40.8,yellow,urgent,40.8,3.15,"
			    "2.85,3.7785,3,1,2,1,1.12,1.02,1.05,15,75,10,70,"
			    "yellow,t.role\r\n");
	buf_release(&b);
	tu_release(&t);
}

static void test_csv_tasks(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	reference(&t);
	emit(&t, EMIT_CSV_TASK, &b);
	assert_string_equal(b.data, "id,task,time,score,tag,weighted\r\n"
			    "recommendation-systems-engineer-mid,Design "
			    "recommendation system architecture & strategy,"
			    "15,2,aug,0.30\r\n"
			    "recommendation-systems-engineer-mid,Build & train "
			    "ranking/collaborative filtering models,25,3,aug,"
			    "0.75\r\n"
			    "recommendation-systems-engineer-mid,Feature "
			    "engineering & data pipeline for rec systems,15,4,"
			    "disp,0.60\r\n"
			    "recommendation-systems-engineer-mid,\"A/B "
			    "testing, experimentation & model evaluation\","
			    "15,3,aug,0.45\r\n"
			    "recommendation-systems-engineer-mid,\"Model "
			    "serving, real-time inference & MLOps\",15,3,aug,"
			    "0.45\r\n"
			    "recommendation-systems-engineer-mid,"
			    "Cross-functional collaboration & product "
			    "alignment,10,2,none,0.20\r\n"
			    "recommendation-systems-engineer-mid,\"Cold-start, "
			    "bias mitigation & edge case handling\",5,2,aug,"
			    "0.10\r\n");
	buf_release(&b);
	tu_release(&t);
}

/* A text cell a spreadsheet would run is neutralised; numbers never. */
static void test_csv_formula_cells(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, "role \"=HYPERLINK(\\\"x\\\")\" {\n"
			  "    family \"@risk\"\n    level lead\n"
			  "    task 50% 3 aug \"-5 dollars, \\\"quoted\\\"\"\n"
			  "    task 25% 3 aug \"+add\"\n"
			  "    task 25% 3 aug \"\\tTab\"\n"
			  "    evidence { postings -2 companies -1 wages 0 "
			  "tools 0 experts 0 }\n"
			  "    barriers { regulatory 0 physical 0 union 0 "
			  "liability 0 cultural 0 }\n"
			  "    protective { embodied 0 interpersonal 0 "
			  "judgment 0 }\n    growth -1\n}\n");
	emit(&t, EMIT_CSV_ROLE, &b);
	assert_string_equal(b.data, CSV_HEADER
			    "hyperlink-x-lead,\"'=HYPERLINK(\"\"x\"\")\",lead,"
			    "\"'@risk\",24.8,red,,24.8,3.00,3.00,2.5080,-3,0,"
			    "0,-1,0.88,1.00,0.95,0,100,0,100,red,t.role\r\n");
	buf_reset(&b);
	emit(&t, EMIT_CSV_TASK, &b);
	assert_string_equal(b.data, "id,task,time,score,tag,weighted\r\n"
			    "hyperlink-x-lead,\"'-5 dollars, \"\"quoted\"\"\","
			    "50,3,aug,1.50\r\n"
			    "hyperlink-x-lead,\"'+add\",25,3,aug,0.75\r\n"
			    "hyperlink-x-lead,\"'\tTab\",25,3,aug,0.75\r\n");
	buf_release(&b);
	tu_release(&t);
}

/* A line end inside a cell is quoted; a title with a comma too. */
static void test_csv_quoting(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, "role \"Line\\nTwo, and more\" {\n    id x\n"
			  "    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n");
	emit(&t, EMIT_CSV_ROLE, &b);
	tu_assert_contains(b.data, "\r\nx,\"Line\nTwo, and more\",,,31.0,"
			   "yellow,urgent,");
	buf_release(&b);
	tu_release(&t);
}

static void test_csv_empty_catalogue(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	emit(&t, EMIT_CSV_ROLE, &b);
	assert_string_equal(b.data, CSV_HEADER);
	buf_release(&b);
	tu_release(&t);
}

static void test_text_reference(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	reference(&t);
	emit(&t, EMIT_TEXT, &b);
	assert_memory_equal(b.data, "Recommendation Systems Engineer "
			    "(Mid-Level)\n\n  id        "
			    "recommendation-systems-engineer-mid\n", 89);
	tu_assert_contains(b.data, "\n  source    t.role:2\n\n"
			   "  AIJRI 40.8/100  YELLOW (Urgent)\n\n"
			   "Builds and maintains recommendation engines that "
			   "surface relevant\ncontent, products, or ads to "
			   "users.\n\n");
	tu_assert_contains(b.data, "  Design recommendation system "
			   "architecture & strategy     15%      2      0.30"
			   "  augmentation\n");
	tu_assert_contains(b.data, "  Cold-start, bias mitigation & edge "
			   "case handling          5%      2      0.10  "
			   "augmentation\n");
	tu_assert_contains(b.data, "  Task resistance: 6.00 - 2.85 = "
			   "3.15/5.0\n"
			   "  Split: 15% displacement, 75% augmentation, 10% "
			   "not involved\n"
			   "  Task time scoring 3+: 70%\n");
	tu_assert_contains(b.data, "  Total                            "
			   "+3/10\n");
	tu_assert_contains(b.data, "Quick screen: protective 2 + growth +1 "
			   "= likely Yellow\n");
	tu_assert_contains(b.data, "  Evidence modifier: 1.0 + (3 x 0.04) = "
			   "1.12\n"
			   "  Barrier modifier: 1.0 + (1 x 0.02) = 1.02\n"
			   "  Growth modifier: 1.0 + (1 x 0.05) = 1.05\n"
			   "  Raw: 3.15 x 1.12 x 1.02 x 1.05 = 3.7785\n"
			   "  AIJRI: (3.7785 - 0.54) / 7.93 x 100 = "
			   "40.8/100\n"
			   "  Zone: YELLOW (Green >= 48.0, Yellow 25.0 to "
			   "47.9, Red < 25.0)\n");
	tu_assert_contains(b.data, "  Task resistance (50%)      31.5\n"
			   "  Evidence (20%)              6.0\n"
			   "  Barriers (15%)              1.5\n"
			   "  Protective (10%)            2.2\n"
			   "  AI growth (5%)              2.5\n");
	tu_assert_contains(b.data, "\nAssessor override: none, formula "
			   "score accepted\n");
	tu_assert_contains(b.data, "  ml-ai-engineer-mid: not in the "
			   "catalogue\n");
	/* One role: no catalogue summary. */
	tu_assert_lacks(b.data, "Catalogue summary");
	buf_release(&b);
	tu_release(&t);
}

static void test_text_catalogue(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, TU_REFERENCE TARGETS);
	link_catalogue(&t.cat, &t.diags);
	emit(&t, EMIT_TEXT, &b);
	tu_assert_contains(b.data, "  ml-ai-engineer-mid: 56.2 GREEN "
			   "(Stable), gain +15.4 points\n");
	tu_assert_contains(b.data, "  nlp-engineer-mid: quoted 36.3, scores "
			   "31.0\n");
	assert_int_equal(tu_count(b.data, "\n--------\n"), 2);
	tu_assert_contains(b.data, "Catalogue summary\n"
			   "  Role                                 "
			   "Score  Zone\n"
			   "  ml-ai-engineer-mid                    56.2  "
			   "GREEN (Stable)\n"
			   "  recommendation-systems-engineer-mid   40.8  "
			   "YELLOW (Urgent)\n"
			   "  nlp-engineer-mid                      31.0  "
			   "YELLOW (Urgent)\n");
	tu_assert_contains(b.data, "Roles per zone\n  GREEN (Stable): 1\n"
			   "  YELLOW (Urgent): 2\n");
	buf_release(&b);
	tu_release(&t);
}

static void test_text_override(void **state)
{
	struct buf b = BUF_INIT;
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_clean_role(&t, TU_ROLE("    override score 50.0 because \"x\""));
	emit(&t, EMIT_TEXT, &b);
	tu_assert_contains(b.data, "  AIJRI 50.0/100  GREEN "
			   "(Transforming)\n");
	tu_assert_contains(b.data, "\nAssessor override: formula 31.0 YELLOW "
			   "(Urgent), reported as 50.0 GREEN (Transforming)\n"
			   "  score: x\n");
	tu_assert_contains(b.data, "  AIJRI: (3.0000 - 0.54) / 7.93 x 100 = "
			   "31.0/100\n");
	buf_release(&b);
	tu_release(&t);
}

/*
 * rolec diff: two catalogues, each compiled on its own, compared role by
 * role (outputs.md, "Comparing two catalogues").
 */

/* A role whose every input can be varied: the statements s, the reasons
 * of its first task, of evidence.postings and of growth. */
#define DIFF_ROLE(s, task_because, dim_because, growth_because) \
	"role \"T\" {\n" s \
	"    task 100% 3 aug \"A\"" task_because "\n" \
	"    evidence { postings 0" dim_because " companies 0 wages 0 " \
	"tools 0 experts 0 }\n" \
	"    barriers { regulatory 0 physical 0 union 0 liability 0 " \
	"cultural 0 }\n" \
	"    protective { embodied 0 interpersonal 0 judgment 0 }\n" \
	"    growth 0" growth_because "\n}\n"

/* A one-task role with the zero blocks and growth g: 31.0 Yellow
 * (Urgent) for "3 aug", 5.8 Red for "5 disp". */
#define DIFF_SMALL(title, id, task, g) \
	"role \"" title "\" {\n    id " id "\n" \
	"    task 100% " task " \"A\"\n" \
	"    evidence { postings 0 companies 0 wages 0 tools 0 " \
	"experts 0 }\n" \
	"    barriers { regulatory 0 physical 0 union 0 liability 0 " \
	"cultural 0 }\n" \
	"    protective { embodied 0 interpersonal 0 judgment 0 }\n" \
	"    growth " g "\n}\n"

#define DIFF_SAME_31 \
	"changed  t  31.0 YELLOW (Urgent) -> 31.0 YELLOW (Urgent)\n"
#define DIFF_COUNT_CHANGED "1 changed, 0 added, 0 removed, 0 unchanged\n"
#define DIFF_COUNT_SAME "0 changed, 0 added, 0 removed, 1 unchanged\n"

/* Compile old and new as two catalogues (without errors; warnings are
 * allowed), compare them and check the whole report. */
static void check_diff(const char *old, const char *new, int json,
		       const char *want)
{
	struct buf b = BUF_INIT;
	struct tu a, n;

	tu_init(&a);
	if (old)
		tu_compile(&a, old);
	tu_init(&n);
	if (new)
		tu_compile(&n, new);
	assert_int_equal(a.diags.errors, 0);
	assert_int_equal(n.diags.errors, 0);
	if (json)
		diff_json(&b, &a.cat, &n.cat);
	else
		diff_text(&b, &a.cat, &n.cat);
	assert_non_null(b.data);
	assert_int_equal(strlen(b.data), b.len);
	assert_string_equal(b.data, want);
	buf_release(&b);
	tu_release(&n);
	tu_release(&a);
}

/* Every kind of input that moves, one line each, in the documented
 * order; a role without a level on one side shows "(none)". */
#define DIFF_OLD_INPUTS \
	"role \"T\" {\n    id t\n    level mid\n    family \"F\"\n" \
	"    task 50% 3 aug \"A\" because \"r\"\n" \
	"    task 30% 2 aug \"B\"\n    task 20% 4 disp \"C\"\n" \
	TU_ZERO_BLOCKS "}\n" \
	"role \"U\" {\n    id u\n    task 100% 3 aug \"A\"\n" \
	TU_ZERO_BLOCKS "}\n"
#define DIFF_NEW_INPUTS \
	"role \"T2\" {\n    id t\n    level senior\n" \
	"    task 40% 4 disp \"A\" because \"r\"\n" \
	"    task 40% 2 aug \"B\"\n    task 20% 4 disp \"D\"\n" \
	"    evidence { postings 1 companies 0 wages 0 tools -2 " \
	"experts 0 }\n" \
	"    barriers { regulatory 0 physical 2 union 0 liability 0 " \
	"cultural 0 }\n" \
	"    protective { embodied 0 interpersonal 0 judgment 0 }\n" \
	"    growth -1\n" \
	"    override score 50.0 because \"x\"\n" \
	"    override zone green because \"y\"\n" \
	"    override label stable because \"z\"\n}\n" \
	"role \"U\" {\n    id u\n    level junior\n" \
	"    task 100% 3 aug \"A\"\n" TU_ZERO_BLOCKS "}\n"

static void test_diff_inputs(void **state)
{
	(void)state;
	check_diff(DIFF_OLD_INPUTS, DIFF_NEW_INPUTS, 0,
		   "changed  t  32.3 YELLOW (Urgent) -> 50.0 GREEN (Stable)\n"
		   "           title: T -> T2\n"
		   "           level: mid -> senior\n"
		   "           task 'A' time: 50% -> 40%\n"
		   "           task 'A' score: 3 -> 4\n"
		   "           task 'A' tag: aug -> disp\n"
		   "           task 'B' time: 30% -> 40%\n"
		   "           task 'C': 20% 4 disp -> (none)\n"
		   "           task 'D': (none) -> 20% 4 disp\n"
		   "           evidence.postings: 0 -> +1\n"
		   "           evidence.tools: 0 -> -2\n"
		   "           barriers.physical: 0 -> 2\n"
		   "           growth: 0 -> -1\n"
		   "           override score: (none) -> 50.0\n"
		   "           override zone: (none) -> green\n"
		   "           override label: (none) -> stable\n"
		   "           texts changed\n"
		   "changed  u  31.0 YELLOW (Urgent) -> 31.0 YELLOW "
		   "(Urgent)\n"
		   "           level: (none) -> junior\n"
		   "2 changed, 0 added, 0 removed, 0 unchanged\n");
}

/* The same change the other way, as JSON: old and new swap. */
static void test_diff_inputs_json(void **state)
{
	(void)state;
	check_diff(DIFF_NEW_INPUTS, DIFF_OLD_INPUTS, 1,
		   "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [\n"
		   "    {\"id\": \"t\", \"status\": \"changed\", \"old\": "
		   "{\"score\": 50.0, \"zone\": \"green\", \"label\": "
		   "\"stable\"}, \"new\": {\"score\": 32.3, \"zone\": "
		   "\"yellow\", \"label\": \"urgent\"}, \"inputs\": ["
		   "{\"input\": \"title\", \"old\": \"T2\", \"new\": \"T\"}, "
		   "{\"input\": \"level\", \"old\": \"senior\", \"new\": "
		   "\"mid\"}, "
		   "{\"input\": \"task 'A' time\", \"old\": \"40%\", "
		   "\"new\": \"50%\"}, "
		   "{\"input\": \"task 'A' score\", \"old\": \"4\", "
		   "\"new\": \"3\"}, "
		   "{\"input\": \"task 'A' tag\", \"old\": \"disp\", "
		   "\"new\": \"aug\"}, "
		   "{\"input\": \"task 'B' time\", \"old\": \"40%\", "
		   "\"new\": \"30%\"}, "
		   "{\"input\": \"task 'D'\", \"old\": \"20% 4 disp\", "
		   "\"new\": \"(none)\"}, "
		   "{\"input\": \"task 'C'\", \"old\": \"(none)\", "
		   "\"new\": \"20% 4 disp\"}, "
		   "{\"input\": \"evidence.postings\", \"old\": \"+1\", "
		   "\"new\": \"0\"}, "
		   "{\"input\": \"evidence.tools\", \"old\": \"-2\", "
		   "\"new\": \"0\"}, "
		   "{\"input\": \"barriers.physical\", \"old\": \"2\", "
		   "\"new\": \"0\"}, "
		   "{\"input\": \"growth\", \"old\": \"-1\", \"new\": \"0\"}, "
		   "{\"input\": \"override score\", \"old\": \"50.0\", "
		   "\"new\": \"(none)\"}, "
		   "{\"input\": \"override zone\", \"old\": \"green\", "
		   "\"new\": \"(none)\"}, "
		   "{\"input\": \"override label\", \"old\": \"stable\", "
		   "\"new\": \"(none)\"}, "
		   "{\"input\": \"texts\", \"old\": null, \"new\": null}]},\n"
		   "    {\"id\": \"u\", \"status\": \"changed\", \"old\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}, \"new\": {\"score\": 31.0, \"zone\": "
		   "\"yellow\", \"label\": \"urgent\"}, \"inputs\": ["
		   "{\"input\": \"level\", \"old\": \"junior\", \"new\": "
		   "\"(none)\"}]}\n"
		   "  ],\n  \"changed\": 2, \"added\": 0, \"removed\": 0, "
		   "\"unchanged\": 0\n}\n");
}

/* Overrides whose values move, and one that goes with its reason. */
static void test_diff_override_values(void **state)
{
	(void)state;
	check_diff(TU_ROLE("    override score 44.0 because \"a\"\n"
			   "    override zone yellow because \"b\"\n"
			   "    override label urgent because \"c\""),
		   TU_ROLE("    override score 45.0 because \"a\"\n"
			   "    override zone green because \"b\""), 0,
		   "changed  t  44.0 YELLOW (Urgent) -> 45.0 GREEN "
		   "(Transforming)\n"
		   "           override score: 44.0 -> 45.0\n"
		   "           override zone: yellow -> green\n"
		   "           override label: urgent -> (none)\n"
		   "           texts changed\n"
		   DIFF_COUNT_CHANGED);
}

/* Roles only in OLD, only in NEW, in both: listed in id order, both
 * catalogues running out first in turn; unchanged ones only counted. */
#define DIFF_OLD_ROLES \
	DIFF_SMALL("A", "a", "3 aug", "0") \
	DIFF_SMALL("B", "b", "5 disp", "0") \
	DIFF_SMALL("C", "c", "3 aug", "0") \
	DIFF_SMALL("Y", "y", "3 aug", "0") \
	DIFF_SMALL("ZZ", "zz", "3 aug", "0")
#define DIFF_NEW_ROLES \
	DIFF_SMALL("Z", "z", "3 aug", "0") \
	DIFF_SMALL("D", "d", "3 aug", "0") \
	DIFF_SMALL("C", "c", "3 aug", "+1") \
	DIFF_SMALL("A", "a", "3 aug", "0")

static void test_diff_roles(void **state)
{
	(void)state;
	check_diff(DIFF_OLD_ROLES, DIFF_NEW_ROLES, 0,
		   "removed  b  5.8 RED\n"
		   "changed  c  31.0 YELLOW (Urgent) -> 32.9 YELLOW "
		   "(Urgent)\n"
		   "           growth: 0 -> +1\n"
		   "added    d  31.0 YELLOW (Urgent)\n"
		   "removed  y  31.0 YELLOW (Urgent)\n"
		   "added    z  31.0 YELLOW (Urgent)\n"
		   "removed  zz  31.0 YELLOW (Urgent)\n"
		   "1 changed, 2 added, 3 removed, 1 unchanged\n");
	check_diff(DIFF_NEW_ROLES, DIFF_OLD_ROLES, 1,
		   "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [\n"
		   "    {\"id\": \"b\", \"status\": \"added\", \"new\": "
		   "{\"score\": 5.8, \"zone\": \"red\", \"label\": null}},\n"
		   "    {\"id\": \"c\", \"status\": \"changed\", \"old\": "
		   "{\"score\": 32.9, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}, \"new\": {\"score\": 31.0, \"zone\": "
		   "\"yellow\", \"label\": \"urgent\"}, \"inputs\": ["
		   "{\"input\": \"growth\", \"old\": \"+1\", \"new\": "
		   "\"0\"}]},\n"
		   "    {\"id\": \"d\", \"status\": \"removed\", \"old\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}},\n"
		   "    {\"id\": \"y\", \"status\": \"added\", \"new\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}},\n"
		   "    {\"id\": \"z\", \"status\": \"removed\", \"old\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}},\n"
		   "    {\"id\": \"zz\", \"status\": \"added\", \"new\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}}\n"
		   "  ],\n  \"changed\": 1, \"added\": 3, \"removed\": 2, "
		   "\"unchanged\": 1\n}\n");
}

/* An empty side: everything added, or removed, or nothing at all. */
static void test_diff_empty(void **state)
{
	(void)state;
	check_diff(NULL, NULL, 0,
		   "0 changed, 0 added, 0 removed, 0 unchanged\n");
	check_diff(NULL, NULL, 1,
		   "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [],\n"
		   "  \"changed\": 0, \"added\": 0, \"removed\": 0, "
		   "\"unchanged\": 0\n}\n");
	check_diff(NULL, DIFF_SMALL("B", "b", "5 disp", "0"), 0,
		   "added    b  5.8 RED\n"
		   "0 changed, 1 added, 0 removed, 0 unchanged\n");
	check_diff(DIFF_SMALL("B", "b", "5 disp", "0"), NULL, 1,
		   "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [\n"
		   "    {\"id\": \"b\", \"status\": \"removed\", \"old\": "
		   "{\"score\": 5.8, \"zone\": \"red\", \"label\": null}}\n"
		   "  ],\n  \"changed\": 0, \"added\": 0, \"removed\": 1, "
		   "\"unchanged\": 0\n}\n");
}

/* Each text compared whole: a change to any of them alone is one line
 * "texts changed", with the same result on both sides. */
static void test_diff_texts(void **state)
{
	static const char *const pairs[][2] = {
		{ DIFF_ROLE("", "", "", ""),
		  DIFF_ROLE("    family \"F\"\n", "", "", "") },
		{ DIFF_ROLE("    family \"F\"\n", "", "", ""),
		  DIFF_ROLE("", "", "", "") },
		{ DIFF_ROLE("    family \"F\"\n", "", "", ""),
		  DIFF_ROLE("    family \"G\"\n", "", "", "") },
		{ DIFF_ROLE("    summary \"S\"\n", "", "", ""),
		  DIFF_ROLE("    summary \"\"\"S\n    2\"\"\"\n", "", "", "") },
		{ DIFF_ROLE("    aka \"X\"\n", "", "", ""),
		  DIFF_ROLE("    aka \"X\", \"Y\"\n", "", "", "") },
		{ DIFF_ROLE("    aka \"X\"\n", "", "", ""),
		  DIFF_ROLE("    aka \"Y\"\n", "", "", "") },
		{ DIFF_ROLE("    note \"H\" \"x\"\n", "", "", ""),
		  DIFF_ROLE("", "", "", "") },
		{ DIFF_ROLE("    note \"H\" \"x\"\n", "", "", ""),
		  DIFF_ROLE("    note \"H2\" \"x\"\n", "", "", "") },
		{ DIFF_ROLE("    note \"H\" \"x\"\n", "", "", ""),
		  DIFF_ROLE("    note \"H\" \"y\"\n", "", "", "") },
		{ DIFF_ROLE("", "", "", ""),
		  DIFF_ROLE("", " because \"r\"", "", "") },
		{ DIFF_ROLE("", " because \"r\"", "", ""),
		  DIFF_ROLE("", " because \"r2\"", "", "") },
		{ DIFF_ROLE("", "", " because \"e\"", ""),
		  DIFF_ROLE("", "", "", "") },
		{ DIFF_ROLE("", "", "", ""),
		  DIFF_ROLE("", "", "", " because \"g\"") },
		{ DIFF_ROLE("    override score 31.0 because \"a\"\n",
			    "", "", ""),
		  DIFF_ROLE("    override score 31.0 because \"b\"\n",
			    "", "", "") },
		{ DIFF_ROLE("    override zone yellow because \"a\"\n",
			    "", "", ""),
		  DIFF_ROLE("    override zone yellow because \"b\"\n",
			    "", "", "") },
		{ DIFF_ROLE("    override label urgent because \"a\"\n",
			    "", "", ""),
		  DIFF_ROLE("    override label urgent because \"b\"\n",
			    "", "", "") },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++)
		check_diff(pairs[i][0], pairs[i][1], 0,
			   DIFF_SAME_31 "           texts changed\n"
			   DIFF_COUNT_CHANGED);
	check_diff(pairs[0][0], pairs[0][1], 1,
		   "{\n  \"format\": \"rolec-diff/1\",\n  \"roles\": [\n"
		   "    {\"id\": \"t\", \"status\": \"changed\", \"old\": "
		   "{\"score\": 31.0, \"zone\": \"yellow\", \"label\": "
		   "\"urgent\"}, \"new\": {\"score\": 31.0, \"zone\": "
		   "\"yellow\", \"label\": \"urgent\"}, \"inputs\": ["
		   "{\"input\": \"texts\", \"old\": null, \"new\": null}]}\n"
		   "  ],\n  \"changed\": 1, \"added\": 0, \"removed\": 0, "
		   "\"unchanged\": 0\n}\n");
}

/* Layout, comments, the place of a statement, peers, transitions and
 * expect are not compared: the role is unchanged. */
static void test_diff_unchanged(void **state)
{
	(void)state;
	check_diff(DIFF_ROLE("    family \"F\"\n", " because \"r\"", "", ""),
		   "# the same role, laid out otherwise\n\n"
		   "role \"T\" { task 100% 3 aug \"A\" because \"r\" "
		   "family \"F\"\n"
		   "    growth 0 # no change\n"
		   "    evidence { experts 0 tools 0 wages 0 companies 0 "
		   "postings 0 }\n"
		   "    protective { judgment 0 interpersonal 0 embodied 0 }\n"
		   "    barriers { regulatory 0 physical 0 union 0 "
		   "liability 0 cultural 0 }\n"
		   "    peer t 31.0\n    transition t\n"
		   "    expect 31.0 yellow urgent\n}\n", 0,
		   DIFF_COUNT_SAME);
}

/*
 * Two tasks may share a name (-Wduplicate-task warns, both are kept and
 * scored).  A change to the second of them is a moved input all the
 * same: the role is changed, not unchanged.
 */
#define DIFF_TWINS(second) \
	"role \"T\" {\n    task 50% 3 aug \"A\"\n" \
	"    task 50% " second " \"A\"\n" TU_ZERO_BLOCKS "}\n"

static void test_diff_duplicate_task_names(void **state)
{
	struct buf b = BUF_INIT;
	struct tu a, n;

	(void)state;
	tu_init(&a);
	tu_compile(&a, DIFF_TWINS("3 aug"));
	tu_init(&n);
	tu_compile(&n, DIFF_TWINS("3 none"));
	assert_int_equal(a.diags.errors + n.diags.errors, 0);
	diff_text(&b, &a.cat, &n.cat);
	tu_assert_contains(b.data, DIFF_COUNT_CHANGED);
	tu_assert_contains(b.data, "task 'A' tag: aug -> none\n");
	buf_release(&b);
	tu_release(&n);
	tu_release(&a);
}

/*
 * Writing a report (outputs.md, "Writing the report"): a temporary file
 * beside the target, the old mode kept, renamed over it; on any failure
 * the target is left as it was and no temporary file remains.
 */

/* A fresh directory for one test, its path in dir. */
static void out_dir(char *dir, size_t size)
{
	snprintf(dir, size, "%s", "/tmp/rolec-test-out.XXXXXX");
	assert_non_null(mkdtemp(dir));
}

/* Remove dir and the plain files in it. */
static void out_dir_remove(const char *dir)
{
	struct dirent *e;
	char path[512];
	DIR *d = opendir(dir);

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (unlink(path))
			assert_int_equal(rmdir(path), 0);
	}
	closedir(d);
	assert_int_equal(rmdir(dir), 0);
}

/* The names in dir, sorted and joined by spaces ("" when empty). */
static const char *out_names(const char *dir)
{
	static char names[1024];
	struct dirent **v;
	int i, n = scandir(dir, &v, NULL, alphasort);

	assert_true(n >= 2);
	names[0] = '\0';
	for (i = 0; i < n; i++) {
		if (strcmp(v[i]->d_name, ".") && strcmp(v[i]->d_name, ".."))
			snprintf(names + strlen(names),
				 sizeof(names) - strlen(names), "%s%s",
				 names[0] ? " " : "", v[i]->d_name);
		free(v[i]);
	}
	free(v);
	return names;
}

/* The contents of a small file. */
static const char *out_read(const char *path)
{
	static char text[256];
	FILE *f = fopen(path, "rb");
	size_t n;

	assert_non_null(f);
	n = fread(text, 1, sizeof(text) - 1, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

static void out_create(const char *path, const char *text, mode_t mode)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(chmod(path, mode), 0);
}

static mode_t out_mode(const char *path)
{
	struct stat st;

	assert_int_equal(lstat(path, &st), 0);
	return st.st_mode & 07777;
}

static void test_output_new_file(void **state)
{
	char dir[64], path[128];
	size_t live = mem_live_blocks();
	mode_t mask = umask(027);

	(void)state;
	out_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	assert_int_equal(output_write(path, "report\n", 7), 0);
	umask(mask);
	assert_string_equal(out_read(path), "report\n");
	assert_int_equal(out_mode(path), 0640);
	assert_string_equal(out_names(dir), "r.txt");
	assert_int_equal(mem_live_blocks(), live);
	out_dir_remove(dir);
}

/* An existing file keeps its mode, whatever the umask. */
static void test_output_keeps_mode(void **state)
{
	char dir[64], path[128];

	(void)state;
	out_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	out_create(path, "old\n", 0604);
	assert_int_equal(output_write(path, "new\n", 4), 0);
	assert_string_equal(out_read(path), "new\n");
	assert_int_equal(out_mode(path), 0604);
	assert_int_equal(output_write(path, "", 0), 0);
	assert_string_equal(out_read(path), "");
	assert_int_equal(out_mode(path), 0604);
	assert_string_equal(out_names(dir), "r.txt");
	out_dir_remove(dir);
}

/* A name without a directory: the temporary file is made in the
 * current directory. */
static void test_output_relative(void **state)
{
	char dir[64], cwd[4096];

	(void)state;
	out_dir(dir, sizeof(dir));
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(dir), 0);
	assert_int_equal(output_write("r.txt", "x", 1), 0);
	assert_string_equal(out_read("r.txt"), "x");
	assert_string_equal(out_names("."), "r.txt");
	assert_int_equal(chdir(cwd), 0);
	out_dir_remove(dir);
}

/* Failures: -1 and errno, the target as it was, nothing left behind. */
static void test_output_failures(void **state)
{
	char dir[64], path[128];
	size_t live = mem_live_blocks();

	(void)state;
	out_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/none/r.txt", dir);
	errno = 0;
	assert_int_equal(output_write(path, "x", 1), -1);
	assert_int_equal(errno, ENOENT);
	assert_string_equal(out_names(dir), "");

	/* A directory cannot be replaced by a report. */
	snprintf(path, sizeof(path), "%s/sub", dir);
	assert_int_equal(mkdir(path, 0755), 0);
	errno = 0;
	assert_int_equal(output_write(path, "x", 1), -1);
	assert_int_equal(errno, EISDIR);
	assert_string_equal(out_names(dir), "sub");
	assert_string_equal(out_names(path), "");

	/* No file can be made beside /proc/version (ENOENT for root). */
	errno = 0;
	assert_int_equal(output_write("/proc/version", "x", 1), -1);
	assert_true(errno == ENOENT || errno == EACCES);
	assert_memory_equal(out_read("/proc/version"), "Linux version ", 14);
	assert_int_equal(mem_live_blocks(), live);
	out_dir_remove(dir);
}

/* Given up: the temporary file goes, the target keeps its contents. */
static void test_output_abort(void **state)
{
	char dir[64], path[128];
	struct output o;
	size_t live = mem_live_blocks();

	(void)state;
	out_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	out_create(path, "old\n", 0644);
	assert_int_equal(output_open(&o, path), 0);
	output_add(&o, "new\n", 4);
	assert_int_equal(tu_count(out_names(dir), " "), 1);
	output_abort(&o);
	output_abort(&o);
	assert_string_equal(out_names(dir), "r.txt");
	assert_string_equal(out_read(path), "old\n");
	assert_int_equal(mem_live_blocks(), live);
	out_dir_remove(dir);
}

/* Through a buf that drains into the output as it grows: the file holds
 * every byte, in order, and only once committed. */
static void test_output_drain(void **state)
{
	char dir[64], path[128];
	struct buf b = BUF_INIT;
	struct output o;
	struct stat st;
	size_t i;

	(void)state;
	out_dir(dir, sizeof(dir));
	snprintf(path, sizeof(path), "%s/r.txt", dir);
	assert_int_equal(output_open(&o, path), 0);
	b.drain = output_drain;
	b.sink = &o;
	for (i = 0; i < 3 * BUF_DRAIN_AT / 16; i++) {
		buf_adds(&b, "0123456789abcde\n");
		buf_drain(&b);
	}
	assert_true(b.len < BUF_DRAIN_AT + 16);
	assert_int_not_equal(stat(path, &st), 0);
	output_add(&o, b.data, b.len);
	assert_int_equal(output_commit(&o), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 3 * BUF_DRAIN_AT);
	assert_memory_equal(out_read(path), "0123456789abcde\n0123", 20);
	assert_string_equal(out_names(dir), "r.txt");
	buf_release(&b);
	out_dir_remove(dir);
}

/* "-" and NULL are standard output: nothing is opened, and a commit
 * with nothing written succeeds. */
static void test_output_stdout(void **state)
{
	struct output o;

	(void)state;
	assert_int_equal(output_open(&o, "-"), 0);
	assert_null(o.path);
	assert_int_equal(o.fd, -1);
	output_add(&o, "", 0);
	assert_int_equal(output_commit(&o), 0);
	assert_int_equal(output_open(&o, NULL), 0);
	assert_null(o.path);
	assert_int_equal(output_write(NULL, "", 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_json_reference),
		cmocka_unit_test(test_json_empty_catalogue),
		cmocka_unit_test(test_json_linked),
		cmocka_unit_test(test_json_override),
		cmocka_unit_test(test_json_escaping),
		cmocka_unit_test(test_json_escaping_role),
		cmocka_unit_test(test_csv_reference),
		cmocka_unit_test(test_csv_tasks),
		cmocka_unit_test(test_csv_formula_cells),
		cmocka_unit_test(test_csv_quoting),
		cmocka_unit_test(test_csv_empty_catalogue),
		cmocka_unit_test(test_text_reference),
		cmocka_unit_test(test_text_catalogue),
		cmocka_unit_test(test_text_override),
		cmocka_unit_test(test_diff_inputs),
		cmocka_unit_test(test_diff_inputs_json),
		cmocka_unit_test(test_diff_override_values),
		cmocka_unit_test(test_diff_roles),
		cmocka_unit_test(test_diff_empty),
		cmocka_unit_test(test_diff_texts),
		cmocka_unit_test(test_diff_unchanged),
		cmocka_unit_test(test_diff_duplicate_task_names),
		cmocka_unit_test(test_output_new_file),
		cmocka_unit_test(test_output_keeps_mode),
		cmocka_unit_test(test_output_relative),
		cmocka_unit_test(test_output_failures),
		cmocka_unit_test(test_output_abort),
		cmocka_unit_test(test_output_drain),
		cmocka_unit_test(test_output_stdout),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
