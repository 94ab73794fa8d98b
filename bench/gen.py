#!/usr/bin/python3
"""Generate a benchmark catalogue of .role assessments and the same
assessments as JSON, with the oracle's expected figures.

usage: gen.py [--seed S] [--dirty] N OUTDIR

Writes, under OUTDIR:

    role/NNNNN.role   one assessment per file, in the .role language
    json/NNNNN.json   the same assessment as a JSON document (the input
                      format the JSON Schema contenders validate; see
                      bench/schema.json)
    expected.tsv      one row per file: file, id, valid, weighted, raw,
                      score, zone, label, case (header row first); case
                      is the rounding hazard the role was built on, the
                      dirty kind of an invalid file, or "-"; figures are
                      computed with fractions.Fraction and printed half
                      away from zero, the zone from the printed score
                      (scoring.md); "-" for an invalid file
    invalid.tsv       with --dirty: file and kind of each invalid file
    stats.txt         counts (roles, tasks, rounding-tie inputs by kind)

Standard library only, deterministic for a given seed and N.

What the catalogue holds (language.md): a title, level, family, aka,
assessed date, summary (a string or a text block), sometimes a note; 3 to
15 tasks whose shares are integer tenths of a percent summing to exactly
1000 (printed with 0 or 1 decimal), scores 1-5 with a tag consistent with
the score (so that the clean catalogue gives no warning), optional
`because` texts with commas, quotes, non-ASCII letters (e, 字), about 1 %
of them starting with = or @; every block; growth; sometimes an override;
peers whose quoted score is the peer's score and transitions to a role in
a better zone, all resolving inside the catalogue; and an `expect` line
with the oracle's score, zone and label.

About 2 % of the roles (at least 25) are built on purpose from the inputs
where rounding is hazardous (tests/oracle/ties.py explains them): the
weighted sum is an exact tie at 2 decimals, raw at 4, the AIJRI at 1, or
the AIJRI is just below 48 or 25 but prints 48.0 or 25.0.

--dirty makes 1 % of the files (at least 5) invalid, the kinds in turn:
`total` (tasks add up to 99.9 %), `score` (a task scored 6), `block` (a
required block missing), and two tasks with the same name, either
`duplicate-copy` (an exact copy, the two sharing the original's time) or
`duplicate-name` (a copy-paste with another share).  rolec reports a
duplicate task name as warning W103 (language.md), not as an error.
Invalid roles are neither referenced nor refer to others, so every other
file stays valid.
"""

import json
import os
import random
import sys
from fractions import Fraction

LEVELS = ("junior", "mid", "senior", "lead", "principal")
EVIDENCE = ("postings", "companies", "wages", "tools", "experts")
BARRIERS = ("regulatory", "physical", "union", "liability", "cultural")
PROTECTIVE = ("embodied", "interpersonal", "judgment")

RAW_MIN = Fraction(54, 100)
RAW_SPAN = Fraction(793, 100)

# Every exact AIJRI tie at one decimal in the whole input space, as
# (W = weighted x 1000, evidence, barriers, growth); found by brute force
# (tests/oracle/ties.py enumerates the same 8) and re-checked below.
AIJRI_TIES = ((2995, -10, 5, -1), (1735, 0, 3, -1), (4197, 0, 5, -1),
              (2611, 0, 5, -1), (1025, 0, 5, -1), (3689, 0, 5, 1),
              (2103, 0, 5, 1), (1405, 0, 7, 1))
TIE_KINDS = ("weighted", "raw", "aijri", "green48", "yellow25")
DIRTY_KINDS = ("total", "score", "block", "duplicate-copy",
               "duplicate-name")

# ------------------------------------------------------------ text pools

