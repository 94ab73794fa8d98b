/*
 * diff.h - two catalogues compared role by role (rolec diff OLD NEW).
 *
 * Roles are matched by id.  A role is changed when its result (score,
 * zone, label) or any input moved: tasks, the rated dimensions, growth,
 * overrides, title, level or any text.
 */
#ifndef ROLEC_DIFF_H
#define ROLEC_DIFF_H

#include "buf.h"
#include "catalogue.h"

void diff_text(struct buf *out, const struct catalogue *old,
	       const struct catalogue *new);
void diff_json(struct buf *out, const struct catalogue *old,
	       const struct catalogue *new);

#endif
