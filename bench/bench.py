#!/usr/bin/python3
"""The benchmark driver behind bench/run.sh (standard library only).

usage: bench.py ROLEC OUTDIR [--sizes 1000,10000,30000] [--runs 7,5,5]
                [--latency-runs N] [--latency-size N] [--dirty-size N]
       bench.py --report OUTDIR     (the tables again, from results.json)

For each size: generate the catalogue (bench/gen.py, reused while gen.py
is unchanged), run every contender once untimed (warm cache; its output
goes to OUTDIR/<size>/ and is checked against expected.tsv), then time
them round-robin (run 1 of every contender, then run 2, ...), each run as

    /usr/bin/time -f '%e %U %S %M' taskset -c 1 COMMAND  > /dev/null

Wall time is taken around that with time.perf_counter (the %e of
/usr/bin/time has a 10 ms resolution, too coarse for one file; both are
kept in results.json), CPU time is %U + %S and peak memory %M (the
largest process of the command's tree) from /usr/bin/time.  The table
shows medians, the ratio of the median wall time to the floor's (`cat`
of the same bytes in the same encoding), the largest peak memory over
the runs and throughput.  Then the `dirty` variant (which files each
tool flags) and pre-commit latency (1 and 5 files, commands exec'd
directly, no shell).

Writes OUTDIR/results.json and OUTDIR/results.md and prints the tables.
A contender whose program is missing (npm not run, jq absent...) is
skipped and said so.
"""

import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import agree  # noqa: E402

PY = "/usr/bin/python3"
TIME = "/usr/bin/time"
AJV = os.path.join(HERE, "node", "node_modules", ".bin", "ajv")
SCHEMA = os.path.join(HERE, "schema.json")
SCOREJQ = os.path.join(HERE, "score.jq")
PYVAL = os.path.join(HERE, "pyvalidate.py")
GEN = os.path.join(HERE, "gen.py")


# ------------------------------------------------------------ utilities

def have(prog):
    return os.path.exists(prog) if os.path.isabs(prog) else \
        shutil.which(prog) is not None


def sh_out(argv):
    try:
        p = subprocess.run(argv, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=60)
        return p.stdout.strip()
    except (OSError, subprocess.SubprocessError) as e:
        return "unavailable (%s)" % e


