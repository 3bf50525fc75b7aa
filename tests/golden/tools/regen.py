#!/usr/bin/python3
"""Writes (or, with --check, verifies) the golden outputs of tests/golden/.

Every PROGRAM.py below tests/golden/ (outside Bazel subpackages such as this
tools/ folder) is a complete program, except in a folder holding a main.py:
that is a multi-module program, main.py, whose modules are the folder's other
*.py files (and its packages'). Its goldens come from CPython, never
from Krait: Debian's /usr/bin/python3 (3.11.2) runs it in a fresh working
directory holding copies of the program's data files (the *.txt files of
its folder, which it may read, and where it may write), with PROGRAM.stdin
as its stdin (empty when there is none) and PYTHONHASHSEED=0, and

  PROGRAM.expected  is its exact stdout (bytes);
  PROGRAM.exit      is its exit status, present only when that is not 0.

stderr is not recorded (tracebacks name paths and differ between runs).

  regen.py [FILES...]          rewrite the goldens (of FILES, or of every
                               program, deleting orphaned goldens)
  regen.py --check [FILES...]  change nothing; exit 1, listing the files, if
                               a committed golden is missing, differs from
                               what CPython does now, or is stale
  --root DIR                   the golden tree (default: this file's ../)

A program must be deterministic: regen.py runs each one twice and refuses
one whose stdout or status differs between the runs.
"""

import argparse
import concurrent.futures
import glob
import os
import shutil
import subprocess
import sys
import tempfile

PYTHON = "/usr/bin/python3"
DEFAULT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT_SECONDS = 60
TOOLS_DIR = "tools"  # this folder: scripts, not programs (a Bazel package; no BUILD in runfiles)


def is_program_dir(dirpath, name, root):
    if name.startswith("."):
        return False
    if dirpath == root and name == TOOLS_DIR:
        return False
    return not (os.path.exists(os.path.join(dirpath, name, "BUILD"))
                or os.path.exists(os.path.join(dirpath, name, "BUILD.bazel")))


def find_programs(root):
    """Every *.py below root, skipping folders that are Bazel packages; in a
    folder holding a main.py (a multi-module program) only main.py, the other
    *.py files there and below being its modules."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if is_program_dir(dirpath, d, root))
        if "main.py" in filenames:
            found.append(os.path.join(dirpath, "main.py"))
            dirnames[:] = []
            continue
        found += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return found


def find_goldens(root):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if is_program_dir(dirpath, d, root)]
        found += [os.path.join(dirpath, f) for f in filenames
                  if f.endswith(".expected") or f.endswith(".exit")]
    return found


def run_cpython(program):
    env = {
        "PATH": "/usr/bin:/bin",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    with tempfile.TemporaryDirectory() as workdir:
        for data in sorted(glob.glob(os.path.join(os.path.dirname(program), "*.txt"))):
            shutil.copy(data, workdir)
        stdin_path = program[:-len(".py")] + ".stdin"
        stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
        try:
            proc = subprocess.run(
                [PYTHON, os.path.abspath(program)],
                cwd=workdir,
                stdin=stdin,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            return None
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
    return proc.stdout, proc.returncode


def expected_files(program, stdout, status):
    """{path: bytes or None (must not exist)} for one program's goldens."""
    base = program[:-len(".py")]
    return {
        base + ".expected": stdout,
        base + ".exit": ("%d\n" % status).encode() if status != 0 else None,
    }


def read_or_none(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def derive(program):
    """(goldens, problem) for one program, from two runs of CPython."""
    first = run_cpython(program)
    second = run_cpython(program)
    if first is None or second is None:
        return None, "CPython took longer than %d s" % TIMEOUT_SECONDS
    if first != second:
        return None, "not deterministic: two CPython runs differ"
    return expected_files(program, *first), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--root", default=DEFAULT_ROOT)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    root = os.path.abspath(args.root)

    if not os.path.exists(PYTHON):
        print("regen.py: %s is missing; goldens come from Debian's CPython" % PYTHON,
              file=sys.stderr)
        return 2
    if args.files:
        programs = []
        for f in args.files:
            path = os.path.abspath(f)
            if not path.endswith(".py"):
                path = os.path.splitext(path)[0] + ".py"
            if not os.path.isfile(path):
                print("regen.py: no program %s" % f, file=sys.stderr)
                return 2
            programs.append(path)
    else:
        programs = find_programs(root)

    problems = []
    wanted = set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(derive, programs))
    for program, (goldens, problem) in zip(programs, results):
        rel = os.path.relpath(program, root)
        if problem:
            problems.append("%s: %s" % (rel, problem))
            continue
        for path, content in goldens.items():
            wanted.add(path)
            current = read_or_none(path)
            if current == content:
                continue
            relpath = os.path.relpath(path, root)
            if args.check:
                if content is None:
                    problems.append("%s: stale (CPython exits with status 0)" % relpath)
                elif current is None:
                    problems.append("%s: missing" % relpath)
                else:
                    problems.append("%s: differs from CPython's" % relpath)
            elif content is None:
                os.remove(path)
                print("removed %s" % relpath)
            else:
                with open(path, "wb") as f:
                    f.write(content)
                print("wrote %s" % relpath)

    if not args.files:
        for path in sorted(find_goldens(root)):
            if path in wanted or os.path.exists(os.path.splitext(path)[0] + ".py"):
                continue
            relpath = os.path.relpath(path, root)
            if args.check:
                problems.append("%s: orphan (no program)" % relpath)
            else:
                os.remove(path)
                print("removed orphan %s" % relpath)

    if problems:
        print("regen.py: %d problem(s) in %s:" % (len(problems), root), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        if args.check:
            print("regenerate with: /usr/bin/python3 tests/golden/tools/regen.py", file=sys.stderr)
        return 1
    if args.check:
        print("regen.py --check: %d program(s) agree with CPython" % len(programs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
