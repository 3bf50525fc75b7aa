#!/usr/bin/python3
"""Shrinks a file on which Krait's parser disagrees with CPython's.

Given a file that compare_ast.py reports as different (say, a fuzzer corpus
entry where krait rejects on line 189 and CPython on line 48), removes
chunks of lines, then single bytes, as long as the same kind of difference
remains ([error-line], [ast], [crash], ...; with --same-message, the
same messages too), and writes the small result to
OUT (default: FILE.min.py). Small reproducers are what a parser bug report
and a regression case need.

  minimize_difference.py FILE --krait bazel-bin/translator/cli/krait [--out OUT]
"""

import argparse
import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser"))
import compare_ast  # noqa: E402


def verdict(data, scratch):
    """The kind of difference on `data`, with its message's text (numbers
    masked, so lines and columns may change while shrinking)."""
    with open(scratch, "wb") as f:
        f.write(data)
    _, kind, message, _ = compare_ast.check_file(scratch)
    return kind, re.sub(r"\d+", "N", message or "")


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
    parser.add_argument("--same-message", action="store_true",
                        help="keep the messages too, not only the kind of difference")
    parser.add_argument("--strict-errors", action="store_true",
                        help="errors must agree on column and message too (as compare_ast.py)")
    args = parser.parse_args()
    compare_ast.init_worker(os.path.abspath(args.krait), 10.0, args.strict_errors)
    with open(args.file, "rb") as f:
        data = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "case.py")
        wanted = verdict(data, scratch)
        if not args.same_message:
            wanted = wanted[0]
        if wanted in (None, "skipped") or wanted[0] in (None, "skipped"):
            print(f"{args.file}: krait agrees with CPython here; nothing to minimise")
            return 1
        def keeps(candidate):
            found = verdict(candidate, scratch)
            return (found if args.same_message else found[0]) == wanted

        lines = shrink(data.splitlines(keepends=True), b"", keeps)
        small = b"".join(shrink([bytes([b]) for b in b"".join(lines)], b"", keeps))
        out = args.out or args.file + ".min.py"
        with open(out, "wb") as f:
            f.write(small)
        print(f"[{wanted if isinstance(wanted, str) else wanted[0]}] {len(data)} -> {len(small)} bytes: {out}")
        print(compare_ast.check_file(out)[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
