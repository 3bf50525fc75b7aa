"""Genetic algorithms: evolving a target string and solving 0/1 knapsack.

Uses its own xorshift-style random generator so results are reproducible
and independent of the platform's random module.
"""


class Rng:
    """xorshift32 with a couple of convenience helpers."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF or 0x9E3779B9

    def next(self) -> int:
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def below(self, n: int) -> int:
        return self.next() % n

    def chance(self, p: float) -> bool:
        return self.next() / 4294967296.0 < p

    def choice(self, seq: str) -> str:
        return seq[self.below(len(seq))]


class Individual:
    __slots__ = ("genes", "fitness")

    def __init__(self, genes: list[int], fitness: float = 0.0) -> None:
        self.genes = genes
        self.fitness = fitness

    def copy(self) -> "Individual":
        return Individual(self.genes[:], self.fitness)


class Problem:
    name = "abstract"

    def gene_count(self) -> int:
        raise NotImplementedError

    def random_gene(self, rng: Rng, index: int) -> int:
        raise NotImplementedError

    def fitness(self, genes: list[int]) -> float:
        raise NotImplementedError

    def render(self, genes: list[int]) -> str:
        raise NotImplementedError

    def solved(self, ind: Individual) -> bool:
        return False


ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz,.!'"


class StringProblem(Problem):
    name = "string"

    def __init__(self, target: str) -> None:
        self.target = [ALPHABET.index(c) for c in target]

    def gene_count(self) -> int:
        return len(self.target)

    def random_gene(self, rng: Rng, index: int) -> int:
        return rng.below(len(ALPHABET))

    def fitness(self, genes: list[int]) -> float:
        return float(sum(1 for g, t in zip(genes, self.target) if g == t))

    def render(self, genes: list[int]) -> str:
        return "".join(ALPHABET[g] for g in genes)

    def solved(self, ind: Individual) -> bool:
        return ind.fitness == len(self.target)


class KnapsackProblem(Problem):
    name = "knapsack"

    def __init__(self, items: list[tuple[str, int, int]], capacity: int) -> None:
        self.items = items
        self.capacity = capacity

    def gene_count(self) -> int:
        return len(self.items)

    def random_gene(self, rng: Rng, index: int) -> int:
        return 1 if rng.chance(0.3) else 0

    def totals(self, genes: list[int]) -> tuple[int, int]:
        weight = sum(w for (_, w, _), g in zip(self.items, genes) if g)
        value = sum(v for (_, _, v), g in zip(self.items, genes) if g)
        return weight, value

    def fitness(self, genes: list[int]) -> float:
        weight, value = self.totals(genes)
        if weight > self.capacity:
            # penalise overweight solutions proportionally
            return value - 10.0 * (weight - self.capacity)
        return float(value)

    def render(self, genes: list[int]) -> str:
        weight, value = self.totals(genes)
        chosen = [name for (name, _, _), g in zip(self.items, genes) if g]
        return f"w={weight}/{self.capacity} v={value} [{' '.join(chosen)}]"


def best_knapsack(items: list[tuple[str, int, int]], capacity: int) -> int:
    """Exact dynamic-programming answer for comparison."""
    table = [0] * (capacity + 1)
    for _, weight, value in items:
        for c in range(capacity, weight - 1, -1):
            table[c] = max(table[c], table[c - weight] + value)
    return table[capacity]


class GeneticAlgorithm:
    def __init__(self, problem: Problem, rng: Rng, population: int = 60,
                 mutation_rate: float = 0.02, elite: int = 2, tournament: int = 3) -> None:
        self.problem = problem
        self.rng = rng
        self.size = population
        self.mutation_rate = mutation_rate
        self.elite = elite
        self.tournament = tournament
        self.evaluations = 0
        self.population = [self.random_individual() for _ in range(population)]

    def evaluate(self, ind: Individual) -> Individual:
        ind.fitness = self.problem.fitness(ind.genes)
        self.evaluations += 1
        return ind

    def random_individual(self) -> Individual:
        n = self.problem.gene_count()
        genes = [self.problem.random_gene(self.rng, i) for i in range(n)]
        return self.evaluate(Individual(genes))

    def select(self) -> Individual:
        contenders = [self.population[self.rng.below(self.size)] for _ in range(self.tournament)]
        return max(contenders, key=lambda ind: ind.fitness)

    def crossover(self, a: Individual, b: Individual) -> Individual:
        n = len(a.genes)
        i, j = sorted((self.rng.below(n), self.rng.below(n)))
        genes = a.genes[:i] + b.genes[i:j] + a.genes[j:]
        return Individual(genes)

    def mutate(self, ind: Individual) -> None:
        for k in range(len(ind.genes)):
            if self.rng.chance(self.mutation_rate):
                ind.genes[k] = self.problem.random_gene(self.rng, k)

    def step(self) -> None:
        ranked = sorted(self.population, key=lambda ind: -ind.fitness)
        next_gen = [ind.copy() for ind in ranked[:self.elite]]
        while len(next_gen) < self.size:
            child = self.crossover(self.select(), self.select())
            self.mutate(child)
            next_gen.append(self.evaluate(child))
        self.population = next_gen

    def best(self) -> Individual:
        return max(self.population, key=lambda ind: ind.fitness)

    def diversity(self) -> float:
        n = self.problem.gene_count()
        distinct = sum(len({ind.genes[k] for ind in self.population}) for k in range(n))
        return distinct / n

    def run(self, generations: int, report_every: int):
        for gen in range(generations + 1):
            top = self.best()
            if gen % report_every == 0 or self.problem.solved(top):
                yield gen, top
            if self.problem.solved(top):
                return
            if gen < generations:
                self.step()


def run_problem(problem: Problem, seed: int, generations: int, report_every: int,
                population: int, mutation_rate: float, tournament: int = 3) -> Individual:
    ga = GeneticAlgorithm(problem, Rng(seed), population=population,
                          mutation_rate=mutation_rate, tournament=tournament)
    last = ga.best()
    for gen, top in ga.run(generations, report_every):
        mean = sum(ind.fitness for ind in ga.population) / ga.size
        print(f"gen {gen:4d}  best {top.fitness:8.2f}  mean {mean:8.2f}  "
              f"div {ga.diversity():5.2f}  {problem.render(top.genes)}")
        last = top
    print(f"evaluations: {ga.evaluations}")
    return last


def make_items(rng: Rng, count: int) -> list[tuple[str, int, int]]:
    items = []
    for i in range(count):
        weight = 3 + rng.below(25)
        value = weight + rng.below(20) - 5
        items.append((f"i{i:02d}", weight, max(value, 1)))
    return items


def main() -> None:
    print("== evolve a string ==")
    target = "Hello, Krait world!"
    string_best = run_problem(StringProblem(target), seed=1234, generations=400,
                              report_every=20, population=120, mutation_rate=0.01)
    print(f"result: {''.join(ALPHABET[g] for g in string_best.genes)!r}")

    print("== knapsack ==")
    items = make_items(Rng(77), 24)
    capacity = sum(w for _, w, _ in items) // 3
    print(f"{len(items)} items, capacity {capacity}")
    print("items: " + " ".join(f"{n}:{w}/{v}" for n, w, v in items[:8]) + " ...")
    problem = KnapsackProblem(items, capacity)
    best = run_problem(problem, seed=4321, generations=150, report_every=15,
                       population=80, mutation_rate=0.03, tournament=4)
    optimum = best_knapsack(items, capacity)
    weight, value = problem.totals(best.genes)
    gap = (optimum - value) / optimum * 100
    print(f"GA value {value} (weight {weight}), optimum {optimum}, gap {gap:.2f}%")

    print("== rng sanity ==")
    rng = Rng(2023)
    samples = [rng.below(10) for _ in range(10000)]
    counts = [samples.count(d) for d in range(10)]
    print("digit counts: " + " ".join(str(c) for c in counts))
    print(f"choice run: {''.join(rng.choice(ALPHABET) for _ in range(20))!r}")


if __name__ == "__main__":
    main()
