/*
 * test_parse.c - the grammar: what it accepts, the tree it builds, and the
 * exact wording of syntax errors; and the canonical layout that rolec fmt
 * prints from the same tokens.
 */
#include "testutil.h"

#include "fmt.h"
#include "parse.h"

struct px {
	struct tu t;
	struct arena arena;
	struct source src;
	struct ast_file file;
	unsigned long errors;
};

static void px_run_len(struct px *x, const char *text, size_t len)
{
	tu_init(&x->t);
	arena_init(&x->arena);
	source_init_mem(&x->src, TU_PATH, text, len);
	x->errors = parse_file(&x->src, &x->arena, &x->t.diags, &x->file);
}

static void px_run(struct px *x, const char *text)
{
	px_run_len(x, text, strlen(text));
}

static void px_release(struct px *x)
{
	source_release(&x->src);
	arena_release(&x->arena);
	tu_release(&x->t);
}

/* Parse text, which must be free of syntax errors. */
static void px_clean(struct px *x, const char *text)
{
	px_run(x, text);
	assert_string_equal(tu_output(&x->t), "");
	assert_int_equal(x->errors, 0);
}

/* The kinds of a role's statements, as keywords joined by spaces. */
static void px_assert_kinds(const struct ast_role *r, const char *want)
{
	struct buf b = BUF_INIT;
	const struct ast_stmt *s;

	for (s = r->stmts; s; s = s->next)
		buf_addf(&b, "%s%s", b.len ? " " : "",
			 ast_kind_keyword[s->kind]);
	assert_string_equal(b.data ? b.data : "", want);
	buf_release(&b);
}

static const struct ast_stmt *px_stmt(const struct ast_role *r, int n)
{
	const struct ast_stmt *s = r->stmts;

	while (s && n-- > 0)
		s = s->next;
	assert_non_null(s);
	return s;
}

static void test_reference(void **state)
{
	const struct ast_role *r;
	const struct ast_stmt *s;
	const struct ast_list *l;
	const struct ast_entry *e;
	struct px x;

	(void)state;
	px_clean(&x, TU_REFERENCE);
	assert_int_equal(x.file.nroles, 1);
	r = x.file.roles;
	assert_null(r->next);
	assert_string_equal(r->title.s, "Recommendation Systems Engineer");
	assert_int_equal(r->broken, 0);
	assert_int_equal(r->start, 46);
	assert_int_equal(x.src.text[r->rbrace], '}');
	assert_int_equal(r->rbrace, x.src.len - 2);
	px_assert_kinds(r, "level family aka assessed summary task task "
			"task task task task task evidence barriers "
			"protective growth peer peer transition expect");

	assert_string_equal(px_stmt(r, 0)->u.name.s, "mid");
	l = px_stmt(r, 2)->u.aka;
	assert_string_equal(l->str.s, "Personalization Engineer");
	l = l->next->next->next;
	assert_string_equal(l->str.s, "Recsys Engineer");
	assert_null(l->next);
	assert_int_equal(px_stmt(r, 3)->u.date.year, 2026);
	assert_string_equal(px_stmt(r, 4)->u.text.s,
			    "Builds and maintains recommendation engines "
			    "that surface relevant\ncontent, products, or "
			    "ads to users.");

	s = px_stmt(r, 5);
	assert_int_equal(s->u.task.share.mant, 15);
	assert_int_equal(s->u.task.share.percent, 1);
	assert_int_equal(s->u.task.score.mant, 2);
	assert_string_equal(s->u.task.tag.s, "aug");
	assert_string_equal(s->u.task.because->s,
			    "Each system has unique constraints.");
	assert_null(px_stmt(r, 6)->u.task.because);
	assert_string_equal(px_stmt(r, 11)->u.task.name.s,
			    "Cold-start, bias mitigation & edge case "
			    "handling");

	e = px_stmt(r, 12)->u.block.entries;
	assert_string_equal(e->name.s, "postings");
	assert_int_equal(e->value.sign, 1);
	assert_non_null(e->because);
	e = e->next->next->next;
	assert_string_equal(e->name.s, "tools");
	assert_int_equal(e->value.sign, -1);
	assert_null(e->because);
	assert_string_equal(e->next->name.s, "experts");
	assert_null(e->next->next);

	s = px_stmt(r, 16);
	assert_string_equal(s->u.peer.id.s,
			    "conversational-ai-engineer-mid");
	assert_int_equal(s->u.peer.has_score, 1);
	assert_int_equal(s->u.peer.score.mant, 408);
	assert_int_equal(s->u.peer.score.scale, 1);
	assert_string_equal(px_stmt(r, 17)->u.peer.id.s, "nlp-engineer-mid");
	assert_string_equal(px_stmt(r, 18)->u.name.s, "ml-ai-engineer-mid");
	s = px_stmt(r, 19);
	assert_int_equal(s->u.expect.score.mant, 408);
	assert_string_equal(s->u.expect.zone.s, "yellow");
	assert_string_equal(s->u.expect.label.s, "urgent");
	px_release(&x);
}

