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

# Standard input: printed, listed and diffed as <stdin>; never rewritten,
# and a -w naming it rewrites nothing at all.
sed 's/^    /  /' examples/nlp-engineer.role >"$tmp/indent.role"
cp "$tmp/indent.role" "$tmp/indent.orig"
"$rolec" fmt - <"$tmp/indent.role" >"$tmp/out" && ok || bad "fmt - failed"
cmp -s "$tmp/out" examples/nlp-engineer.role && ok ||
	bad "fmt - is not the canonical layout"
"$rolec" fmt -l - <"$tmp/indent.role" >"$tmp/out" && ok || bad "fmt -l -"
[ "$(cat "$tmp/out")" = "<stdin>" ] && ok || bad "fmt -l - is not <stdin>"
"$rolec" fmt --check - <examples/nlp-engineer.role >"$tmp/out" && ok ||
	bad "fmt --check - fails a canonical input"
[ ! -s "$tmp/out" ] && ok || bad "fmt --check - listed a canonical input"
"$rolec" fmt -d - <"$tmp/indent.role" >"$tmp/out" && ok || bad "fmt -d -"
[ "$(head -2 "$tmp/out")" = "--- <stdin>
+++ <stdin> (formatted)" ] && ok || bad "fmt -d - labels"
"$rolec" fmt -w "$tmp/indent.role" - <"$tmp/indent.role" >"$tmp/out" \
	2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt -w - is not exit 2"
[ "$(cat "$tmp/err")" = "rolec: cannot rewrite '-'
Try 'rolec --help' for more information." ] && ok ||
	bad "fmt -w - message"
cmp -s "$tmp/indent.role" "$tmp/indent.orig" && ok ||
	bad "fmt -w - rewrote the other file"

# A directory: every *.role below it, in bytewise order of path; files
# that are already canonical are not listed.
mkdir -p "$tmp/dir/b" "$tmp/dir/.skip"
cp "$tmp/indent.role" "$tmp/dir/z.role"
cp "$tmp/indent.role" "$tmp/dir/b/a.role"
cp "$tmp/indent.role" "$tmp/dir/.skip/a.role"
cp "$tmp/indent.role" "$tmp/dir/a.role.txt"
cp examples/nlp-engineer.role "$tmp/dir/a.role"
"$rolec" fmt -l "$tmp/dir" >"$tmp/out" && ok || bad "fmt -l DIR failed"
[ "$(cat "$tmp/out")" = "$tmp/dir/b/a.role
$tmp/dir/z.role" ] && ok || bad "fmt -l DIR lists the wrong files"
"$rolec" fmt "$tmp/dir" >"$tmp/out" && ok || bad "fmt DIR failed"
cat examples/nlp-engineer.role examples/nlp-engineer.role \
	examples/nlp-engineer.role | cmp -s - "$tmp/out" && ok ||
	bad "fmt DIR does not print each file, canonical, once"

# Files that cannot be read: named, exit 2, the others still done.
"$rolec" fmt -l "$tmp/none.role" "$tmp/indent.role" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt on a missing file is not exit 2"
[ "$(cat "$tmp/err")" = "rolec: error: cannot read '$tmp/none.role': No \
such file or directory" ] && ok || bad "fmt on a missing file: message"
[ "$(cat "$tmp/out")" = "$tmp/indent.role" ] && ok ||
	bad "fmt stopped at a missing file"
"$rolec" fmt /proc/self/mem >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt on an unreadable file is not exit 2"
grep -q "^rolec: error: cannot read '/proc/self/mem': " "$tmp/err" && ok ||
	bad "fmt on an unreadable file: message"
truncate -s 17M "$tmp/big.role" 2>/dev/null ||
	dd if=/dev/zero of="$tmp/big.role" bs=1M count=17 2>/dev/null
"$rolec" fmt "$tmp/big.role" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt on a file over 16 MiB is not exit 2"
[ "$(cat "$tmp/err")" = "rolec: error: cannot read '$tmp/big.role': file \
too large" ] && ok || bad "fmt on a file over 16 MiB: message"
rm "$tmp/big.role"
# A tree nested deeper than the limit is E901, and E901 is exit 2.
d=$tmp/deep
for i in $(seq 1 66); do d=$d/d; done
mkdir -p "$d"
cp "$tmp/indent.role" "$d/a.role"
"$rolec" fmt -l "$tmp/deep" >"$tmp/out" 2>"$tmp/err"
st=$?
grep -q "error: directories nested more than 64 deep \[E901\]$" \
	"$tmp/err" && ok || bad "fmt on a tree too deep: no E901"
[ $st = 2 ] && ok || bad "fmt on a tree too deep is exit $st, not 2"
rm -r "$tmp/deep"

# A file that does not parse prints nothing, exit 1.
"$rolec" fmt tests/errors/expected-percent.role >"$tmp/out" 2>/dev/null
[ $? = 1 ] && ok || bad "fmt on a syntax error is not exit 1"
[ ! -s "$tmp/out" ] && ok || bad "fmt printed a file that does not parse"
# An empty file and a comment alone are canonical as they are.
: >"$tmp/empty.role"
printf '# only a comment\n' >"$tmp/comment.role"
"$rolec" fmt --check "$tmp/empty.role" "$tmp/comment.role" >"$tmp/out" \
	2>"$tmp/err" && ok || bad "an empty file is not canonical"
[ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ] && ok ||
	bad "an empty file listed or warned about"

# -d: nothing for a canonical file; exit 2 when diff cannot be run (no
# temporary directory, no diff on the PATH); an empty TMPDIR is /tmp.
"$rolec" fmt -d examples/nlp-engineer.role >"$tmp/out" && ok ||
	bad "fmt -d on a canonical file failed"
[ ! -s "$tmp/out" ] && ok || bad "fmt -d printed a canonical file"
TMPDIR= "$rolec" fmt -d "$tmp/indent.role" >"$tmp/out" && ok ||
	bad "fmt -d with an empty TMPDIR"
grep -q '^-  level' "$tmp/out" && ok || bad "fmt -d with an empty TMPDIR"
TMPDIR="$tmp/none" "$rolec" fmt -d "$tmp/indent.role" >"$tmp/out" \
	2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt -d without a temporary directory: not exit 2"
[ "$(cat "$tmp/err")" = "rolec: error: cannot run diff for \
'$tmp/indent.role'" ] && ok || bad "fmt -d without TMPDIR: message"
PATH="$tmp/none" "$rolec" fmt -d "$tmp/indent.role" >"$tmp/out" \
	2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt -d without diff: not exit 2"
grep -q "^rolec: error: cannot run diff for '$tmp/indent.role'$" \
	"$tmp/err" && ok || bad "fmt -d without diff: message"
mkdir "$tmp/tmpdir"
TMPDIR="$tmp/tmpdir" "$rolec" fmt -d "$tmp/indent.role" >"$tmp/out" &&
	grep -q '^+    level' "$tmp/out" && ok || bad "fmt -d with a TMPDIR"
[ -z "$(ls -A "$tmp/tmpdir")" ] && ok || bad "fmt -d left a temporary file"

# -w where no temporary file can be made beside the file (its name is
# too long for one): exit 2, named, the file as it was.
long=$tmp/$(printf '%0245d' 0).role
cp "$tmp/indent.role" "$long"
"$rolec" fmt -w "$long" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "-w that cannot write is not exit 2"
[ "$(cat "$tmp/err")" = "rolec: error: cannot write '$long': File name \
too long" ] && ok || bad "-w that cannot write: message"
cmp -s "$long" "$tmp/indent.role" && ok || bad "-w changed a file it failed"
rm "$long"

# Standard output that cannot be written; options that do not exist.
if [ -w /dev/full ]; then
	"$rolec" fmt "$tmp/indent.role" >/dev/full 2>"$tmp/err"
	[ $? = 2 ] && ok || bad "fmt on a full disk is not exit 2"
	grep -q "^rolec: error: cannot write standard output: No space" \
		"$tmp/err" && ok || bad "fmt on a full disk: message"
fi
"$rolec" fmt --bogus "$tmp/indent.role" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt --bogus is not exit 2"
grep -qx "rolec: unrecognized option '--bogus'" "$tmp/err" && ok ||
	bad "fmt --bogus: message"
"$rolec" fmt -l >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] && ok || bad "fmt without a path is not exit 2"
grep -qx "rolec: no PATH given to 'fmt'" "$tmp/err" && ok ||
	bad "fmt without a path: message"
ls -A "$tmp" | grep -q '^\.' && bad "temporary file left" || ok

echo "fmt: $pass passed, $fail failed"
[ "$fail" = 0 ]
