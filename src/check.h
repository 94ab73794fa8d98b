/*
 * check.h - every rule of language.md on one role: from syntax tree to a
 * checked model_role.
 */
#ifndef ROLEC_CHECK_H
#define ROLEC_CHECK_H

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "model.h"

/* Check role (parsed from src) and build its model in out.  Diagnostics
 * go to diags.  A role with errors comes back marked invalid: it is not
 * scored, but its id still resolves references to it, so that one
 * mistake is not reported again at every role that names it. */
struct model_role *check_role(struct source *src, const struct ast_role *role,
			      struct arena *out, struct diag_sink *diags);

/* The default id: the title's slug, '-', the level ("" when none). */
const char *check_default_id(struct arena *out, const char *title,
			     int level);

#endif
