"""A program of one module: it does not depend on //geometry."""
import sys

names = sys.argv[1:] or ["world"]
for name in names:
    print(f"hello, {name}!")
