#!/usr/bin/python3
"""A stand-in for `krait parse FILE --json` that misbehaves on request.

compare_selftest.py uses it to prove that compare_ast.py notices each kind
of difference. It answers like krait, from CPython's parser
(cpython_ast_json.py), unless the file contains a line `# FAKE: WHAT`:
  alter    change the first statement's col_offset in the JSON
  reorder  put the first statement's keys in another order
  crash    die of SIGSEGV
  hang     sleep for a minute
  exit3    exit with status 3
  reject   report a syntax error on line 1 although the file is fine
  wrongline report CPython's syntax error one line further down
"""

import json
import os
import re
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))
import cpython_ast_json  # noqa: E402


def main(argv):
    if len(argv) != 3 or argv[0] != "parse" or argv[2] != "--json":
        sys.stderr.write("usage: fake_krait.py parse FILE --json\n")
        return 2
    path = argv[1]
    with open(path, "rb") as f:
        m = re.search(rb"# FAKE: (\w+)", f.read())
    what = m.group(1).decode() if m else ""
    if what == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    if what == "hang":
        time.sleep(60)
    if what == "exit3":
        return 3
    if what == "reject":
        sys.stderr.write(f"{path}:1:1: error: invalid syntax\n")
        return 1
    result = cpython_ast_json.parse_file(path)
    if "error" in result:
        e = result["error"]
        line = e["lineno"] + (what == "wrongline")
        sys.stderr.write(f"{path}:{line}:{e['offset']}: error: {e['msg']}\n")
        return 1
    tree = result["ast"]
    if what == "alter":
        tree["body"][0]["col_offset"] += 1
    if what == "reorder":
        first = tree["body"][0]
        tree["body"][0] = dict(reversed(list(first.items())))
    sys.stdout.write(json.dumps(tree))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
