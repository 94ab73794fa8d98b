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

# Usage errors: each names the option and its argument, exit 2, nothing
# on standard output.
usage() {	# description expected-message rolec-arguments...
	what=$1 msg=$2
	shift 2
	expect_status 2 "$what" "$rolec" "$@"
	[ ! -s "$tmp/out" ] && ok || bad "$what: wrote to stdout"
	grep -qxF "rolec: $msg" "$tmp/err" && ok ||
		{ bad "$what: not '$msg'"; cat "$tmp/err"; }
}
ex=examples/nlp-engineer.role
usage "--max-errors letters" "invalid number 'abc' for '--max-errors'" \
	check --max-errors=abc "$ex"
usage "--max-errors suffix" "invalid number '5x' for '--max-errors'" \
	check --max-errors=5x "$ex"
usage "--max-errors negative" "invalid number '-1' for '--max-errors'" \
	check --max-errors=-1 "$ex"
usage "--color value" "invalid argument 'bogus' for '--color'" \
	check --color=bogus "$ex"
has "$tmp/err" "^Valid arguments are: 'auto', 'always', 'never'$" \
	"--color lists the valid arguments"
usage "--colour value" "invalid argument 'sometimes' for '--color'" \
	check --colour=sometimes "$ex"
usage "--diagnostics-format value" \
	"invalid argument 'xml' for '--diagnostics-format'" \
	check --diagnostics-format=xml "$ex"
has "$tmp/err" "^Valid arguments are: 'text', 'json', 'sarif', 'github'$" \
	"--diagnostics-format lists the valid arguments"
usage "--csv value" "invalid argument 'cols' for '--csv'" \
	build --csv=cols "$ex"
usage "-o without its argument" "option '-o' needs an argument" build -o
usage "no PATH" "no PATH given" check
usage "no PATH after -W" "no PATH given" check -W "$ex"
for opt in "-f json" "--format=csv" "-o $tmp/x.txt" "--csv=tasks"; do
	usage "check $opt" "'check' writes no report: -f, -o and --csv are \
for 'build'" check $opt "$ex"
done
[ ! -e "$tmp/x.txt" ] && ok || bad "check -o wrote a file"
usage "diff --catalogue" "'diff' compares whole catalogues: --catalogue \
does not apply" diff --catalogue=examples examples examples
usage "diff one path" "'diff' compares two paths: OLD NEW" diff examples
usage "diff three paths" "'diff' compares two paths: OLD NEW" \
	diff examples examples examples
usage "diff -f csv" "'diff' writes text or json" \
	diff -f csv examples examples
# After --, --help is a path, not the option.
expect_status 2 "-- --help" "$rolec" check -- --help
[ ! -s "$tmp/out" ] && ok || bad "-- --help printed the help"
has "$tmp/err" "^--help: error: cannot read file" "-- --help read as a path"
# --help and --version on a full standard output: exit 2.
if [ -w /dev/full ]; then
	"$rolec" --help >/dev/full 2>/dev/null
	[ $? = 2 ] && ok || bad "--help on a full disk is not exit 2"
	"$rolec" check --version >/dev/full 2>/dev/null
	[ $? = 2 ] && ok || bad "--version on a full disk is not exit 2"
fi
# -Werror= and -Wno-error= with no name are unknown options, not errors.
expect_status 0 "-Wno-error=" "$rolec" check -Wno-error= "$ex"
has "$tmp/err" "^rolec: warning: unknown warning option '-Wno-error=' \
\[-Wunknown-warning-option\]$" "-Wno-error= is an unknown option"
expect_status 0 "-Wno-tag-scor" "$rolec" check -Wno-tag-scor \
	-Wno-unresolved "$ex"
has "$tmp/err" "^rolec: help: did you mean '-Wno-tag-score'?$" \
	"a misspelt -Wno- option is suggested with its no-"
has "$tmp/err" "^1 warning generated$" "unknown options are counted"

# Colour on a terminal (through script(1)): on by default, off with
# NO_COLOR set and not empty, or with TERM=dumb or unset; --colour is
# --color.
"$rolec" check --colour=always tests/errors/task-total.role \
	2>"$tmp/colour2"
