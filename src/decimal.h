/*
 * decimal.h - exact rounding and locale-free printing of decimals.
 *
 * The scoring path computes every quantity as an exact fraction of 64-bit
 * integers; only what is printed is rounded, once, from the exact value,
 * half away from zero.  Printing never goes through printf's %f, which
 * rounds binary values and follows LC_NUMERIC.
 */
#ifndef ROLEC_DECIMAL_H
#define ROLEC_DECIMAL_H

#include <stdint.h>

#include "buf.h"

/* num / den rounded to places decimals, half away from zero, as an integer
 * scaled by 10^places.  den > 0; |num| x 10^places must fit in 63 bits,
 * which the callers' ranges guarantee. */
int64_t dec_round(int64_t num, int64_t den, int places);

/* Print scaled / 10^places with exactly places decimals ("2.85", "6.0");
 * with plus, a '+' before positive values. */
void dec_print(struct buf *b, int64_t scaled, int places, int plus);

/* Tenths printed without a needless ".0": 150 -> "15", 125 -> "12.5". */
void dec_print_tenths(struct buf *b, int64_t tenths);

#endif
