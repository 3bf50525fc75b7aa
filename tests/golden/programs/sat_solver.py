"""A compact DPLL SAT solver.

Clauses are lists of non-zero integers in DIMACS style: literal ``v`` means
variable v is true, ``-v`` means it is false.  The solver uses unit
propagation, pure-literal elimination and a most-frequent-variable branching
heuristic.  A few instances are generated and solved in ``main``.
"""


class LCG:
    """Deterministic linear congruential generator (Numerical Recipes)."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF

    def next(self) -> int:
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return self.state

    def randint(self, lo: int, hi: int) -> int:
        return lo + (self.next() >> 8) % (hi - lo + 1)


class Conflict(Exception):
    """Raised when propagation derives an empty clause."""

    def __init__(self, clause: list[int]) -> None:
        super().__init__(f"conflict on clause {clause}")
        self.clause = clause


class CNF:
    def __init__(self, num_vars: int, name: str) -> None:
        self.num_vars = num_vars
        self.name = name
        self.clauses: list[list[int]] = []

    def add(self, *lits: int) -> None:
        clause = sorted(set(lits), key=lambda l: (abs(l), l))
        # skip tautologies such as (x or not x)
        if any(-l in clause for l in clause):
            return
        self.clauses.append(clause)

    def __len__(self) -> int:
        return len(self.clauses)

    def describe(self) -> str:
        sizes: dict[int, int] = {}
        for c in self.clauses:
            sizes[len(c)] = sizes.get(len(c), 0) + 1
        parts = ", ".join(f"{k}-lit:{sizes[k]}" for k in sorted(sizes))
        return f"{self.name}: {self.num_vars} vars, {len(self)} clauses ({parts})"


class Stats:
    def __init__(self) -> None:
        self.decisions = 0
        self.propagations = 0
        self.conflicts = 0
        self.pure = 0

    def __str__(self) -> str:
        return (f"decisions={self.decisions} propagations={self.propagations} "
                f"conflicts={self.conflicts} pure={self.pure}")


def simplify(clauses: list[list[int]], lit: int) -> list[list[int]]:
    """Assign ``lit`` true: drop satisfied clauses, shrink the others."""
    out: list[list[int]] = []
    for clause in clauses:
        if lit in clause:
            continue
        if -lit in clause:
            reduced = [l for l in clause if l != -lit]
            if not reduced:
                raise Conflict(clause)
            out.append(reduced)
        else:
            out.append(clause)
    return out


def unit_propagate(clauses: list[list[int]], assignment: dict[int, bool],
                   stats: Stats) -> list[list[int]]:
    while True:
        units = [c[0] for c in clauses if len(c) == 1]
        if not units:
            return clauses
        lit = units[0]
        stats.propagations += 1
        assignment[abs(lit)] = lit > 0
        clauses = simplify(clauses, lit)


def pure_literals(clauses: list[list[int]]) -> list[int]:
    seen: set[int] = set()
    for clause in clauses:
        seen.update(clause)
    return sorted((l for l in seen if -l not in seen), key=abs)


def choose_literal(clauses: list[list[int]]) -> int:
    scores: dict[int, float] = {}
    for clause in clauses:
        weight = 2.0 ** -len(clause)
        for lit in clause:
            scores[lit] = scores.get(lit, 0.0) + weight
    best = max(sorted(scores), key=lambda l: (scores[l] + scores.get(-l, 0.0), -abs(l), l))
    return best


def dpll(clauses: list[list[int]], assignment: dict[int, bool],
         stats: Stats) -> "dict[int, bool] | None":
    try:
        clauses = unit_propagate(clauses, assignment, stats)
    except Conflict:
        stats.conflicts += 1
        return None
    for lit in pure_literals(clauses):
        stats.pure += 1
        assignment[abs(lit)] = lit > 0
        clauses = simplify(clauses, lit)
    if not clauses:
        return assignment
    lit = choose_literal(clauses)
    for choice in (lit, -lit):
        stats.decisions += 1
        trial = dict(assignment)
        trial[abs(choice)] = choice > 0
        try:
            reduced = simplify(clauses, choice)
        except Conflict:
            stats.conflicts += 1
            continue
        result = dpll(reduced, trial, stats)
        if result is not None:
            return result
    return None


def solve(cnf: CNF) -> "tuple[dict[int, bool] | None, Stats]":
    stats = Stats()
    result = dpll([list(c) for c in cnf.clauses], {}, stats)
    if result is not None:
        # unconstrained variables default to False
        for v in range(1, cnf.num_vars + 1):
            result.setdefault(v, False)
    return result, stats


def verify(cnf: CNF, model: dict[int, bool]) -> bool:
    return all(any(model[abs(l)] == (l > 0) for l in c) for c in cnf.clauses)


def pigeonhole(pigeons: int, holes: int) -> CNF:
    def var(p: int, h: int) -> int:
        return p * holes + h + 1

    cnf = CNF(pigeons * holes, f"pigeonhole({pigeons},{holes})")
    for p in range(pigeons):
        cnf.add(*[var(p, h) for h in range(holes)])
    for h in range(holes):
        for p1 in range(pigeons):
            for p2 in range(p1 + 1, pigeons):
                cnf.add(-var(p1, h), -var(p2, h))
    return cnf


def random_3sat(num_vars: int, num_clauses: int, seed: int) -> CNF:
    rng = LCG(seed)
    cnf = CNF(num_vars, f"random3sat(n={num_vars},m={num_clauses},seed={seed})")
    while len(cnf) < num_clauses:
        lits: list[int] = []
        while len(lits) < 3:
            v = rng.randint(1, num_vars)
            if v in [abs(l) for l in lits]:
                continue
            lits.append(v if rng.next() & 0x10000 else -v)
        cnf.add(*lits)
    return cnf


def n_queens(n: int) -> CNF:
    def var(r: int, c: int) -> int:
        return r * n + c + 1

    cnf = CNF(n * n, f"queens({n})")
    cells = [(r, c) for r in range(n) for c in range(n)]
    for r in range(n):
        cnf.add(*[var(r, c) for c in range(n)])
    for i, (r1, c1) in enumerate(cells):
        for r2, c2 in cells[i + 1:]:
            if r1 == r2 or c1 == c2 or abs(r1 - r2) == abs(c1 - c2):
                cnf.add(-var(r1, c1), -var(r2, c2))
    return cnf


def graph_coloring(edges: list[tuple[int, int]], nodes: int, colors: int) -> CNF:
    def var(node: int, col: int) -> int:
        return node * colors + col + 1

    cnf = CNF(nodes * colors, f"coloring(nodes={nodes},k={colors})")
    for v in range(nodes):
        cnf.add(*[var(v, c) for c in range(colors)])
        for c1 in range(colors):
            for c2 in range(c1 + 1, colors):
                cnf.add(-var(v, c1), -var(v, c2))
    for a, b in edges:
        for c in range(colors):
            cnf.add(-var(a, c), -var(b, c))
    return cnf


def format_model(model: dict[int, bool], limit: int = 24) -> str:
    trues = [v for v in sorted(model) if model[v]]
    shown = " ".join(str(v) for v in trues[:limit])
    more = f" ... (+{len(trues) - limit})" if len(trues) > limit else ""
    return f"true vars: {shown}{more}"


def show_queens(model: dict[int, bool], n: int) -> None:
    for r in range(n):
        print("  " + " ".join("Q" if model[r * n + c + 1] else "." for c in range(n)))


def main() -> None:
    petersen = [(i, (i + 1) % 5) for i in range(5)]
    petersen += [(i, i + 5) for i in range(5)]
    petersen += [(5 + i, 5 + (i + 2) % 5) for i in range(5)]
    instances = [
        pigeonhole(4, 4),
        pigeonhole(5, 4),
        pigeonhole(6, 5),
        n_queens(6),
        n_queens(3),
        random_3sat(20, 80, 12345),
        random_3sat(30, 150, 2024),
        random_3sat(12, 70, 7),
        graph_coloring(petersen, 10, 3),
        graph_coloring(petersen, 10, 2),
    ]
    summary: list[tuple[str, str]] = []
    for cnf in instances:
        print(cnf.describe())
        model, stats = solve(cnf)
        if model is None:
            print("  UNSAT")
            summary.append((cnf.name, "UNSAT"))
        else:
            ok = verify(cnf, model)
            print(f"  SAT (verified={ok})")
            print(f"  {format_model(model)}")
            if cnf.name.startswith("queens"):
                show_queens(model, int(cnf.name[7:-1]))
            summary.append((cnf.name, "SAT"))
        print(f"  {stats}")
    print("summary:")
    width = max(len(name) for name, _ in summary)
    for name, verdict in summary:
        print(f"  {name:<{width}}  {verdict}")
    sat_count = sum(1 for _, v in summary if v == "SAT")
    print(f"{sat_count} SAT, {len(summary) - sat_count} UNSAT")


if __name__ == "__main__":
    main()
