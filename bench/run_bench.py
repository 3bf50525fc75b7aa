#!/usr/bin/python3
"""Benchmark: n-body, spectral-norm and fannkuch-redux under CPython, PyPy,
Krait and hand-written C++, in one run with interleaved repetitions.

The programs are the golden programs tests/golden/programs/{nbody,
spectral_norm,fannkuch}.py, given the problem size as argv[1]
and their hand-written C++ versions bench/cpp/*.cc (same algorithm, same loops,
same floating-point operations in the same order, so the same output).

Variants, each run as its own process with the same problem size:
  CPython  Debian's /usr/bin/python3 (--python), running the .py
  PyPy     Debian's pypy3 (--pypy; left out, and said so, when not installed)
  Krait    the .py translated by `krait translate FILE -o BINARY` at Krait's
           default optimisation level (-O2), into a temporary directory; the
           translation is done once, before timing, and is not timed
  C++      //bench:hand_{program} (bazel -c opt: -O2, plus -ffp-contract=off)

Repetitions are interleaved round-robin: repetition 1 of every (program,
variant), then repetition 2, and so on; within a repetition the order of the
variants rotates by one each time, so no variant always runs right after the
same other one. Every run's stdout must be byte-identical to CPython's first
run's, and every run must exit 0; otherwise the script stops with the
difference (exit status 1) and writes no report.

Reported per program: the median wall time of each variant (and the median
CPU time, user + system, of the process, which the load of a shared machine
disturbs less), and the ratios CPython/Krait, PyPy/Krait and Krait/C++ on the
median wall times, against the targets of issue 4. The report (Markdown,
with the command line, date, commit, machine, load and versions) goes to
bench/results/pipeline.md (--out) and to stdout.

  bazel build //translator/cli:krait //bench:hand_nbody //bench:hand_spectral_norm //bench:hand_fannkuch
  /usr/bin/python3 bench/run_bench.py --reps 3

--krait and --hand-dir say where the binaries are (default: bazel-bin/...);
--nbody, --spectral-norm and --fannkuch set the problem sizes; --note adds a
line at the top of the report (e.g. that the machine was loaded).
"""

import argparse
import datetime
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)

# name, argv-size option, default size, title, targets of issue 4 (CPython/Krait at least)
PROGRAMS = [
    ("nbody", "nbody", 5_000_000, "n-body", 45),
    ("spectral_norm", "spectral_norm", 2000, "spectral-norm", 65),
    ("fannkuch", "fannkuch", 10, "fannkuch-redux", 17),
]
VARIANTS = ["CPython", "PyPy", "Krait", "C++"]
KRAIT_VS_CPP_TARGET = 1.5  # Krait within 1.5x of the hand-written C++


def fail(message):
    print(f"run_bench: {message}", file=sys.stderr)
    sys.exit(1)


