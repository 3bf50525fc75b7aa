"""Sudoku solver using constraint propagation and search (after Norvig).

Each square keeps the string of digits still possible for it.  Assigning a
value eliminates it from all peers; when a square is reduced to one value,
or a unit has only one place for a digit, that is propagated further.
"""

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a: str, b: str) -> list[str]:
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNIT_LIST = (
    [cross(ROWS, c) for c in COLS]
    + [cross(r, COLS) for r in ROWS]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
UNITS: dict[str, list[list[str]]] = {s: [u for u in UNIT_LIST if s in u] for s in SQUARES}
PEERS: dict[str, list[str]] = {
    s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES
}


class Contradiction(Exception):
    pass


class SolverStats:
    def __init__(self) -> None:
        self.assignments = 0
        self.eliminations = 0
        self.guesses = 0
        self.backtracks = 0
        self.max_depth = 0

    def summary(self) -> str:
        return (f"assign={self.assignments} elim={self.eliminations} "
                f"guesses={self.guesses} backtracks={self.backtracks} "
                f"depth={self.max_depth}")


class Sudoku:
    def __init__(self, stats: SolverStats) -> None:
        self.values: dict[str, str] = {s: DIGITS for s in SQUARES}
        self.stats = stats

    def copy(self) -> "Sudoku":
        other = Sudoku(self.stats)
        other.values = dict(self.values)
        return other

    def assign(self, square: str, digit: str) -> None:
        self.stats.assignments += 1
        others = self.values[square].replace(digit, "")
        for d in others:
            self.eliminate(square, d)

    def eliminate(self, square: str, digit: str) -> None:
        current = self.values[square]
        if digit not in current:
            return
        self.stats.eliminations += 1
        remaining = current.replace(digit, "")
        self.values[square] = remaining
        if not remaining:
            raise Contradiction(f"no values left for {square}")
        if len(remaining) == 1:
            last = remaining
            for peer in PEERS[square]:
                self.eliminate(peer, last)
        for unit in UNITS[square]:
            places = [s for s in unit if digit in self.values[s]]
            if not places:
                raise Contradiction(f"no place for {digit} in unit of {square}")
            if len(places) == 1:
                self.assign(places[0], digit)

    def solved(self) -> bool:
        return all(len(v) == 1 for v in self.values.values())

    def is_valid(self) -> bool:
        if not self.solved():
            return False
        return all(sorted(self.values[s] for s in unit) == list(DIGITS) for unit in UNIT_LIST)

    def render(self) -> str:
        width = 1 + max(len(self.values[s]) for s in SQUARES)
        line = "+".join(["-" * (width * 3)] * 3)
        out: list[str] = []
        for r in ROWS:
            cells = []
            for c in COLS:
                cells.append(self.values[r + c].center(width))
                if c in "36":
                    cells.append("|")
            out.append("".join(cells))
            if r in "CF":
                out.append(line)
        return "\n".join(out)


def parse_grid(text: str, stats: SolverStats) -> Sudoku:
    chars = [ch for ch in text if ch in DIGITS or ch in "0."]
    if len(chars) != 81:
        raise ValueError(f"expected 81 cells, got {len(chars)}")
    puzzle = Sudoku(stats)
    for square, ch in zip(SQUARES, chars):
        if ch in DIGITS:
            puzzle.assign(square, ch)
    return puzzle


def search(puzzle: Sudoku, depth: int = 0) -> "Sudoku | None":
    stats = puzzle.stats
    stats.max_depth = max(stats.max_depth, depth)
    if puzzle.solved():
        return puzzle
    # choose the unfilled square with the fewest possibilities
    _, square = min((len(puzzle.values[s]), s) for s in SQUARES if len(puzzle.values[s]) > 1)
    for digit in puzzle.values[square]:
        stats.guesses += 1
        attempt = puzzle.copy()
        try:
            attempt.assign(square, digit)
        except Contradiction:
            stats.backtracks += 1
            continue
        result = search(attempt, depth + 1)
        if result is not None:
            return result
        stats.backtracks += 1
    return None


def givens(text: str) -> int:
    return sum(1 for ch in text if ch in DIGITS)


def grid_signature(puzzle: Sudoku) -> str:
    return "".join(puzzle.values[s] for s in SQUARES)


PUZZLES: list[tuple[str, str]] = [
    ("easy", """
        003020600
        900305001
        001806400
        008102900
        700000008
        006708200
        002609500
        800203009
        005010300
    """),
    ("hard", """
        4.....8.5
        .3.......
        ...7.....
        .2.....6.
        ....8.4..
        ....1....
        ...6.3.7.
        5..2.....
        1.4......
    """),
    ("arto", """
        8........
        ..36.....
        .7..9.2..
        .5...7...
        ....457..
        ...1...3.
        ..1....68
        ..85...1.
        .9....4..
    """),
    ("broken", """
        11.......
        .........
        .........
        .........
        .........
        .........
        .........
        .........
        .........
    """),
]


def main() -> None:
    results: list[tuple[str, bool]] = []
    for name, text in PUZZLES:
        print(f"=== {name} ({givens(text)} givens) ===")
        stats = SolverStats()
        try:
            puzzle = parse_grid(text, stats)
        except Contradiction as exc:
            print(f"invalid puzzle: {exc}")
            results.append((name, False))
            continue
        open_cells = sum(1 for s in SQUARES if len(puzzle.values[s]) > 1)
        print(f"after propagation: {open_cells} open cells")
        if open_cells:
            print(puzzle.render())
            print()
        solution = search(puzzle)
        if solution is None:
            print("no solution")
            results.append((name, False))
        else:
            print(solution.render())
            sig = grid_signature(solution)
            print(f"valid={solution.is_valid()} first-row={sig[:9]} digit-sum={sum(int(c) for c in sig)}")
            results.append((name, True))
        print(stats.summary())
        print()
    solved = [name for name, ok in results if ok]
    failed = [name for name, ok in results if not ok]
    print(f"solved: {', '.join(solved)}")
    print(f"failed: {', '.join(failed) if failed else '-'}")
    print(f"peers of C2: {' '.join(PEERS['C2'])}")
    print(f"unit count: {len(UNIT_LIST)}, square count: {len(SQUARES)}")


if __name__ == "__main__":
    main()
