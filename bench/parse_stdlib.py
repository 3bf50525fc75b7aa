#!/usr/bin/python3
"""Benchmark: Krait's parser against CPython's ast.parse on the stdlib.

Parses every .py under /usr/lib/python3.11 (about 1,650 files, 810,000
lines, the test suite included) with Krait (//bench:parse_bench, all files
in one process) and with CPython's ast.parse (Debian's /usr/bin/python3, all
files in one process), in interleaved rounds: Krait, CPython, Krait, ...
Each round is a fresh process that reads every file first and then times
only the parsing, so start-up and disk do not count. Reports lines per
second (best round and median), the ratio, and each side's peak memory
(max RSS of its process, which holds all the sources), and writes them with
the machine, the load and the exact command to bench/results/parse_stdlib.md.

What each side does per file: Krait decodes, tokenizes and parses into its
arena AST (parse_file); CPython decodes, tokenizes, parses and builds the
Python ast objects (ast.parse(bytes)). Neither prints anything.

  bazel build -c opt //bench:parse_bench
  /usr/bin/python3 bench/parse_stdlib.py --bench bazel-bin/bench/parse_bench
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile

CPYTHON_SIDE = r"""
import ast, json, resource, sys, time, warnings
warnings.simplefilter("ignore")
sys.set_int_max_str_digits(0)
inputs = []
for path in open(sys.argv[1]).read().split("\n"):
    if path:
        with open(path, "rb") as f:
            inputs.append((path, f.read()))
start = time.perf_counter()
rejected = 0
for path, data in inputs:
    try:
        ast.parse(data, path)
    except (SyntaxError, ValueError):
        rejected += 1
seconds = time.perf_counter() - start
print(json.dumps({"files": len(inputs), "lines": sum(d.count(b"\n") for _, d in inputs),
                  "rejected": rejected, "seconds": [seconds],
                  "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def python_files(root):
    files = []
    for directory, dirs, names in os.walk(root):
        dirs.sort()
        files.extend(os.path.join(directory, n) for n in sorted(names) if n.endswith(".py"))
    return files


def run_json(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs (`nproc`: {len(os.sched_getaffinity(0))}), {model}, {platform.platform()}"


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def summary(name, runs):
    seconds = [r["seconds"][0] for r in runs]
    lines = runs[0]["lines"]
    return {
        "name": name,
        "best": min(seconds),
        "median": statistics.median(seconds),
        "all": seconds,
        "lines_per_s": lines / min(seconds),
        "median_lines_per_s": lines / statistics.median(seconds),
        "rss_mb": max(r["max_rss_kb"] for r in runs) / 1024,
        "rejected": runs[0]["rejected"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", default="bazel-bin/bench/parse_bench", help="the parse_bench binary")
    parser.add_argument("--root", default="/usr/lib/python3.11")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--built-from", help="commit the binary was built from (default: git HEAD)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "results", "parse_stdlib.md"))
    args = parser.parse_args()

    files = python_files(args.root)
    load_before = os.getloadavg()
    krait_runs, cpython_runs = [], []
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
        listing.write("\n".join(files) + "\n")
        listing.flush()
        for round_number in range(args.rounds):
            krait_runs.append(run_json([args.bench, "--files-from", listing.name]))
            cpython_runs.append(run_json([sys.executable, "-c", CPYTHON_SIDE, listing.name]))
            print(f"round {round_number + 1}: krait {krait_runs[-1]['seconds'][0]:.3f} s, "
                  f"cpython {cpython_runs[-1]['seconds'][0]:.3f} s", file=sys.stderr)
    load_after = os.getloadavg()
    krait, cpython = summary("Krait parse_file", krait_runs), summary("CPython ast.parse", cpython_runs)
    ratio = cpython["best"] / krait["best"]
    median_ratio = cpython["median"] / krait["median"]
    lines, nbytes = krait_runs[0]["lines"], krait_runs[0]["bytes"]

    command = "/usr/bin/python3 " + " ".join(
        [os.path.relpath(os.path.abspath(__file__))] + sys.argv[1:])
    rows = "\n".join(
        f"| {s['name']} | {s['best']:.3f} | {s['median']:.3f} | {s['lines_per_s']:,.0f} | "
        f"{s['median_lines_per_s']:,.0f} | {s['rss_mb']:.0f} | {s['rejected']} |"
        for s in (krait, cpython))
    verdict = "meets" if ratio >= 3 else "does not meet"
    report = f"""# Parsing the Python 3.11 standard library: Krait vs CPython

{len(files)} files, {lines:,} lines, {nbytes / 1e6:.1f} MB (every .py under `{args.root}`, the
test suite included). {args.rounds} interleaved rounds per side, each a fresh process that
reads all files first and times only the parsing.

| parser | best s | median s | lines/s (best) | lines/s (median) | peak RSS MB | rejected files |
|---|---|---|---|---|---|---|
{rows}

**Krait is {ratio:.2f}x CPython** (best round; {median_ratio:.2f}x on medians), which
{verdict} the target of 3x.
Seconds per round: Krait {", ".join(f"{s:.3f}" for s in krait['all'])};
CPython {", ".join(f"{s:.3f}" for s in cpython['all'])}.

Peak RSS is the whole process's, sources included (~{nbytes / 2**20:.0f} MiB of them);
CPython's includes the interpreter itself.

- Krait: `parse_file` (decode, tokenize, parse into the arena AST), built with
  Bazel `-c opt` (`.bazelrc`); `{args.bench}`.
- CPython: `ast.parse(bytes)` in Debian's `{sys.executable}` {platform.python_version()}
  (decode, tokenize, parse, build the Python `ast` objects).
- Machine: {machine()}; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after
  (the 2 cores are shared with other work).
- Date: {datetime.datetime.now().isoformat(timespec="minutes")}; built from commit
  `{args.built_from or git_commit()}`.

Command (from the repository root):

    bazel build -c opt //bench:parse_bench
    {command}
"""
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
