#!/usr/bin/python3
"""Compare tests/oracle/score.py's figures with rolec's JSON output.

usage: compare.py ORACLE.tsv ROLEC.json

Every figure is compared as printed text, so a difference in rounding
shows as a failure, not as a tolerance.
"""
import json
import sys
from decimal import Decimal

FIELDS = ["id", "weighted", "task_resistance", "evidence_modifier",
          "barrier_modifier", "growth_modifier", "raw", "score", "zone",
          "label", "displacement", "augmentation", "not_involved",
          "time_3_plus", "quick_screen", "bar_task_resistance",
          "bar_evidence", "bar_barriers", "bar_protective", "bar_growth"]


def rolec_fields(role):
    bars = role["composition"]
    return {
        "weighted": role["weighted"], "raw": role["raw"],
        "task_resistance": role["task_resistance"],
        "evidence_modifier": role["modifiers"]["evidence"],
        "barrier_modifier": role["modifiers"]["barriers"],
        "growth_modifier": role["modifiers"]["growth"],
        "score": role["score"], "zone": role["zone"],
        "label": role["label"] or "-",
        "displacement": role["split"]["displacement"],
        "augmentation": role["split"]["augmentation"],
        "not_involved": role["split"]["not_involved"],
        "time_3_plus": role["time_3_plus"],
        "quick_screen": role["quick_screen"],
        "bar_task_resistance": bars["task_resistance"],
        "bar_evidence": bars["evidence"], "bar_barriers": bars["barriers"],
        "bar_protective": bars["protective"], "bar_growth": bars["growth"],
    }


def same(a, b):
    if isinstance(b, str):
        return a == b
    return Decimal(a) == b


def main():
    with open(sys.argv[2], encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal)
    roles = {r["id"]: rolec_fields(r) for r in doc["roles"]}
    failed = checked = 0
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            # split and composition come as a/b/c groups
            flat = cols[:10] + cols[10].split("/") + cols[11:13] \
                + cols[13].split("/")
            row = dict(zip(FIELDS, flat))
            got = roles.get(row["id"])
            if got is None:
                print(f"{row['id']}: not in rolec's output")
                failed += 1
                continue
            for key in FIELDS[1:]:
                checked += 1
                if not same(row[key], got[key]):
                    print(f"{row['id']}: {key}: oracle {row[key]}, "
                          f"rolec {got[key]}")
                    failed += 1
    print(f"{checked - failed} passed, {failed} failed")
    return 1 if failed or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
