/*
 * fmt.h - the canonical layout of a .role file (rolec fmt).
 *
 * The formatter works on the token stream of a file that parses, with its
 * comments: statements keep their order and every comment stays next to
 * what it was next to.  The layout is described in docs/format.md.
 */
#ifndef ROLEC_FMT_H
#define ROLEC_FMT_H

#include "buf.h"
#include "diag.h"
#include "source.h"

/* Format src into out.  A file with a lexical or syntax error is not
 * formatted: the errors go to diags and the result is -1. */
int fmt_source(struct source *src, struct diag_sink *diags, struct buf *out);

#endif