cmp -s "$tmp/colour" "$tmp/colour2" && ok || bad "--colour=always"
"$rolec" check --colour=never tests/errors/task-total.role 2>"$tmp/never"
cmp -s "$tmp/plain" "$tmp/never" && ok || bad "--colour=never"
NO_COLOR=1 "$rolec" check tests/errors/task-total.role 2>"$tmp/never"
cmp -s "$tmp/plain" "$tmp/never" && ok || bad "NO_COLOR off a terminal"
if command -v script >/dev/null 2>&1 &&
	script -qc true /dev/null >/dev/null 2>&1; then
	tty_check() {	# env-assignments... : stderr of check on a tty
		env "$@" script -qc \
			"'$rolec' check tests/errors/task-total.role" \
			/dev/null </dev/null >"$tmp/tty" 2>&1
	}
	tty_check TERM=xterm NO_COLOR=
	grep -q "$esc\[1;31merror" "$tmp/tty" && ok ||
		bad "no colour on a terminal by default"
	tty_check TERM=xterm NO_COLOR=1
	grep -q "$esc" "$tmp/tty" && bad "colour despite NO_COLOR" || ok
	grep -q "error: task times add up to 95%" "$tmp/tty" && ok ||
		bad "no diagnostic on the terminal"
	tty_check TERM=dumb
	grep -q "$esc" "$tmp/tty" && bad "colour with TERM=dumb" || ok
	tty_check -u TERM
	grep -q "$esc" "$tmp/tty" && bad "colour without TERM" || ok
	env TERM=xterm script -qc "'$rolec' check --diagnostics-format=json \
tests/errors/task-total.role" /dev/null </dev/null >"$tmp/tty" 2>&1
	grep -q "$esc" "$tmp/tty" && bad "colour in JSON diagnostics" || ok
fi

# A warning promoted by -Werror=NAME is an error in every format, and
# --max-errors stops listing warnings too, but counts them.
cat >"$tmp/mix.role" <<'ROLE'
role "T" {
    task 60% 2 disp "A"
    task 35% 2 disp "B"
    evidence { posting 0 companies 0 wages 0 tools 0 experts 0 }
    barriers { regulatory 0 physical 0 union 0 liability 0 cultural 0 }
    protective { embodied 0 interpersonal 0 judgment 0 }
    growth 0
}
ROLE
expect_status 1 "-Werror=tag-score, json" "$rolec" check -Werror=tag-score \
	--diagnostics-format=json "$tmp/mix.role"
"$py" - "$tmp/err" <<'PY' && ok || bad "-Werror=tag-score in JSON"
import json, sys
d = json.load(open(sys.argv[1]))
got = [(x["level"], x["code"], x["option"], x["line"], x["column"],
        x["end_column"], [(n["level"], n["message"], n.get("line"))
                          for n in x["notes"]])
       for x in d["diagnostics"]]
assert got == [
    ("error", "W102", "-Wtag-score", 2, 14, 15, []),
    ("error", "E309", None, 3, 10, 13, [("note", "the tasks start here", 2)]),
    ("error", "W102", "-Wtag-score", 3, 14, 15, []),
    ("error", "E303", None, 4, 16, 23,
     [("help", "did you mean 'postings'?", None)]),
], got
assert d["errors"] == 4 and d["warnings"] == 0
PY
expect_status 1 "-Werror=tag-score, github" "$rolec" check \
	-Werror=tag-score --diagnostics-format=github "$tmp/mix.role"
[ "$(grep -c '^::error .*title=W102::' "$tmp/err")" = 2 ] && ok ||
	bad "github: promoted warnings are not ::error"
has "$tmp/err" "title=E309::task times add up to 95%25, not 100%25%0Anote: \
the tasks start here ($tmp/mix.role:2:5)$" "github: a note folded in"
has "$tmp/err" "title=E303::.*%0Ahelp: did you mean 'postings'?$" \
	"github: a help folded in"
