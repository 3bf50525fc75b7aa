#!/usr/bin/python3
"""Checks Krait's parser against CPython's on real Python files.

For every .py file under the given directories (and every file given by
name), runs `krait parse FILE --json` and compares its JSON with the tree
CPython's ast.parse builds (cpython_ast_json.py, the same JSON contract).
A file is "identical" when
  * both accept it and the two JSON trees are equal, key order included; or
  * both reject it and krait exits 1 with its error on CPython's line
    (--strict-errors: also on CPython's column and with CPython's message).
Anything else is a difference, listed one line per file: the JSON path of
the first differing value in document order (e.g.
`body[3].value.args[0].col_offset: krait 5, cpython 4`), a rejection on the
wrong line, a file only one side accepts, or krait crashing, timing out or
exiting with a status other than 0/1.

The last line is the summary, e.g.
  stdlib: 1643 files, 1643 identical, 0 different (9 rejected by both)
and the exit status is 1 if any difference is not in the --known list, or
if a file in that list agrees now (so the list only shrinks).

Run it with Debian's /usr/bin/python3 (3.11.2), the version Krait's grammar
follows. Files are checked by a process pool (--jobs, default: all cores);
each worker parses with CPython in-process and runs one krait per file.

  compare_ast.py /usr/lib/python3.11 --krait bazel-bin/translator/cli/krait
"""

import argparse
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cpython_ast_json  # noqa: E402  (the oracle, next to this file)

# Set in each worker by init_worker.
KRAIT = None
TIMEOUT = None
STRICT_ERRORS = False


