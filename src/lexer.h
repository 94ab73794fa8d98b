/*
 * lexer.h - the tokens of a .role file (the re2c scanner in scanner.re).
 *
 * The token codes come from the Lemon grammar (role.h, generated).  The
 * lexer reports its own errors (bad bytes, numbers, strings, dates) and
 * still returns a token with its bad flag set, so that parsing goes on and
 * later stages do not report the same place again.
 */
#ifndef ROLEC_LEXER_H
#define ROLEC_LEXER_H

#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

/* Longest string value and longest name, in bytes (limits, reported as
 * diagnostics). */
#define LEXER_MAX_STRING (64u * 1024)
#define LEXER_MAX_NAME 256u

struct token {
	int type;		/* TK_* of role.h; 0 at the end */
	uint32_t start, end;
	union {
		struct ast_num num;	/* NUMBER, PERCENT */
		struct ast_str str;	/* STRING, TEXT, IDENT, keywords */
		struct ast_date date;	/* DATE */
	} v;
};

/* Comments, kept only for the formatter: byte spans, '#' to line end. */
struct lexer_comments {
	uint32_t *start, *end;
	size_t n, cap;
};

struct lexer {
	struct source *src;
	struct diag_sink *diags;
	struct arena *arena;
	const unsigned char *cur, *lim, *tok;
	struct lexer_comments *comments;	/* NULL: comments dropped */
};

void lexer_init(struct lexer *lx, struct source *src, struct arena *arena,
		struct diag_sink *diags);

/* Keep the spans of comments in c (released by lexer_comments_release). */
void lexer_keep_comments(struct lexer *lx, struct lexer_comments *c);
void lexer_comments_release(struct lexer_comments *c);

/* The next token; type 0 at the end of the text. */
void lexer_next(struct lexer *lx, struct token *t);

/* A printable name for a token code, for messages ("a percentage"). */
const char *lexer_token_name(int type);

#endif
