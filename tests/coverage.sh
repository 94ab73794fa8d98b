#!/bin/sh
# Line and branch coverage of src/ (generated files excluded), from the
# whole test suite run against a build made with --coverage.
#
# usage: tests/coverage.sh BUILD_DIR   (after the suite ran on that build)
set -u
b=${1:-build/cov}
out=$b/gcov
rm -rf "$out"
mkdir -p "$out"
for f in src/*.c; do
	obj=$b/$(basename "${f%.c}").o
	[ -f "${obj%.o}.gcda" ] || continue
	gcov -b -c -t -o "$b" "$f" 2>/dev/null \
		>"$out/$(basename "$f").gcov"
done
# Each .gcov file: lines "        1:  42:" executed, "#####:" not; branch
# lines "branch  N taken M" or "never executed".
awk '
FNR == 1 { file = FILENAME; sub(/.*\//, "", file); sub(/\.gcov$/, "", file) }
/^ *[0-9]+\*?:/ { lines[file]++; hit[file]++ }
/^ *#####:/ { lines[file]++ }
/^branch/ { br[file]++; if ($3 == "taken" && $4 + 0 > 0) tk[file]++ }
END {
	for (f in lines) {
		printf "%-16s lines %5.1f%% of %4d   branches %5.1f%% of %4d\n",
			f, 100 * hit[f] / lines[f], lines[f],
			br[f] ? 100 * tk[f] / br[f] : 100, br[f]
		L += lines[f]; H += hit[f]; B += br[f]; T += tk[f]
	}
	printf "%-16s lines %5.1f%% of %4d   branches %5.1f%% of %4d\n",
		"total", 100 * H / L, L, 100 * T / B, B
}' $(ls "$out"/*.c.gcov | grep -v -e '/scanner\.c\.gcov' -e '/role\.c\.gcov') |
	sort
