/*
 * test_decimal.c - exact rounding, half away from zero, and printing
 * that never goes through printf's %f.
 */
#include "testutil.h"

#include "decimal.h"

/* What dec_print writes for scaled / 10^places into an empty buffer. */
static void check_print(int64_t scaled, int places, int plus,
			const char *want)
{
	struct buf b = BUF_INIT;

	dec_print(&b, scaled, places, plus);
	assert_string_equal(b.data, want);
	buf_release(&b);
}

static void check_tenths(int64_t tenths, const char *want)
{
	struct buf b = BUF_INIT;

	dec_print_tenths(&b, tenths);
	assert_string_equal(b.data, want);
	buf_release(&b);
}

/* The classic binary floating point trap: 2.675 is a tie at 2 places. */
static void test_round_tie_two_places(void **state)
{
	(void)state;
	assert_int_equal(dec_round(2675, 1000, 2), 268);
	assert_int_equal(dec_round(-2675, 1000, 2), -268);
	assert_int_equal(dec_round(2665, 1000, 2), 267);
	assert_int_equal(dec_round(-2665, 1000, 2), -267);
	assert_int_equal(dec_round(1005, 1000, 2), 101);
	assert_int_equal(dec_round(-1005, 1000, 2), -101);
}

static void test_round_tie_one_place(void **state)
{
	(void)state;
	assert_int_equal(dec_round(125, 100, 1), 13);
	assert_int_equal(dec_round(-125, 100, 1), -13);
	assert_int_equal(dec_round(135, 100, 1), 14);
	assert_int_equal(dec_round(-135, 100, 1), -14);
	assert_int_equal(dec_round(757, 20, 1), 379);	/* 37.85 */
	assert_int_equal(dec_round(-757, 20, 1), -379);
	assert_int_equal(dec_round(5, 100, 1), 1);	/* 0.05 */
	assert_int_equal(dec_round(-5, 100, 1), -1);
}

static void test_round_tie_four_places(void **state)
{
	(void)state;
	assert_int_equal(dec_round(377855, 100000, 4), 37786);
	assert_int_equal(dec_round(-377855, 100000, 4), -37786);
	assert_int_equal(dec_round(377845, 100000, 4), 37785);
	assert_int_equal(dec_round(-377845, 100000, 4), -37785);
	assert_int_equal(dec_round(5, 100000, 4), 1);
	assert_int_equal(dec_round(-5, 100000, 4), -1);
}

static void test_round_zero_places(void **state)
{
	(void)state;
	assert_int_equal(dec_round(1, 2, 0), 1);
	assert_int_equal(dec_round(-1, 2, 0), -1);
	assert_int_equal(dec_round(5, 2, 0), 3);
	assert_int_equal(dec_round(-5, 2, 0), -3);
	assert_int_equal(dec_round(7, 2, 0), 4);
	assert_int_equal(dec_round(49, 100, 0), 0);
	assert_int_equal(dec_round(-49, 100, 0), 0);
}

/* Not ties: the nearest value, on either side of the half. */
static void test_round_nearest(void **state)
{
	(void)state;
	assert_int_equal(dec_round(1, 3, 2), 33);
	assert_int_equal(dec_round(-1, 3, 2), -33);
	assert_int_equal(dec_round(2, 3, 2), 67);
	assert_int_equal(dec_round(-2, 3, 2), -67);
	assert_int_equal(dec_round(1, 3, 4), 3333);
	assert_int_equal(dec_round(2, 3, 4), 6667);
	assert_int_equal(dec_round(1, 3, 1), 3);
	assert_int_equal(dec_round(2674999, 1000000, 2), 267);
	assert_int_equal(dec_round(-2674999, 1000000, 2), -267);
	assert_int_equal(dec_round(2675001, 1000000, 2), 268);
	assert_int_equal(dec_round(4, 100, 1), 0);
	assert_int_equal(dec_round(-4, 100, 1), 0);
	assert_int_equal(dec_round(0, 7, 4), 0);
}

/* Exact values stay exact; the reference role's AIJRI is 40.8. */
static void test_round_exact(void **state)
{
	(void)state;
	assert_int_equal(dec_round(37785, 10000, 4), 37785);
	assert_int_equal(dec_round(285, 100, 2), 285);
	assert_int_equal(dec_round(-6, 1, 1), -60);
	assert_int_equal(dec_round(377850000 - 54000000, 7930000, 1), 408);
}

static void test_print_places(void **state)
{
	(void)state;
	check_print(40, 0, 0, "40");
	check_print(0, 0, 0, "0");
	check_print(60, 1, 0, "6.0");
	check_print(408, 1, 0, "40.8");
	check_print(0, 1, 0, "0.0");
	check_print(285, 2, 0, "2.85");
	check_print(30, 2, 0, "0.30");
	check_print(7, 2, 0, "0.07");
	check_print(37785, 4, 0, "3.7785");
	check_print(5, 4, 0, "0.0005");
	check_print(1000000, 4, 0, "100.0000");
}

static void test_print_negative(void **state)
{
	(void)state;
	check_print(-3, 0, 0, "-3");
	check_print(-274, 1, 0, "-27.4");
	check_print(-5, 2, 0, "-0.05");
	check_print(-1, 4, 0, "-0.0001");
	check_print(INT64_MIN, 0, 0, "-9223372036854775808");
	check_print(INT64_MAX, 2, 0, "92233720368547758.07");
}

static void test_print_plus(void **state)
{
	(void)state;
	check_print(274, 1, 1, "+27.4");
	check_print(1, 0, 1, "+1");
	check_print(-274, 1, 1, "-27.4");
	check_print(0, 1, 1, "0.0");
	check_print(0, 0, 1, "0");
}

/* dec_print appends to what the buffer holds. */
static void test_print_appends(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	buf_adds(&b, "raw ");
	dec_print(&b, 37785, 4, 0);
	buf_adds(&b, ", gain ");
	dec_print(&b, 274, 1, 1);
	assert_string_equal(b.data, "raw 3.7785, gain +27.4");
	assert_int_equal(b.len, strlen("raw 3.7785, gain +27.4"));
	buf_release(&b);
}

static void test_print_tenths(void **state)
{
	(void)state;
	check_tenths(150, "15");
	check_tenths(125, "12.5");
	check_tenths(0, "0");
	check_tenths(1000, "100");
	check_tenths(5, "0.5");
	check_tenths(1, "0.1");
	check_tenths(-25, "-2.5");
	check_tenths(-20, "-2");
	check_tenths(-5, "-0.5");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_tie_two_places),
		cmocka_unit_test(test_round_tie_one_place),
		cmocka_unit_test(test_round_tie_four_places),
		cmocka_unit_test(test_round_zero_places),
		cmocka_unit_test(test_round_nearest),
		cmocka_unit_test(test_round_exact),
		cmocka_unit_test(test_print_places),
		cmocka_unit_test(test_print_negative),
		cmocka_unit_test(test_print_plus),
		cmocka_unit_test(test_print_appends),
		cmocka_unit_test(test_print_tenths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