expect_status 1 "-Werror -Wno-error=tag-score, sarif" "$rolec" check \
	-Werror -Wno-error=tag-score --diagnostics-format=sarif \
	"$tmp/mix.role"
"$py" - "$tmp/err" <<'PY' && ok || bad "-Wno-error=tag-score in SARIF"
import json, sys
s = json.load(open(sys.argv[1]))
res = s["runs"][0]["results"]
assert [(r["ruleId"], r["level"]) for r in res] == [
    ("W102", "warning"), ("E309", "error"), ("W102", "warning"),
    ("E303", "error")]
assert res[1]["relatedLocations"][0]["message"]["text"] == \
    "the tasks start here"
assert res[3]["message"]["text"].endswith("\nhelp: did you mean 'postings'?")
assert "relatedLocations" not in res[3]
PY
expect_status 1 "--max-errors=1 with warnings" "$rolec" check \
	--max-errors=1 "$tmp/mix.role"
grep '^[^ ]' "$tmp/err" | sed "s|$tmp/||" >"$tmp/heads"
printf '%s\n' "mix.role:2:14: warning: task tagged 'disp' but scored 2: a \
displaced task is mostly automatable (3 to 5) [-Wtag-score]" \
	"mix.role:3:10: error: task times add up to 95%, not 100% [E309]" \
	"mix.role:2:5: note: the tasks start here" \
	"2 errors, 2 warnings generated" >"$tmp/want"
cmp -s "$tmp/want" "$tmp/heads" && ok ||
	{ bad "--max-errors=1 lists past the first error";
	  diff "$tmp/want" "$tmp/heads"; }
expect_status 1 "--max-errors=1, json" "$rolec" check --max-errors=1 \
	--diagnostics-format=json "$tmp/mix.role"
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1]));
assert [x["code"] for x in d["diagnostics"]] == ["W102", "E309"], d
assert (d["errors"], d["warnings"]) == (2, 2)' "$tmp/err" && ok ||
	bad "--max-errors=1 in JSON"

# Walking a directory: only *.role files, hidden entries skipped, links
# followed, a link back into the walk, a dangling link and a file reached
# twice each harmless; a directory named like a role file is walked.
mkrole() {	# file title [task-score-and-tag]
	{
		printf 'role "%s" {\n    task 100%% %s "A"\n' "$2" "${3:-3 aug}"
		printf '    evidence { postings 0 companies 0 wages 0 tools 0 '
		printf 'experts 0 }\n    barriers { regulatory 0 physical 0 '
		printf 'union 0 liability 0 cultural 0 }\n    protective { '
		printf 'embodied 0 interpersonal 0 judgment 0 }\n'
		printf '    growth 0\n}\n'
	} >"$1"
}
w=$tmp/walk
mkdir -p "$w/sub" "$w/.hidden" "$w/x.role"
mkrole "$w/a.role" A
mkrole "$w/sub/b.role" B
mkrole "$w/x.role/c.role" C
mkrole "$w/.hidden/h.role" Hidden
mkrole "$w/.dot.role" Dot
mkrole "$w/notes.txt" Notes
mkrole "$w/role" Bare
mkrole "$w/a.role.bak" Backup
ln -s .. "$w/sub/loop"
ln -s ../sub "$w/sub/self"
ln -s nowhere.role "$w/dead.role"
ln -s a.role "$w/link.role"
ln -s sub "$w/sub-link"
expect_status 0 "a directory with odd entries" "$rolec" build --csv=roles \
	-f csv "$w/"
[ ! -s "$tmp/err" ] && ok || bad "walking a directory: diagnostics"
cut -d, -f1 "$tmp/out" | tr -d '\r' | tr '\n' ' ' >"$tmp/ids"
[ "$(cat "$tmp/ids")" = "id a b c " ] && ok ||
	bad "walking a directory gives '$(cat "$tmp/ids")', not 'id a b c '"
tr -d '\r' <"$tmp/out" >"$tmp/csv"
has "$tmp/csv" ",$w/x.role/c.role\$" \
	"a directory named x.role is walked, the trailing slash not doubled"

