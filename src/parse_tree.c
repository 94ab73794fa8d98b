/*
 * parse_tree.c - the grammar's actions: building the tree of ast.h.
 *
 * Every node lives in the file's arena.  Statements are appended to the
 * role being read in source order; the checker relies on that order for
 * "first given here" notes.
 */
#include <string.h>

#include "parse_ctx.h"
#include "role.h"

const char *const ast_kind_keyword[AST_KIND_COUNT] = {
	[AST_ID] = "id", [AST_LEVEL] = "level", [AST_FAMILY] = "family",
	[AST_AKA] = "aka", [AST_ASSESSED] = "assessed",
	[AST_SUMMARY] = "summary", [AST_NOTE] = "note", [AST_TASK] = "task",
	[AST_EVIDENCE] = "evidence", [AST_BARRIERS] = "barriers",
	[AST_PROTECTIVE] = "protective", [AST_GROWTH] = "growth",
	[AST_OVERRIDE] = "override", [AST_PEER] = "peer",
	[AST_TRANSITION] = "transition", [AST_EXPECT] = "expect",
};

void parse_role_begin(struct parse_ctx *ctx, const struct token *kw,
		      const struct token *title)
{
	struct ast_role *r = arena_alloc(ctx->arena, sizeof(*r));

	if (ctx->file->nroles == PARSE_MAX_ROLES)
		diag_at(ctx->diags, DIAG_LIMIT, ctx->src, kw->start, kw->end,
			"more than %u roles in one file", PARSE_MAX_ROLES);
	r->title = title->v.str;
	r->start = kw->start;
	r->tail = &r->stmts;
	*ctx->file->tail = r;
	ctx->file->tail = &r->next;
	ctx->file->nroles++;
	ctx->role = r;
}

void parse_role_end(struct parse_ctx *ctx, const struct token *rbrace)
{
	if (ctx->role)
		ctx->role->rbrace = rbrace->start;
	ctx->role = NULL;
}

/* A new statement of the current role; none outside a role can exist,
 * since the grammar only reduces statements inside one. */
static struct ast_stmt *parse_stmt(struct parse_ctx *ctx, enum ast_kind kind,
				   const struct token *kw)
{
	struct ast_stmt *s = arena_alloc(ctx->arena, sizeof(*s));

	s->kind = kind;
	s->start = kw->start;
	s->end = kw->end;
	if (ctx->role) {
		*ctx->role->tail = s;
		ctx->role->tail = &s->next;
	}
	return s;
}

struct ast_str *parse_str(struct parse_ctx *ctx, const struct token *t)
{
	struct ast_str *s = arena_alloc(ctx->arena, sizeof(*s));

	*s = t->v.str;
	return s;
}

struct ast_list *parse_list(struct parse_ctx *ctx, struct ast_list *list,
			    const struct token *t)
{
	struct ast_list *item = arena_alloc(ctx->arena, sizeof(*item));

	item->str = t->v.str;
	item->next = list;	/* reversed; parse_aka restores the order */
	return item;
}

static struct ast_list *parse_reverse(struct ast_list *list)
{
	struct ast_list *out = NULL;

	while (list) {
		struct ast_list *next = list->next;

		list->next = out;
		out = list;
		list = next;
	}
	return out;
}

struct ast_entry *parse_entry(struct parse_ctx *ctx, const struct token *name,
			      const struct token *value,
			      struct ast_str *because)
{
	struct ast_entry *e = arena_alloc(ctx->arena, sizeof(*e));

	e->name = name->v.str;
	e->value = value->v.num;
	e->because = because;
	return e;
}

struct ast_entry *parse_entries(struct ast_entry *list, struct ast_entry *e)
{
	e->next = list;		/* reversed; parse_block restores the order */
	return e;
}

void parse_name(struct parse_ctx *ctx, enum ast_kind kind,
		const struct token *kw, const struct token *name)
{
	parse_stmt(ctx, kind, kw)->u.name = name->v.str;
}

void parse_text(struct parse_ctx *ctx, enum ast_kind kind,
		const struct token *kw, const struct token *text)
{
	parse_stmt(ctx, kind, kw)->u.text = text->v.str;
}

void parse_date(struct parse_ctx *ctx, const struct token *kw,
		const struct token *date)
{
	parse_stmt(ctx, AST_ASSESSED, kw)->u.date = date->v.date;
}

void parse_aka(struct parse_ctx *ctx, const struct token *kw,
	       struct ast_list *list)
{
	parse_stmt(ctx, AST_AKA, kw)->u.aka = parse_reverse(list);
}

void parse_note(struct parse_ctx *ctx, const struct token *kw,
		const struct token *heading, const struct token *text)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_NOTE, kw);

	s->u.note.heading = heading->v.str;
	s->u.note.text = text->v.str;
}

void parse_task(struct parse_ctx *ctx, const struct token *kw,
		const struct token *share, const struct token *score,
		const struct token *tag, const struct token *name,
		struct ast_str *because)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_TASK, kw);

	s->u.task.share = share->v.num;
	s->u.task.score = score->v.num;
	s->u.task.tag = tag->v.str;
	s->u.task.name = name->v.str;
	s->u.task.because = because;
}

void parse_block(struct parse_ctx *ctx, const struct token *kw,
		 struct ast_entry *entries, const struct token *rbrace)
{
	enum ast_kind kind = kw->type == TK_EVIDENCE ? AST_EVIDENCE
			     : kw->type == TK_BARRIERS ? AST_BARRIERS
			     : AST_PROTECTIVE;
	struct ast_stmt *s = parse_stmt(ctx, kind, kw);
	struct ast_entry *out = NULL;

	while (entries) {
		struct ast_entry *next = entries->next;

		entries->next = out;
		out = entries;
		entries = next;
	}
	s->u.block.entries = out;
	s->u.block.rbrace = rbrace->start;
}

void parse_growth(struct parse_ctx *ctx, const struct token *kw,
		  const struct token *value, struct ast_str *because)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_GROWTH, kw);

	s->u.growth.value = value->v.num;
	s->u.growth.because = because;
}

void parse_override(struct parse_ctx *ctx, const struct token *kw,
		    const struct token *what, const struct token *word,
		    const struct token *value, struct ast_str *because)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_OVERRIDE, kw);

	s->u.override.kind = what->v.str;
	if (word) {
		s->u.override.word = word->v.str;
		s->u.override.has_word = 1;
	}
	if (value) {
		s->u.override.value = value->v.num;
		s->u.override.has_value = 1;
	}
	s->u.override.because = because;
}

void parse_peer(struct parse_ctx *ctx, const struct token *kw,
		const struct token *id, const struct token *score)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_PEER, kw);

	s->u.peer.id = id->v.str;
	if (score) {
		s->u.peer.score = score->v.num;
		s->u.peer.has_score = 1;
	}
}

void parse_expect(struct parse_ctx *ctx, const struct token *kw,
		  const struct token *score, const struct token *zone,
		  const struct token *label)
{
	struct ast_stmt *s = parse_stmt(ctx, AST_EXPECT, kw);

	s->u.expect.score = score->v.num;
	if (zone) {
		s->u.expect.zone = zone->v.str;
		s->u.expect.has_zone = 1;
	}
	if (label) {
		s->u.expect.label = label->v.str;
		s->u.expect.has_label = 1;
	}
}
