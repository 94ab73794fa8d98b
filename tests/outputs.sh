#!/bin/sh
# Output tests with real readers and an independent scorer:
#  - the JSON of the examples validates against docs/rolec-output.schema.json
#    (python3-jsonschema) and its CSVs read back (Python's csv module) to
#    the same values;
#  - every example agrees with tests/oracle/score.py, an implementation of
#    scoring.md in Python fractions;
#  - generated roles at every kind of rounding tie compile to the oracle's
#    figures (their 'expect' lines come from the oracle);
#  - a wrong file leaves an existing -o file untouched, exit 1; a full disk
#    is exit 2.
set -u
rolec=${1:-build/rolec}
py=${2:-/usr/bin/python3}
fail=0 pass=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
bad() { echo "outputs: $*"; fail=$((fail + 1)); }

"$rolec" build -f json examples >"$tmp/ex.json" || bad "build -f json"
"$rolec" build -f csv examples >"$tmp/roles.csv" || bad "build -f csv"
"$rolec" build -f csv --csv=tasks examples >"$tmp/tasks.csv" ||
	bad "build --csv=tasks"
"$py" tests/check_json.py docs/rolec-output.schema.json "$tmp/ex.json" \
	>"$tmp/log" 2>&1 && ok || { bad "JSON schema"; cat "$tmp/log"; }
for f in tests/fixtures/schema/bad-*.json; do
	"$py" tests/check_json.py docs/rolec-output.schema.json "$f" \
		>/dev/null 2>&1 && bad "schema accepts $f" || ok
done
"$py" tests/check_csv.py roles "$tmp/roles.csv" "$tmp/ex.json" \
	>"$tmp/log" 2>&1 && ok || { bad "roles CSV"; cat "$tmp/log"; }
"$py" tests/check_csv.py tasks "$tmp/tasks.csv" "$tmp/ex.json" \
	>"$tmp/log" 2>&1 && ok || { bad "tasks CSV"; cat "$tmp/log"; }

# The oracle's figures against rolec's JSON, field by field.
"$py" tests/oracle/score.py examples/*.role >"$tmp/oracle.tsv" ||
	bad "oracle on examples"
"$py" tests/oracle/compare.py "$tmp/oracle.tsv" "$tmp/ex.json" \
	>"$tmp/log" 2>&1 && ok || { bad "oracle disagrees"; cat "$tmp/log"; }

# Rounding ties and zone edges: the oracle writes the expect lines.
mkdir "$tmp/ties"
"$py" tests/oracle/ties.py --emit "$tmp/ties" 120 >/dev/null ||
	bad "ties.py"
"$rolec" build -f json "$tmp/ties" >"$tmp/ties.json" 2>"$tmp/log" && ok ||
	{ bad "tie roles disagree with the oracle"; head -20 "$tmp/log"; }
"$py" tests/oracle/score.py "$tmp"/ties/*.role >"$tmp/ties.tsv" ||
	bad "oracle on ties"
"$py" tests/oracle/compare.py "$tmp/ties.tsv" "$tmp/ties.json" \
	>"$tmp/log" 2>&1 && ok || { bad "oracle disagrees on ties"; cat "$tmp/log"; }

# -o: a wrong file writes nothing and keeps the old file.
echo "old report" >"$tmp/report.txt"
"$rolec" build -o "$tmp/report.txt" tests/errors/task-total.role \
	2>/dev/null
[ $? = 1 ] && ok || bad "task total is not exit 1"
[ "$(cat "$tmp/report.txt")" = "old report" ] && ok ||
	bad "-o file changed on error"
"$rolec" build -f json -o "$tmp/report.txt" examples && ok ||
	bad "-o on success"
cmp -s "$tmp/report.txt" "$tmp/ex.json" && ok || bad "-o content"
ls -A "$tmp" | grep -q '^\.report' && bad "temporary file left" || ok

if [ -w /dev/full ]; then
	"$rolec" build examples >/dev/full 2>/dev/null
	[ $? = 2 ] && ok || bad "a full disk is not exit 2"
fi

# An input that cannot be read, and an output that cannot be made: exit
# 2, with the file named.
"$rolec" check /proc/self/mem 2>"$tmp/err"
[ $? = 2 ] && grep -q "^/proc/self/mem: error: cannot read file" "$tmp/err" \
	&& ok || bad "an unreadable input is not exit 2 naming the file"
"$rolec" build -o "$tmp/none/report.txt" examples 2>"$tmp/err"
[ $? = 2 ] && grep -q "cannot write '$tmp/none/report.txt'" "$tmp/err" \
	&& ok || bad "an output that cannot be made is not exit 2"

# Numbers never follow the locale.
LC_ALL=de_DE.UTF-8 "$rolec" build -f json examples >"$tmp/de.json" \
	2>/dev/null
cmp -s "$tmp/de.json" "$tmp/ex.json" && ok || bad "output depends on locale"

echo "outputs: $pass passed, $fail failed"
[ "$fail" = 0 ]
