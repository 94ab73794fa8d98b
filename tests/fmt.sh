#!/bin/sh
# The formatter's properties over every .role file of the repository and
# over generated roles: formatting twice equals formatting once, every
# comment survives, and a valid file compiles to the same JSON (less its
# source line numbers) before and after.  Then the modes: --check, -l,
# -d, and -w (atomic, mode kept, files that do not parse left alone).
set -u
rolec=${1:-build/rolec}
py=${2:-/usr/bin/python3}
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { echo "fmt: $*"; fail=$((fail + 1)); }

# The JSON of a file, without "source" (its path and line move).
results() {
	"$rolec" build -f json "$1" 2>/dev/null | "$py" -c '
import json, sys
d = json.load(sys.stdin)
for r in d["roles"]:
    del r["source"]
print(json.dumps(d, sort_keys=True))'
}

mkdir "$tmp/gen"
"$py" tests/oracle/ties.py --emit "$tmp/gen" 40 >/dev/null
n=0
for f in examples/*.role tests/errors/*.role tests/fuzz/corpus/*.role \
	"$tmp"/gen/*.role; do
	"$rolec" fmt "$f" >"$tmp/once.role" 2>/dev/null || continue
	n=$((n + 1))
	"$rolec" fmt "$tmp/once.role" >"$tmp/twice.role" 2>/dev/null
	cmp -s "$tmp/once.role" "$tmp/twice.role" && ok ||
		bad "$f: formatting twice differs from once"
	"$py" tests/fmt_comments.py "$f" >"$tmp/c1"
	"$py" tests/fmt_comments.py "$tmp/once.role" >"$tmp/c2"
	cmp -s "$tmp/c1" "$tmp/c2" && ok || bad "$f: comments changed"
	if "$rolec" check -w "$f" 2>/dev/null; then
		[ "$(results "$f")" = "$(results "$tmp/once.role")" ] && ok ||
			bad "$f: formatting changed the compiled JSON"
	fi
done
[ "$n" -gt 60 ] && ok || bad "only $n files formatted"

# --check: a canonical file passes, a reindented one fails and is named.
cp examples/nlp-engineer.role "$tmp/canon.role"
"$rolec" fmt --check "$tmp/canon.role" >"$tmp/out" && ok ||
	bad "--check fails a canonical file"
[ ! -s "$tmp/out" ] && ok || bad "--check listed a canonical file"
sed 's/^    /  /' examples/nlp-engineer.role >"$tmp/indent.role"
"$rolec" fmt --check "$tmp/indent.role" "$tmp/canon.role" >"$tmp/out"
[ $? = 1 ] && ok || bad "--check passes a reindented file"
[ "$(cat "$tmp/out")" = "$tmp/indent.role" ] && ok ||
	bad "--check does not list exactly the reindented file"
"$rolec" fmt -l "$tmp/indent.role" >"$tmp/out"
grep -qx "$tmp/indent.role" "$tmp/out" && ok || bad "-l"
"$rolec" fmt -d "$tmp/indent.role" >"$tmp/out"
grep -q '^@@ ' "$tmp/out" && grep -q '^-  level' "$tmp/out" && ok ||
	bad "-d shows no unified diff"

# -w: rewrites atomically and keeps the mode; leaves canonical files and
# files that do not parse alone, bytes, mode and time.
chmod 640 "$tmp/indent.role"
"$rolec" fmt -w "$tmp/indent.role" && ok || bad "-w failed"
cmp -s "$tmp/indent.role" examples/nlp-engineer.role && ok ||
	bad "-w did not give the canonical layout"
[ "$(stat -c %a "$tmp/indent.role")" = 640 ] && ok || bad "-w lost the mode"
touch -d 2001-01-01 "$tmp/canon.role"
"$rolec" fmt -w "$tmp/canon.role" && ok || bad "-w on a canonical file"
[ "$(stat -c %Y "$tmp/canon.role")" = "$(date -d 2001-01-01 +%s)" ] &&
	ok || bad "-w touched a canonical file"
cp tests/errors/expected-percent.role "$tmp/broken.role"
chmod 604 "$tmp/broken.role"
sum=$(cksum <"$tmp/broken.role")
"$rolec" fmt -w "$tmp/broken.role" 2>"$tmp/err"
[ $? = 1 ] && ok || bad "-w on a syntax error is not exit 1"
grep -q "error: expected a percentage" "$tmp/err" && ok ||
	bad "-w on a syntax error gives no diagnostic"
[ "$(cksum <"$tmp/broken.role")" = "$sum" ] && ok ||
	bad "-w changed a file that does not parse"
[ "$(stat -c %a "$tmp/broken.role")" = 604 ] && ok ||
	bad "-w changed the mode of a file that does not parse"
ls -A "$tmp" | grep -q '^\.' && bad "temporary file left" || ok

echo "fmt: $pass passed, $fail failed"
[ "$fail" = 0 ]
