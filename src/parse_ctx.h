/*
 * parse_ctx.h - what the grammar's actions see: the parse context and the
 * tree-building helpers of parse.c.  Included by the generated parser only.
 */
#ifndef ROLEC_PARSE_CTX_H
#define ROLEC_PARSE_CTX_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "lexer.h"

#define PARSE_MAX_DEPTH 4
#define PARSE_MAX_ROLES 100000u	/* roles in one file */

struct parse_ctx {
	struct source *src;
	struct arena *arena;
	struct diag_sink *diags;
	struct ast_file *file;
	struct ast_role *role;		/* the role being read, if any */

	/* Where the parser is, for "expected ..." messages. */
	int stmt;			/* keyword that began the statement */
	const char *stmt_word;		/* its spelling */
	int arg;			/* tokens read since then */
	struct token prev;		/* the token before the current one */
	uint32_t braces[PARSE_MAX_DEPTH];	/* open '{', innermost last */
	int depth;
	int failed;			/* a syntax error was reported */
};

void parse_syntax_error(struct parse_ctx *ctx, int major,
			const struct token *tok);
void parse_stack_overflow(struct parse_ctx *ctx);

void parse_role_begin(struct parse_ctx *ctx, const struct token *kw,
		      const struct token *title);
void parse_role_end(struct parse_ctx *ctx, const struct token *rbrace);

struct ast_str *parse_str(struct parse_ctx *ctx, const struct token *t);
struct ast_list *parse_list(struct parse_ctx *ctx, struct ast_list *list,
			    const struct token *t);
struct ast_entry *parse_entry(struct parse_ctx *ctx, const struct token *name,
			      const struct token *value,
			      struct ast_str *because);
struct ast_entry *parse_entries(struct ast_entry *list, struct ast_entry *e);

void parse_name(struct parse_ctx *ctx, enum ast_kind kind,
		const struct token *kw, const struct token *name);
void parse_text(struct parse_ctx *ctx, enum ast_kind kind,
		const struct token *kw, const struct token *text);
void parse_date(struct parse_ctx *ctx, const struct token *kw,
		const struct token *date);
void parse_aka(struct parse_ctx *ctx, const struct token *kw,
	       struct ast_list *list);
void parse_note(struct parse_ctx *ctx, const struct token *kw,
		const struct token *heading, const struct token *text);
void parse_task(struct parse_ctx *ctx, const struct token *kw,
		const struct token *share, const struct token *score,
		const struct token *tag, const struct token *name,
		struct ast_str *because);
void parse_block(struct parse_ctx *ctx, const struct token *kw,
		 struct ast_entry *entries, const struct token *rbrace);
void parse_growth(struct parse_ctx *ctx, const struct token *kw,
		  const struct token *value, struct ast_str *because);
void parse_override(struct parse_ctx *ctx, const struct token *kw,
		    const struct token *what, const struct token *word,
		    const struct token *value, struct ast_str *because);
void parse_peer(struct parse_ctx *ctx, const struct token *kw,
		const struct token *id, const struct token *score);
void parse_expect(struct parse_ctx *ctx, const struct token *kw,
		  const struct token *score, const struct token *zone,
		  const struct token *label);

#endif
