/*
 * ast.h - the syntax tree of a .role file.
 *
 * The parser builds it in the file's arena and checks nothing but syntax:
 * every value keeps its place in the source, so that the checker can point
 * at it.  check.c turns a role's statements into a struct model_role.
 */
#ifndef ROLEC_AST_H
#define ROLEC_AST_H

#include <stddef.h>
#include <stdint.h>

/* A number as written: value = sign * mant / 10^scale. */
struct ast_num {
	int64_t mant;
	uint8_t scale;		/* digits after the point */
	int8_t sign;		/* 0 unsigned, +1 or -1 written */
	uint8_t percent;	/* written with % */
	uint8_t bad;		/* already reported by the lexer */
	uint32_t start, end;
};

/* A string or text block, decoded; or an identifier, as written. */
struct ast_str {
	const char *s;		/* NUL-terminated, in the arena */
	uint32_t len;
	uint32_t start, end;
	uint8_t bad;		/* already reported by the lexer */
};

struct ast_date {
	int year, month, day;
	uint32_t start, end;
	uint8_t bad;
};

struct ast_list {
	struct ast_str str;
	struct ast_list *next;
};

/* An entry of an evidence, barriers or protective block. */
struct ast_entry {
	struct ast_str name;
	struct ast_num value;
	struct ast_str *because;
	struct ast_entry *next;
};

enum ast_kind {
	AST_ID, AST_LEVEL, AST_FAMILY, AST_AKA, AST_ASSESSED, AST_SUMMARY,
	AST_NOTE, AST_TASK, AST_EVIDENCE, AST_BARRIERS, AST_PROTECTIVE,
	AST_GROWTH, AST_OVERRIDE, AST_PEER, AST_TRANSITION, AST_EXPECT,
	AST_KIND_COUNT
};

struct ast_stmt {
	enum ast_kind kind;
	uint32_t start, end;	/* the statement's keyword */
	struct ast_stmt *next;
	union {
		struct ast_str name;	/* id, level, transition */
		struct ast_str text;	/* family, summary */
		struct ast_list *aka;
		struct ast_date date;
		struct {
			struct ast_str heading, text;
		} note;
		struct {
			struct ast_num share, score;
			struct ast_str tag, name;
			struct ast_str *because;
		} task;
		struct {
			struct ast_entry *entries;
			uint32_t rbrace;
		} block;
		struct {
			struct ast_num value;
			struct ast_str *because;
		} growth;
		struct {
			struct ast_str kind;	/* none, score, zone, label */
			struct ast_str word;	/* zone or label given */
			struct ast_num value;	/* score given */
			int has_word, has_value;
			struct ast_str *because;
		} override;
		struct {
			struct ast_str id;
			struct ast_num score;
			int has_score;
		} peer;
		struct {
			struct ast_num score;
			struct ast_str zone, label;
			int has_zone, has_label;
		} expect;
	} u;
};

struct ast_role {
	struct ast_str title;
	uint32_t start;		/* the 'role' keyword */
	uint32_t rbrace;	/* the closing brace */
	int broken;		/* syntax error inside: no whole-role checks */
	struct ast_stmt *stmts, **tail;
	struct ast_role *next;
};

struct ast_file {
	struct ast_role *roles, **tail;
	unsigned nroles;
};

extern const char *const ast_kind_keyword[AST_KIND_COUNT];

#endif