def first_line(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError:
        return "not installed"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "unknown"


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            memory = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (f"{len(os.sched_getaffinity(0))} CPUs (`nproc`), {model}, {memory} RAM, "
            f"{platform.platform()}")


def git_commit():
    try:
        out = subprocess.run(["git", "-C", REPO_ROOT, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", REPO_ROOT, "status", "--porcelain", "--",
                                "annotator", "backend", "runtime", "translator", "bench"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return out + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def timed_run(argv):
    """Runs argv; returns (wall seconds, cpu seconds, exit status, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return wall, usage.ru_utime + usage.ru_stime, proc.returncode, out.read(), err.read()


def translate(krait, source, binary):
    start = time.perf_counter()
    result = subprocess.run([krait, "translate", source, "-o", binary],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        fail(f"krait translate {source} failed (exit {result.returncode}):\n"
             f"{result.stdout}{result.stderr}")
    return time.perf_counter() - start


def write_report(path, report):
    """Writes the report (creating its folder) and prints it."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(report)
    print(report)


def fmt_ratio(numerator, denominator):
    if numerator is None or denominator is None:
        return "—"
    return f"{numerator / denominator:.2f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--krait", default=os.path.join(REPO_ROOT, "bazel-bin/translator/cli/krait"),
                        help="the krait tool (default: bazel-bin/translator/cli/krait)")
    parser.add_argument("--hand-dir", default=os.path.join(REPO_ROOT, "bazel-bin/bench"),
                        help="directory holding hand_nbody, hand_spectral_norm, hand_fannkuch")
    parser.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3")
                        else sys.executable, help="CPython (default: Debian's /usr/bin/python3)")
    parser.add_argument("--pypy", default="pypy3", help="PyPy (default: pypy3 on PATH)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions per variant (default 3)")
    for name, option, default, title, _ in PROGRAMS:
        parser.add_argument("--" + option.replace("_", "-"), type=int, default=default,
                            dest=name, help=f"{title} problem size (default {default})")
    parser.add_argument("--only", help="comma-separated subset of programs (for trying things out)")
    parser.add_argument("--note", help="a line put at the top of the report")
    parser.add_argument("--built-from", help="commit the binaries were built from (default: git HEAD)")
    parser.add_argument("--out", default=os.path.join(BENCH_DIR, "results", "pipeline.md"))
    args = parser.parse_args()

    programs = PROGRAMS
    if args.only:
        wanted = args.only.split(",")
        programs = [p for p in PROGRAMS if p[0] in wanted]
        if len(programs) != len(wanted):
            fail(f"--only: unknown program in {args.only!r}")
    if not os.access(args.krait, os.X_OK):
        fail(f"no krait tool at {args.krait} (bazel build //translator/cli:krait, or --krait)")
    pypy = shutil.which(args.pypy)
    variants = [v for v in VARIANTS if v != "PyPy" or pypy]

    with tempfile.TemporaryDirectory(prefix="krait-bench-") as workdir:
        commands = {}
        translate_seconds = {}
        for name, _, _, _, _ in programs:
            source = os.path.join(BENCH_DIR, "..", "tests", "golden", "programs", name + ".py")
            hand = os.path.join(args.hand_dir, "hand_" + name)
            if not os.access(hand, os.X_OK):
                fail(f"no hand-written C++ binary at {hand} (bazel build //bench:hand_{name})")
            binary = os.path.join(workdir, name)
            print(f"translating {name} ...", file=sys.stderr)
            translate_seconds[name] = translate(args.krait, source, binary)
            size = str(getattr(args, name))
            commands[name] = {"CPython": [args.python, source, size], "Krait": [binary, size],
                              "C++": [hand, size]}
            if pypy:
                commands[name]["PyPy"] = [pypy, source, size]

        load_before = os.getloadavg()
        started = datetime.datetime.now()
        wall = {(p[0], v): [] for p in programs for v in variants}
        cpu = {(p[0], v): [] for p in programs for v in variants}
        expected = {}
        for rep in range(args.reps):
            order = variants[rep % len(variants):] + variants[:rep % len(variants)]
            for name, _, _, _, _ in programs:
                for variant in order:
                    argv = commands[name][variant]
                    seconds, cpu_seconds, status, out, err = timed_run(argv)
                    if status != 0:
                        fail(f"{variant} {name} exited {status}: {' '.join(argv)}\n"
                             f"{err.decode(errors='replace')}")
                    if name not in expected:
                        if variant != "CPython":
                            # CPython is the oracle: run it first once, untimed, if needed.
                            _, _, cstatus, cout, cerr = timed_run(commands[name]["CPython"])
                            if cstatus != 0:
                                fail(f"CPython {name} exited {cstatus}\n{cerr.decode(errors='replace')}")
                            expected[name] = cout
                        else:
                            expected[name] = out
                    if out != expected[name]:
                        fail(f"{variant} {name} printed something else than CPython: "
                             f"{' '.join(argv)}\n--- CPython\n"
                             f"{expected[name].decode(errors='replace')}--- {variant}\n"
                             f"{out.decode(errors='replace')}")
                    wall[name, variant].append(seconds)
                    cpu[name, variant].append(cpu_seconds)
                    print(f"rep {rep + 1}/{args.reps} {name:14} {variant:8} {seconds:8.3f} s wall "
                          f"{cpu_seconds:8.3f} s cpu", file=sys.stderr)
        finished = datetime.datetime.now()
        load_after = os.getloadavg()

    med = {key: statistics.median(values) for key, values in wall.items()}
    med_cpu = {key: statistics.median(values) for key, values in cpu.items()}

    def get(table, name, variant):
        return table.get((name, variant))

    header = "| program | size | " + " | ".join(f"{v} s" for v in VARIANTS) + \
             " | CPython/Krait | PyPy/Krait | Krait/C++ |"
    rule = "|---" * (2 + len(VARIANTS) + 3) + "|"

    def rows(table):
        lines = []
        for name, _, _, title, _ in programs:
            cells = [f"{table[name, v]:.3f}" if (name, v) in table else "—" for v in VARIANTS]
            krait = get(table, name, "Krait")
            lines.append(f"| {title} | {getattr(args, name):,} | " + " | ".join(cells) + " | "
                         f"{fmt_ratio(get(table, name, 'CPython'), krait)} | "
                         f"{fmt_ratio(get(table, name, 'PyPy'), krait)} | "
                         f"{fmt_ratio(krait, get(table, name, 'C++'))} |")
        return "\n".join(lines)

    targets = []
    for name, _, _, title, cpython_target in programs:
        krait = med[name, "Krait"]
        checks = [
            (f"Krait/C++ ≤ {KRAIT_VS_CPP_TARGET}", krait / med[name, "C++"] <= KRAIT_VS_CPP_TARGET),
            (f"CPython/Krait ≥ {cpython_target}", med[name, "CPython"] / krait >= cpython_target),
        ]
        if (name, "PyPy") in med:
            checks.append(("PyPy/Krait > 1", med[name, "PyPy"] / krait > 1))
        targets.append(f"| {title} | " + " | ".join(
            f"{label}: {'met' if ok else '**not met**'}" for label, ok in checks) + " |")

    raw = []
    for name, _, _, title, _ in programs:
        for v in variants:
            raw.append(f"- {title}, {v}: " + ", ".join(f"{s:.3f}" for s in wall[name, v]) +
                       " (CPU: " + ", ".join(f"{s:.3f}" for s in cpu[name, v]) + ")")

    command = "/usr/bin/python3 " + shlex.join(
        [os.path.relpath(os.path.abspath(__file__), REPO_ROOT)] + sys.argv[1:])
    pypy_version = "not installed"
    if pypy:
        pypy_version = " ".join(subprocess.run([pypy, "--version"], capture_output=True, text=True,
                                               check=False).stdout.split())
    note = f"**{args.note}**\n\n" if args.note else ""
    pypy_missing = "" if pypy else "PyPy (`pypy3`) was not installed: its column is empty.\n\n"
    sizes = ", ".join(f"{title} {getattr(args, name):,}" for name, _, _, title, _ in programs)

    report = f"""# Krait against CPython, PyPy and hand-written C++: n-body, spectral-norm, fannkuch-redux

{note}{pypy_missing}Problem sizes (the same for every variant): {sizes}. {args.reps} repetitions of each
variant, interleaved round-robin (repetition 1 of every program and variant, then
repetition 2, ...; the variant order rotates each repetition). Every run's stdout was
checked byte for byte against CPython's. Where the hand-written C++ departs from a
literal transcription of the Python (`std::sqrt` for `** 0.5`, no allocation per
iteration), and what that is worth: `bench/README.md`.

Median wall time (seconds) and ratios of the medians:

{header}
{rule}
{rows(med)}

Median CPU time (user + system of the process, seconds) and its ratios, less disturbed by
other load on the machine:

{header}
{rule}
{rows(med_cpu)}

Targets of issue 4 (on median wall time):

| program | | | |
|---|---|---|---|
{chr(10).join(targets)}

Wall seconds of every run, in order:

{chr(10).join(raw)}

- CPython: `{args.python}` ({first_line([args.python, "--version"])}).
- PyPy: `{pypy or "—"}` ({pypy_version}).
- Krait: `krait translate FILE -o BINARY` (default `-O2`; g++ with `-ffp-contract=off
  -fno-fast-math`), `{args.krait}` ({first_line([args.krait, "--version"])}); translating
  and compiling took {", ".join(f"{n} {s:.1f} s" for n, s in translate_seconds.items())} (not timed).
- C++: `bench/cpp/*.cc`, built by `bazel build //bench:hand_...` (`-c opt`, so `-O2`, and
  `-ffp-contract=off`), `{args.hand_dir}`.
- Compiler: {first_line(["g++", "--version"])}.
- Machine: {machine()}; load average {load_before[0]:.2f} before, {load_after[0]:.2f} after.
- Date: {started.isoformat(timespec="minutes")} to {finished.isoformat(timespec="minutes")}; built from commit
  `{args.built_from or git_commit()}`.

Command (from the repository root):

    bazel build //translator/cli:krait //bench:hand_nbody //bench:hand_spectral_norm //bench:hand_fannkuch
    {command}
"""
    write_report(args.out, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