# A file named twice, or by two spellings, is compiled once.
mkrole "$tmp/twice.role" Twice "2 disp"
(cd "$tmp" && "$OLDPWD/$rolec" check twice.role ./twice.role \
	"$tmp/twice.role") >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] && ok || bad "a file named three times"
[ "$(grep -c 'warning: task tagged' "$tmp/err")" = 1 ] && ok ||
	bad "a file named three times is reported more than once"
has "$tmp/err" "^1 warning generated$" "a file named three times: count"

# --catalogue must be a directory that can be read.
expect_status 2 "--catalogue missing" "$rolec" check \
	--catalogue="$tmp/none" "$tmp/walk/a.role"
has "$tmp/err" "^$tmp/none: error: cannot read directory: No such file or \
directory \[E902\]$" "--catalogue missing: the reason"
expect_status 2 "--catalogue a file" "$rolec" check \
	--catalogue="$tmp/walk/a.role" "$tmp/walk/a.role"
grep -qi "^$tmp/walk/a.role: error: cannot read directory: not a directory \
\[E902\]$" "$tmp/err" && ok ||
	{ bad "--catalogue on a file: wrong reason"; cat "$tmp/err"; }
expect_status 2 "--catalogue a file, after a missing one" "$rolec" check \
	"$tmp/none.role" --catalogue="$tmp/walk/a.role"
grep -qi "^$tmp/walk/a.role: error: cannot read directory: not a directory \
\[E902\]$" "$tmp/err" && ok ||
	{ bad "--catalogue on a file after a missing one: wrong reason";
	  cat "$tmp/err"; }

# Duplicate ids with context files: two context roles are not reported;
# a named role that repeats a context id is, at the named one.
mkdir "$tmp/ctx"
mkrole "$tmp/ctx/one.role" Same
mkrole "$tmp/ctx/two.role" Same
mkrole "$tmp/ctx/other.role" Other
mkrole "$tmp/ab.role" Other
mkrole "$tmp/zz.role" Other
expect_status 0 "context duplicates" "$rolec" check --catalogue="$tmp/ctx" \
	"$tmp/walk/a.role"
[ ! -s "$tmp/err" ] && ok || bad "duplicate ids among context files reported"
for f in ab zz; do
	expect_status 1 "a named id used in the context ($f)" "$rolec" check \
		--catalogue="$tmp/ctx" "$tmp/$f.role"
	grep '^[^ ]' "$tmp/err" >"$tmp/heads"
	printf '%s\n' "$tmp/$f.role:1:6: error: role id 'other' is already \
used [E401]" "$tmp/ctx/other.role:1:6: note: first used here" \
		"1 error generated" >"$tmp/want"
	cmp -s "$tmp/want" "$tmp/heads" && ok ||
		{ bad "$f: E401 not at the named file";
		  diff "$tmp/want" "$tmp/heads"; }
done

# References: to a role with errors (no score, no warning about it), from
# a role with errors (no warning about its peers), and to a short id.
cat >"$tmp/refs.role" <<'ROLE'
role "Broken" {
    id broken
    task 90% 3 aug "A"
    peer ok 10.0
    transition ok
    evidence { postings 0 companies 0 wages 0 tools 0 experts 0 }
    barriers { regulatory 0 physical 0 union 0 liability 0 cultural 0 }
    protective { embodied 0 interpersonal 0 judgment 0 }
    growth 0
}
role "Ok" {
    id ok
    task 100% 3 aug "A"
    peer broken 10.0
    transition broken
    peer ab
    evidence { postings 0 companies 0 wages 0 tools 0 experts 0 }
    barriers { regulatory 0 physical 0 union 0 liability 0 cultural 0 }
    protective { embodied 0 interpersonal 0 judgment 0 }
    growth 0
}
role "Ac" {
    id ac
    task 100% 3 aug "A"
    evidence { postings 0 companies 0 wages 0 tools 0 experts 0 }
    barriers { regulatory 0 physical 0 union 0 liability 0 cultural 0 }
    protective { embodied 0 interpersonal 0 judgment 0 }
    growth 0
}
ROLE
expect_status 1 "references to and from a role with errors" "$rolec" check \
	"$tmp/refs.role"
