#!/usr/bin/python3
"""Independent scoring oracle for .role files.

Usage: score.py FILE.role...

For each role in each file, print one tab-separated line:

    id  weighted  task_resistance  evidence_modifier  barrier_modifier
    growth_modifier  raw  score  zone  label  split  time_3_plus
    quick_screen  composition

split is displacement/augmentation/not_involved in percent (shortest
form: 15, 12.5); composition is task_resistance/evidence/barriers/
protective/growth, one decimal each; label is "-" when there is none.

This is a second implementation of ../../shared/design/scoring.md, kept
apart from the C code on purpose: golden files are generated with it.
Every quantity is an exact fractions.Fraction built from the decimal
text of the source (no float is ever created) and each printed value is
rounded from its exact form, half away from zero.  The zone is taken
from the printed (rounded) score.

The parser is deliberately small: it accepts valid files and fails
loudly (exit 2) on anything it does not understand, but it does not
check the language's validity rules; rolec does that.

A role whose `expect` line disagrees with these figures is reported on
standard error and makes the exit status 1 (2 for a file that cannot be
read or parsed).

Overrides are modelled simply: `override score N` makes the final score
N (zone and label then follow from N by the usual rules), `override zone
Z` sets the zone (the label follows the rules of that zone), `override
label L` sets the label.  The formula's own figures are printed
unchanged in the other columns.
"""

import re
import sys
from fractions import Fraction

# The method's numbers, as exact rationals (scoring.md, "The formula").
EVIDENCE_STEP = Fraction(4, 100)
BARRIER_STEP = Fraction(2, 100)
GROWTH_STEP = Fraction(5, 100)
RAW_MIN = Fraction(54, 100)
RAW_SPAN = Fraction(793, 100)
GREEN_MIN = Fraction(48)
RED_BELOW = Fraction(25)

EVIDENCE_DIMS = ("postings", "companies", "wages", "tools", "experts")
BARRIER_DIMS = ("regulatory", "physical", "union", "liability", "cultural")
PROTECTIVE_DIMS = ("embodied", "interpersonal", "judgment")
ZONES = ("green", "yellow", "red")
LABELS = ("accelerated", "transforming", "stable", "urgent", "moderate")


class RoleError(Exception):
    pass


# ---------------------------------------------------------------- lexer

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r\n]+)
  | (?P<comment>\#[^\n]*)
  | (?P<block>\"\"\"(?P<block_body>.*?)\"\"\")
  | (?P<string>"(?P<string_body>(?:[^"\\\n]|\\.)*)")
  | (?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9A-Za-z]))
  | (?P<number>[+-]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)(?P<pct>%)?
  | (?P<ident>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)
  | (?P<punct>[{},])
