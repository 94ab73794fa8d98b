#!/usr/bin/python3
"""Compare a contender's output with the generator's expected.tsv.

usage: agree.py scores CATALOGUE TOOL OUT
       agree.py flags  CATALOGUE TOOL OUT ERR

CATALOGUE is a directory bench/gen.py wrote.  TOOL is one of

    rolec   OUT is `rolec build -f json role/` (scores) / ERR is the
            standard error of `rolec check --diagnostics-format=json role/`
    jq      OUT is the standard output of bench/score.jq, ERR its errors
    py      OUT is the standard output of bench/pyvalidate.py, ERR its errors
    ajv     OUT and ERR are ajv-cli's output (flags only: it scores nothing)

`scores` compares weighted, raw, score, zone and label of every valid
file, each as printed text (2.80 equals 2.8, nothing else does), and
prints one summary line.  `flags` compares the set of files a tool
complained about (an error or a warning) with invalid.tsv.  The exit
status is 1 on any disagreement.
"""

import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

FIELDS = ("weighted", "raw", "score", "zone", "label")


def read_expected(cat):
    rows = {}
    with open(os.path.join(cat, "expected.tsv"), encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            rows[row["file"]] = row
    return rows


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def same(a, b):
    if a is None:
        a = "-"
    a, b = str(a), str(b)
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return a == b


def got_rolec(out):
    with open(out, encoding="utf-8") as fh:
        doc = json.load(fh, parse_float=str, parse_int=str)
    got = {}
    for r in doc["roles"]:
        got[stem(r["source"]["path"])] = {
            "id": r["id"], "weighted": r["weighted"], "raw": r["raw"],
            "score": r["score"], "zone": r["zone"], "label": r["label"]}
    return got


def got_jq(out):
    got = {}
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line, parse_float=str, parse_int=str)
            got[stem(r["file"])] = r
    return got


def got_py(out):
    got = {}
    with open(out, encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            got[stem(c[0])] = dict(zip(("id",) + FIELDS, c[1:]))
    return got


def compare_scores(cat, tool, out):
    """Return (summary line, ok)."""
    exp = read_expected(cat)
    got = {"rolec": got_rolec, "jq": got_jq, "py": got_py}[tool](out)
    valid = {f: r for f, r in exp.items() if r["valid"] == "1"}
    bad = {k: 0 for k in FIELDS}
    cases = {}
    examples = []
    missing = [f for f in valid if f not in got]
    extra = [f for f in got if f not in valid]
    wrong = 0
    for f, e in sorted(valid.items()):
        g = got.get(f)
        if g is None:
            continue
        diff = [k for k in FIELDS if not same(g.get(k), e[k])]
        if g.get("id") != e["id"]:
            diff.append("id")
        if diff:
            wrong += 1
            for k in diff:
                bad[k] = bad.get(k, 0) + 1
            c = e.get("case", "-")
            cases[c] = cases.get(c, 0) + 1
            if len(examples) < 5:
                examples.append("%s (%s): %s" % (
                    f, c, ", ".join("%s %s not %s" % (k, g.get(k), e.get(k))
                                    for k in diff)))
    ok = not (wrong or missing or extra)
    line = "%s: %d roles scored, %d disagree" % (
        tool, len(valid) - len(missing), wrong)
    if wrong:
        line += " (%s; by case: %s)" % (
            ", ".join("%s %d" % (k, n) for k, n in bad.items() if n),
            ", ".join("%s %d" % (k if k != "-" else "ordinary", n)
                      for k, n in sorted(cases.items())))
    if missing:
        line += "; %d valid files not scored" % len(missing)
    if extra:
        line += "; %d unexpected files scored" % len(extra)
    return line, ok, examples


def flagged(tool, out, err):
    files = set()
    if tool == "rolec":
        with open(err, encoding="utf-8") as fh:
            text = fh.read()
        try:
            diags = json.loads(text)["diagnostics"] if text.strip() else []
        except (ValueError, KeyError, TypeError):
            sys.stderr.write("agree.py: %s is not rolec's JSON diagnostics\n"
                             % err)
            diags = [{"level": "error", "path": "(unreadable)"}]
        for d in diags:
            if d["level"] in ("error", "warning"):
                files.add(stem(d["path"]))
    elif tool == "jq":
        pat = re.compile(r"^jq: error \(at ([^:]+):\d+\)")
        with open(err, encoding="utf-8") as fh:
            for line in fh:
                m = pat.match(line)
                if m:
                    files.add(stem(m.group(1)))
    elif tool == "ajv":
        pat = re.compile(r"^(\S+\.json) invalid")
        for p in (out, err):
            with open(p, encoding="utf-8") as fh:
                for line in fh:
                    m = pat.match(line)
                    if m:
                        files.add(stem(m.group(1)))
    elif tool == "py":
        pat = re.compile(r"^(\S+\.json): error:")
        with open(err, encoding="utf-8") as fh:
            for line in fh:
                m = pat.match(line)
                if m:
                    files.add(stem(m.group(1)))
    return files


def compare_flags(cat, tool, out, err):
    exp = read_expected(cat)
    want = {f: r["case"] for f, r in exp.items() if r["valid"] == "0"}
    got = flagged(tool, out, err)
    missed = sorted(f for f in want if f not in got)
    false = sorted(f for f in got if f not in want)
    kinds = {}
    for f in want:
        k = want[f]
        n, m = kinds.get(k, (0, 0))
        kinds[k] = (n + 1, m + (f in got))
    line = "%s: flagged %d of %d invalid files, %d valid files flagged" % (
        tool, len(want) - len(missed), len(want), len(false))
    line += " [%s]" % ", ".join("%s %d/%d" % (k, m, n)
                                for k, (n, m) in sorted(kinds.items()))
    return line, not (missed or false), kinds


def main(argv):
    if len(argv) >= 5 and argv[1] == "scores":
        line, ok, examples = compare_scores(argv[2], argv[3], argv[4])
    elif len(argv) >= 6 and argv[1] == "flags":
        line, ok, _ = compare_flags(argv[2], argv[3], argv[4], argv[5])
        examples = []
    else:
        sys.stderr.write(__doc__)
        return 2
    print(line)
    for e in examples:
        print("    " + e)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