static void test_one_line(void **state)
{
	const struct ast_role *r;
	struct px x;

	(void)state;
	px_clean(&x, "role \"X\" { barriers { regulatory 0 physical 0 "
		     "union 0 liability 0 cultural 0 } task 100% 3 aug \"A\" "
		     "growth 0 evidence { } protective { judgment 1 } }");
	r = x.file.roles;
	px_assert_kinds(r, "barriers task growth evidence protective");
	assert_null(px_stmt(r, 3)->u.block.entries);
	assert_string_equal(px_stmt(r, 4)->u.block.entries->name.s,
			    "judgment");
	px_release(&x);
}

static void test_several_roles(void **state)
{
	struct px x;

	(void)state;
	px_clean(&x, "role \"A\" { }\n# between\nrole \"B\" { level mid }\n");
	assert_int_equal(x.file.nroles, 2);
	assert_string_equal(x.file.roles->title.s, "A");
	assert_null(x.file.roles->stmts);
	assert_string_equal(x.file.roles->next->title.s, "B");
	px_release(&x);

	px_clean(&x, "# nothing but a comment\n");
	assert_int_equal(x.file.nroles, 0);
	px_release(&x);
}

/* A keyword is a name wherever the grammar needs a name. */
static void test_keywords_as_names(void **state)
{
	const struct ast_role *r;
	struct px x;

	(void)state;
	px_clean(&x, "role \"R\" {\n"
		     "    id task\n"
		     "    peer role 40\n"
		     "    transition task\n"
		     "    level note\n"
		     "    peer expect\n"
		     "    override zone red because \"b\"\n"
		     "    evidence { because 1 role 2 }\n"
		     "}\n");
	r = x.file.roles;
	px_assert_kinds(r, "id peer transition level peer override "
			"evidence");
	assert_string_equal(px_stmt(r, 0)->u.name.s, "task");
	assert_string_equal(px_stmt(r, 1)->u.peer.id.s, "role");
	assert_int_equal(px_stmt(r, 1)->u.peer.score.mant, 40);
	assert_string_equal(px_stmt(r, 2)->u.name.s, "task");
	assert_string_equal(px_stmt(r, 3)->u.name.s, "note");
	assert_string_equal(px_stmt(r, 4)->u.peer.id.s, "expect");
	assert_int_equal(px_stmt(r, 4)->u.peer.has_score, 0);
	assert_string_equal(px_stmt(r, 5)->u.override.word.s, "red");
	assert_string_equal(px_stmt(r, 6)->u.block.entries->name.s,
			    "because");
	px_release(&x);
}

/* A statement that may end early must not eat the next statement's
 * keyword as its zone, label or name. */
