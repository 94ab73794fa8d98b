#!/bin/sh
# The command line as its conventions say: --help, --version, usage
# errors, -W options, colour, the machine diagnostic formats (validated by
# a real JSON Schema validator), the three-mistakes rule in every format,
# catalogues (duplicate ids, references, --catalogue, file order) and diff.
set -u
rolec=${1:-build/rolec}
py=${2:-/usr/bin/python3}
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { echo "cli: $*"; fail=$((fail + 1)); }
# expect_status N description command...
expect_status() {
	want=$1 what=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	got=$?
	[ "$got" = "$want" ] && ok || bad "$what: exit $got, not $want"
}
has() {	# file pattern description
	grep -q -e "$2" "$1" && ok || bad "$3"
}

# --help and --version: standard output, exit 0, wherever they stand.
expect_status 0 "--help" "$rolec" --help
has "$tmp/out" "^Usage: rolec check" "--help prints usage on stdout"
has "$tmp/out" "Report bugs to" "--help ends with where to report bugs"
expect_status 0 "--version" "$rolec" build --version
has "$tmp/out" "^rolec [0-9]" "--version names the program"
[ ! -s "$tmp/err" ] && ok || bad "--version wrote to stderr"
expect_status 2 "bad option" "$rolec" check --bogus examples
has "$tmp/err" "Try 'rolec --help'" "usage error points at --help"
expect_status 2 "no command" "$rolec"
expect_status 2 "unknown command" "$rolec" frobnicate x.role
expect_status 2 "bad --format" "$rolec" build -f yaml examples
expect_status 2 "missing file" "$rolec" check "$tmp/none.role"
has "$tmp/err" "none.role: error: cannot read file" "missing file named"

# Warnings as GCC spells them.
w=tests/errors/warnings.role
expect_status 0 "warnings only" "$rolec" check "$w"
expect_status 1 "-Werror" "$rolec" check -Werror "$w"
has "$tmp/err" "\[-Werror=tag-score\]" "-Werror names the option"
expect_status 1 "-Werror=tag-score" "$rolec" check -Werror=tag-score "$w"
expect_status 0 "-Werror -Wno-error=..." "$rolec" check -Werror \
	-Wno-error=tag-score -Wno-error=duplicate-aka \
	-Wno-error=duplicate-task -Wno-error=unresolved "$w"
expect_status 0 "-w" "$rolec" check -w -Werror "$w"
[ ! -s "$tmp/err" ] && ok || bad "-w left output"
expect_status 0 "-Wno-tag-score" "$rolec" check -Wno-tag-score "$w"
grep -q tag-score "$tmp/err" && bad "-Wno-tag-score still warns" || ok
expect_status 0 "unknown -W" "$rolec" check -Wfrobnicate "$w"
has "$tmp/err" "unknown warning option '-Wfrobnicate'" "unknown -W warns"
expect_status 1 "--max-errors" "$rolec" check --max-errors=1 \
	tests/errors/three-mistakes.role
[ "$(grep -c ': error:' "$tmp/err")" = 1 ] && ok ||
	bad "--max-errors=1 printed more than one error"
has "$tmp/err" "^3 errors generated" "the count still counts all"

# Colour: never by default off a terminal; always on request, even with
# NO_COLOR (an explicit option wins); never with --color=never.
esc=$(printf '\033')
"$rolec" check tests/errors/task-total.role 2>"$tmp/plain"
grep -q "$esc" "$tmp/plain" && bad "colour off a terminal" || ok
NO_COLOR=1 "$rolec" check --color=always tests/errors/task-total.role \
	2>"$tmp/colour"
grep -q "$esc" "$tmp/colour" && ok || bad "--color=always"
sed "s/$esc\[[0-9;]*m//g" "$tmp/colour" | cmp -s - "$tmp/plain" && ok ||
	bad "colour changes the text"

# Machine formats: the same three mistakes, exactly three results each.
three=tests/errors/three-mistakes.role
for f in text json sarif github; do
	"$rolec" check --diagnostics-format=$f "$three" 2>"$tmp/three.$f"
	[ $? = 1 ] && ok || bad "$f: exit status"
done
[ "$(grep -c ': error:' "$tmp/three.text")" = 3 ] && ok ||
	bad "text: not three errors"
[ "$(grep -c '^::error ' "$tmp/three.github")" = 3 ] && ok ||
	bad "github: not three errors"
"$py" tests/check_json.py tests/fixtures/sarif-schema-2.1.0.json \
	"$tmp/three.sarif" >"$tmp/log" 2>&1 && ok ||
	{ bad "SARIF does not validate"; cat "$tmp/log"; }
"$py" tests/check_json.py docs/rolec-diagnostics.schema.json \
	"$tmp/three.json" >"$tmp/log" 2>&1 && ok ||
	{ bad "JSON diagnostics do not validate"; cat "$tmp/log"; }
"$py" - "$tmp/three.json" "$tmp/three.sarif" <<'PY' && ok || bad "counts"
import json, sys
d = json.load(open(sys.argv[1]))
s = json.load(open(sys.argv[2]))
res = s["runs"][0]["results"]
assert len(d["diagnostics"]) == 3 and d["errors"] == 3
assert len(res) == 3
assert s["runs"][0]["columnKind"] == "unicodeCodePoints"
assert all("rolec/v1" in r["partialFingerprints"] for r in res)
assert any("did you mean 'postings'" in n["message"]
           for x in d["diagnostics"] for n in x["notes"])
