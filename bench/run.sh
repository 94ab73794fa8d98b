#!/bin/sh
# bench/run.sh - the whole benchmark (what `make bench` runs).
#
#   sh bench/run.sh build/rolec
#
# Generates catalogues of 1,000, 10,000 and 30,000 roles (bench/gen.py),
# runs every contender on them one core at a time, checks their results
# against the generator's exact figures, then the dirty catalogue and
# pre-commit latency, and prints the tables (bench/bench.py).  Results go
# to bench/out/results.md and results.json (BENCH_OUT to change that);
# extra options for bench.py can be given in BENCH_ARGS, e.g.
#   BENCH_ARGS='--sizes 1000 --runs 5' sh bench/run.sh build/rolec
# About 10-17 minutes on a 2-core machine, depending on its load.
#
# ajv-cli is installed into bench/node with npm when it is missing and
# npm is there; a contender whose program is missing is skipped.

set -eu
rolec=${1:-build/rolec}
here=$(dirname "$0")
out=${BENCH_OUT:-$here/out}

if [ ! -x "$rolec" ]; then
	echo "bench: $rolec is not built (run make)" >&2
	exit 2
fi
for prog in /usr/bin/python3 /usr/bin/time taskset; do
	if ! command -v "$prog" >/dev/null 2>&1; then
		echo "bench: $prog is needed" >&2
		exit 2
	fi
done
if [ ! -x "$here/node/node_modules/.bin/ajv" ]; then
	if command -v npm >/dev/null 2>&1; then
		npm install --prefix "$here/node" --no-audit --no-fund \
			ajv-cli@5.0.0 >&2 ||
			echo "bench: npm install failed; ajv-cli is skipped" >&2
	else
		echo "bench: npm not found; ajv-cli is skipped" >&2
	fi
fi
# shellcheck disable=SC2086  # BENCH_ARGS is a list of words on purpose
exec /usr/bin/python3 "$here/bench.py" "$rolec" "$out" ${BENCH_ARGS:-}
