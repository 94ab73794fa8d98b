#!/usr/bin/python3
"""Enumerate the rounding hazards of the AIJRI formula.

Usage: ties.py                 print a count of each kind of case
       ties.py --emit DIR N    also write up to N .role files into DIR

The score depends only on four integers: W = weighted x 1000 (1000..5000;
one-decimal shares times whole scores give three decimals), the evidence
total (-10..10), the barrier total (0..10) and growth (-2..2).  With

    N = (6000 - W) (100 + 4 evidence) (100 + 2 barriers) (100 + 5 growth)

raw is N / 10^9 exactly and AIJRI x 10 is (N - 540000000) / 7930000, so
every hazard is a divisibility test on integers.  The kinds are:

    weighted  weighted (and TR, and the TR composition bar) is an exact
              tie at its printed precision: W ends in 5
    raw       raw is an exact tie at 4 decimals: N mod 100000 = 50000
    aijri     AIJRI is an exact tie at 1 decimal (at most 100: a value
              above is clamped to 100 and cannot tie)
    green48   AIJRI is below 48 but prints 48.0, so the zone is green
    yellow25  AIJRI is below 25 but prints 25.0, so the zone is yellow

With --emit, one small valid role per file exercises a case of each kind
in turn, its tasks built to realise W, with an `expect` line computed by
score.py (the oracle) from the file as written.
"""

import os
import random
import sys
from fractions import Fraction

sys.dont_write_bytecode = True    # keep the source tree clean
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score  # noqa: E402  (the oracle, in this directory)

KINDS = ("weighted", "raw", "aijri", "green48", "yellow25")
RAW_OFFSET = 540000000       # 0.54 x 10^9
AIJRI10_DEN = 7930000        # 7.93 x 10^9 / (100 x 10)


def kinds_of(w, e, b, g):
    """The hazard kinds that the input (W, evidence, barriers, growth)
    falls in."""
    return kinds_of_n(w, (6000 - w) * modifier_product(e, b, g))


def modifier_product(e, b, g):
    return (100 + 4 * e) * (100 + 2 * b) * (100 + 5 * g)


