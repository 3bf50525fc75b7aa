#!/usr/bin/python3
"""Benchmark: the cost of calling a C function through ctypes, in Krait and
in CPython, against the same loop written in C, in one run.

bench/ctypes/call_loop.py calls kb_step (bench/ctypes/kbench.c, in the
shared library //bench:libkraitbench.so) n times from a loop, through plain
ctypes declarations. Variants, each a fresh process with the same n:
  CPython  Debian's /usr/bin/python3 running call_loop.py (libffi)
  PyPy     pypy3 running it, when installed
  Krait    call_loop.py translated by `krait translate -L DIR -o BINARY`
           (direct calls), once, untimed
  C        //bench:c_call_loop, the loop in C calling the same library
The library is found through LD_LIBRARY_PATH. Repetitions are interleaved
round-robin as in run_bench.py, every run's stdout must equal CPython's, and
the report (median wall times, Krait/C and CPython/Krait; the target of
issue 7 is Krait within 2x of C) goes to bench/results/ctypes_calls.md
(--out) and stdout.

  bazel build //translator/cli:krait //bench:libkraitbench.so //bench:c_call_loop
  /usr/bin/python3 bench/run_ctypes_calls.py --reps 3
"""

import argparse
import datetime
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
sys.path.insert(0, BENCH_DIR)
import run_bench  # noqa: E402  (timed_run, machine, git_commit, first_line, fmt_ratio, fail)

PROGRAM = os.path.join(BENCH_DIR, "ctypes", "call_loop.py")
VARIANTS = ["CPython", "PyPy", "Krait", "C"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--krait", default=os.path.join(REPO_ROOT, "bazel-bin/translator/cli/krait"))
    parser.add_argument("--bin-dir", default=os.path.join(REPO_ROOT, "bazel-bin/bench"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pypy", default="pypy3")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--calls", type=int, default=10_000_000)
    parser.add_argument("--out", default=os.path.join(BENCH_DIR, "results", "ctypes_calls.md"))
    args = parser.parse_args()
    for path in [args.krait, os.path.join(args.bin_dir, "c_call_loop")]:
        if not os.access(path, os.X_OK):
            run_bench.fail(f"no {path}: bazel build //translator/cli:krait "
                           "//bench:libkraitbench.so //bench:c_call_loop")
    pypy = shutil.which(args.pypy)
    variants = [v for v in VARIANTS if v != "PyPy" or pypy]
    os.environ["LD_LIBRARY_PATH"] = args.bin_dir
    size = str(args.calls)

    with tempfile.TemporaryDirectory(prefix="krait-ctypes-bench-") as workdir:
        binary = os.path.join(workdir, "call_loop")
        result = subprocess.run([args.krait, "translate", PROGRAM, "-L", args.bin_dir, "-o", binary],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            run_bench.fail(f"krait translate failed:\n{result.stdout}{result.stderr}")
        commands = {"CPython": [args.python, PROGRAM, size], "Krait": [binary, size],
                    "C": [os.path.join(args.bin_dir, "c_call_loop"), size]}
        if pypy:
            commands["PyPy"] = [pypy, PROGRAM, size]
        load_before = os.getloadavg()
        started = datetime.datetime.now()
        wall, expected = {}, None
        for rep in range(args.reps):
            order = variants[rep % len(variants):] + variants[:rep % len(variants)]
            for variant in order:
                seconds, cpu_seconds, status, out, err = run_bench.timed_run(commands[variant])
                if status != 0:
                    run_bench.fail(f"{variant} exited {status}:\n{err.decode(errors='replace')}")
                if expected is None:
                    expected = run_bench.timed_run(commands["CPython"])[3]
                if out != expected:
                    run_bench.fail(f"{variant} printed {out!r}, CPython {expected!r}")
                wall.setdefault(variant, []).append(seconds)
                print(f"rep {rep + 1}/{args.reps} {variant:8} {seconds:8.3f} s wall "
                      f"{cpu_seconds:8.3f} s cpu", file=sys.stderr)
        finished = datetime.datetime.now()
        load_after = os.getloadavg()

    med = {v: statistics.median(s) for v, s in wall.items()}
    ratio = run_bench.fmt_ratio
    per_call = {v: med[v] / args.calls * 1e9 for v in med}
    rows = "\n".join(f"| {v} | {med[v]:.3f} | {per_call[v]:.1f} |" for v in variants)
    raw = "\n".join(f"- {v}: " + ", ".join(f"{s:.3f}" for s in wall[v]) for v in variants)
    command = "/usr/bin/python3 " + shlex.join(
        [os.path.relpath(os.path.abspath(__file__), REPO_ROOT)] + sys.argv[1:])
    report = f"""# Calling a C function through ctypes: Krait, CPython and C

{args.calls:,} calls of `kb_step` (bench/ctypes/kbench.c, a shared library) from a loop:
bench/ctypes/call_loop.py under CPython (libffi) and translated by Krait (direct calls), and
the same loop in C (bench/ctypes/call_loop.c). {args.reps} repetitions, interleaved; every
run's stdout was checked against CPython's.

| variant | median wall s | ns per call (incl. loop) |
|---|---|---|
{rows}

- Krait / C: **{ratio(med["Krait"], med["C"])}** (issue 7's target: within 2x).
- CPython / Krait: {ratio(med["CPython"], med["Krait"])}.

Wall seconds of every run:

{raw}

- CPython: `{args.python}` ({run_bench.first_line([args.python, "--version"])}).
- Krait: `krait translate call_loop.py -L DIR -o BINARY` (default `-O2`).
- Compiler: {run_bench.first_line(["g++", "--version"])}.
- Machine: {run_bench.machine()}; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after.
- Date: {started.isoformat(timespec="minutes")} to {finished.isoformat(timespec="minutes")};
  commit `{run_bench.git_commit()}`.

Command (from the repository root):

    bazel build //translator/cli:krait //bench:libkraitbench.so //bench:c_call_loop
    {command}
"""
    run_bench.write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
