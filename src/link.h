/*
 * link.h - the catalogue as a whole: unique ids, and the peers and
 * transitions resolved to the roles they name.
 */
#ifndef ROLEC_LINK_H
#define ROLEC_LINK_H

#include "catalogue.h"
#include "diag.h"

/* Check id uniqueness, resolve every reference (an error when the
 * catalogue is complete, else a -Wunresolved warning), and compare quoted
 * peer scores and transition zones.  Returns 0 on an error. */
int link_catalogue(struct catalogue *cat, struct diag_sink *diags);

#endif