def kinds_of_n(w, n):
    x = n - RAW_OFFSET               # AIJRI x 10 = x / AIJRI10_DEN
    out = []
    if w % 10 == 5:
        out.append("weighted")
    if n % 100000 == 50000:
        out.append("raw")
    if x <= 1000 * AIJRI10_DEN and (2 * x) % AIJRI10_DEN == 0 \
            and (2 * x // AIJRI10_DEN) % 2 == 1:
        out.append("aijri")
    if 4795 * AIJRI10_DEN <= 10 * x < 4800 * AIJRI10_DEN:
        out.append("green48")
    if 2495 * AIJRI10_DEN <= 10 * x < 2500 * AIJRI10_DEN:
        out.append("yellow25")
    return out


def enumerate_cases():
    """Every hazard in the input space, in (W, e, b, g) order."""
    cases = {k: [] for k in KINDS}
    mods = [(e, b, g, modifier_product(e, b, g))
            for e in range(-10, 11) for b in range(0, 11)
            for g in range(-2, 3)]
    for w in range(1000, 5001):
        tr = 6000 - w
        for e, b, g, m in mods:
            for k in kinds_of_n(w, tr * m):
                cases[k].append((w, e, b, g))
    return cases


# ------------------------------------------------------------- emitting

TITLES = ("Claims Processor", "Payroll Administrator", "Logistics Planner",
          "Quality Inspector", "Insurance Underwriter", "Dental Hygienist",
          "Court Reporter", "Market Research Analyst", "Translator",
          "Bookkeeper", "Paralegal", "Dispatcher", "Copy Editor",
          "Travel Agent", "Tax Preparer", "Medical Coder")
LEVELS = ("junior", "mid", "senior", "lead", "principal")
TASKS = {1: "Handle cases in person", 2: "Advise and agree next steps",
         3: "Review and correct drafted work", 4: "Prepare routine documents",
         5: "Key and file standard records"}
TAGS = {1: "none", 2: "aug", 3: "aug", 4: "disp", 5: "disp"}
EVIDENCE = score.EVIDENCE_DIMS
BARRIERS = score.BARRIER_DIMS
PROTECTIVE = score.PROTECTIVE_DIMS


def spread(total, count, lo, hi):
    """`count` integers in lo..hi, as even as possible, summing to
    total."""
    vals = [0] * count
    step = 1 if total > 0 else -1
    i = 0
    while sum(vals) != total:
        if lo <= vals[i % count] + step <= hi:
            vals[i % count] += step
        i += 1
    return vals


def share_text(tenths):
    return "%d%%" % (tenths // 10) if tenths % 10 == 0 \
        else "%d.%d%%" % (tenths // 10, tenths % 10)


def tasks_for(w):
    """(tenths of a percent, score) pairs with sum(tenths) = 1000 and
    sum(tenths x score) = w."""
    s = w // 1000
    extra = w - 1000 * s
    if s == 5:
        return [(600, 5), (400, 5)]
    if extra == 0:
        return [(600, s), (400, s)]
    return [(1000 - extra, s), (extra, s + 1)]


def signed(v):
    return "%+d" % v if v else "0"


def decimal(x, places):
    """x to `places` decimals, cut toward zero, then '...' if inexact."""
    scale = 10 ** places
    n = abs(x) * scale
    cut = n.numerator // n.denominator
    text = "%s%d.%0*d" % ("-" if x < 0 else "", cut // scale, places,
                          cut % scale)
    if cut != n:
        return text + "..."
    return text.rstrip("0") + ("0" if text.rstrip("0").endswith(".")
                               else "")


def describe(kind, w, e, b, g):
    """What the case is about, with the exact value."""
    raw = (Fraction(6000 - w, 1000) * modifier_product(e, b, g)
           / 1000000)
    aijri = (raw - score.RAW_MIN) / score.RAW_SPAN * 100
    if kind == "weighted":
        return "weighted %s prints %s" % (decimal(Fraction(w, 1000), 3),
                                          score.fmt(Fraction(w, 1000), 2))
    if kind == "raw":
        return "raw %s prints %s" % (decimal(raw, 5), score.fmt(raw, 4))
    return "AIJRI %s prints %s" % (decimal(aijri, 6), score.fmt(aijri, 1))


def role_text(kind, seq, w, e, b, g):
    title = TITLES[seq % len(TITLES)]
    level = LEVELS[seq % len(LEVELS)]
    prot = spread((seq * 7) % 10, 3, 0, 3)
    tasks = tasks_for(w)
    names = [TASKS[s] for _, s in tasks]
    if names[0] == names[-1]:
        names[-1] = names[-1] + " (second line)"
    lines = ["# Generated by tests/oracle/ties.py: rounding case '%s'." % kind,
             "# W %d, evidence %d, barriers %d, growth %d: %s."
             % (w, e, b, g, describe(kind, w, e, b, g)),
             'role "%s" {' % title,
             "    id       tie-%s-%03d" % (kind, seq),
             "    level    %s" % level,
             '    family   "Rounding Cases"',
             "    assessed 2026-12-02",
             ""]
    width = max(len(share_text(t)) for t, _ in tasks)
    for (t, s), name in zip(tasks, names):
        lines.append('    task %*s %d %-4s "%s"'
                     % (width, share_text(t), s, TAGS[s], name))
    lines.append("")
    for block, dims, vals, fmt_v in (
            ("evidence", EVIDENCE, spread(e, 5, -2, 2), signed),
            ("barriers", BARRIERS, spread(b, 5, 0, 2), str),
            ("protective", PROTECTIVE, prot, str)):
        # A sign only where the value may be negative; digits aligned.
        width = max(len(d) for d in dims) + (2 if fmt_v is signed else 1)
        lines.append("    %s {" % block)
        for d, v in zip(dims, vals):
            lines.append("        %-*s%s" % (width - len(fmt_v(v)) + 1, d,
                                             fmt_v(v)))
        lines.append("    }")
        lines.append("")
    lines.append("    growth %s" % signed(g))
    lines.append("")
    lines.append("    expect EXPECT")
    lines.append("}")
    return "\n".join(lines) + "\n"


def expect_of(text, path):
    """Score the role text with the oracle; return its expect clause and
    the figures."""
    (role,) = score.parse(text.replace("EXPECT", "0"), path)
    f = score.score_role(role)
    clause = score.fmt(f["score"], 1) + " " + f["zone"]
    if f["label"]:
        clause += " " + f["label"]
    return clause, f


def check_case(kind, w, e, b, g, f):
    """The written file must realise the intended input exactly."""
    assert f["weighted"] == Fraction(w, 1000), (kind, w)
    assert f["em"] == 1 + Fraction(4 * e, 100), (kind, e)
    assert f["bm"] == 1 + Fraction(2 * b, 100), (kind, b)
    assert f["gm"] == 1 + Fraction(5 * g, 100), (kind, g)
    assert kind in kinds_of(w, e, b, g)


def pick(cases, n):
    """Up to n cases, taking the kinds in turn (a kind that runs out
    leaves its turn to the others), each drawn from its list by a seeded
    generator so that the output is reproducible and the inputs vary;
    never the same input twice."""
    rng = random.Random(2026)
    drawn = {k: rng.sample(cases[k], min(n, len(cases[k]))) for k in KINDS}
    chosen, seen = [], set()
    for i in range(n):
        for k in KINDS:
            if i < len(drawn[k]) and drawn[k][i] not in seen \
                    and len(chosen) < n:
                seen.add(drawn[k][i])
                chosen.append((k, drawn[k][i]))
    return chosen


def emit(cases, outdir, n):
    os.makedirs(outdir, exist_ok=True)
    for seq, (kind, (w, e, b, g)) in enumerate(pick(cases, n), 1):
        path = os.path.join(outdir, "%03d-%s.role" % (seq, kind))
        text = role_text(kind, seq, w, e, b, g)
        clause, f = expect_of(text, path)
        check_case(kind, w, e, b, g, f)
        text = text.replace("EXPECT", clause)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        (role,) = score.parse(text, path)
        assert score.line_of(score.score_role(role)) == score.line_of(f)


def main(argv):
    args = argv[1:]
    if args and (args[0] != "--emit" or len(args) != 3
                 or not args[2].isdigit()):
        sys.stderr.write("usage: ties.py [--emit DIR N]\n")
        return 2
    cases = enumerate_cases()
    space = 4001 * 21 * 11 * 5
    print("inputs\t%d" % space)
    for k in KINDS:
        print("%s\t%d" % (k, len(cases[k])))
    print("weighted_w_values\t%d" % len({c[0] for c in cases["weighted"]}))
    if args:
        emit(cases, args[1], int(args[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