def shown(value, limit=100):
    """A value as it appears in a difference line: compact JSON, shortened."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def join(path, key):
    return f"{path}.{key}" if path else key


def first_difference(krait, cpython, path="", node="Module"):
    """(path, node type, what) of the first place, in document order, where
    two JSON values differ (key order included), or None when they are equal.
    The node type is the "_type" of the innermost node holding the place."""
    if isinstance(cpython, dict) and isinstance(krait, dict):
        node = cpython.get("_type", node)
        if krait.get("_type") != cpython.get("_type"):
            return join(path, "_type"), node, f"krait {shown(krait.get('_type'))}, cpython {shown(node)}"
        if list(krait) != list(cpython):
            return path or "<root>", node, f"keys krait {shown(list(krait), 300)}, cpython {shown(list(cpython), 300)}"
        for key, value in cpython.items():
            found = first_difference(krait[key], value, join(path, key), node)
            if found:
                return found
        return None
    if isinstance(cpython, list) and isinstance(krait, list):
        for i, (k, c) in enumerate(zip(krait, cpython)):
            found = first_difference(k, c, f"{path}[{i}]", node)
            if found:
                return found
        if len(krait) != len(cpython):
            return path or "<root>", node, f"length krait {len(krait)}, cpython {len(cpython)}"
        return None
    if type(krait) is not type(cpython) or krait != cpython:  # True != 1 here
        return path or "<root>", node, f"krait {shown(krait)}, cpython {shown(cpython)}"
    return None


def krait_error_location(path, stderr):
    """(line, column, message) of krait's first 'PATH:L:C: error: M' line;
    line is 0 for an error without a location; None if there is no such line."""
    prefix = path + ":"
    for line in stderr.splitlines():
        if not line.startswith(prefix):
            continue
        m = re.match(r"(?:(\d+):(\d+):)? error: (.*)$", line[len(prefix):])
        if m:
            return int(m.group(1) or 0), int(m.group(2) or 0), m.group(3)
    return None


def run_krait(path):
    """(status, stdout, stderr) of `krait parse PATH --json`; status is
    'timeout' when it ran out of time."""
    try:
        proc = subprocess.run([KRAIT, "parse", path, "--json"], capture_output=True,
                              timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""
    return proc.returncode, proc.stdout, proc.stderr


def compare_rejection(path, error, status, stderr):
    """The difference for a file CPython rejects, or None."""
    where = f"line {error['lineno']}" if error["lineno"] is not None else "no line"
    cpython_says = f"CPython rejects it ({where}: {error['msg']})"
    if status == 0:
        return "accepted", f"krait accepts it; {cpython_says}"
    found = krait_error_location(path, stderr)
    if found is None:
        return "no-error-line", f"krait exits 1 without a '{path}:LINE:COL: error:' line; {cpython_says}"
    line, col, msg = found
    if error["lineno"] is not None and line != error["lineno"]:
        return "error-line", f"krait rejects it on line {line} ({msg}); {cpython_says}"
    if STRICT_ERRORS and error["lineno"] is not None:
        column_matters = error["lineno"] >= 1  # CPython's offset is -1 at line 0
        if (column_matters and col != error["offset"]) or msg != error["msg"]:
            return "error-detail", (f"krait says {line}:{col}: {msg}; CPython says "
                                    f"{error['lineno']}:{error['offset']}: {error['msg']}")
    return None


def compare_acceptance(tree, stdout, stderr, status):
    """The difference for a file CPython accepts, or None."""
    if status == 1:
        first = stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        return "rejected", f"krait rejects it ({first[0] if first else 'no message'}); CPython accepts it"
    try:
        krait_tree = json.loads(stdout.decode("utf-8"))
    except ValueError as exc:
        return "bad-json", f"krait's stdout is not JSON ({exc})"
    if json.dumps(krait_tree, ensure_ascii=False) == json.dumps(tree, ensure_ascii=False):
        return None
    found = first_difference(krait_tree, tree)
    if found is None:  # equal after all (only whitespace or escapes differed)
        return None
    where, node, what = found
    return "ast", f"{where} ({node}): {what}"


def check_file(path):
    """(path, category, message, cpython_rejected) for one file; category
    is None when Krait agrees with CPython, "skipped" when CPython cannot
    parse the file (nesting too deep for it: MemoryError, RecursionError)."""
    try:
        return compare_file(path)
    except RecursionError:
        return path, "skipped", "too deeply nested to compare in Python", False
    except Exception as exc:  # a bug here must not stop the other files
        return path, "comparer-error", f"{type(exc).__name__}: {exc}", False


def compare_file(path):
    expected = cpython_ast_json.parse_file(path)
    if "limit" in expected:
        return path, "skipped", expected["limit"], False
    status, stdout, stderr = run_krait(path)
    rejected = "error" in expected
    if status == "timeout":
        return path, "timeout", f"krait ran longer than {TIMEOUT} s", rejected
    if status < 0:
        name = signal.Signals(-status).name if -status in signal.valid_signals() else -status
        return path, "crash", f"krait died of signal {name}", rejected
    if status not in (0, 1):
        first = stderr.decode("utf-8", "replace").strip().splitlines()[:1]
        return path, "exit-status", f"krait exited {status} ({first[0] if first else 'no message'})", rejected
    if rejected:
        found = compare_rejection(path, expected["error"], status, stderr.decode("utf-8", "replace"))
    else:
        found = compare_acceptance(expected["ast"], stdout, stderr, status)
    category, message = found if found else (None, None)
    return path, category, message, rejected


def init_worker(krait, timeout, strict_errors):
    global KRAIT, TIMEOUT, STRICT_ERRORS
    KRAIT, TIMEOUT, STRICT_ERRORS = krait, timeout, strict_errors
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def python_files(targets):
    """Every .py under the directories, plus the files named, sorted."""
    files = []
    for target in targets:
        if os.path.isdir(target):
            for root, dirs, names in os.walk(target):
                dirs.sort()
                files.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(".py"))
        else:
            files.append(target)
    return files


def read_known(path):
    """Paths of files allowed to differ (one a line, '#' starts a comment)."""
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.split("#")[0].strip() for line in f} - {""}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="+", metavar="DIR_OR_FILE")
    parser.add_argument("--krait", required=True, help="path to the krait binary")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per file")
    parser.add_argument("--name", help="label of the summary line (default: the first target's name)")
    parser.add_argument("--known", help="file listing paths allowed to differ")
    parser.add_argument("--strict-errors", action="store_true",
                        help="rejections must also agree on column and message")
    args = parser.parse_args()

    krait = os.path.abspath(args.krait)
    if not os.access(krait, os.X_OK):
        parser.error(f"--krait {args.krait}: not an executable file")
    files = python_files(args.targets)
    known = read_known(args.known)
    name = args.name or os.path.basename(os.path.normpath(args.targets[0]))
    counts = {}
    ast_kinds = {}  # "Node.field" -> how many files differ first there
    identical = both_rejected = unexpected = known_hits = skipped = fixed = 0
    start = time.monotonic()
    with multiprocessing.Pool(max(1, args.jobs), init_worker,
                              (krait, args.timeout, args.strict_errors)) as pool:
        for path, category, message, rejected in pool.imap(check_file, files, chunksize=2):
            if category == "skipped":
                skipped += 1
                print(f"SKIP {path}: {message}")
                continue
            if category is None:
                identical += 1
                both_rejected += rejected
                if path in known:
                    fixed += 1
                    print(f"FIXED {path}: identical now; remove it from the known list")
                continue
            counts[category] = counts.get(category, 0) + 1
            if category == "ast":
                m = re.match(r"(\S*?)(?:\[\d+\])? \((\w+)\)", message)
                field = "<keys>" if "): keys" in message else m.group(1).split(".")[-1] if m else "?"
                kind = f"{m.group(2) if m else '?'}.{field}"
                ast_kinds[kind] = ast_kinds.get(kind, 0) + 1
            if path in known:
                known_hits += 1
                print(f"KNOWN {path}: [{category}] {message}")
            else:
                unexpected += 1
                print(f"DIFF {path}: [{category}] {message}")
            sys.stdout.flush()
    elapsed = time.monotonic() - start
    different = len(files) - identical - skipped
    if counts:
        print("differences by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if ast_kinds:
        top = sorted(ast_kinds.items(), key=lambda kv: (-kv[1], kv[0]))
        print("ast differences by node.field: " + ", ".join(f"{k} {v}" for k, v in top))
    extra = f", {known_hits} of them known" if known_hits else ""
    extra += f", {skipped} skipped (too deep for CPython)" if skipped else ""
    print(f"{name}: {len(files)} files, {identical} identical, {different} different{extra} "
          f"({both_rejected} rejected by both; {elapsed:.0f} s)")
    return 1 if unexpected or fixed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