static void test_optional_parts_end(void **state)
{
	const struct ast_role *r;
	struct px x;

	(void)state;
	px_clean(&x, "role \"R\" {\n"
		     "    expect 40.8\n"
		     "    peer x-mid\n"
		     "    expect 40.8 yellow\n"
		     "    transition y-mid\n"
		     "    override none\n"
		     "    peer z-mid 3\n"
		     "    expect 40.8 yellow urgent\n"
		     "    task 100% 3 aug \"A\"\n"
		     "    growth +1\n"
		     "    level mid\n"
		     "}\n");
	r = x.file.roles;
	px_assert_kinds(r, "expect peer expect transition override peer "
			"expect task growth level");
	assert_int_equal(px_stmt(r, 0)->u.expect.has_zone, 0);
	assert_string_equal(px_stmt(r, 1)->u.peer.id.s, "x-mid");
	assert_int_equal(px_stmt(r, 2)->u.expect.has_zone, 1);
	assert_int_equal(px_stmt(r, 2)->u.expect.has_label, 0);
	assert_string_equal(px_stmt(r, 3)->u.name.s, "y-mid");
	assert_string_equal(px_stmt(r, 4)->u.override.kind.s, "none");
	assert_int_equal(px_stmt(r, 4)->u.override.has_word, 0);
	assert_string_equal(px_stmt(r, 5)->u.peer.id.s, "z-mid");
	assert_int_equal(px_stmt(r, 6)->u.expect.has_label, 1);
	assert_null(px_stmt(r, 7)->u.task.because);
	assert_null(px_stmt(r, 8)->u.growth.because);
	px_release(&x);
}

static void test_task_share_not_percent(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    task 15 2 aug \"A\"\n}\n");
	assert_int_equal(x.errors, 1);
	assert_string_equal(tu_output(&x.t),
			    "t.role:2:10: error: expected a percentage such "
			    "as 15% after 'task', found '15' [E201]\n"
			    "    2 |     task 15 2 aug \"A\"\n"
			    "      |          ^~\n");
	assert_int_equal(x.file.roles->broken, 1);
	px_release(&x);
}

static void test_task_argument_errors(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    task 15% aug\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:14: error: expected a score from 1 to 5 "
			    "after 'task', found 'aug' [E201]\n");
	px_release(&x);

	px_run(&x, "role \"R\" {\n    task 15% 2 aug a\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:20: error: expected the task's name in "
			    "quotes after 'task', found 'a' [E201]\n");
	px_release(&x);

	px_run(&x, "role \"R\" {\n    task 15% 2 aug \"A\" because 3\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:32: error: expected the reason in "
			    "quotes after 'task', found '3' [E201]\n");
	px_release(&x);
}

static void test_misspelt_statement(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    level mid\n    growht +1\n}\n");
	assert_int_equal(x.errors, 1);
	assert_string_equal(tu_output(&x.t),
			    "t.role:3:5: error: expected a statement such as "
			    "'task', or '}', found 'growht' [E201]\n"
			    "    3 |     growht +1\n"
			    "      |     ^~~~~~\n"
			    "t.role:3:5: help: did you mean 'growth'?\n");
	px_release(&x);

	/* Nothing near enough: no help. */
	px_run(&x, "role \"R\" {\n    zzzzzz 1\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:5: error: expected a statement such as "
			    "'task', or '}', found 'zzzzzz' [E201]\n");
	px_release(&x);
}

/* After a task, whose 'because' is optional, a statement may start too:
 * a misspelt one gets the same help. */
static void test_misspelt_after_task(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    task 100% 3 aug \"A\"\n"
		   "    growht +1\n}\n");
	assert_int_equal(x.errors, 1);
	tu_assert_contains(tu_heads(&x.t),
			   "\nt.role:3:5: help: did you mean 'growth'?\n");
	px_release(&x);
}

static void test_outside_role(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "task 15% 2 aug \"A\"\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:1:1: error: expected 'role' to begin a "
			    "role, found 'task' [E201]\n");
	assert_int_equal(x.file.nroles, 0);
	px_release(&x);
}

