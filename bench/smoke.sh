#!/bin/sh
# bench/smoke.sh - a quick, untimed run of the benchmark's checks, for
# `make check`:
#
#   sh bench/smoke.sh build/rolec
#
# 1. Generates 100 roles (bench/gen.py) and checks that the generator's
#    expected.tsv is what the independent oracle (tests/oracle/score.py)
#    computes from the .role files.
# 2. `rolec check` must accept the catalogue (every `expect` line holds)
#    and `rolec build -f json` must print the expected weighted, raw,
#    score, zone and label for every role.
# 3. Generates a dirty catalogue (500 roles, 5 invalid, one of each
#    kind) and `rolec check` must complain about exactly those files.
# 4. For information only, the other contenders' agreement (jq, ajv-cli,
#    python3-jsonschema), each skipped when not installed.  They never
#    fail this script: jq's doubles disagree on rounding ties by design.
#
# Exits 1 on any disagreement of rolec (or of the generator with the
# oracle), 2 if it cannot run.

set -u
rolec=${1:?usage: smoke.sh ROLEC}
case $rolec in
/*) ;;
*) rolec=$(pwd)/$rolec ;;
esac
[ -x "$rolec" ] || { echo "smoke: $rolec is not built" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
oracle=$here/../tests/oracle/score.py
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rolec-smoke.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
fail=0

say() { printf 'smoke: %s\n' "$*"; }
bad() { printf 'smoke: FAIL: %s\n' "$*" >&2; fail=1; }

$py "$here/gen.py" 100 "$tmp/c" || exit 2
$py "$here/gen.py" --dirty 500 "$tmp/d" || exit 2

# 1. the generator agrees with the oracle
if [ -f "$oracle" ]; then
	(cd "$tmp/c" && $py "$oracle" role/*.role) > "$tmp/oracle.tsv" ||
		bad "tests/oracle/score.py rejects the generated catalogue"
	awk -F'\t' 'NR > 1 { print $2 "\t" $4 "\t" $5 "\t" $6 "\t" $7 "\t" $8 }' \
		"$tmp/c/expected.tsv" | sort > "$tmp/a"
	awk -F'\t' '{ print $1 "\t" $2 "\t" $7 "\t" $8 "\t" $9 "\t" $10 }' \
		"$tmp/oracle.tsv" | sort > "$tmp/b"
	if cmp -s "$tmp/a" "$tmp/b"; then
		say "expected.tsv agrees with tests/oracle/score.py (100 roles)"
	else
		bad "expected.tsv differs from tests/oracle/score.py:"
		diff "$tmp/a" "$tmp/b" | head -5 >&2
	fi
fi

# 2. rolec on the clean catalogue
if (cd "$tmp/c" && "$rolec" check role/) 2> "$tmp/check.err"; then
	say "rolec check: exit 0 (every expect line holds)"
else
	bad "rolec check rejects the clean catalogue:"
	head -20 "$tmp/check.err" >&2
fi
if (cd "$tmp/c" && "$rolec" build -f json role/) > "$tmp/rolec.json" \
	2> "$tmp/build.err"; then
	if out=$($py "$here/agree.py" scores "$tmp/c" rolec "$tmp/rolec.json")
	then
		say "$out"
	else
		bad "$out"
	fi
else
	bad "rolec build -f json fails on the clean catalogue:"
	head -20 "$tmp/build.err" >&2
fi

# 3. rolec on the dirty catalogue
(cd "$tmp/d" && "$rolec" check --diagnostics-format=json role/) \
	> /dev/null 2> "$tmp/dirty.err"
rc=$?
if out=$($py "$here/agree.py" flags "$tmp/d" rolec /dev/null \
	"$tmp/dirty.err"); then
	say "$out (exit $rc)"
else
	bad "$out (exit $rc)"
fi
[ "$rc" -eq 1 ] || bad "rolec check exits $rc on the dirty catalogue, not 1"

# 4. the other contenders, for information
if command -v jq > /dev/null 2>&1; then
	(cd "$tmp/c" && jq -c -f "$here/score.jq" json/*.json) \
		> "$tmp/jq.out" 2> "$tmp/jq.err"
	say "(info) $($py "$here/agree.py" scores "$tmp/c" jq "$tmp/jq.out")"
else
	say "(info) jq not installed: skipped"
fi
if $py -c 'import jsonschema' 2> /dev/null; then
	(cd "$tmp/c" && $py "$here/pyvalidate.py" "$here/schema.json" json/) \
		> "$tmp/py.out" 2> "$tmp/py.err"
	say "(info) $($py "$here/agree.py" scores "$tmp/c" py "$tmp/py.out")"
else
	say "(info) python3-jsonschema not installed: skipped"
fi
ajv=$here/node/node_modules/.bin/ajv
if [ -x "$ajv" ]; then
	(cd "$tmp/d" && "$ajv" validate --spec=draft7 --all-errors \
		--errors=line -s "$here/schema.json" -d 'json/*.json') \
		> "$tmp/ajv.out" 2> "$tmp/ajv.err"
	say "(info) $($py "$here/agree.py" flags "$tmp/d" ajv "$tmp/ajv.out" \
		"$tmp/ajv.err")"
else
	say "(info) ajv-cli not installed (npm install --prefix bench/node" \
		"ajv-cli@5): skipped"
fi

[ "$fail" -eq 0 ] && say "ok"
exit "$fail"
