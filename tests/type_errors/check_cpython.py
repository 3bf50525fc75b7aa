#!/usr/bin/python3
"""Every type-error case is valid Python that CPython runs without error.

Each CASE.py must parse (ast.parse) and run to completion under this
interpreter with exit status 0: the cases are programs a dynamic language
accepts and only Krait's static typing rejects. Also checks that every case
has its CASE.expected and that known_failures.txt names only existing cases.

    check_cpython.py FILE.py...    (the BUILD passes every case)
"""
import ast
import os
import subprocess
import sys


def main(paths):
    problems = []
    for path in paths:
        name = os.path.basename(path)[:-3]
        with open(path, encoding="utf-8") as f:
            source = f.read()
        try:
            ast.parse(source, filename=path)
        except SyntaxError as e:
            problems.append(f"{path}: does not parse: {e}")
            continue
        if not os.path.exists(path[:-3] + ".expected"):
            problems.append(f"{path}: no {name}.expected")
        run = subprocess.run([sys.executable, os.path.basename(path)],
                             cwd=os.path.dirname(path) or ".",
                             stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=60)
        if run.returncode != 0:
            problems.append(f"{path}: CPython exited {run.returncode}:\n{run.stderr}")
    names = {os.path.basename(p)[:-3] for p in paths}
    if paths:
        known = os.path.join(os.path.dirname(paths[0]), "known_failures.txt")
        with open(known, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if line and line.split()[0] not in names:
                    problems.append(f"{known}:{number}: no case named {line.split()[0]}")
    for p in problems:
        print(p)
    print(f"{len(paths)} cases, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
