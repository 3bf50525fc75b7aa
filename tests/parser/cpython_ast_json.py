#!/usr/bin/python3
"""CPython's side of the parser comparison: a Python file's AST as Krait's JSON.

Krait's `krait parse FILE --json` prints the syntax tree in the shape of
`ast.dump(tree, include_attributes=True)`; this script prints the same JSON
from CPython's own parser, so the two can be compared on real code. It is the
oracle, so run it with Debian's /usr/bin/python3 (3.11.2), never another
Python: the grammar and the locations differ between releases.

The JSON contract (shared with translator/syntax/ast_json.cc):
  * a node is an object: "_type" (the class name), each of `_fields` in order,
    then, for classes with `_attributes`, lineno, col_offset, end_lineno,
    end_col_offset; absent optional fields are null, lists are arrays;
  * Constant.value: None -> null, bool -> true/false, int -> {"int": decimal},
    float -> {"float": repr}, complex -> {"complex": repr}, str -> {"str": s}
    (or {"str_codepoints": [...]} if s holds a lone surrogate), bytes ->
    {"bytes": latin-1 text}, Ellipsis -> {"Ellipsis": null};
  * type_comment fields are always null (Krait drops type comments).

The file is read as bytes and given to ast.parse, so CPython applies the
encoding cookie and the BOM exactly as the interpreter does. Huge decimal
literals are allowed (sys.set_int_max_str_digits(0)): the 4300-digit limit is
a run-time setting, not grammar.

Usage:
  cpython_ast_json.py FILE            the JSON on stdout, exit 0; on a syntax
                                      error "FILE:LINE:COL: error: MSG" on
                                      stderr, exit 1 (as krait does)
  cpython_ast_json.py --jsonl FILE... one JSON object per file and line:
                                      {"file", "ast"}, {"file", "error"}
                                      or {"file", "limit"}
"""

import ast
import json
import sys
import warnings

sys.set_int_max_str_digits(0)
warnings.simplefilter("ignore")  # SyntaxWarning and DeprecationWarning are no part of the tree


def constant_json(value):
    """The contract's encoding of a Constant's value."""
    if value is None or isinstance(value, bool):
        return value
    if value is Ellipsis:
        return {"Ellipsis": None}
    if isinstance(value, int):
        return {"int": str(value)}
    if isinstance(value, float):
        return {"float": repr(value)}
    if isinstance(value, complex):
        return {"complex": repr(value)}
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate such as "\ud800"
            return {"str_codepoints": [ord(c) for c in value]}
        return {"str": value}
    if isinstance(value, bytes):
        return {"bytes": value.decode("latin-1")}
    raise TypeError(f"unexpected constant {value!r}")


def node_json(node):
    """One AST node (or list, or identifier) as the contract's JSON value."""
    if isinstance(node, list):
        return [node_json(item) for item in node]
    if not isinstance(node, ast.AST):
        return node  # identifiers, Constant.kind, ImportFrom.level, None
    out = {"_type": type(node).__name__}
    for field in node._fields:
        value = getattr(node, field, None)
        if field == "type_comment":
            value = None
        elif field == "value" and isinstance(node, ast.Constant):
            out[field] = constant_json(value)
            continue
        out[field] = node_json(value)
    for attribute in node._attributes:
        out[attribute] = getattr(node, attribute, None)
    return out


def error_json(exc):
    """Where and why CPython rejected a file (lineno is None if unknown)."""
    if isinstance(exc, SyntaxError):
        return {
            "kind": type(exc).__name__,
            "msg": exc.msg,
            "lineno": exc.lineno,
            "offset": exc.offset,
            "end_lineno": exc.end_lineno,
            "end_offset": exc.end_offset,
        }
    # 3.11 raises ValueError for NUL bytes in the source.
    return {"kind": type(exc).__name__, "msg": str(exc), "lineno": None,
            "offset": None, "end_lineno": None, "end_offset": None}


def parse_file(path):
    """{"ast": tree}, {"error": where-and-why}, or {"limit": why} when the
    file is beyond what CPython (or this script) can parse, for one file."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = ast.parse(data, path)
    except (SyntaxError, ValueError) as exc:
        return {"error": error_json(exc)}
    except (MemoryError, RecursionError) as exc:  # nesting too deep for CPython
        return {"limit": f"ast.parse raised {type(exc).__name__}"}
    try:
        return {"ast": node_json(tree)}
    except RecursionError:
        return {"limit": "the tree is too deep to convert to JSON here"}


def main(argv):
    out = sys.stdout.buffer  # UTF-8 whatever the locale says
    if len(argv) >= 1 and argv[0] == "--jsonl":
        for path in argv[1:]:
            result = {"file": path, **parse_file(path)}
            out.write((json.dumps(result, ensure_ascii=False) + "\n").encode())
        return 0
    if len(argv) != 1:
        sys.stderr.write(__doc__)
        return 2
    result = parse_file(argv[0])
    if "limit" in result:
        sys.stderr.write(f"{argv[0]}: {result['limit']}\n")
        return 3
    if "error" in result:
        e = result["error"]
        where = f"{e['lineno']}:{e['offset']}:" if e["lineno"] else ""
        sys.stderr.write(f"{argv[0]}:{where} error: {e['msg']}\n")
        return 1
    out.write((json.dumps(result["ast"], ensure_ascii=False, indent=1) + "\n").encode())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
