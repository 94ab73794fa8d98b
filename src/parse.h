/*
 * parse.h - from source text to syntax tree.
 */
#ifndef ROLEC_PARSE_H
#define ROLEC_PARSE_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "source.h"

/* Parse src into file (allocated in arena).  Diagnostics go to diags;
 * returns the number of errors the lexer and parser reported. */
unsigned long parse_file(struct source *src, struct arena *arena,
			 struct diag_sink *diags, struct ast_file *file);

#endif
