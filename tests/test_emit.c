/*
 * test_emit.c - the reports of outputs.md: JSON members, CSV cells and
 * the text report, on the reference role and on hostile strings.
 */
#include "testutil.h"

#include "emit.h"
#include "json.h"
#include "link.h"

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
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