def machine():
    model = "?"
    with open("/proc/cpuinfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("MemTotal"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1048576)
    return {"nproc": os.cpu_count(), "cpu": model, "memory": mem,
            "kernel": platform.release(),
            "python": sh_out([PY, "--version"])}


def versions(rolec):
    v = {"rolec": sh_out([rolec, "--version"]).splitlines()[0],
         "cat": sh_out(["cat", "--version"]).splitlines()[0],
         "GNU time": sh_out([TIME, "--version"]).splitlines()[0]}
    if "UNKNOWN" in v["GNU time"] and have("dpkg-query"):
        v["GNU time"] = "(Debian package time %s)" % sh_out(
            ["dpkg-query", "-W", "-f=${Version}", "time"])
    v["jq"] = sh_out(["jq", "--version"]) if have("jq") else "not installed"
    v["node"] = sh_out(["node", "--version"]) if have("node") \
        else "not installed"
    if have(AJV):
        pk = os.path.join(HERE, "node", "node_modules")
        for name in ("ajv-cli", "ajv"):
            with open(os.path.join(pk, name, "package.json"),
                      encoding="utf-8") as fh:
                v[name] = json.load(fh)["version"]
    else:
        v["ajv-cli"] = "not installed"
    v["python3-jsonschema"] = sh_out(
        [PY, "-c", "import importlib.metadata as m;"
         "print(m.version('jsonschema'))"])
    return v


def gen_stamp():
    with open(GEN, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def catalogue(outdir, n, dirty=False):
    """Generate (or reuse) the catalogue of n roles."""
    d = os.path.join(outdir, "cat-%d%s" % (n, "-dirty" if dirty else ""))
    stamp = os.path.join(d, ".stamp")
    want = gen_stamp()
    if os.path.exists(stamp):
        with open(stamp, encoding="utf-8") as fh:
            if fh.read() == want:
                return d
    if os.path.exists(d):
        shutil.rmtree(d)
    t0 = time.perf_counter()
    subprocess.run([PY, GEN] + (["--dirty"] if dirty else [])
                   + [str(n), d], check=True)
    sys.stderr.write("generated %s in %.1f s\n"
                     % (d, time.perf_counter() - t0))
    with open(stamp, "w", encoding="utf-8") as fh:
        fh.write(want)
    return d


def du(path):
    total = files = 0
    for root, _, names in os.walk(path):
        for n in names:
            total += os.path.getsize(os.path.join(root, n))
            files += 1
    return total, files


def measure(cmd, cwd, stdout=None, stderr=None):
    """Run cmd (argv list, or a string for sh -c) pinned to CPU 1 under
    /usr/bin/time; return wall s, CPU s, peak KiB, exit status, %e."""
    fd, tf = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    argv = [TIME, "-f", "%e %U %S %M", "-o", tf, "taskset", "-c", "1"]
    argv += ["sh", "-c", cmd] if isinstance(cmd, str) else cmd
    out = open(stdout, "w") if stdout else subprocess.DEVNULL
    err = open(stderr, "w") if stderr else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdout:
            out.close()
        if stderr:
            err.close()
    with open(tf, encoding="utf-8") as fh:
        last = fh.read().strip().splitlines()[-1].split()
    os.unlink(tf)
    e, u, s, m = last
    # /usr/bin/time's own figures have 10 ms resolution; wait4 gives the
    # CPU time of the whole tree (time and taskset included) to the us.
    return {"wall": wall, "cpu": float(u) + float(s), "rss_kib": int(m),
            "rc": p.returncode, "time_e": float(e),
            "cpu_ru": ru.ru_utime + ru.ru_stime}


# ------------------------------------------------------------ contenders

def bulk_contenders(rolec):
    """(name, encoding, timed command, untimed command with outputs,
    agreement kind, needed program)."""
    jq_files = "find json -name '*.json' -print0 | xargs -0 jq -c -f %s" \
        % SCOREJQ
    return [
        ("cat .role (floor)", "role",
         "find role -name '*.role' -print0 | xargs -0 cat", None, None,
         "cat"),
        ("cat .json (floor)", "json",
         "find json -name '*.json' -print0 | xargs -0 cat", None, None,
         "cat"),
        ("rolec check role/", "role", [rolec, "check", "role/"],
         [rolec, "check", "role/"], "check", rolec),
        ("rolec build -f json role/", "role",
         [rolec, "build", "-f", "json", "role/"],
         [rolec, "build", "-f", "json", "role/"], "rolec", rolec),
        ("jq -c . (parse only)", "json",
         "find json -name '*.json' -print0 | xargs -0 jq -c .", None, None,
         "jq"),
        ("jq -f score.jq", "json", jq_files, jq_files, "jq", "jq"),
        ("ajv-cli validate", "json",
         [AJV, "validate", "--spec=draft7", "-s", SCHEMA, "-d",
          "json/*.json"],
         [AJV, "validate", "--spec=draft7", "--all-errors", "--errors=line",
          "-s", SCHEMA, "-d", "json/*.json"], "ajv", AJV),
        ("python3 pyvalidate.py", "json", [PY, PYVAL, SCHEMA, "json/"],
         [PY, PYVAL, SCHEMA, "json/"], "py", PY),
    ]


def latency_contenders(rolec, stems):
    roles = ["role/%s.role" % s for s in stems]
    jsons = ["json/%s.json" % s for s in stems]
    ajv_d = []
    for j in jsons:
        ajv_d += ["-d", j]
    return [
        ("true (harness only)", "-", ["true"], "true"),
        ("cat .role (floor)", "role", ["cat"] + roles, "cat"),
        ("cat .json (floor)", "json", ["cat"] + jsons, "cat"),
        ("rolec check FILES", "role", [rolec, "check"] + roles, rolec),
        ("rolec check --catalogue=role/ FILES", "role",
         [rolec, "check", "--catalogue=role/"] + roles, rolec),
        ("rolec build -f json FILES", "role",
         [rolec, "build", "-f", "json"] + roles, rolec),
        ("jq -f score.jq FILES", "json",
         ["jq", "-c", "-f", SCOREJQ] + jsons, "jq"),
        ("ajv-cli validate -d FILE...", "json",
         [AJV, "validate", "--spec=draft7", "-s", SCHEMA] + ajv_d, AJV),
        ("python3 pyvalidate.py FILES", "json", [PY, PYVAL, SCHEMA] + jsons,
         PY),
    ]


# What each contender checks (by construction; the dirty run verifies it).
CHECKS_HEAD = ("contender", "ranges", "100% total", "complete blocks",
               "duplicates", "references", "1 decimal", "scores",
               "positions")
CHECKS = [
    ("rolec check", "yes", "yes (exact)", "yes", "task names (warning "
     "W103), dims, ids", "yes (directory = catalogue)", "yes",
     "exact; verifies `expect`", "file:line:col"),
    ("rolec build -f json", "yes", "yes (exact)", "yes", "as check",
     "yes", "yes", "exact, emitted", "file:line:col"),
    ("jq -f score.jq", "yes", "yes (double, 1e-9)", "yes", "task names",
     "no (one file at a time)", "no", "double", "file only"),
    ("ajv-cli + schema.json", "yes", "**no** (not expressible)", "yes "
     "(required)", "identical items only (uniqueItems)", "no", "no",
     "none", "JSON pointer"),
    ("python3 + jsonschema", "yes (schema)", "yes (Decimal, in code)",
     "yes (schema)", "task names, ids (code)", "yes (code)", "yes (code)",
     "exact (Decimal)", "JSON path"),
]


# ------------------------------------------------------------ running

def fmt_ms(s):
    return "%.1f" % (s * 1000) if s < 1 else "%.0f" % (s * 1000)


def summarise(samples):
    return {"wall": statistics.median(x["wall"] for x in samples),
            "cpu": statistics.median(x["cpu"] for x in samples),
            "rss_kib": max(x["rss_kib"] for x in samples),
            "runs": len(samples),
            "rcs": sorted(set(x["rc"] for x in samples)),
            "walls": [round(x["wall"], 5) for x in samples],
            "time_e": [x["time_e"] for x in samples],
            "cpu_ru": statistics.median(x["cpu_ru"] for x in samples)}


def bulk(rolec, outdir, n, runs):
    cat = catalogue(outdir, n)
    res = {"n": n, "runs": runs, "sizes": {}, "agreement": {},
           "contenders": {}}
    for enc in ("role", "json"):
        b, f = du(os.path.join(cat, enc))
        res["sizes"][enc] = {"bytes": b, "files": f}
    work = os.path.join(outdir, "out-%d" % n)
    os.makedirs(work, exist_ok=True)
    todo = []
    for name, enc, cmd, once, kind, prog in bulk_contenders(rolec):
        if not have(prog):
            res["contenders"][name] = {"skipped": "%s not installed" % prog}
            continue
        todo.append((name, enc, cmd))
        # untimed run: warms the cache and gives the outputs to check
        o = os.path.join(work, kind or "floor") + ".out"
        e = os.path.join(work, kind or "floor") + ".err"
        r = measure(once or cmd, cat, o, e)
        if kind == "check":
            res["agreement"][name] = (
                "exit %d: every `expect` line holds (score, zone, label)"
                % r["rc"] if r["rc"] == 0 else
                "exit %d: see %s" % (r["rc"], e))
        elif kind == "ajv":
            flagged = agree.flagged("ajv", o, e)
            res["agreement"][name] = "scores nothing; %d of %d valid files " \
                "flagged (exit %d)" % (len(flagged), n, r["rc"])
        elif kind:
            line, ok, ex = agree.compare_scores(cat, kind, o)
            res["agreement"][name] = line + ("" if ok else
                                             " e.g. " + "; ".join(ex[:3]))
    for i in range(runs):
        for name, enc, cmd in todo:
            res["contenders"].setdefault(name, {"enc": enc, "samples": []})
            res["contenders"][name]["samples"].append(measure(cmd, cat))
        sys.stderr.write("  %d roles: round %d of %d done\n" % (n, i + 1,
                                                              runs))
    for name, c in res["contenders"].items():
        if "samples" in c:
            c.update(summarise(c.pop("samples")))
    return res


def dirty(rolec, outdir, n):
    cat = catalogue(outdir, n, dirty=True)
    work = os.path.join(outdir, "out-%d-dirty" % n)
    os.makedirs(work, exist_ok=True)
    runs = [("rolec check role/", "rolec",
             [rolec, "check", "--diagnostics-format=json", "role/"], rolec),
            ("jq -f score.jq", "jq",
             "find json -name '*.json' -print0 | xargs -0 jq -c -f %s"
             % SCOREJQ, "jq"),
            ("ajv-cli validate", "ajv",
             [AJV, "validate", "--spec=draft7", "--all-errors",
              "--errors=line", "-s", SCHEMA, "-d", "json/*.json"], AJV),
            ("python3 pyvalidate.py", "py", [PY, PYVAL, SCHEMA, "json/"], PY)]
    out = {}
    for name, kind, cmd, prog in runs:
        if not have(prog):
            out[name] = {"line": "skipped: %s not installed" % prog}
            continue
        o = os.path.join(work, kind + ".out")
        e = os.path.join(work, kind + ".err")
        r = measure(cmd, cat, o, e)
        line, ok, kinds = agree.compare_flags(cat, kind, o, e)
        out[name] = {"line": "%s (exit %d)" % (line, r["rc"]), "ok": ok,
                     "kinds": kinds}
    return {"n": n, "results": out}


def latency(rolec, outdir, n, runs):
    cat = catalogue(outdir, n)
    res = {"n": n, "runs": runs, "cases": {}}
    for count in (1, 5):
        stems = ["%05d" % i for i in range(1, count + 1)]
        todo = [(name, enc, cmd) for name, enc, cmd, prog
                in latency_contenders(rolec, stems) if have(prog)]
        skipped = [name for name, enc, cmd, prog
                   in latency_contenders(rolec, stems) if not have(prog)]
        samples = {name: [] for name, _, _ in todo}
        for name, enc, cmd in todo:          # warm-up
            measure(cmd, cat)
        for _ in range(runs):
            for name, enc, cmd in todo:
                samples[name].append(measure(cmd, cat))
        res["cases"][count] = {
            "skipped": skipped,
            "contenders": {name: dict(summarise(samples[name]), enc=enc)
                           for name, enc, _ in todo}}
    return res


# ------------------------------------------------------------ reporting

def table(head, rows):
    out = ["| " + " | ".join(head) + " |",
           "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def report(res):
    L = []
    m = res["machine"]
    L.append("Machine: %s CPU(s), %s, %s RAM, Linux %s; pinned to one core "
             "(`taskset -c 1`)." % (m["nproc"], m["cpu"], m["memory"],
                                    m["kernel"]))
    L.append("")
    L.append("Versions: " + "; ".join("%s %s" % kv
                                      for kv in res["versions"].items()))
    b = res.get("rolec_binary")
    if b:
        L.append("")
        L.append("rolec binary: %s built %s from tree %s, sha256 %s..."
                 % (b["path"], b["built"], b["tree"], b["sha256"][:12]))
    for b in res["bulk"]:
        n = b["n"]
        sz = b["sizes"]
        L.append("")
        L.append("### %d roles (%d runs each, round-robin; median)" %
                 (n, b["runs"]))
        L.append("")
        L.append(".role: %d files, %.1f MB; .json: %d files, %.1f MB." % (
            sz["role"]["files"], sz["role"]["bytes"] / 1e6,
            sz["json"]["files"], sz["json"]["bytes"] / 1e6))
        L.append("")
        floors = {c["enc"]: c["wall"] for name, c in b["contenders"].items()
                  if "(floor)" in name and "wall" in c}
        cfloors = {c["enc"]: c["cpu"] for name, c in b["contenders"].items()
                   if "(floor)" in name and "cpu" in c}
        floor_walls = {c["enc"]: c["walls"]
                       for name, c in b["contenders"].items()
                       if "(floor)" in name and "walls" in c}
        rows = []
        for name, c in b["contenders"].items():
            if "skipped" in c:
                rows.append((name, "-", "skipped: " + c["skipped"], "", "",
                             "", "", "", "", ""))
                continue
            fl = floors.get(c["enc"])
            cfl = cfloors.get(c["enc"])
            mb = sz[c["enc"]]["bytes"] / 1e6
            fw = floor_walls.get(c["enc"])
            paired = statistics.median(
                w / f for w, f in zip(c["walls"], fw)) if fw else None
            rows.append((name, c["enc"], fmt_ms(c["wall"]),
                         "%.2f" % (c["wall"] / fl) if fl else "-",
                         "%.2f" % paired if paired else "-",
                         fmt_ms(c["cpu"]),
                         "%.2f" % (c["cpu"] / cfl) if cfl else "-",
                         "%.1f" % (c["rss_kib"] / 1024),
                         "%.0f" % (n / c["wall"]), "%.1f" % (mb / c["wall"])
                         + ("" if c["rcs"] == [0] else
                            " (exit %s)" % c["rcs"])))
        L.append(table(("contender", "input", "wall ms", "x floor",
                        "paired x", "CPU ms", "CPU x floor", "peak MiB",
                        "files/s", "MB/s"), rows))
        L.append("")
        L.append("x floor: median wall time over the floor's median (the "
                 "`cat` of the same encoding); paired x: median over the "
                 "rounds of the ratio within a round, which cancels a slow "
                 "period of a shared machine; CPU x floor: the same on "
                 "CPU time (10 ms step).")
        L.append("")
        L.append("Agreement with expected.tsv:")
        L.append("")
        for name, line in b["agreement"].items():
            L.append("- %s: %s" % (name, line))
    L.append("")
    L.append("### What each contender checks")
    L.append("")
    L.append(table(CHECKS_HEAD, CHECKS))
    if res.get("dirty"):
        d = res["dirty"]
        L.append("")
        L.append("### Dirty catalogue (%d roles, 1 %% invalid): files flagged"
                 % d["n"])
        L.append("")
        for name, r in d["results"].items():
            L.append("- %s: %s" % (name, r["line"]))
    if res.get("latency"):
        lt = res["latency"]
        L.append("")
        L.append("### Pre-commit latency (files from the %d-role catalogue; "
                 "%d runs, median)" % (lt["n"], lt["runs"]))
        L.append("")
        L.append("Wall and CPU are medians including the harness "
                 "(`/usr/bin/time` and `taskset` start-up, measured by the "
                 "`true` row); \"net\" subtracts the `true` row's wall time. "
                 "CPU here is from wait4 (us resolution, harness included), "
                 "as /usr/bin/time's %U/%S have a 10 ms step.")
        L.append("")
        rows = []
        names = list(lt["cases"][1]["contenders"])
        for name in names:
            row = [name]
            for count in (1, 5):
                cs = lt["cases"][count]["contenders"]
                c = cs[name]
                base = cs.get("true (harness only)", {}).get("wall", 0)
                row += [fmt_ms(c["wall"]), fmt_ms(c["wall"] - base),
                        fmt_ms(c["cpu_ru"]), "%.1f" % (c["rss_kib"] / 1024)]
            rows.append(row)
        L.append(table(("contender", "1 file: wall ms", "net ms", "CPU ms",
                        "peak MiB", "5 files: wall ms", "net ms", "CPU ms",
                        "peak MiB"), rows))
        sk = lt["cases"][1]["skipped"]
        if sk:
            L.append("")
            L.append("Skipped (not installed): " + ", ".join(sk))
    return "\n".join(L) + "\n"


def main(argv):
    args = argv[1:]
    opts = {"--sizes": "1000,10000,30000", "--runs": "7,5,5",
            "--latency-runs": "21", "--latency-size": "10000",
            "--dirty-size": "1000"}
    pos = []
    while args:
        if args[0] in opts:
            opts[args[0]] = args[1]
            args = args[2:]
        else:
            pos.append(args.pop(0))
    if len(pos) == 2 and pos[0] == "--report":
        with open(os.path.join(pos[1], "results.json"),
                  encoding="utf-8") as fh:
            res = json.load(fh)
        for lt in [res.get("latency")] if res.get("latency") else []:
            lt["cases"] = {int(k): v for k, v in lt["cases"].items()}
        sys.stdout.write(finish(res, pos[1]))
        return 0
    if len(pos) != 2:
        sys.stderr.write(__doc__)
        return 2
    outdir = os.path.abspath(pos[1])
    os.makedirs(outdir, exist_ok=True)
    # Time a private copy: the tree's build/rolec may be rebuilt while a
    # long run is going on.
    rolec = os.path.join(outdir, "rolec")
    shutil.copy2(os.path.abspath(pos[0]), rolec)
    with open(rolec, "rb") as fh:
        rolec_sha = hashlib.sha256(fh.read()).hexdigest()
    sizes = [int(x) for x in opts["--sizes"].split(",") if x]
    runs = [int(x) for x in opts["--runs"].split(",")]
    runs += [runs[-1]] * (len(sizes) - len(runs))
    t0 = time.perf_counter()
    load0 = os.getloadavg()
    res = {"machine": machine(), "versions": versions(rolec), "bulk": [],
           "rolec_binary": {
               "path": pos[0], "sha256": rolec_sha,
               "built": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(
                   os.path.getmtime(pos[0]))),
               "tree": sh_out(["git", "-C", os.path.join(HERE, ".."),
                               "describe", "--always", "--dirty"])}}
    for n, r in zip(sizes, runs):
        sys.stderr.write("bench: %d roles, %d runs\n" % (n, r))
        res["bulk"].append(bulk(rolec, outdir, n, r))
    if int(opts["--dirty-size"]):
        sys.stderr.write("bench: dirty catalogue\n")
        res["dirty"] = dirty(rolec, outdir, int(opts["--dirty-size"]))
    if int(opts["--latency-runs"]):
        sys.stderr.write("bench: pre-commit latency\n")
        res["latency"] = latency(rolec, outdir, int(opts["--latency-size"]),
                                 int(opts["--latency-runs"]))
    res["elapsed_s"] = round(time.perf_counter() - t0, 1)
    res["loadavg"] = {"start": load0, "end": os.getloadavg()}
    with open(os.path.join(outdir, "results.json"), "w",
              encoding="utf-8") as fh:
        json.dump(res, fh, indent=1)
    sys.stdout.write(finish(res, outdir))
    return 0


def finish(res, outdir):
    """The report's text, also written to OUTDIR/results.md."""
    text = report(res)
    text += "\nWhole run: %.0f s; load average (1, 5, 15 min) %s at the " \
        "start, %s at the end.\n" % (
            res["elapsed_s"],
            "/".join("%.2f" % x for x in res["loadavg"]["start"]),
            "/".join("%.2f" % x for x in res["loadavg"]["end"]))
    with open(os.path.join(outdir, "results.md"), "w",
              encoding="utf-8") as fh:
        fh.write(text)
    return text


if __name__ == "__main__":
    sys.exit(main(sys.argv))