static void test_block_entry_errors(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    evidence { postings wages 1 }\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:25: error: expected a value such as 1, "
			    "found 'wages' [E201]\n");
	px_release(&x);

	px_run(&x, "role \"R\" {\n    barriers { 1 }\n}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:16: error: expected a name such as "
			    "'postings', or '}', found '1' [E201]\n");
	px_release(&x);
}

static void test_unexpected_eof(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n    task 100% 3 aug \"A\"\n");
	assert_int_equal(x.errors, 1);
	assert_string_equal(tu_output(&x.t),
			    "t.role:3:1: error: unexpected end of file, "
			    "expected '}' [E202]\n"
			    "    3 | \n"
			    "      | ^\n"
			    "t.role:1:10: note: the '{' opened here is not "
			    "closed\n");
	px_release(&x);

	/* Inside a block: the note points at the innermost brace. */
	px_run(&x, "role \"R\" {\n  evidence {\n    postings 1");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:3:15: error: unexpected end of file, "
			    "expected '}' [E202]\n"
			    "t.role:2:12: note: the '{' opened here is not "
			    "closed\n");
	px_release(&x);

	/* In the middle of a statement: what the statement needs. */
	px_run(&x, "role \"R\" {\n    task 100% 3 aug");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:20: error: unexpected end of file, "
			    "expected the task's name in quotes [E202]\n"
			    "t.role:1:10: note: the '{' opened here is not "
			    "closed\n");
	px_release(&x);
}

/* Recovery goes on after an error: each mistake is reported, even when
 * the next one follows a short statement later. */
static void test_errors_close_together(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n"
		     "    task 15 2 aug \"A\"\n"
		     "    family \"f\"\n"
		     "    level 3\n"
		     "}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:10: error: expected a percentage such "
			    "as 15% after 'task', found '15' [E201]\n"
			    "t.role:4:11: error: expected a level: junior, "
			    "mid, senior, lead or principal after 'level', "
			    "found '3' [E201]\n");
	assert_int_equal(x.errors, 2);
	px_release(&x);
}

static void test_errors_far_apart(void **state)
{
	struct px x;

	(void)state;
	px_run(&x, "role \"R\" {\n"
		     "    task 15 2 aug \"A\"\n"
		     "    level mid\n"
		     "    family \"x\"\n"
		     "    assessed 2026-01-01\n"
		     "    aka \"a\",\n"
		     "    summary \"s\"\n"
		     "    id abc\n"
		     "    levle mid\n"
		     "}\n");
	assert_string_equal(tu_heads(&x.t),
			    "t.role:2:10: error: expected a percentage such "
			    "as 15% after 'task', found '15' [E201]\n"
			    "t.role:7:5: error: expected a title in quotes "
			    "after 'aka', found 'summary' [E201]\n"
			    "t.role:9:5: error: expected a statement such as "
			    "'task', or '}', found 'levle' [E201]\n"
			    "t.role:9:5: help: did you mean 'level'?\n");
	px_release(&x);
}

/* A role cut short is one error, not also "file holds no role". */
static void test_role_head_cut(void **state)
{
	struct tu t;

	(void)state;
	tu_init(&t);
	tu_compile(&t, "role \"T\"");
	assert_string_equal(tu_heads(&t),
			    "t.role:1:9: error: unexpected end of file, "
			    "expected '{' to open the role [E202]\n");
	tu_release(&t);
}

static void test_many_tasks(void **state)
{
	struct buf b = BUF_INIT;
	const struct ast_stmt *s;
	struct px x;
	int i, n = 0;

	(void)state;
	buf_adds(&b, "role \"Many\" {\n");
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "    task 0.1%% 3 aug \"Task %d\"\n", i);
	buf_adds(&b, "}\n");
	px_clean(&x, b.data);
	for (s = x.file.roles->stmts; s; s = s->next, n++)
		assert_int_equal(s->kind, AST_TASK);
	assert_int_equal(n, 1000);
	s = px_stmt(x.file.roles, 999);
	assert_string_equal(s->u.task.name.s, "Task 999");
	px_release(&x);
	buf_release(&b);
}

