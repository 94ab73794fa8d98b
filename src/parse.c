/*
 * parse.c - drives the lexer and the Lemon parser, builds the tree, and
 * words syntax errors.
 *
 * A syntax error names what was expected where it happened ("expected a
 * percentage such as 15% after 'task'"), from a table of each statement's
 * arguments and the position the driver tracks token by token; Lemon's
 * error recovery then resumes at the next statement.
 */
#include <stdio.h>
#include <string.h>

#include "mem.h"
#include "parse.h"
#include "parse_ctx.h"
#include "role.h"
#include "suggest.h"

void *RoleParseAlloc(void *(*alloc)(size_t));
void RoleParseFree(void *p, void (*release)(void *));
void RoleParse(void *p, int major, struct token minor,
	       struct parse_ctx *ctx);
void RoleParseResetErrors(void *p);

/* What each statement takes, argument by argument; the statements that
 * may end early say "or the next statement". */
static const char *const parse_args[][7] = {
	[TK_ROLE] = { "the role's title in quotes", "'{' to open the role" },
	[TK_ID] = { "an identifier such as 'data-engineer-mid'" },
	[TK_LEVEL] = { "a level: junior, mid, senior, lead or principal" },
	[TK_FAMILY] = { "the job family in quotes" },
	[TK_AKA] = { "a title in quotes" },
	[TK_ASSESSED] = { "a date such as 2026-12-02" },
	[TK_SUMMARY] = { "the summary in quotes or a \"\"\" text block" },
	[TK_NOTE] = { "the note's heading in quotes",
		      "the note's text in quotes or a \"\"\" text block" },
	[TK_TASK] = { "a percentage such as 15%", "a score from 1 to 5",
		      "a tag: aug, disp or none", "the task's name in quotes",
		      "'because' or the next statement",
		      "the reason in quotes" },
	[TK_EVIDENCE] = { "'{' to open the block" },
	[TK_BARRIERS] = { "'{' to open the block" },
	[TK_PROTECTIVE] = { "'{' to open the block" },
	[TK_GROWTH] = { "a value from -2 to +2 such as +1",
			"'because' or the next statement",
			"the reason in quotes" },
	[TK_OVERRIDE] = { "what to override: none, score, zone or label",
			  "a score, a zone, a label or 'because'",
			  "'because' or the next statement",
			  "the reason in quotes" },
	[TK_PEER] = { "the peer role's id",
		      "its quoted score or the next statement" },
	[TK_TRANSITION] = { "the id of the role to move to" },
	[TK_EXPECT] = { "the expected score such as 40.8",
			"a zone or the next statement",
			"a label or the next statement" },
};

/* Arguments a statement needs before another statement may start. */
static const unsigned char parse_min_args[] = {
	[TK_ROLE] = 2, [TK_ID] = 1, [TK_LEVEL] = 1, [TK_FAMILY] = 1,
	[TK_AKA] = 1, [TK_ASSESSED] = 1, [TK_SUMMARY] = 1, [TK_NOTE] = 2,
	[TK_TASK] = 4, [TK_EVIDENCE] = 1, [TK_BARRIERS] = 1,
	[TK_PROTECTIVE] = 1, [TK_GROWTH] = 1, [TK_OVERRIDE] = 1,
	[TK_PEER] = 1, [TK_TRANSITION] = 1, [TK_EXPECT] = 1,
};

static const char *const parse_statements[] = {
	"id", "level", "family", "aka", "assessed", "summary", "note",
	"task", "evidence", "barriers", "protective", "growth", "override",
	"peer", "transition", "expect",
};

const char *lexer_token_name(int type)
{
	switch (type) {
	case 0: return "end of file";
	case TK_IDENT: return "a name";
	case TK_NUMBER: return "a number";
	case TK_PERCENT: return "a percentage";
	case TK_DATE: return "a date";
	case TK_STRING: return "a string";
	case TK_TEXT: return "a text block";
	case TK_LBRACE: return "'{'";
	case TK_RBRACE: return "'}'";
	case TK_COMMA: return "','";
	}
	return "a keyword";
}

static int parse_is_keyword(int type)
{
	return type >= TK_ROLE && type <= TK_EXPECT;
}

/* What was expected at the current position, inside a block's entries. */
static const char *parse_expected_entry(const struct parse_ctx *ctx)
{
	switch (ctx->prev.type) {
	case TK_IDENT:
		return "a value such as 1";
	case TK_NUMBER:
		return "'because', the next entry or '}'";
	case TK_BECAUSE:
		return "the reason in quotes";
	}
	return "a name such as 'postings', or '}'";
}

static const char *parse_expected(const struct parse_ctx *ctx)
{
	int n = parse_is_keyword(ctx->stmt) ? ctx->arg : 0;

	if (ctx->depth >= 2)
		return parse_expected_entry(ctx);
	if (ctx->depth == 0 && ctx->stmt != TK_ROLE)
		return "'role' to begin a role";
	if (ctx->stmt == TK_AKA && ctx->arg > 0)
		return ctx->prev.type == TK_COMMA ? "a title in quotes"
			: "',' or the next statement";
	if (parse_is_keyword(ctx->stmt) && n < 7 && parse_args[ctx->stmt][n])
		return parse_args[ctx->stmt][n];
	return "a statement such as 'task', or '}'";
}

