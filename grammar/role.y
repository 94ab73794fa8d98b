/*
 * role.y - the Lemon grammar of .role files.
 *
 * The grammar checks syntax only and builds the tree of ast.h through the
 * parse_* helpers of parse.c; all meaning (ranges, names, totals) is
 * checked later, in check.c, where the message can say more than
 * "syntax error".  Lists are left-recursive so that a long list never
 * deepens the parser stack.
 *
 * Coupled tables: the %token list, the keyword rules of src/scanner.re and
 * lexer_token_name in src/parse.c.
 */
%name RoleParse
%token_prefix TK_
%token_type {struct token}
%extra_argument {struct parse_ctx *ctx}
%start_symbol file

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "parse_ctx.h"
}

%syntax_error {
	parse_syntax_error(ctx, yymajor, &yyminor);
}

%stack_overflow {
	parse_stack_overflow(ctx);
}

%code {
/* After an error, Lemon stays silent until three tokens have been
 * shifted.  A new statement is a fresh start: the driver calls this
 * before one, so that a mistake in the next statement is reported too. */
void RoleParseResetErrors(void *p)
{
	((yyParser *)p)->yyerrcnt = -1;
}
}

/* Keywords first, so that TK_ROLE..TK_EXPECT is one range. */
%token ROLE ID LEVEL FAMILY AKA ASSESSED SUMMARY NOTE TASK BECAUSE
       EVIDENCE BARRIERS PROTECTIVE GROWTH OVERRIDE PEER TRANSITION EXPECT.
%token IDENT NUMBER PERCENT DATE STRING TEXT LBRACE RBRACE COMMA.

/* A keyword is an identifier wherever the grammar has no use for it as
 * a keyword: a role may be called 'task'. */
%fallback IDENT ROLE ID LEVEL FAMILY AKA ASSESSED SUMMARY NOTE TASK BECAUSE
       EVIDENCE BARRIERS PROTECTIVE GROWTH OVERRIDE PEER TRANSITION EXPECT.

%type because {struct ast_str *}
%type text {struct token}
%type entries {struct ast_entry *}
%type aka_list {struct ast_list *}

/* Error recovery: Lemon can only resume where 'error' can be shifted
 * without first reducing an empty rule, so no list here is empty: an
 * empty role or block has rules of its own. */
file ::= .
file ::= roles.

roles ::= role.
roles ::= roles role.
roles ::= error.
roles ::= roles error.

role ::= role_head LBRACE RBRACE(R).		{ parse_role_end(ctx, &R); }
role ::= role_head LBRACE stmts RBRACE(R).	{ parse_role_end(ctx, &R); }

role_head ::= ROLE(K) STRING(T).
	{ parse_role_begin(ctx, &K, &T); }

stmts ::= stmt.
stmts ::= stmts stmt.
stmts ::= error.
stmts ::= stmts error.

text(A) ::= STRING(S).	{ A = S; }
text(A) ::= TEXT(S).	{ A = S; }

because(A) ::= .			{ A = NULL; }
because(A) ::= BECAUSE text(S).		{ A = parse_str(ctx, &S); }

stmt ::= ID(K) IDENT(N).		{ parse_name(ctx, AST_ID, &K, &N); }
stmt ::= LEVEL(K) IDENT(N).		{ parse_name(ctx, AST_LEVEL, &K, &N); }
stmt ::= FAMILY(K) STRING(S).		{ parse_text(ctx, AST_FAMILY, &K, &S); }
stmt ::= SUMMARY(K) text(S).
	{ parse_text(ctx, AST_SUMMARY, &K, &S); }
stmt ::= ASSESSED(K) DATE(D).		{ parse_date(ctx, &K, &D); }
stmt ::= TRANSITION(K) IDENT(N).
	{ parse_name(ctx, AST_TRANSITION, &K, &N); }
stmt ::= AKA(K) aka_list(L).		{ parse_aka(ctx, &K, L); }
stmt ::= NOTE(K) STRING(H) text(T).	{ parse_note(ctx, &K, &H, &T); }

aka_list(A) ::= STRING(S).		{ A = parse_list(ctx, NULL, &S); }
aka_list(A) ::= aka_list(L) COMMA STRING(S).
					{ A = parse_list(ctx, L, &S); }

stmt ::= TASK(K) PERCENT(P) NUMBER(S) IDENT(G) STRING(N) because(B).
	{ parse_task(ctx, &K, &P, &S, &G, &N, B); }

stmt ::= block_kw(K) LBRACE RBRACE(R).
	{ parse_block(ctx, &K, NULL, &R); }
stmt ::= block_kw(K) LBRACE entries(E) RBRACE(R).
	{ parse_block(ctx, &K, E, &R); }

%type block_kw {struct token}
block_kw(A) ::= EVIDENCE(K).	{ A = K; }
block_kw(A) ::= BARRIERS(K).	{ A = K; }
block_kw(A) ::= PROTECTIVE(K).	{ A = K; }

entries(A) ::= entry(E).		{ A = E; }
entries(A) ::= entries(L) entry(E).	{ A = parse_entries(L, E); }
entries(A) ::= error.			{ A = NULL; }
entries(A) ::= entries(L) error.	{ A = L; }

%type entry {struct ast_entry *}
entry(A) ::= IDENT(N) NUMBER(V) because(B).
	{ A = parse_entry(ctx, &N, &V, B); }

stmt ::= GROWTH(K) NUMBER(V) because(B).
	{ parse_growth(ctx, &K, &V, B); }

stmt ::= OVERRIDE(K) IDENT(W) because(B).
	{ parse_override(ctx, &K, &W, NULL, NULL, B); }
stmt ::= OVERRIDE(K) IDENT(W) NUMBER(V) because(B).
	{ parse_override(ctx, &K, &W, NULL, &V, B); }
stmt ::= OVERRIDE(K) IDENT(W) IDENT(X) because(B).
	{ parse_override(ctx, &K, &W, &X, NULL, B); }

stmt ::= PEER(K) IDENT(N).		{ parse_peer(ctx, &K, &N, NULL); }
stmt ::= PEER(K) IDENT(N) NUMBER(V).	{ parse_peer(ctx, &K, &N, &V); }

stmt ::= EXPECT(K) NUMBER(V).
	{ parse_expect(ctx, &K, &V, NULL, NULL); }
stmt ::= EXPECT(K) NUMBER(V) IDENT(Z).	{ parse_expect(ctx, &K, &V, &Z, NULL); }
stmt ::= EXPECT(K) NUMBER(V) IDENT(Z) IDENT(L).
	{ parse_expect(ctx, &K, &V, &Z, &L); }
