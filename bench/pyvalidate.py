#!/usr/bin/python3
"""The "python + jsonschema in CI" contender: validate and score the JSON
assessments bench/gen.py writes, as a careful team would script it.

usage: pyvalidate.py SCHEMA.json PATH...

A PATH is a .json file or a directory (every *.json below it, sorted).
One process for the whole catalogue: the schema is loaded and checked
once (Draft7Validator), each document is read with
json.load(parse_float=Decimal), so that no share is ever a binary double,
and checked with iter_errors (structure, types, ranges, required blocks
and dimensions).  Then, in code, what JSON Schema cannot say: the task
times add up to exactly 100 (Decimal sum), at most one decimal per share,
task names unique, ids unique across the files, peers and transitions
resolve among them.

Each valid file prints one tab-separated line to standard output:

    file  id  weighted  raw  score  zone  label

computed exactly (Decimal at 50 digits: every figure here is a
terminating decimal except the AIJRI quotient, whose rounding error is
far below any tie) and rounded with ROUND_HALF_UP (half away from zero),
the zone from the printed score, as scoring.md says.  Each problem prints
"FILE: error: MESSAGE" to standard error; the exit status is 1 if any
file is invalid, 0 otherwise.
"""

import json
import os
import sys
from decimal import Decimal, ROUND_HALF_UP, localcontext

import jsonschema

HUNDRED = Decimal(100)


def files_of(paths):
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                found.extend(os.path.join(root, n) for n in names
                             if n.endswith(".json"))
            yield from sorted(found)
        else:
            yield p


def q(x, places):
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def zone_of(printed):
    if printed >= 48:
        return "green"
    if printed < 25:
        return "red"
    return "yellow"


def label_of(zone, growth, t3):
    if zone == "green":
        if growth == 2:
            return "accelerated"
        return "transforming" if t3 >= 20 else "stable"
    if zone == "yellow":
        return "urgent" if t3 >= 40 else "moderate"
    return "-"


def semantic(doc):
    """What the schema cannot express, for one document."""
    out = []
    times = [t["time"] for t in doc["tasks"]]
    total = sum((Decimal(t) for t in times), Decimal(0))
    if total != HUNDRED:
        out.append("task times add up to %s%%, not 100%%" % total)
    for t in doc["tasks"]:
        if isinstance(t["time"], Decimal) \
                and t["time"].as_tuple().exponent < -1:
            out.append("task %r: more than one decimal in %s%%"
                       % (t["name"], t["time"]))
    seen = set()
    for t in doc["tasks"]:
        if t["name"] in seen:
            out.append("two tasks named %r" % t["name"])
        seen.add(t["name"])
    return out


def score(doc):
    with localcontext() as ctx:
        ctx.prec = 50
        w = sum((Decimal(t["time"]) * t["score"] for t in doc["tasks"]),
                Decimal(0)) / HUNDRED
        ev = sum(d["value"] for d in doc["evidence"].values())
        ba = sum(d["value"] for d in doc["barriers"].values())
        g = doc["growth"]["value"]
        raw = (6 - w) * (1 + Decimal("0.04") * ev) \
            * (1 + Decimal("0.02") * ba) * (1 + Decimal("0.05") * g)
        aijri = (raw - Decimal("0.54")) / Decimal("7.93") * HUNDRED
        aijri = min(max(aijri, Decimal(0)), HUNDRED)
        ov = doc.get("override")
        final = Decimal(ov["value"]) if ov and ov["kind"] == "score" \
            else aijri
        printed = q(final, 1)
        zone = zone_of(printed)
        t3 = sum((Decimal(t["time"]) for t in doc["tasks"]
                  if t["score"] >= 3), Decimal(0))
        return (q(w, 2), q(raw, 4), printed, zone, label_of(zone, g, t3))


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: pyvalidate.py SCHEMA.json PATH...\n")
        return 2
    with open(argv[1], encoding="utf-8") as fh:
        schema = json.load(fh)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    out = sys.stdout
    err = sys.stderr
    bad = set()
    ids = {}
    refs = []
    lines = []

    def problem(path, msg):
        err.write("%s: error: %s\n" % (path, msg))
        bad.add(path)

    for path in files_of(argv[2:]):
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh, parse_float=Decimal)
        except (OSError, ValueError) as e:
            problem(path, str(e))
            continue
        errors = list(validator.iter_errors(doc))
        for e in errors:
            where = "/".join(str(p) for p in e.absolute_path)
            problem(path, "%s: %s" % (where or "(document)", e.message))
        if errors:
            continue
        for msg in semantic(doc):
            problem(path, msg)
        if path in bad:
            continue
        if doc["id"] in ids:
            problem(path, "id %r also used by %s" % (doc["id"], ids[doc["id"]]))
            continue
        ids[doc["id"]] = path
        refs.append((path, [p["id"] for p in doc.get("peers", [])]
                     + list(doc.get("transitions", []))))
        lines.append((path, doc["id"], score(doc)))

    for path, targets in refs:
        for t in targets:
            if t not in ids:
                problem(path, "reference to unknown role %r" % t)
    for path, rid, (w, raw, s, zone, label) in lines:
        if path not in bad:
            out.write("%s\t%s\t%s\t%s\t%s\t%s\t%s\n"
                      % (path, rid, w, raw, s, zone, label))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