grep '^[^ ]' "$tmp/err" | sed "s|$tmp/||" >"$tmp/heads"
printf '%s\n' \
	"refs.role:3:10: error: task times add up to 90%, not 100% [E309]" \
	"refs.role:3:5: note: the tasks start here" \
	"refs.role:16:10: warning: peer 'ab' is not a role of the catalogue \
[-Wunresolved]" \
	"refs.role:16:10: help: did you mean 'ac'?" \
	"1 error, 1 warning generated" >"$tmp/want"
cmp -s "$tmp/want" "$tmp/heads" && ok ||
	{ bad "references and roles with errors";
	  diff "$tmp/want" "$tmp/heads"; }

# Limits: a file over 16 MiB, a tree nested too deep; both exit 2.
truncate -s 17M "$tmp/big.role" 2>/dev/null ||
	dd if=/dev/zero of="$tmp/big.role" bs=1M count=17 2>/dev/null
expect_status 2 "a file over 16 MiB" "$rolec" check "$tmp/big.role"
has "$tmp/err" "^$tmp/big.role: error: file larger than 16777216 bytes \
\[E901\]$" "a file over 16 MiB named"
rm "$tmp/big.role"
d=$tmp/deep
for i in $(seq 1 63); do d=$d/d; done
mkdir -p "$d"
mkrole "$d/a.role" Deep
expect_status 0 "63 directories below a named one" "$rolec" check \
	"$tmp/deep"
mkdir -p "$d/d/d"
mv "$d/a.role" "$d/d/d/"
expect_status 2 "65 directories below a named one" "$rolec" check \
	"$tmp/deep"
has "$tmp/err" "error: directories nested more than 64 deep \[E901\]$" \
	"too deep a tree named"
rm -r "$tmp/deep"

# diff writes where -o says, atomically; standard input is a side; a side
# that cannot be read is exit 2 and nothing is written.
expect_status 0 "diff -o" "$rolec" diff -Wno-peer-score -o "$tmp/d.txt" \
	"$tmp/a" "$tmp/b"
[ ! -s "$tmp/out" ] && ok || bad "diff -o also wrote to stdout"
"$rolec" diff -Wno-peer-score "$tmp/a" "$tmp/b" 2>/dev/null |
	cmp -s - "$tmp/d.txt" && ok || bad "diff -o differs from stdout"
expect_status 0 "diff -o -" "$rolec" diff -w -f json -o - "$tmp/a" "$tmp/b"
"$py" -c 'import json,sys; d=json.load(open(sys.argv[1]));
assert (d["changed"], d["added"], d["removed"], d["unchanged"]) == \
    (1, 1, 1, 5), d' "$tmp/out" && ok || bad "diff -o - -f json"
expect_status 0 "diff against standard input" "$rolec" diff \
	examples/nlp-engineer.role - <examples/nlp-engineer.role
[ "$(cat "$tmp/out")" = "0 changed, 0 added, 0 removed, 1 unchanged" ] &&
	ok || bad "diff of a file against itself on stdin"
cp "$tmp/d.txt" "$tmp/d.old"
expect_status 2 "diff with a side missing" "$rolec" diff -o "$tmp/d.txt" \
	"$tmp/a" "$tmp/none"
has "$tmp/err" "^$tmp/none: error: cannot read file" "diff: the missing side"
cmp -s "$tmp/d.txt" "$tmp/d.old" && ok || bad "diff -o written on exit 2"
expect_status 2 "diff -o into a missing directory" "$rolec" diff -w \
	-o "$tmp/none/d.txt" "$tmp/a" "$tmp/b"
has "$tmp/err" "^rolec: error: cannot write '$tmp/none/d.txt': No such file \
or directory$" "diff -o into a missing directory: the reason"
mkdir "$tmp/deepside"
d=$tmp/deepside
for i in $(seq 1 66); do d=$d/d; done
mkdir -p "$d"
expect_status 2 "diff with a side nested too deep" "$rolec" diff "$tmp/a" \
	"$tmp/deepside"