/* "'15'" for short tokens, else what kind of token it is. */
static void parse_found(const struct parse_ctx *ctx, const struct token *t,
			char *out, size_t size)
{
	uint32_t n = t->end - t->start;
	const unsigned char *s = ctx->src->text + t->start;
	uint32_t i;

	for (i = 0; i < n; i++)
		if (s[i] < 0x20 || s[i] >= 0x7f)
			break;
	if (t->type == 0 || n == 0 || n > 24 || i < n
	    || t->type == TK_STRING || t->type == TK_TEXT)
		snprintf(out, size, "%s", lexer_token_name(t->type));
	else
		snprintf(out, size, "'%.*s'", (int)n, (const char *)s);
}

static void parse_suggest_statement(struct diag *d, const struct token *t)
{
	const char *near;

	if (t->type != TK_IDENT || !t->v.str.s)
		return;
	near = suggest_nearest(t->v.str.s, parse_statements,
			       sizeof(parse_statements)
				       / sizeof(parse_statements[0]));
	if (near)
		diag_note(d, DIAG_LEVEL_HELP, NULL, 0, 0,
			  "did you mean '%s'?", near);
}

static void parse_eof_error(struct parse_ctx *ctx, const struct token *t)
{
	struct diag *d;

	d = diag_at(ctx->diags, DIAG_UNEXPECTED_EOF, ctx->src, t->start,
		    t->start, "unexpected end of file, expected %s",
		    ctx->depth > 0 && ctx->arg >= parse_min_args[ctx->stmt]
		    ? "'}'" : parse_expected(ctx));
	if (ctx->depth > 0)
		diag_note(d, DIAG_LEVEL_NOTE, ctx->src,
			  ctx->braces[ctx->depth - 1],
			  ctx->braces[ctx->depth - 1] + 1,
			  "the '{' opened here is not closed");
}

void parse_syntax_error(struct parse_ctx *ctx, int major,
			const struct token *tok)
{
	const char *kw = parse_is_keyword(ctx->stmt) && ctx->depth < 2
			 && ctx->arg < parse_min_args[ctx->stmt] + 3
			 ? ctx->stmt_word : NULL;
	const char *expected;
	char found[64];
	struct diag *d;

	(void)major;
	ctx->failed = 1;
	if (ctx->role && !ctx->role->rbrace)
		ctx->role->broken = 1;
	if (tok->type == 0) {
		parse_eof_error(ctx, tok);
		return;
	}

	expected = parse_expected(ctx);
	parse_found(ctx, tok, found, sizeof(found));
	if (kw && strncmp(expected, "a statement", 11))
		d = diag_at(ctx->diags, DIAG_SYNTAX, ctx->src, tok->start,
			    tok->end, "expected %s after '%s', found %s",
			    expected, kw, found);
	else
		d = diag_at(ctx->diags, DIAG_SYNTAX, ctx->src, tok->start,
			    tok->end, "expected %s, found %s", expected,
			    found);
	if (!strncmp(expected, "a statement", 11)
	    || strstr(expected, "the next statement"))
		parse_suggest_statement(d, tok);
}

void parse_stack_overflow(struct parse_ctx *ctx)
{
	ctx->failed = 1;
	diag_at(ctx->diags, DIAG_LIMIT, ctx->src, ctx->prev.start,
		ctx->prev.end, "input nested too deeply for the parser");
}

/* Whether token type t, read now, begins a statement of a role. */
static int parse_starts_stmt(const struct parse_ctx *ctx, int t)
{
	return parse_is_keyword(t) && t != TK_BECAUSE && ctx->depth < 2
	       && (!parse_is_keyword(ctx->stmt)
		   || ctx->arg >= parse_min_args[ctx->stmt]);
}

/* After each token: where the next one stands, for parse_expected. */
static void parse_track(struct parse_ctx *ctx, const struct token *t)
{
	if (t->type == TK_LBRACE && ctx->depth < PARSE_MAX_DEPTH)
		ctx->braces[ctx->depth++] = t->start;
	else if (t->type == TK_RBRACE && ctx->depth > 0)
		ctx->depth--;

	if (t->type == TK_RBRACE && ctx->depth == 0) {
		ctx->stmt = 0;
		ctx->arg = 0;
	} else if (t->type == TK_RBRACE && ctx->depth == 1) {
		ctx->stmt = TK_EVIDENCE;
		ctx->arg = 99;
	} else if (parse_starts_stmt(ctx, t->type)) {
		ctx->stmt = t->type;
		ctx->stmt_word = t->v.str.s;
		ctx->arg = 0;
	} else {
		ctx->arg++;
	}
	ctx->prev = *t;
}

unsigned long parse_file(struct source *src, struct arena *arena,
			 struct diag_sink *diags, struct ast_file *file)
{
	unsigned long errors = diags->errors;
	struct parse_ctx ctx;
	struct lexer lx;
	struct token t;
	void *p;

	memset(&ctx, 0, sizeof(ctx));
	memset(file, 0, sizeof(*file));
	file->tail = &file->roles;
	ctx.src = src;
	ctx.arena = arena;
	ctx.diags = diags;
	ctx.file = file;

	p = RoleParseAlloc(mem_must_alloc);
	lexer_init(&lx, src, arena, diags);
	do {
		lexer_next(&lx, &t);
		if (ctx.failed && ctx.depth == 1
		    && parse_starts_stmt(&ctx, t.type))
			RoleParseResetErrors(p);
		RoleParse(p, t.type, t, &ctx);
		parse_track(&ctx, &t);
	} while (t.type != 0);
	RoleParseFree(p, mem_free);
	return diags->errors - errors;
}