static void test_many_akas(void **state)
{
	struct buf b = BUF_INIT;
	const struct ast_list *l;
	struct px x;
	int n = 0;

	(void)state;
	buf_adds(&b, "role \"Many\" {\n    aka \"t0\"");
	for (n = 1; n < 10000; n++)
		buf_addf(&b, ",\n        \"t%d\"", n);
	buf_adds(&b, "\n}\n");
	px_clean(&x, b.data);
	n = 0;
	for (l = x.file.roles->stmts->u.aka; l; l = l->next, n++)
		if (n == 0 || n == 9999) {
			char want[16];

			snprintf(want, sizeof(want), "t%d", n);
			assert_string_equal(l->str.s, want);
		}
	assert_int_equal(n, 10000);
	px_release(&x);
	buf_release(&b);
}

/*
 * rolec fmt (format.md): the canonical layout of a file that parses,
 * checked byte for byte, and formatting the result again changes nothing.
 */

/* The zero blocks of TU_ZERO_BLOCKS in the canonical layout. */
#define FMT_ZERO_BLOCKS \
	"    evidence {\n        postings  0\n        companies 0\n" \
	"        wages     0\n        tools     0\n        experts   0\n" \
	"    }\n    barriers {\n        regulatory 0\n        physical   0\n" \
	"        union      0\n        liability  0\n        cultural   0\n" \
	"    }\n    protective {\n        embodied      0\n" \
	"        interpersonal 0\n        judgment      0\n    }\n" \
	"    growth 0\n"

/* The zero blocks on one line, ending in CR LF. */
#define FMT_BLOCKS_CRLF \
	"evidence { postings 0 companies 0 wages 0 tools 0 experts 0 } " \
	"barriers { regulatory 0 physical 0 union 0 liability 0 " \
	"cultural 0 } protective { embodied 0 interpersonal 0 " \
	"judgment 0 } growth 0 }\r\n"

/* Format text; the result must be want, and a fixed point. */
static void check_fmt(const char *text, const char *want)
{
	struct buf out = BUF_INIT, again = BUF_INIT;
	struct source src;
	struct tu t;

	tu_init(&t);
	source_init_mem(&src, TU_PATH, text, strlen(text));
	assert_int_equal(fmt_source(&src, &t.diags, &out), 0);
	source_release(&src);
	assert_string_equal(tu_output(&t), "");
	assert_non_null(out.data);
	assert_string_equal(out.data, want);
	source_init_mem(&src, TU_PATH, out.data, out.len);
	assert_int_equal(fmt_source(&src, &t.diags, &again), 0);
	source_release(&src);
	assert_string_equal(again.data, want);
	buf_release(&again);
	buf_release(&out);
	tu_release(&t);
}

/* Strings in one spelling; numbers by value with the signs the layout
 * asks for, and as written where they are errors of the checker (a sign
 * on a share, a score or a barrier). */
static void test_fmt_strings_and_numbers(void **state)
{
	(void)state;
	check_fmt("role \"Say \\\"hi\\\" \\\\ \\u{e9}\ttab \\u{1b} \\u{7f}\" "
		  "{ family \"a\\nb\" aka \"x\",\n\"y\", # why\n \"z\"\n"
		  "task +50% 3 aug \"A\" task 50.0% +3 aug \"B\" "
		  "because \"\"\"\n   raw \\n \"quoted\"\n   \"\"\"\n"
		  "evidence { postings +0 companies -0 wages 1 tools -1 "
		  "experts +2 }\n"
		  "barriers { regulatory -0 physical +1 union 0 liability 0 "
		  "cultural 0 }\n"
		  "protective { embodied 0 interpersonal 0 judgment 0 }\n"
		  "growth -0 override score +44 because \"x\"\n}\n",
		  "role \"Say \\\"hi\\\" \\\\ \xc3\xa9\\ttab \\u{1b} \\u{7f}\" "
		  "{\n"
		  "    family   \"a\\nb\"\n"
		  "    aka      \"x\", \"y\", # why\n"
		  "             \"z\"\n"
		  "    task  +50% 3 aug  \"A\"\n"
		  "    task 50.0% +3 aug  \"B\"\n"
		  "        because \"\"\"\n"
		  "            raw \\n \"quoted\"\n"
		  "            \"\"\"\n"
		  "    evidence {\n"
		  "        postings   0\n        companies  0\n"
		  "        wages     +1\n        tools     -1\n"
		  "        experts   +2\n    }\n"
		  "    barriers {\n"
		  "        regulatory -0\n        physical   +1\n"
		  "        union       0\n        liability   0\n"
		  "        cultural    0\n    }\n"
		  "    protective {\n        embodied      0\n"
		  "        interpersonal 0\n        judgment      0\n    }\n"
		  "    growth 0\n"
		  "    override score +44 because \"x\"\n}\n");
}