rm -r "$tmp/deepside"

# -o: an existing file keeps its mode; through a symbolic link the file
# it names is replaced and the link kept; a directory, /proc/version
# and a missing directory cannot be written: exit 2, the target as it was.
printf 'old\n' >"$tmp/r.txt"
chmod 604 "$tmp/r.txt"
expect_status 0 "-o onto an existing file" "$rolec" build -o "$tmp/r.txt" \
	"$tmp/walk/a.role"
[ "$(stat -c %a "$tmp/r.txt")" = 604 ] && ok || bad "-o lost the mode"
has "$tmp/r.txt" "^A$" "-o wrote the report"
ln -s r.txt "$tmp/r-link.txt"
expect_status 0 "-o through a symbolic link" "$rolec" build -f json \
	-o "$tmp/r-link.txt" "$tmp/walk/a.role"
[ -L "$tmp/r-link.txt" ] && ok || bad "-o replaced the link itself"
has "$tmp/r.txt" '"format": "rolec/1"' "-o through a link: the target"
[ "$(stat -c %a "$tmp/r.txt")" = 604 ] && ok ||
	bad "-o through a link lost the target's mode"
mkdir "$tmp/rdir"
expect_status 2 "-o onto a directory" "$rolec" build -o "$tmp/rdir" \
	"$tmp/walk/a.role"
has "$tmp/err" "^rolec: error: cannot write '$tmp/rdir': Is a directory$" \
	"-o onto a directory: the reason"
[ -d "$tmp/rdir" ] && ok || bad "-o replaced a directory"
expect_status 2 "-o onto /proc/version" "$rolec" build -o /proc/version \
	"$tmp/walk/a.role"
has "$tmp/err" "^rolec: error: cannot write '/proc/version': " \
	"-o onto /proc/version named"
ls -A "$tmp" | grep -q '^\.' && bad "a temporary file left" || ok

# A report that cannot be written to standard output is named as in
# outputs.md: "cannot write standard output: REASON".
if [ -w /dev/full ]; then
	"$rolec" build "$tmp/walk/a.role" >/dev/full 2>"$tmp/err"
	[ $? = 2 ] && ok || bad "build on a full disk is not exit 2"
	has "$tmp/err" "^rolec: error: cannot write standard output: No space \
left on device$" "build on a full disk: the message"
	"$rolec" diff -o - "$tmp/a" "$tmp/a" >/dev/full 2>"$tmp/err"
	[ $? = 2 ] && ok || bad "diff on a full disk is not exit 2"
	has "$tmp/err" "^rolec: error: cannot write standard output: No space \
left on device$" "diff on a full disk: the message"
fi
"$rolec" build "$tmp/walk/a.role" >&- 2>"$tmp/err"
[ $? = 2 ] && ok || bad "build to a closed stdout is not exit 2"
has "$tmp/err" "^rolec: error: cannot write standard output: " \
	"build to a closed stdout: the message"

# An empty directory is a warning; a role never suggests itself, and a
# transition to itself is a warning.
mkdir "$tmp/empty"
expect_status 0 "empty directory" "$rolec" check "$tmp/empty"
has "$tmp/err" "empty: warning: no .role file in this directory \[-Wempty\]" \
	"an empty directory warns"
"$rolec" check examples/nlp-engineer.role 2>"$tmp/err"
grep -q "did you mean 'nlp-engineer-mid'" "$tmp/err" &&
	bad "a role suggests itself" || ok
sed 's/^    transition ml-ai-engineer-mid$/    transition nlp-engineer-mid/' \
	examples/nlp-engineer.role >"$tmp/self.role"
expect_status 0 "transition to itself" "$rolec" check "$tmp/self.role"
has "$tmp/err" "warning: transition from 'nlp-engineer-mid' to itself" \
	"a transition to the role itself warns"

# 'check' writes nothing on standard output: a closed one is no error.
"$rolec" check examples >&- 2>/dev/null && ok ||
	bad "check with standard output closed"

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
