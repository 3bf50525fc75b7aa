#!/usr/bin/python3
"""Benchmark: Krait's three int modes (checked, wrap, big) side by side on
integer-heavy programs, with CPython and PyPy in the same run.

The programs: fannkuch-redux (tests/golden/programs/fannkuch.py, list and
small-int work) and bench/int_programs/{sieve,lcg32,fib_memo,lcg64}.py, each
taking its problem size as argv[1]. lcg64 is written as Python programs
write a 64-bit LCG, `(a * x + c) % 2**64`: its products need more than 64
bits, so only CPython, PyPy and `--int=big` run it (checked mode raises
OverflowError, wrap mode computes 2**64 as 0); its checked and wrap cells
are empty.

Each program is translated by `krait translate FILE --int MODE -o BINARY`
for each mode once, untimed. The runs are interleaved round-robin as in
run_bench.py (its helpers are reused), every run's stdout must equal
CPython's, and the report (median wall and CPU times, the ratios big/checked,
big/wrap, CPython/big and PyPy/big) goes to bench/results/int_modes.md
(--out) and stdout.

  bazel build //translator/cli:krait
  /usr/bin/python3 bench/run_int_modes.py --reps 3
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
import run_bench  # noqa: E402  (timed_run, machine, git_commit, first_line, fmt_ratio)

# name, source (from the repository root), default size, modes that can run it
ALL_MODES = ["checked", "wrap", "big"]
PROGRAMS = [
    ("fannkuch", "tests/golden/programs/fannkuch.py", 10, ALL_MODES),
    ("sieve", "bench/int_programs/sieve.py", 1_000_000, ALL_MODES),
    ("lcg32", "bench/int_programs/lcg32.py", 3_000_000, ALL_MODES),
    ("fib_memo", "bench/int_programs/fib_memo.py", 300_000, ALL_MODES),
    ("lcg64", "bench/int_programs/lcg64.py", 3_000_000, ["big"]),
]
VARIANTS = ["CPython", "PyPy"] + ["Krait " + m for m in ALL_MODES]


def translate(krait, source, mode, binary):
    result = subprocess.run([krait, "translate", source, "--int", mode, "-o", binary],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        run_bench.fail(f"krait translate {source} --int {mode} failed "
                       f"(exit {result.returncode}):\n{result.stdout}{result.stderr}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--krait", default=os.path.join(REPO_ROOT, "bazel-bin/translator/cli/krait"))
    parser.add_argument("--python", default="/usr/bin/python3")
    parser.add_argument("--pypy", default="pypy3")
    parser.add_argument("--reps", type=int, default=3)
    for name, _, default, _ in PROGRAMS:
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=default, dest=name,
                            help=f"{name} problem size (default {default})")
    parser.add_argument("--note", help="a line put at the top of the report")
    parser.add_argument("--out", default=os.path.join(BENCH_DIR, "results", "int_modes.md"))
    args = parser.parse_args()
    if not os.access(args.krait, os.X_OK):
        run_bench.fail(f"no krait tool at {args.krait} (bazel build //translator/cli:krait)")
    pypy = shutil.which(args.pypy)
    variants = [v for v in VARIANTS if v != "PyPy" or pypy]

    with tempfile.TemporaryDirectory(prefix="krait-int-bench-") as workdir:
        commands = {}
        for name, source, _, modes in PROGRAMS:
            path = os.path.join(REPO_ROOT, source)
            size = str(getattr(args, name))
            commands[name] = {"CPython": [args.python, path, size]}
            if pypy:
                commands[name]["PyPy"] = [pypy, path, size]
            for mode in modes:
                binary = os.path.join(workdir, f"{name}_{mode}")
                print(f"translating {name} --int {mode} ...", file=sys.stderr)
                translate(args.krait, path, mode, binary)
                commands[name]["Krait " + mode] = [binary, size]

        load_before = os.getloadavg()
        started = datetime.datetime.now()
        wall, cpu, expected = {}, {}, {}
        for rep in range(args.reps):
            order = variants[rep % len(variants):] + variants[:rep % len(variants)]
            for name, _, _, _ in PROGRAMS:
                for variant in order:
                    argv = commands[name].get(variant)
                    if argv is None:
                        continue
                    seconds, cpu_seconds, status, out, err = run_bench.timed_run(argv)
                    if status != 0:
                        run_bench.fail(f"{variant} {name} exited {status}: {' '.join(argv)}\n"
                                       f"{err.decode(errors='replace')}")
                    if name not in expected:
                        _, _, _, cout, _ = run_bench.timed_run(commands[name]["CPython"])
                        expected[name] = cout
                    if out != expected[name]:
                        run_bench.fail(f"{variant} {name} printed something else than CPython")
                    wall.setdefault((name, variant), []).append(seconds)
                    cpu.setdefault((name, variant), []).append(cpu_seconds)
                    print(f"rep {rep + 1}/{args.reps} {name:9} {variant:13} {seconds:8.3f} s wall "
                          f"{cpu_seconds:8.3f} s cpu", file=sys.stderr)
        finished = datetime.datetime.now()
        load_after = os.getloadavg()

    med = {key: statistics.median(values) for key, values in wall.items()}
    med_cpu = {key: statistics.median(values) for key, values in cpu.items()}
    ratio = run_bench.fmt_ratio
    header = ("| program | size | " + " | ".join(f"{v} s" for v in VARIANTS) +
              " | big/checked | big/wrap | CPython/big | PyPy/big |")
    rule = "|---" * (2 + len(VARIANTS) + 4) + "|"

    def rows(table):
        lines = []
        for name, _, _, _ in PROGRAMS:
            cells = [f"{table[name, v]:.3f}" if (name, v) in table else "—" for v in VARIANTS]
            big = table.get((name, "Krait big"))
            lines.append(f"| {name} | {getattr(args, name):,} | " + " | ".join(cells) + " | "
                         f"{ratio(big, table.get((name, 'Krait checked')))} | "
                         f"{ratio(big, table.get((name, 'Krait wrap')))} | "
                         f"{ratio(table.get((name, 'CPython')), big)} | "
                         f"{ratio(table.get((name, 'PyPy')), big)} |")
        return "\n".join(lines)

    raw = []
    for name, _, _, _ in PROGRAMS:
        for v in variants:
            if (name, v) in wall:
                raw.append(f"- {name}, {v}: " + ", ".join(f"{s:.3f}" for s in wall[name, v]))
    command = "/usr/bin/python3 " + shlex.join(
        [os.path.relpath(os.path.abspath(__file__), REPO_ROOT)] + sys.argv[1:])
    pypy_version = "not installed"
    if pypy:
        pypy_version = " ".join(subprocess.run([pypy, "--version"], capture_output=True, text=True,
                                               check=False).stdout.split())
    note = f"**{args.note}**\n\n" if args.note else ""
    report = f"""# Krait's int modes (checked, wrap, big) against CPython and PyPy

{note}{args.reps} repetitions of each variant, interleaved round-robin (the variant order
rotates each repetition). Every run's stdout was checked byte for byte against CPython's.
`lcg64` needs ints beyond 64 bits: only CPython, PyPy and `--int=big` run it.

Median wall time (seconds) and ratios of the medians:

{header}
{rule}
{rows(med)}

Median CPU time (user + system of the process, seconds):

{header}
{rule}
{rows(med_cpu)}

Wall seconds of every run, in order:

{chr(10).join(raw)}

- CPython: `{args.python}` ({run_bench.first_line([args.python, "--version"])}).
- PyPy: `{pypy or "—"}` ({pypy_version}).
- Krait: `krait translate FILE --int MODE -o BINARY` (default `-O2`), `{args.krait}`.
- Compiler: {run_bench.first_line(["g++", "--version"])}.
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