/* Several roles, one blank line between them; CR LF line ends dropped;
 * comments between roles, after a text block, inside a statement and
 * at the end; runs of blank lines inside a role kept as one. */
static void test_fmt_roles_and_comments(void **state)
{
	(void)state;
	check_fmt("role \"A\" { task 100% 3 aug \"A\" " FMT_BLOCKS_CRLF
		  "role \"B\" { task 100% 3 aug \"A\"\r\n" FMT_BLOCKS_CRLF
		  "# between\r\n\r\n\r\n"
		  "role \"C\" {\r\n  summary \"\"\"\r\n    two\r\n    lines\r\n"
		  "    \"\"\" # after\r\n  task # inside\r\n"
		  " 100% 3 aug \"A\"\r\n\r\n\r\n  " FMT_BLOCKS_CRLF
		  "# end\r\n",
		  "role \"A\" {\n    task 100% 3 aug  \"A\"\n" FMT_ZERO_BLOCKS
		  "}\n\n"
		  "role \"B\" {\n    task 100% 3 aug  \"A\"\n" FMT_ZERO_BLOCKS
		  "}\n# between\n\n"
		  "role \"C\" {\n    summary  \"\"\"\n        two\n"
		  "        lines\n"
		  "        \"\"\" # after\n    task # inside\n"
		  "            100% 3 aug  \"A\"\n\n" FMT_ZERO_BLOCKS "}\n"
		  "# end\n");
}

/* A file with a lexical or a syntax error is not formatted. */
static void test_fmt_refuses_errors(void **state)
{
	static const char *const bad[] = {
		TU_ROLE("    level mid;"),
		TU_ROLE("    level"),
		"role \"T\" {\n",
	};
	struct buf out = BUF_INIT;
	struct source src;
	struct tu t;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		tu_init(&t);
		source_init_mem(&src, TU_PATH, bad[i], strlen(bad[i]));
		assert_int_equal(fmt_source(&src, &t.diags, &out), -1);
		source_release(&src);
		assert_int_equal(out.len, 0);
		assert_int_equal(t.diags.errors, 1);
		tu_assert_contains(tu_output(&t), ": error: ");
		buf_release(&out);
		tu_release(&t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_one_line),
		cmocka_unit_test(test_several_roles),
		cmocka_unit_test(test_keywords_as_names),
		cmocka_unit_test(test_optional_parts_end),
		cmocka_unit_test(test_task_share_not_percent),
		cmocka_unit_test(test_task_argument_errors),
		cmocka_unit_test(test_misspelt_statement),
		cmocka_unit_test(test_misspelt_after_task),
		cmocka_unit_test(test_outside_role),
		cmocka_unit_test(test_block_entry_errors),
		cmocka_unit_test(test_unexpected_eof),
		cmocka_unit_test(test_errors_close_together),
		cmocka_unit_test(test_errors_far_apart),
		cmocka_unit_test(test_role_head_cut),
		cmocka_unit_test(test_many_tasks),
		cmocka_unit_test(test_many_akas),
		cmocka_unit_test(test_fmt_strings_and_numbers),
		cmocka_unit_test(test_fmt_roles_and_comments),
		cmocka_unit_test(test_fmt_refuses_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
