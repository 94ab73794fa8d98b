#!/usr/bin/env python3
"""Check a rolec CSV output against the JSON output of the same build.

usage: check_csv.py roles|tasks CSV JSON

The CSV must be UTF-8 (no byte order mark), end every record with CRLF
(line ends inside quoted cells are not record ends and are left alone),
start with the header row outputs.md gives for its kind, and have the same
number of fields in every record. Each cell must equal the JSON value it
comes from:

  * numeric cells: a plain decimal (-?digits[.digits]) equal to the JSON
    number as a decimal, so 6.0 and 6 match; never a leading apostrophe;
  * text cells: exactly the JSON string, except that a string starting
    with = + - @ TAB or CR must appear with a leading apostrophe
    (formula neutralisation);
  * JSON null: an empty cell.

Roles are one row per role in catalogue order; tasks one row per task, in
role order then task order. Stops at the first mismatch with its row,
column, CSV value and JSON value. The last line printed is
"N passed, N failed" (checks: the file's encoding and line ends, the
header, the record count, and each record); exit 1 on a failure, 2 on bad
usage or an unreadable file, 0 otherwise.
"""

import csv
import io
import json
import re
import sys
from decimal import Decimal, InvalidOperation

NUM, TEXT = "number", "text"


def role_columns():
    def at(*keys):
        def get(role):
            v = role
            for k in keys:
                v = v[k]
            return v
        return get
    cols = [
        ("id", TEXT, at("id")),
        ("title", TEXT, at("title")),
        ("level", TEXT, at("level")),
        ("family", TEXT, at("family")),
        ("score", NUM, at("score")),
        ("zone", TEXT, at("zone")),
        ("label", TEXT, at("label")),
        ("formula_score", NUM, at("formula_score")),
        ("task_resistance", NUM, at("task_resistance")),
        ("weighted", NUM, at("weighted")),
        ("raw", NUM, at("raw")),
        ("evidence", NUM, at("totals", "evidence")),
        ("barriers", NUM, at("totals", "barriers")),
        ("protective", NUM, at("totals", "protective")),
        ("growth", NUM, at("totals", "growth")),
        ("evidence_modifier", NUM, at("modifiers", "evidence")),
        ("barrier_modifier", NUM, at("modifiers", "barriers")),
        ("growth_modifier", NUM, at("modifiers", "growth")),
        ("displacement", NUM, at("split", "displacement")),
        ("augmentation", NUM, at("split", "augmentation")),
        ("not_involved", NUM, at("split", "not_involved")),
        ("time_3_plus", NUM, at("time_3_plus")),
        ("quick_screen", TEXT, at("quick_screen")),
        ("path", TEXT, at("source", "path")),
    ]
    return cols


def task_columns():
    # Each getter takes (role, task).
    return [
        ("id", TEXT, lambda r, t: r["id"]),
        ("task", TEXT, lambda r, t: t["name"]),
        ("time", NUM, lambda r, t: t["time"]),
        ("score", NUM, lambda r, t: t["score"]),
        ("tag", TEXT, lambda r, t: t["tag"]),
        ("weighted", NUM, lambda r, t: t["weighted"]),
    ]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")


class Mismatch(Exception):
    pass


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError("duplicate member name %s" % json.dumps(key))
        obj[key] = value
    return obj


def _no_constant(name):
    raise ValueError("non-finite number %s" % name)


