#!/usr/bin/python3
"""Benchmark: the re module on a 10 MB text, Krait (PCRE2 with its JIT)
against CPython's re (and PyPy's, when installed) in the same run.

The program is bench/re_text.py: findall (no group and two groups),
finditer with group(), sub (whitespace, digits), split and a \\b-anchored
findall over one text file given as argv[1]. The text (default 10 MB) is
made here from a fixed seed: words, capitalised words, e-mail addresses,
dates, numbers, punctuation, newlines and some non-ASCII words (so code
point indices matter). The program is translated once with `krait
translate` (untimed); the runs are interleaved round-robin as in
run_bench.py (its helpers are reused), every run's stdout must equal
CPython's, and the report (median wall and CPU times, CPython/Krait and
PyPy/Krait) goes to bench/results/re_text.md (--out) and stdout.

  bazel build //translator/cli:krait
  /usr/bin/python3 bench/run_re.py --reps 3
"""

import argparse
import datetime
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
sys.path.insert(0, BENCH_DIR)
import run_bench  # noqa: E402  (timed_run, machine, git_commit, first_line, fmt_ratio)

PROGRAM = os.path.join(BENCH_DIR, "re_text.py")
WORDS = ("the of and to in is that it was for on are with as his they be at one have this from "
         "or had by word but what some we can out other were all there when up use your how said "
         "an each which she do their time if will way about many then them write would like so "
         "these her long make thing see him two has look more day could go come did number sound "
         "naïve café über façade").split()
HOSTS = ["example", "mail", "krait", "python", "test"]


def make_text(path, size):
    rng = random.Random(20261125)
    pieces, total = [], 0
    while total < size:
        r = rng.random()
        if r < 0.02:
            piece = f"{rng.choice(WORDS)}.{rng.randrange(100)}@{rng.choice(HOSTS)}." \
                    f"{rng.choice(['com', 'org', 'net'])}"
        elif r < 0.04:
            piece = f"{rng.randrange(1900, 2100)}-{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02}"
        elif r < 0.08:
            piece = str(rng.randrange(100000))
        elif r < 0.16:
            piece = rng.choice(WORDS).capitalize()
        else:
            piece = rng.choice(WORDS)
        sep = rng.choice([" "] * 12 + ["  ", ", ", ". ", "! ", "? ", "\n", "\t"])
        pieces.append(piece + sep)
        total += len(piece) + len(sep)
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(pieces))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--krait", default=os.path.join(REPO_ROOT, "bazel-bin/translator/cli/krait"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pypy", default="pypy3")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--size", type=int, default=10_000_000, help="text size in characters")
    parser.add_argument("--note", help="a line put at the top of the report")
    parser.add_argument("--out", default=os.path.join(BENCH_DIR, "results", "re_text.md"))
    args = parser.parse_args()
    if not os.access(args.krait, os.X_OK):
        run_bench.fail(f"no krait tool at {args.krait} (bazel build //translator/cli:krait)")
    pypy = shutil.which(args.pypy)
    variants = ["CPython"] + (["PyPy"] if pypy else []) + ["Krait"]

    with tempfile.TemporaryDirectory(prefix="krait-re-bench-") as workdir:
        text = os.path.join(workdir, "text.txt")
        make_text(text, args.size)
        binary = os.path.join(workdir, "re_text")
        result = subprocess.run([args.krait, "translate", PROGRAM, "-o", binary],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            run_bench.fail(f"krait translate failed:\n{result.stdout}{result.stderr}")
        commands = {"CPython": [args.python, PROGRAM, text], "Krait": [binary, text]}
        if pypy:
            commands["PyPy"] = [pypy, PROGRAM, text]

        load_before = os.getloadavg()
        started = datetime.datetime.now()
        wall, cpu, expected = {}, {}, None
        for rep in range(args.reps):
            order = variants[rep % len(variants):] + variants[:rep % len(variants)]
            for variant in order:
                seconds, cpu_seconds, status, out, err = run_bench.timed_run(commands[variant])
                if status != 0:
                    run_bench.fail(f"{variant} exited {status}\n{err.decode(errors='replace')}")
                if expected is None:
                    expected = run_bench.timed_run(commands["CPython"])[3]
                if out != expected:
                    run_bench.fail(f"{variant} printed something else than CPython")
                wall.setdefault(variant, []).append(seconds)
                cpu.setdefault(variant, []).append(cpu_seconds)
                print(f"rep {rep + 1}/{args.reps} {variant:8} {seconds:8.3f} s wall "
                      f"{cpu_seconds:8.3f} s cpu", file=sys.stderr)
        finished = datetime.datetime.now()
        load_after = os.getloadavg()

    ratio = run_bench.fmt_ratio
    lines = []
    for title, table in [("wall", wall), ("CPU", cpu)]:
        med = {v: statistics.median(table[v]) for v in variants}
        cells = " | ".join(f"{med[v]:.3f}" if v in med else "—" for v in ["CPython", "PyPy", "Krait"])
        lines.append(f"| {title} | {cells} | {ratio(med['CPython'], med['Krait'])} | "
                     f"{ratio(med.get('PyPy'), med['Krait'])} |")
    raw = [f"- {v}: " + ", ".join(f"{s:.3f}" for s in wall[v]) for v in variants]
    command = "/usr/bin/python3 " + shlex.join(
        [os.path.relpath(os.path.abspath(__file__), REPO_ROOT)] + sys.argv[1:])
    note = f"**{args.note}**\n\n" if args.note else ""
    report = f"""# The re module on a {args.size / 1e6:g} MB text: Krait against CPython

{note}`bench/re_text.py` over a generated text of {args.size:,} characters, {args.reps}
repetitions of each variant interleaved round-robin. Every run's stdout was checked byte for
byte against CPython's. Times are of the whole process (reading the file included).

| median seconds | CPython | PyPy | Krait | CPython/Krait | PyPy/Krait |
|---|---|---|---|---|---|
{chr(10).join(lines)}

Wall seconds of every run, in order:

{chr(10).join(raw)}

- CPython: `{args.python}` ({run_bench.first_line([args.python, "--version"])}).
- PyPy: `{pypy or "not installed"}`.
- Krait: `krait translate bench/re_text.py -o BINARY` (default `-O2`), `{args.krait}`.
- Machine: {run_bench.machine()}; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after.
- Date: {started.isoformat(timespec="minutes")} to {finished.isoformat(timespec="minutes")}; built from commit
  `{run_bench.git_commit()}`.

Command (from the repository root):

    bazel build //translator/cli:krait
    {command}
"""
    run_bench.write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