JOBS = ("Claims Processor", "Payroll Administrator", "Logistics Planner",
        "Quality Inspector", "Insurance Underwriter", "Dental Hygienist",
        "Court Reporter", "Market Research Analyst", "Translator",
        "Bookkeeper", "Paralegal", "Dispatcher", "Copy Editor",
        "Travel Agent", "Tax Preparer", "Medical Coder", "Data Engineer",
        "Site Reliability Engineer", "Pastry Chef", "Sommelier",
        "Café Manager", "Électricien de maintenance", "Radiographer",
        "Physiotherapist", "Occupational Therapist", "Loan Officer",
        "Procurement Specialist", "UX Researcher", "Technical Writer",
        "Customer Support Agent", "Warehouse Supervisor", "Pharmacist",
        "Air Traffic Controller", "Security Analyst", "Actuary",
        "HR Business Partner", "Social Worker", "Veterinary Nurse",
        "Interpreter (日本語/English)", "Crèche Worker", "Sous-Chef",
        "Real Estate Appraiser", "Journalist", "Video Editor",
        "Recruiter", "Compliance Officer", "Line Cook", "Electrician",
        "Plumber", "Data Scientist", "Machine Learning Engineer",
        "Nurse Practitioner", "School Counselor", "Librarian")
QUALIFIERS = ("", "", "", "Senior ", "Remote ", "Regional ", "Clinical ",
              "Field ", "Night-shift ", "Bilingual ", "Contract ")
FAMILIES = ("Administrative Support", "Healthcare", "AI/ML Engineering",
            "Finance, Insurance & Accounting", "Food & Hospitality",
            "Legal", "Skilled Trades", "Media \"and\" Communications",
            "Logistics, Transport", "Éducation & Care", "Public Sector",
            "Technology", "Sales, Marketing")
TASK_VERBS = ("Review", "Prepare", "Key", "Draft", "Inspect", "Negotiate",
              "Schedule", "Translate", "Diagnose", "Triage", "Reconcile",
              "Plan", "Answer", "Audit", "Design", "Monitor", "Repair",
              "Coach", "Summarise", "Escalate", "Clean", "Label", "Test")
TASK_OBJECTS = ("routine invoices", "patient records", "client questions",
                "supplier contracts", "weekly schedules",
                "incident reports", "\"urgent\" tickets", "menus, recipes",
                "site surveys", "tax returns", "résumés and offers",
                "shipping manifests", "safety checklists", "test suites",
                "data pipelines", "court transcripts", "漢字 documents",
                "training plans", "budgets & forecasts",
                "customer complaints", "equipment faults", "lab samples")
TASK_SUFFIXES = ("", "", "", " for new clients", " on site",
                 " with the team", ", end to end", " (weekly)",
                 " across regions", " in two languages")
BECAUSE = ("Document AI extracts and enters this data unattended.",
           "AI drafts it; a person checks the odd case.",
           "Needs trust, judgment and a steady hand.",
           "Tools do the bulk, but someone signs off.",
           "Clients want a human, not a \"bot\", on the phone.",
           "Regulation requires a licensed person, for now.",
           "Pattern matching is cheap; context, é.g. local rules, is not.",
           "Scheduled queries replace manual runs, mostly.",
           "Hands-on work in cramped, changing spaces.",
           "字幕 and glossaries are machine-made; nuance is not.",
           "Works 50-80% faster with copilots; review stays human.",
           "Each site differs; robots can't reach, yet.",
           "Mature extraction tools do the core task.",
           "Someone must answer for the outcome.",
           "Customers pay for taste, not for speed.",
           "A \\ backslash and a \"quote\" in one reason.")
FORMULA_LIKE = ("=SUM(A1:A9) is how the old sheet did it.",
                "@mention the on-call lead before closing.",
                "=HYPERLINK(\"x\") style inputs must stay inert.",
                "@team reviews every exception.")
NOTE_HEADINGS = ("What the numbers don't capture", "Caveats, risks",
                 "Notes on the \"bimodal\" split", "Régional differences")
NOTE_LINES = ("- Title rotation: the title fades faster than the work.",
              "- Platform commoditisation moves work to vendors.",
              "- Bimodal: routine cases automate, hard ones stay human.",
              "- Wages rise where licensing protects the role, e.g. 字.",
              "- Headcount and spending diverge; budgets go to tools.")


def because_text(rng):
    if rng.random() < 0.01:
        return rng.choice(FORMULA_LIKE)
    return rng.choice(BECAUSE)


# --------------------------------------------------------------- scoring

def round_half_away(x, places):
    scale = 10 ** places
    a = abs(x) * scale
    n = a.numerator // a.denominator
    if a - n >= Fraction(1, 2):
        n += 1
    return Fraction(n if x >= 0 else -n, scale)


