#!/bin/sh
# bench/profile.sh - where rolec spends its instructions, on a catalogue
# of N generated roles (default 1,000), with callgrind:
#
#   sh bench/profile.sh build/rolec [N]
#
# Writes bench/out/callgrind.{check,build}.out (BENCH_OUT to change the
# directory) and prints the top functions of each, exclusive cost
# (callgrind_annotate), then the inclusive view of the top of the tree.
# Instruction counts do not depend on the machine's speed, so they are
# the figure to compare between two versions of rolec.

set -eu
rolec=${1:?usage: profile.sh ROLEC [N]}
n=${2:-1000}
case $rolec in
/*) ;;
*) rolec=$(pwd)/$rolec ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
out=${BENCH_OUT:-$here/out}
mkdir -p "$out"
cat=$out/profile-cat-$n
if [ ! -f "$cat/expected.tsv" ]; then
	/usr/bin/python3 "$here/gen.py" "$n" "$cat"
fi
for what in check build; do
	case $what in
	check) set -- check role/ ;;
	build) set -- build -f json role/ ;;
	esac
	(cd "$cat" && valgrind --tool=callgrind \
		--callgrind-out-file="$out/callgrind.$what.out" \
		"$rolec" "$@" > /dev/null 2> "$out/callgrind.$what.log")
	echo "== rolec $* ($n roles): exclusive cost, top functions"
	callgrind_annotate "$out/callgrind.$what.out" 2> /dev/null |
		sed -n '/^Ir/,$p' | head -28
	echo "== rolec $* ($n roles): inclusive cost"
	callgrind_annotate --inclusive=yes "$out/callgrind.$what.out" \
		2> /dev/null | sed -n '/^Ir/,$p' | head -28
done