PY
for f in json sarif github; do
	cmp -s "$tmp/three.$f" "tests/golden/three-mistakes.$f" && ok ||
		{ bad "$f differs from its golden file";
		  diff "tests/golden/three-mistakes.$f" "$tmp/three.$f" |
			head -10; }
done

# A catalogue: duplicate ids, references, gains, --catalogue, file order.
mkdir "$tmp/cat" "$tmp/cat/more"
cp examples/*.role "$tmp/cat/"
"$rolec" build -f json "$tmp/cat" >"$tmp/cat.json" && ok ||
	bad "examples as a catalogue"
has "$tmp/cat.json" '"id": "ml-ai-engineer-mid", "score": 68.2, "gain": 27.4' \
	"the reference role's transition gains 27.4"
mkdir "$tmp/cat/zz"
cp examples/nlp-engineer.role "$tmp/cat/zz/copy.role"
expect_status 1 "duplicate id" "$rolec" check "$tmp/cat"
has "$tmp/err" "zz/copy.role:.*error: role id 'nlp-engineer-mid' is already used" \
	"duplicate id reported at the second"
has "$tmp/err" "nlp-engineer.role:.*note: first used here" \
	"note at the first"
rm -r "$tmp/cat/zz"
sed 's/peer nlp-engineer-mid/peer nlp-enginer-mid/' \
	examples/recommendation-systems-engineer.role >"$tmp/cat/more/typo.role"
sed -i 's/^role "Recommendation Systems Engineer"/role "Typo Engineer"/' \
	"$tmp/cat/more/typo.role"
expect_status 1 "unknown peer in a directory" "$rolec" check "$tmp/cat"
has "$tmp/err" "error: peer 'nlp-enginer-mid' is not a role" \
	"unresolved peer is an error in a directory"
has "$tmp/err" "help: did you mean 'nlp-engineer-mid'?" "nearest id"
expect_status 0 "unknown peer, lone file" "$rolec" check \
	"$tmp/cat/more/typo.role"
has "$tmp/err" "warning: peer 'nlp-enginer-mid'.*\[-Wunresolved\]" \
	"unresolved peer is a warning for a lone file"
expect_status 1 "--catalogue" "$rolec" check --catalogue="$tmp/cat" \
	"$tmp/cat/more/typo.role"
[ "$(grep -c ': error:' "$tmp/err")" = 1 ] && ok ||
	bad "--catalogue reports on the named file only"
rm "$tmp/cat/more/typo.role"
sed 's/peer nlp-engineer-mid 36.3/peer nlp-engineer-mid 35.0/' \
	examples/recommendation-systems-engineer.role \
	>"$tmp/cat/recommendation-systems-engineer.role"
expect_status 0 "quoted peer score" "$rolec" check "$tmp/cat"
has "$tmp/err" "quoted at 35.0 but scores 36.3" "quoted score differs"

# File order independence: the same files created in two orders.
mkdir "$tmp/a" "$tmp/b"
for f in examples/*.role; do cp "$f" "$tmp/a/"; done
for f in $(ls examples/*.role | sort -r); do cp "$f" "$tmp/b/"; done
(cd "$tmp/a" && "$OLDPWD/$rolec" build -f json .) >"$tmp/a.json"
(cd "$tmp/b" && "$OLDPWD/$rolec" build -f json .) >"$tmp/b.json"
cmp -s "$tmp/a.json" "$tmp/b.json" && ok || bad "creation order matters"

# diff: exactly the roles that changed.
rm "$tmp/b/data-entry-clerk.role"
sed 's/tools     -1/tools      0/; s/expect 40.8/expect 42.5/' \
	examples/recommendation-systems-engineer.role \
	>"$tmp/b/recommendation-systems-engineer.role"
sed 's/"Real Estate Agent"/"Estate Agent"/' examples/real-estate-agent.role \
	>"$tmp/b/estate.role"
expect_status 0 "diff" "$rolec" diff -Wno-peer-score "$tmp/a" "$tmp/b"
has "$tmp/out" "^removed  data-entry-clerk-junior" "diff: removed"
has "$tmp/out" "^added    estate-agent-mid" "diff: added"
has "$tmp/out" "^changed  recommendation-systems-engineer-mid  40.8 YELLOW (Urgent) -> 42.5" \
	"diff: changed"
has "$tmp/out" "evidence.tools: -1 -> 0" "diff: the input that moved"
has "$tmp/out" "^1 changed, 1 added, 1 removed, 5 unchanged" "diff: counts"
expect_status 0 "diff -f json" "$rolec" diff -f json -w "$tmp/a" "$tmp/b"
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1]));
assert [r["status"] for r in d["roles"]] == ["removed","added","changed"]' \
	"$tmp/out" && ok || bad "diff -f json"
mkdir "$tmp/wrong"
cp tests/errors/task-total.role "$tmp/wrong/"
expect_status 1 "diff with errors" "$rolec" diff "$tmp/a" "$tmp/wrong"
expect_status 2 "a resource limit" "$rolec" check tests/errors/long-name.role

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
