#!/bin/sh
# Golden tests: compile inputs and compare every byte of the output with
# the expected file, caret lines included.
#
#   tests/errors/NAME.role   a wrong (or suspicious) file
#   tests/errors/NAME.err    what 'rolec check' prints for it, then
#                            "exit: N"
#   tests/golden/examples.*  the examples/ catalogue as text, JSON, CSV
#
# UPDATE=1 rewrites the expected files instead (review the diff!).
set -u
rolec=${1:-build/rolec}
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

compare() {	# name expected actual
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$3" "$2"
	elif cmp -s "$2" "$3"; then
		pass=$((pass + 1))
		return
	else
		echo "golden: $1 differs:"
		diff -u "$2" "$3" | head -40
		fail=$((fail + 1))
	fi
}

for src in tests/errors/*.role; do
	name=${src%.role}
	"$rolec" check --color=never "$src" >/dev/null 2>"$tmp/err"
	echo "exit: $?" >>"$tmp/err"
	compare "$src" "$name.err" "$tmp/err"
done

run_example() {	# suffix, then rolec build options
	suffix=$1
	shift
	"$rolec" build "$@" examples >"$tmp/out" 2>"$tmp/err" ||
		{ echo "golden: examples ($suffix) failed"; cat "$tmp/err"; }
	if [ -s "$tmp/err" ]; then
		echo "golden: examples ($suffix) printed diagnostics:"
		cat "$tmp/err"
		fail=$((fail + 1))
	fi
	compare "examples.$suffix" "tests/golden/examples.$suffix" "$tmp/out"
}

run_example txt
run_example json -f json
run_example csv -f csv
run_example tasks.csv -f csv --csv=tasks

echo "golden: $pass passed, $fail failed"
[ "$fail" = 0 ]
