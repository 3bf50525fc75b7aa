"""The --int mode of each golden folder whose programs need one other than
checked: used by the golden tests (//tests/golden) and the determinism test
(//tests/determinism)."""

# The programs of bigint/ need Python's arbitrary-precision ints.
GOLDEN_INT_MODES = {"bigint": "big"}
