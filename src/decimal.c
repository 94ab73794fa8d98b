/*
 * decimal.c - rounding half away from zero, on integers only.
 */
#include "decimal.h"

static int64_t dec_pow10(int places)
{
	int64_t p = 1;

	while (places-- > 0)
		p *= 10;
	return p;
}

int64_t dec_round(int64_t num, int64_t den, int places)
{
	int64_t n = num * dec_pow10(places);
	int64_t q = n / den, r = n % den;

	/* C division truncates toward zero; a remainder of half the divisor
	 * or more moves the result one step away from zero. */
	if (r < 0)
		r = -r;
	if (2 * r >= den)
		q += n < 0 ? -1 : 1;
	return q;
}

/* The decimal digits of n, most significant first. */
static void dec_print_digits(struct buf *b, uint64_t n)
{
	char d[20];
	int i = sizeof(d);

	do {
		d[--i] = (char)('0' + n % 10);
		n /= 10;
	} while (n);
	buf_add(b, d + i, sizeof(d) - (size_t)i);
}

void dec_print(struct buf *b, int64_t scaled, int places, int plus)
{
	int64_t p = dec_pow10(places);
	uint64_t mag = scaled < 0 ? (uint64_t)0 - (uint64_t)scaled
				  : (uint64_t)scaled;
	char frac[24];
	int i;

	if (scaled < 0)
		buf_addc(b, '-');
	else if (plus && scaled > 0)
		buf_addc(b, '+');
	dec_print_digits(b, mag / (uint64_t)p);
	if (places <= 0)
		return;

	mag %= (uint64_t)p;
	for (i = places - 1; i >= 0; i--) {
		frac[i] = (char)('0' + mag % 10);
		mag /= 10;
	}
	buf_addc(b, '.');
	buf_add(b, frac, (size_t)places);
}

void dec_print_tenths(struct buf *b, int64_t tenths)
{
	dec_print(b, tenths % 10 ? tenths : tenths / 10, tenths % 10 ? 1 : 0,
		  0);
}