def load_json(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    # Decimals keep each number exactly as the JSON text wrote it.
    return json.loads(text, parse_float=Decimal, parse_int=Decimal,
                      object_pairs_hook=_no_duplicates,
                      parse_constant=_no_constant)


def check_line_ends(text):
    """Every record ends in CRLF; no bare CR or LF outside quoted cells."""
    in_quotes = False
    line = 1
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            in_quotes = not in_quotes  # "" inside quotes toggles twice
        elif c == "\r" and not in_quotes:
            if i + 1 >= n or text[i + 1] != "\n":
                raise Mismatch("line %d: carriage return not followed by a "
                               "line feed outside a quoted cell" % line)
            i += 1
            line += 1
        elif c == "\n":
            if not in_quotes:
                raise Mismatch("line %d: record ends in LF, not CRLF" % line)
            line += 1
        i += 1
    if in_quotes:
        raise Mismatch("unterminated quoted cell at end of file")
    if text and not text.endswith("\r\n"):
        raise Mismatch("last record does not end in CRLF")


def expect_cell(kind, value):
    """Describe what the CSV cell must be for a JSON value."""
    if value is None:
        return ""
    if kind == NUM:
        return value
    if not isinstance(value, str):
        raise Mismatch("JSON value %r is not a string" % (value,))
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def cell_matches(kind, cell, value):
    if value is None:
        return cell == ""
    if kind == NUM:
        if isinstance(value, bool) or not isinstance(value, Decimal):
            raise Mismatch("JSON value %r is not a number" % (value,))
        if not PLAIN_NUMBER.match(cell):
            return False  # includes a neutralising apostrophe on a number
        try:
            return Decimal(cell) == value
        except InvalidOperation:
            return False
    return cell == expect_cell(kind, value)


def show(v):
    if isinstance(v, Decimal):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def main(argv):
    if len(argv) != 4 or argv[1] not in ("roles", "tasks"):
        sys.stderr.write("usage: check_csv.py roles|tasks CSV JSON\n")
        return 2
    kind, csv_path, json_path = argv[1:]
    passed = failed = 0

    def fail(msg):
        print("%s: FAIL: %s" % (csv_path, msg))
        print("%d passed, %d failed" % (passed, failed + 1))
        return 1

    try:
        with open(csv_path, "rb") as f:
            raw = f.read()
    except OSError as e:
        sys.stderr.write("check_csv.py: %s\n" % e)
        return 2
    try:
        doc = load_json(json_path)
        roles = doc["roles"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.stderr.write("check_csv.py: %s: not a rolec JSON document: %s\n"
                         % (json_path, e))
        return 2

    # 1. Encoding and record ends.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return fail("not UTF-8: %s" % e)
    if text.startswith("\ufeff"):
        return fail("starts with a byte order mark")
    try:
        check_line_ends(text)
    except Mismatch as e:
        return fail(str(e))
    passed += 1

    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        return fail("malformed CSV: %s" % e)

    # 2. Header.
    if kind == "roles":
        cols = role_columns()
        expected = [(r,) for r in roles]
    else:
        cols = task_columns()
        expected = [(r, t) for r in roles for t in r["tasks"]]
    header = [c[0] for c in cols]
    if not rows:
        return fail("empty file: no header row")
    if rows[0] != header:
        return fail("header is\n  %s\nexpected\n  %s"
                    % (",".join(rows[0]), ",".join(header)))
    passed += 1

    # 3. Field and record counts.
    for i, row in enumerate(rows):
        if len(row) != len(header):
            return fail("record %d has %d fields, the header %d"
                        % (i + 1, len(row), len(header)))
    if len(rows) - 1 != len(expected):
        return fail("%d data rows, the JSON has %d %s"
                    % (len(rows) - 1, len(expected), kind))
    passed += 1

    # 4. Every cell.
    for rowno, (row, exp) in enumerate(zip(rows[1:], expected), start=2):
        for (name, ckind, get), cell in zip(cols, row):
            try:
                value = get(*exp)
                ok = cell_matches(ckind, cell, value)
            except (KeyError, TypeError) as e:
                return fail("row %d, column %s: JSON has no value for it (%s)"
                            % (rowno, name, e))
            except Mismatch as e:
                return fail("row %d, column %s: %s" % (rowno, name, e))
            if not ok:
                why = ""
                if ckind == NUM and cell.startswith("'"):
                    why = " (a numeric cell must not be neutralised)"
                elif ckind == TEXT and isinstance(value, str) \
                        and value.startswith(FORMULA_STARTS):
                    why = " (a text cell starting with = + - @ TAB or CR " \
                          "must carry a leading apostrophe)"
                return fail("row %d, column %s: csv %s, json %s%s"
                            % (rowno, name, json.dumps(cell, ensure_ascii=False),
                               show(value), why))
        passed += 1

    print("%s: ok (%d %s)" % (csv_path, len(expected), kind))
    print("%d passed, %d failed" % (passed, failed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
