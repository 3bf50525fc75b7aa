#!/usr/bin/python3
"""Shrinks a file on which Krait's parser disagrees with CPython's.

Given a file that compare_ast.py reports as different (say, a fuzzer corpus
entry where krait rejects on line 189 and CPython on line 48), removes
chunks of lines, then single bytes, as long as the same kind of difference
remains ([error-line], [ast], [crash], ...), and writes the small result to
OUT (default: FILE.min.py). Small reproducers are what a parser bug report
and a regression case need.

  minimize_difference.py FILE --krait bazel-bin/translator/cli/krait [--out OUT]
"""

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser"))
import compare_ast  # noqa: E402


def category(data, scratch):
    with open(scratch, "wb") as f:
        f.write(data)
    return compare_ast.check_file(scratch)[1]


def shrink(pieces, joiner, keeps):
    """Greedy ddmin: drop chunks of pieces, halving the chunk size."""
    size = max(1, len(pieces) // 2)
    while size >= 1:
        i, changed = 0, False
        while i < len(pieces):
            trial = pieces[:i] + pieces[i + size:]
            if trial and keeps(joiner.join(trial)):
                pieces, changed = trial, True
            else:
                i += size
        if not changed:
            size //= 2
    return pieces


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--krait", required=True)
    parser.add_argument("--out")
    args = parser.parse_args()
    compare_ast.init_worker(os.path.abspath(args.krait), 10.0, False)
    with open(args.file, "rb") as f:
        data = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "case.py")
        wanted = category(data, scratch)
        if wanted is None or wanted == "skipped":
            print(f"{args.file}: krait agrees with CPython here; nothing to minimise")
            return 1
        keeps = lambda candidate: category(candidate, scratch) == wanted  # noqa: E731
        lines = shrink(data.splitlines(keepends=True), b"", keeps)
        small = b"".join(shrink([bytes([b]) for b in b"".join(lines)], b"", keeps))
        out = args.out or args.file + ".min.py"
        with open(out, "wb") as f:
            f.write(small)
        print(f"[{wanted}] {len(data)} -> {len(small)} bytes: {out}")
        print(compare_ast.check_file(out)[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
