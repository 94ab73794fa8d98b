/*
 * emit.h - the reports: text for people, JSON and CSV for programs.
 *
 * Each emitter writes a whole catalogue into a buffer; the caller writes
 * the buffer out only when the run had no error.  outputs.md fixes the
 * JSON members and CSV columns: renaming one is a breaking change.
 */
#ifndef ROLEC_EMIT_H
#define ROLEC_EMIT_H

#include "buf.h"
#include "catalogue.h"

enum emit_csv_kind { EMIT_CSV_ROLES, EMIT_CSV_TASKS };

void emit_text(struct buf *b, const struct catalogue *cat);
void emit_json(struct buf *b, const struct catalogue *cat);
void emit_csv(struct buf *b, const struct catalogue *cat,
	      enum emit_csv_kind kind);

/* A transition's gain, in tenths: the difference of printed scores. */
int32_t emit_gain(const struct model_role *m, const struct model_ref *r);

#endif
