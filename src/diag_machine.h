/*
 * diag_machine.h - diagnostics for programs: JSON, SARIF 2.1.0 and GitHub
 * workflow commands.  Internal to the diag module.
 */
#ifndef ROLEC_DIAG_MACHINE_H
#define ROLEC_DIAG_MACHINE_H

#include "buf.h"
#include "diag.h"

void diag_free_one(struct diag *d);
void diag_text_write(struct buf *b, const struct diag *d, int color);

/* One workflow command line per diagnostic, notes folded in. */
void diag_github_write(struct buf *b, const struct diag *d);

/* JSON and SARIF: results gather in s->machine, the document is written
 * whole by diag_machine_finish. */
void diag_machine_add(struct diag_sink *s, const struct diag *d);
void diag_machine_finish(struct diag_sink *s);

#endif