""", re.X | re.S)

ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def unescape(body, where):
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = body[i + 1]
        if e in ESCAPES:
            out.append(ESCAPES[e])
            i += 2
        elif e == "u":
            m = re.match(r"u\{([0-9A-Fa-f]{1,6})\}", body[i + 1:])
            if not m:
                raise RoleError("%s: bad \\u escape" % where)
            out.append(chr(int(m.group(1), 16)))
            i += 1 + m.end()
        else:
            raise RoleError("%s: unknown escape \\%s" % (where, e))
    return "".join(out)


def dedent_block(body):
    """Text block value: first and last line ends and the common leading
    indentation removed (language.md, "Lexical structure")."""
    body = body.replace("\r\n", "\n")
    if body.startswith("\n"):
        body = body[1:]
    lines = body.split("\n")
    if len(lines) > 1 and lines[-1].strip(" \t") == "":
        lines[-1] = ""
    indents = [len(l) - len(l.lstrip(" \t")) for l in lines if l.strip()]
    cut = min(indents) if indents else 0
    text = "\n".join(l[cut:] for l in lines)
    if text.endswith("\n"):
        text = text[:-1]
    return text


def tokenize(src, path):
    if src.startswith("\ufeff"):
        src = src[1:]
    toks = []
    pos = 0
    line = 1
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise RoleError("%s:%d: unexpected character %r"
                            % (path, line, src[pos]))
        where = "%s:%d" % (path, line)
        if m.group("ws") is not None or m.group("comment") is not None:
            pass
        elif m.group("block") is not None:
            toks.append(("text", dedent_block(m.group("block_body")), where))
        elif m.group("string") is not None:
            toks.append(("text", unescape(m.group("string_body"), where),
                         where))
        elif m.group("date") is not None:
            toks.append(("date", m.group("date"), where))
        elif m.group("number") is not None:
            kind = "pct" if m.group("pct") else "num"
            toks.append((kind, m.group("number"), where))
        elif m.group("ident") is not None:
            toks.append(("ident", m.group("ident"), where))
        else:
            toks.append((m.group("punct"), m.group("punct"), where))
        line += src.count("\n", pos, m.end())
        pos = m.end()
    toks.append(("eof", None, "%s:%d" % (path, line)))
    return toks


# --------------------------------------------------------------- parser

class Parser:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0

    def peek(self, k=0):
        return self.toks[self.i + k]

    def take(self, kind, value=None):
        t = self.toks[self.i]
        if t[0] != kind or (value is not None and t[1] != value):
            want = value if value is not None else kind
            raise RoleError("%s: expected %s, found %r" % (t[2], want, t[1]))
        self.i += 1
        return t[1]

    def number(self):
        return Fraction(self.take("num"))

    def because(self):
        t = self.peek()
        if t[0] == "ident" and t[1] == "because":
            self.i += 1
            return self.take("text")
        return None

    def file(self):
        roles = []
        while self.peek()[0] != "eof":
            self.take("ident", "role")
            roles.append(self.role())
        return roles

    def role(self):
        r = {"title": self.take("text"), "id": None, "level": None,
             "tasks": [], "evidence": None, "barriers": None,
             "protective": None, "growth": None, "overrides": {},
             "expect": None,
             "where": self.peek()[2]}
        self.take("{")
        while self.peek()[0] != "}":
            kw = self.take("ident")
            handler = getattr(self, "st_" + kw, None)
            if handler is None:
                self.unknown(kw)
            handler(r)
        self.take("}")
        for need in ("evidence", "barriers", "protective", "growth"):
            if r[need] is None:
                raise RoleError("%s: role %r has no %s"
                                % (r["where"], r["title"], need))
        if not r["tasks"]:
            raise RoleError("%s: role %r has no task"
                            % (r["where"], r["title"]))
        return r

    def unknown(self, kw):
        raise RoleError("%s: unknown statement %r" % (self.peek()[2], kw))

    def st_id(self, r):
        r["id"] = self.take("ident")

    def st_level(self, r):
        r["level"] = self.take("ident")

    def st_family(self, r):
        self.take("text")

    def st_aka(self, r):
        self.take("text")
        while self.peek()[0] == ",":
            self.i += 1
            self.take("text")

    def st_assessed(self, r):
        self.take("date")

    def st_summary(self, r):
        self.take("text")

    def st_note(self, r):
        self.take("text")
        self.take("text")

    def st_task(self, r):
        share = Fraction(self.take("pct"))
        score = self.number()
        tag = self.take("ident")
        name = self.take("text")
        self.because()
        r["tasks"].append((share, score, tag, name))

    def dims(self, names):
        self.take("{")
        vals = {}
        while self.peek()[0] != "}":
            d = self.take("ident")
            if d not in names:
                raise RoleError("%s: unknown dimension %r"
                                % (self.peek()[2], d))
            vals[d] = self.number()
            self.because()
        self.take("}")
        missing = [d for d in names if d not in vals]
        if missing:
            raise RoleError("%s: missing %s" % (self.peek()[2], missing))
        return vals

    def st_evidence(self, r):
        r["evidence"] = self.dims(EVIDENCE_DIMS)

    def st_barriers(self, r):
        r["barriers"] = self.dims(BARRIER_DIMS)

    def st_protective(self, r):
        r["protective"] = self.dims(PROTECTIVE_DIMS)

    def st_growth(self, r):
        r["growth"] = self.number()
        self.because()

    def st_override(self, r):
        kind = self.take("ident")
        if kind == "none":
            return
        if kind == "score":
            r["overrides"]["score"] = self.number()
        elif kind in ("zone", "label"):
            r["overrides"][kind] = self.take("ident")
        else:
            self.unknown("override " + kind)
        self.because()

    def st_peer(self, r):
        self.take("ident")
        if self.peek()[0] == "num":
            self.i += 1

    def st_transition(self, r):
        self.take("ident")

    def st_expect(self, r):
        r["expect"] = [self.take("num")]
        if self.peek()[0] == "ident" and self.peek()[1] in ZONES:
            r["expect"].append(self.take("ident"))
            if self.peek()[0] == "ident" and self.peek()[1] in LABELS:
                r["expect"].append(self.take("ident"))


def parse(src, path):
    return Parser(tokenize(src, path)).file()


# -------------------------------------------------------------- scoring

def round_half_away(x, places):
    """Round the exact rational x to `places` decimals, half away from
    zero; return the rounded value as a Fraction."""
    scale = 10 ** places
    a = abs(x) * scale
    n = a.numerator // a.denominator
    if a - n >= Fraction(1, 2):
        n += 1
    return Fraction(n if x >= 0 else -n, scale)


def fmt(x, places):
    """Print x with exactly `places` decimals, half away from zero."""
    r = round_half_away(x, places)
    scale = 10 ** places
    n = abs(r * scale)
    assert n.denominator == 1
    n = n.numerator
    sign = "-" if r < 0 else ""
    if places == 0:
        return sign + str(n)
    return "%s%d.%0*d" % (sign, n // scale, places, n % scale)


def fmt_pct(x):
    """A percentage in its shortest form: 15, 12.5."""
    s = fmt(x, 1)
    return s[:-2] if s.endswith(".0") else s


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                            "abcdefghijklmnopqrstuvwxyz")


def slug(title):
    """ASCII letters lower-cased; every run of anything else that is not
    an ASCII letter or digit becomes one hyphen; hyphens trimmed."""
    s = re.sub(r"[^a-z0-9]+", "-", title.translate(ASCII_LOWER))
    return s.strip("-")


def zone_of(printed):
    if printed >= GREEN_MIN:
        return "green"
    if printed < RED_BELOW:
        return "red"
    return "yellow"


# Sub-labels: first matching rule of the zone wins (scoring.md).
def label_of(zone, growth, t3):
    if zone == "green":
        if growth == 2:
            return "accelerated"
        if t3 >= 20:
            return "transforming"
        return "stable"
    if zone == "yellow":
        return "urgent" if t3 >= 40 else "moderate"
    return None


def quick_screen(protective, growth):
    if protective <= 2 and growth < 0:
        return "red"
    if protective >= 6 or growth == 2:
        return "green"
    return "yellow"


def score_role(r):
    """Return a dict of exact figures for the parsed role r."""
    weighted = sum((s / 100 * n for s, n, _, _ in r["tasks"]), Fraction(0))
    tr = 6 - weighted
    ev = sum(r["evidence"].values(), Fraction(0))
    ba = sum(r["barriers"].values(), Fraction(0))
    pr = sum(r["protective"].values(), Fraction(0))
    gr = r["growth"]
    em = 1 + EVIDENCE_STEP * ev
    bm = 1 + BARRIER_STEP * ba
    gm = 1 + GROWTH_STEP * gr
    raw = tr * em * bm * gm
    aijri = (raw - RAW_MIN) / RAW_SPAN * 100
    aijri = min(max(aijri, Fraction(0)), Fraction(100))
    split = {"disp": Fraction(0), "aug": Fraction(0), "none": Fraction(0)}
    t3 = Fraction(0)
    for s, n, tag, _ in r["tasks"]:
        split[tag] += s
        if n >= 3:
            t3 += s
    score = aijri
    printed = round_half_away(score, 1)
    ov = r["overrides"]
    if "score" in ov:
        score = ov["score"]
        printed = round_half_away(score, 1)
    zone = ov.get("zone") or zone_of(printed)
    label = ov.get("label") or label_of(zone, gr, t3)
    return {
        "id": r["id"] or "%s-%s" % (slug(r["title"]), r["level"]),
        "weighted": weighted, "tr": tr, "em": em, "bm": bm, "gm": gm,
        "raw": raw, "aijri": aijri, "score": score, "zone": zone,
        "label": label, "split": split, "t3": t3,
        "quick": quick_screen(pr, gr),
        "composition": (tr / 5 * 50, ev / 10 * 20, ba / 10 * 15,
                        pr / 9 * 10, gr / 2 * 5),
    }


def expect_holds(r, f):
    """An `expect N [zone [label]]` line compares with the printed final
    score, zone and label; a role without one always passes."""
    e = r["expect"]
    if e is None:
        return True
    if round_half_away(Fraction(e[0]), 1) != round_half_away(f["score"], 1):
        return False
    if len(e) > 1 and e[1] != f["zone"]:
        return False
    return len(e) < 3 or e[2] == f["label"]


def line_of(f):
    return "\t".join([
        f["id"],
        fmt(f["weighted"], 2), fmt(f["tr"], 2),
        fmt(f["em"], 2), fmt(f["bm"], 2), fmt(f["gm"], 2),
        fmt(f["raw"], 4), fmt(f["score"], 1),
        f["zone"], f["label"] or "-",
        "/".join(fmt_pct(f["split"][k]) for k in ("disp", "aug", "none")),
        fmt_pct(f["t3"]), f["quick"],
        "/".join(fmt(c, 1) for c in f["composition"]),
    ])


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: score.py FILE.role...\n")
        return 2
    status = 0
    for path in argv[1:]:
        try:
            with open(path, encoding="utf-8", newline="") as fh:
                roles = parse(fh.read(), path)
        except UnicodeDecodeError as e:
            sys.stderr.write("score.py: %s: %s\n" % (path, e))
            status = 2
            continue
        except (OSError, RoleError) as e:
            sys.stderr.write("score.py: %s\n" % e)
            status = 2
            continue
        try:
            for r in roles:
                f = score_role(r)
                print(line_of(f))
                if not expect_holds(r, f):
                    sys.stderr.write("score.py: %s: expect %s does not hold\n"
                                     % (r["where"], " ".join(r["expect"])))
                    status = max(status, 1)
        except BrokenPipeError:
            sys.stderr.close()
            return status
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