def fmt(x, places):
    r = round_half_away(x, places)
    scale = 10 ** places
    n = abs(r * scale)
    n = n.numerator
    sign = "-" if r < 0 else ""
    return "%s%d.%0*d" % (sign, n // scale, places, n % scale)


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
    return None


def aijri_of(w, e, b, g):
    """Exact AIJRI (unclamped) from W = weighted x 1000 and the totals."""
    raw = Fraction(6000 - w, 1000) * (1 + Fraction(4 * e, 100)) \
        * (1 + Fraction(2 * b, 100)) * (1 + Fraction(5 * g, 100))
    return raw, (raw - RAW_MIN) / RAW_SPAN * 100


def score(role):
    """Exact figures for a role model (see make_role)."""
    w = sum(t * s for t, s, _, _, _ in role["tasks"])
    e = sum(role["evidence"])
    b = sum(role["barriers"])
    g = role["growth"]
    raw, aijri = aijri_of(w, e, b, g)
    aijri = min(max(aijri, Fraction(0)), Fraction(100))
    t3 = Fraction(sum(t for t, s, _, _, _ in role["tasks"] if s >= 3), 10)
    final = aijri
    if role["override"] and role["override"][0] == "score":
        final = role["override"][1]
    printed = round_half_away(final, 1)
    zone = zone_of(printed)
    return {"weighted": Fraction(w, 1000), "raw": raw, "aijri": aijri,
            "score": final, "printed": printed, "zone": zone,
            "label": label_of(zone, g, t3)}


# ------------------------------------------------------- rounding hazards

def mod_product(e, b, g):
    return (100 + 4 * e) * (100 + 2 * b) * (100 + 5 * g)


def kinds_of(w, e, b, g):
    n = (6000 - w) * mod_product(e, b, g)
    x = n - 540000000
    out = []
    if w % 10 == 5:
        out.append("weighted")
    if n % 100000 == 50000:
        out.append("raw")
    if x <= 1000 * 7930000 and (2 * x) % 7930000 == 0 \
            and (2 * x // 7930000) % 2 == 1:
        out.append("aijri")
    if 4795 * 7930000 <= 10 * x < 4800 * 7930000:
        out.append("green48")
    if 2495 * 7930000 <= 10 * x < 2500 * 7930000:
        out.append("yellow25")
    return out


def no_clamp(w, e, b, g):
    _, a = aijri_of(w, e, b, g)
    return 0 < a <= 100


def random_totals(rng):
    return (rng.randint(-10, 10), rng.randint(0, 10), rng.randint(-2, 2))


def hazard(rng, kind):
    """A random input (W, e, b, g) of the given hazard kind."""
    if kind == "aijri":
        return rng.choice(AIJRI_TIES)
    for _ in range(100000):
        e, b, g = random_totals(rng)
        m = mod_product(e, b, g)
        if kind == "weighted":
            w = rng.randrange(1005, 5000, 10)
            if no_clamp(w, e, b, g):
                return (w, e, b, g)
            continue
        if kind == "raw":
            ws = [w for w in range(1000, 5001)
                  if ((6000 - w) * m) % 100000 == 50000
                  and no_clamp(w, e, b, g)]
            if ws:
                return (rng.choice(ws), e, b, g)
            continue
        lo = 4795 if kind == "green48" else 2495
        # 10 x ((6000 - w) m - 540000000) in [lo, lo + 5) x 7930000
        t_lo = -(-(lo * 793000 + 540000000) // m)          # ceil
        t_hi = ((lo + 5) * 793000 + 540000000 - 1) // m     # floor, <
        ws = [6000 - t for t in range(max(t_lo, 1000), min(t_hi, 5000) + 1)]
        if ws:
            return (rng.choice(ws), e, b, g)
    raise RuntimeError("no %s hazard found" % kind)


# --------------------------------------------------------------- the model

def partition(rng, total, k, least=1):
    """k integers of at least `least` summing to total."""
    free = total - k * (least - 1)
    cuts = sorted(rng.sample(range(1, free), k - 1))
    return [b - a + least - 1 for a, b in zip([0] + cuts, cuts + [free])]


def spread(rng, total, k, lo, hi):
    """k integers in lo..hi summing to total, randomly."""
    vals = [rng.randint(lo, hi) for _ in range(k)]
    while sum(vals) != total:
        i = rng.randrange(k)
        step = 1 if sum(vals) < total else -1
        if lo <= vals[i] + step <= hi:
            vals[i] += step
    return vals


def tasks_for(rng, w, k):
    """k (tenths, score) pairs: tenths > 0 summing to 1000, scores 1-5,
    sum(tenths x score) = w."""
    if w == 5000:
        return [(t, 5) for t in partition(rng, 1000, k)]
    while True:
        mean = w / 1000.0
        tenths = partition(rng, 1000, k, 10)
        scores = [min(5, max(1, int(round(rng.gauss(mean, 1.0)))))
                  for _ in range(k)]
        for _ in range(400):
            diff = w - sum(t * s for t, s in zip(tenths, scores))
            if diff == 0:
                return list(zip(tenths, scores))
            i, j = rng.randrange(k), rng.randrange(k)
            d = scores[j] - scores[i]
            if i != j and d != 0 and diff * d > 0:
                delta = min(tenths[i] - 1, diff // d)
                if delta >= 1:
                    tenths[i] -= delta
                    tenths[j] += delta
                    continue
            # change a score when the gap is at least that task's time
            step = 1 if diff > 0 else -1
            if 1 <= scores[i] + step <= 5 and abs(diff) >= tenths[i]:
                scores[i] += step


def tag_for(rng, s):
    """A tag that rolec does not warn about for score s (W102)."""
    if s <= 2:
        return rng.choice(("aug", "aug", "none"))
    if s == 5:
        return rng.choice(("disp", "disp", "none"))
    return rng.choice(("aug", "disp", "disp", "none"))


def make_role(rng, idx, tie):
    job = rng.choice(QUALIFIERS) + rng.choice(JOBS)
    level = rng.choice(LEVELS)
    slug = "".join(c if c.isascii() and c.isalnum() else "-"
                   for c in job.lower())
    slug = "-".join(p for p in slug.split("-") if p)
    role = {"idx": idx, "title": job, "level": level,
            "id": "%s-%s-%05d" % (slug, level, idx),
            "family": rng.choice(FAMILIES), "tie": None}
    akas = []
    for _ in range(rng.randint(0, 3)):
        a = rng.choice(QUALIFIERS[3:]) + rng.choice(JOBS)
        if a != job and a not in akas:
            akas.append(a)
    role["aka"] = akas
    role["assessed"] = "%04d-%02d-%02d" % (rng.randint(2024, 2026),
                                           rng.randint(1, 12),
                                           rng.randint(1, 28))
    role["summary"] = None
    role["summary_block"] = False
    if rng.random() < 0.8:
        words = rng.sample(TASK_OBJECTS, 4)
        role["summary"] = "Handles %s and %s,\nand also %s; sometimes %s." \
            % tuple(words)
        role["summary_block"] = rng.random() < 0.5
        if not role["summary_block"]:
            role["summary"] = role["summary"].replace("\n", " ")
    role["notes"] = []
    if rng.random() < 0.1:
        role["notes"].append((rng.choice(NOTE_HEADINGS),
                              "\n".join(rng.sample(NOTE_LINES, 3))))

    k = rng.randint(3, 15)
    if tie:
        w, e, b, g = hazard(rng, tie)
        role["tie"] = tie
        pairs = tasks_for(rng, w, k)
    else:
        while True:
            if rng.random() < 0.6:
                pairs = [(t * 10, 0) for t in partition(rng, 100, k, 2)]
            else:
                pairs = [(t, 0) for t in partition(rng, 1000, k, 15)]
            center = rng.choice((1.8, 2.5, 3.0, 3.5, 4.2))
            pairs = [(t, min(5, max(1, int(round(rng.gauss(center, 1.0))))))
                     for t, _ in pairs]
            w = sum(t * s for t, s in pairs)
            e = max(-10, min(10, int(round(rng.gauss(0, 4)))))
            b = rng.choice((0, 0, 1, 1, 2, 3, 4, 5, 6, 8))
            g = rng.randint(-2, 2)
            if no_clamp(w, e, b, g):
                break
    names = set()
    tasks = []
    for t, s in pairs:
        while True:
            name = "%s %s%s" % (rng.choice(TASK_VERBS),
                                rng.choice(TASK_OBJECTS),
                                rng.choice(TASK_SUFFIXES))
            if name not in names:
                names.add(name)
                break
        bc = because_text(rng) if rng.random() < 0.7 else None
        tasks.append((t, s, tag_for(rng, s), name, bc))
    role["tasks"] = tasks
    role["evidence"] = spread(rng, e, 5, -2, 2)
    role["barriers"] = spread(rng, b, 5, 0, 2)
    role["protective"] = [rng.randint(0, 3) for _ in PROTECTIVE]
    role["growth"] = g
    for blk, n in (("evidence", 5), ("barriers", 5), ("protective", 3)):
        role[blk + "_because"] = [because_text(rng) if rng.random() < 0.6
                                  else None for _ in range(n)]
    role["growth_because"] = because_text(rng) if rng.random() < 0.6 \
        else None
    role["override"] = None
    if not tie:
        u = rng.random()
        if u < 0.03:
            role["override"] = ("none",)
        elif u < 0.04:
            role["override"] = ("score",
                                Fraction(rng.randint(0, 1000), 10),
                                because_text(rng))
    role["peers"] = []
    role["transitions"] = []
    role["figures"] = score(role)
    if tie:
        assert tie in kinds_of(w, e, b, g), (tie, w, e, b, g)
        assert role["figures"]["weighted"] == Fraction(w, 1000)
    return role


def link(rng, roles, exclude):
    """Peers (quoted score = the peer's printed score) and transitions
    (to a role in a strictly better zone), inside the catalogue; roles
    with a score override and invalid roles take no part."""
    rank = {"red": 0, "yellow": 1, "green": 2}
    pool = [r for r in roles if r["idx"] not in exclude
            and not (r["override"] and r["override"][0] == "score")]
    better_than = {z: [r for r in pool if rank[r["figures"]["zone"]] > rank[z]]
                   for z in rank}
    for r in pool:
        if len(pool) > 4 and rng.random() < 0.6:
            for p in rng.sample(pool, rng.randint(1, 3)):
                if p is not r and p["id"] not in [x for x, _ in r["peers"]]:
                    r["peers"].append((p["id"], p["figures"]["printed"]))
        better = better_than[r["figures"]["zone"]]
        if better and rng.random() < 0.4:
            for t in rng.sample(better, min(len(better), rng.randint(1, 2))):
                r["transitions"].append(t["id"])


# ------------------------------------------------------- dirty mutations

def make_dirty(rng, role, kind):
    tasks = list(role["tasks"])
    if kind == "total":
        i = max(range(len(tasks)), key=lambda j: tasks[j][0])
        t = tasks[i]
        tasks[i] = (t[0] - 1,) + t[1:]
    elif kind == "score":
        i = rng.randrange(len(tasks))
        t = tasks[i]
        tasks[i] = (t[0], 6, "disp") + t[3:]
    elif kind == "block":
        role["missing"] = rng.choice(("evidence", "barriers", "protective",
                                      "growth"))
    elif kind == "duplicate-copy":           # an exact copy, same time
        i = max(range(len(tasks)), key=lambda j: tasks[j][0])
        t = tasks[i]
        if t[0] % 2:                         # make the share even
            j = (i + 1) % len(tasks)
            tasks[j] = (tasks[j][0] + 1,) + tasks[j][1:]
            t = (t[0] - 1,) + t[1:]
        tasks[i] = (t[0] // 2,) + t[1:]
        tasks.insert(i + 1, tasks[i])
    elif kind == "duplicate-name":           # copy-paste, another share
        i = max(range(len(tasks)), key=lambda j: tasks[j][0])
        t = tasks[i]
        a = t[0] // 3
        tasks[i] = (t[0] - a,) + t[1:]
        tasks.insert(i + 1, (a,) + t[1:])
    role["tasks"] = tasks
    role["dirty"] = kind


# ------------------------------------------------------------- emitters

def share_text(tenths):
    if tenths % 10 == 0:
        return "%d" % (tenths // 10)
    return "%d.%d" % (tenths // 10, tenths % 10)


def share_json(tenths):
    return json.loads(share_text(tenths))


def q(s):
    """A .role string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') \
        .replace("\n", "\\n") + '"'


def signed(v):
    return "%+d" % v if v else "0"


def text_block(s, indent):
    pad = " " * indent
    return '"""\n' + "".join(pad + line + "\n" for line in s.split("\n")) \
        + " " * (indent - 4) + '"""'


def emit_role(role):
    L = ['# Generated by bench/gen.py: assessment %d.' % role["idx"],
         "role %s {" % q(role["title"]),
         "    id       %s" % role["id"],
         "    level    %s" % role["level"],
         "    family   %s" % q(role["family"])]
    if role["aka"]:
        L.append("    aka      " + ", ".join(q(a) for a in role["aka"]))
    L.append("    assessed %s" % role["assessed"])
    if role["summary"] is not None:
        if role["summary_block"]:
            L.append("    summary  " + text_block(role["summary"], 8))
        else:
            L.append("    summary  " + q(role["summary"]))
    L.append("")
    width = max(len(share_text(t[0])) for t in role["tasks"]) + 1
    for t, s, tag, name, bc in role["tasks"]:
        line = '    task %*s %d %-4s %s' % (width, share_text(t) + "%", s,
                                            tag, q(name))
        L.append(line)
        if bc is not None:
            L.append("        because " + q(bc))
    L.append("")
    missing = role.get("missing")
    for blk, dims, fmt_v in (("evidence", EVIDENCE, signed),
                             ("barriers", BARRIERS, str),
                             ("protective", PROTECTIVE, str)):
        if blk == missing:
            continue
        vals, bcs = role[blk], role[blk + "_because"]
        if all(x is None for x in bcs) and role["idx"] % 3 == 0:
            L.append("    %s { %s }" % (blk, " ".join(
                "%s %s" % (d, fmt_v(v)) for d, v in zip(dims, vals))))
            continue
        dw = max(len(d) for d in dims)
        L.append("    %s {" % blk)
        for d, v, bc in zip(dims, vals, bcs):
            line = "        %-*s %2s" % (dw, d, fmt_v(v))
            if bc is not None:
                line += " because " + q(bc)
            L.append(line)
        L.append("    }")
    L.append("")
    if missing != "growth":
        line = "    growth %s" % signed(role["growth"])
        if role["growth_because"] is not None:
            line += " because " + q(role["growth_because"])
        L.append(line)
    for heading, text in role["notes"]:
        L.append("")
        L.append("    note %s %s" % (q(heading), text_block(text, 8)))
    ov = role["override"]
    if ov:
        L.append("")
        if ov[0] == "none":
            L.append("    override none")
        else:
            L.append("    override score %s because %s"
                     % (fmt(ov[1], 1), q(ov[2])))
    if role["peers"] or role["transitions"]:
        L.append("")
    for pid, quoted in role["peers"]:
        L.append("    peer %s %s" % (pid, fmt(quoted, 1)))
    for tid in role["transitions"]:
        L.append("    transition %s" % tid)
    f = role["figures"]
    L.append("")
    L.append("    expect %s %s%s" % (fmt(f["score"], 1), f["zone"],
                                     " " + f["label"] if f["label"] else ""))
    L.append("}")
    return "\n".join(L) + "\n"


def emit_json(role):
    def dims(blk, names):
        return {d: ({"value": v, "because": bc} if bc is not None
                    else {"value": v})
                for d, v, bc in zip(names, role[blk], role[blk + "_because"])}
    doc = {"id": role["id"], "title": role["title"], "level": role["level"],
           "family": role["family"], "aka": role["aka"],
           "assessed": role["assessed"]}
    if role["summary"] is not None:
        doc["summary"] = role["summary"]
    tasks = []
    for t, s, tag, name, bc in role["tasks"]:
        task = {"time": share_json(t), "score": s, "tag": tag, "name": name}
        if bc is not None:
            task["because"] = bc
        tasks.append(task)
    doc["tasks"] = tasks
    missing = role.get("missing")
    for blk, names in (("evidence", EVIDENCE), ("barriers", BARRIERS),
                       ("protective", PROTECTIVE)):
        if blk != missing:
            doc[blk] = dims(blk, names)
    if missing != "growth":
        doc["growth"] = {"value": role["growth"]}
        if role["growth_because"] is not None:
            doc["growth"]["because"] = role["growth_because"]
    if role["notes"]:
        doc["notes"] = [{"heading": h, "text": t} for h, t in role["notes"]]
    ov = role["override"]
    if ov:
        doc["override"] = {"kind": "none"} if ov[0] == "none" else \
            {"kind": "score", "value": json.loads(fmt(ov[1], 1)),
             "because": ov[2]}
    doc["peers"] = [{"id": p, "quoted": json.loads(fmt(s, 1))}
                    for p, s in role["peers"]]
    doc["transitions"] = role["transitions"]
    f = role["figures"]
    doc["expect"] = {"score": json.loads(fmt(f["score"], 1)),
                     "zone": f["zone"]}
    if f["label"]:
        doc["expect"]["label"] = f["label"]
    # one line, as machines write it; a trailing newline like a text file
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


# ---------------------------------------------------------------- main

def main(argv):
    args = argv[1:]
    seed, dirty = 2026, False
    while args and args[0].startswith("--"):
        if args[0] == "--seed":
            seed = int(args[1])
            args = args[2:]
        elif args[0] == "--dirty":
            dirty = True
            args = args[1:]
        else:
            break
    if len(args) != 2:
        sys.stderr.write("usage: gen.py [--seed S] [--dirty] N OUTDIR\n")
        return 2
    n, out = int(args[0]), args[1]
    if n < 5:
        sys.stderr.write("gen.py: N must be at least 5\n")
        return 2
    rng = random.Random("%d/%d/%s" % (seed, n, dirty))
    digits = max(5, len(str(n)))
    ntie = min(max(25, n // 50), n // 4)
    tie_at = {}
    for j, i in enumerate(sorted(rng.sample(range(1, n + 1), ntie))):
        tie_at[i] = TIE_KINDS[j % len(TIE_KINDS)]
    roles = [make_role(rng, i, tie_at.get(i)) for i in range(1, n + 1)]
    bad = {}
    if dirty:
        nbad = max(len(DIRTY_KINDS), n // 100)
        cand = [r["idx"] for r in roles if not r["tie"]]
        for j, i in enumerate(sorted(rng.sample(cand, nbad))):
            bad[i] = DIRTY_KINDS[j % len(DIRTY_KINDS)]
    link(rng, roles, set(bad))
    for r in roles:
        if r["idx"] in bad:
            make_dirty(rng, r, bad[r["idx"]])

    for sub in ("role", "json"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    rows = ["file\tid\tvalid\tweighted\traw\tscore\tzone\tlabel\tcase"]
    invalid = ["file\tkind"]
    ntasks = 0
    for r in roles:
        name = "%0*d" % (digits, r["idx"])
        with open(os.path.join(out, "role", name + ".role"), "w",
                  encoding="utf-8", newline="\n") as fh:
            fh.write(emit_role(r))
        with open(os.path.join(out, "json", name + ".json"), "w",
                  encoding="utf-8", newline="\n") as fh:
            fh.write(emit_json(r))
        ntasks += len(r["tasks"])
        f = r["figures"]
        if r["idx"] in bad:
            rows.append("%s\t%s\t0\t-\t-\t-\t-\t-\t%s"
                        % (name, r["id"], r["dirty"]))
            invalid.append("%s\t%s" % (name, r["dirty"]))
        else:
            rows.append("\t".join((name, r["id"], "1", fmt(f["weighted"], 2),
                                   fmt(f["raw"], 4), fmt(f["score"], 1),
                                   f["zone"], f["label"] or "-",
                                   r["tie"] or "-")))
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    if dirty:
        with open(os.path.join(out, "invalid.tsv"), "w", encoding="utf-8",
                  newline="\n") as fh:
            fh.write("\n".join(invalid) + "\n")
    with open(os.path.join(out, "stats.txt"), "w", encoding="utf-8") as fh:
        fh.write("roles\t%d\ntasks\t%d\nseed\t%d\ninvalid\t%d\n"
                 % (n, ntasks, seed, len(bad)))
        for k in TIE_KINDS:
            fh.write("tie-%s\t%d\n"
                     % (k, sum(1 for r in roles if r["tie"] == k)))
        fh.write("overrides\t%d\n" % sum(1 for r in roles if r["override"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
