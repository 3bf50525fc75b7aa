"""A small multilayer perceptron trained with plain backpropagation.

Everything is implemented on Python lists: dense layers, tanh / sigmoid
activations, mean-squared-error and cross-entropy losses, SGD with momentum.
Weights are initialised from a deterministic LCG so runs are reproducible.
"""

import math


class LCG:
    def __init__(self, seed: int) -> None:
        self.state = seed

    def next_u32(self) -> int:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 32

    def uniform(self, lo: float, hi: float) -> float:
        return lo + (hi - lo) * (self.next_u32() / 4294967296.0)

    def shuffle(self, items: list[int]) -> None:
        for i in range(len(items) - 1, 0, -1):
            j = self.next_u32() % (i + 1)
            items[i], items[j] = items[j], items[i]


def sigmoid(x: float) -> float:
    if x < -60.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


class Activation:
    def __init__(self, name: str) -> None:
        if name not in ("tanh", "sigmoid", "relu", "linear"):
            raise ValueError(f"unknown activation {name}")
        self.name = name

    def forward(self, x: float) -> float:
        if self.name == "tanh":
            return math.tanh(x)
        if self.name == "sigmoid":
            return sigmoid(x)
        if self.name == "relu":
            return x if x > 0.0 else 0.0
        return x

    def derivative(self, y: float) -> float:
        """Derivative expressed in terms of the activation output y."""
        if self.name == "tanh":
            return 1.0 - y * y
        if self.name == "sigmoid":
            return y * (1.0 - y)
        if self.name == "relu":
            return 1.0 if y > 0.0 else 0.0
        return 1.0


class Layer:
    def __init__(self, n_in: int, n_out: int, activation: str, rng: LCG) -> None:
        limit = math.sqrt(6.0 / (n_in + n_out))
        self.weights = [[rng.uniform(-limit, limit) for _ in range(n_in)] for _ in range(n_out)]
        self.biases = [0.0] * n_out
        self.act = Activation(activation)
        self.vel_w = [[0.0] * n_in for _ in range(n_out)]
        self.vel_b = [0.0] * n_out
        self.last_input: list[float] = []
        self.last_output: list[float] = []

    def forward(self, inputs: list[float]) -> list[float]:
        self.last_input = inputs
        out = []
        for row, b in zip(self.weights, self.biases):
            z = b + sum(w * x for w, x in zip(row, inputs))
            out.append(self.act.forward(z))
        self.last_output = out
        return out

    def backward(self, grad_out: list[float], lr: float, momentum: float) -> list[float]:
        deltas = [g * self.act.derivative(y) for g, y in zip(grad_out, self.last_output)]
        n_in = len(self.last_input)
        grad_in = [0.0] * n_in
        for j, delta in enumerate(deltas):
            row = self.weights[j]
            vrow = self.vel_w[j]
            for i in range(n_in):
                grad_in[i] += row[i] * delta
                vrow[i] = momentum * vrow[i] - lr * delta * self.last_input[i]
                row[i] += vrow[i]
            self.vel_b[j] = momentum * self.vel_b[j] - lr * delta
            self.biases[j] += self.vel_b[j]
        return grad_in

    def parameter_count(self) -> int:
        return len(self.weights) * len(self.weights[0]) + len(self.biases)


class Network:
    def __init__(self, sizes: list[int], activations: list[str], seed: int) -> None:
        if len(activations) != len(sizes) - 1:
            raise ValueError("need one activation per layer")
        rng = LCG(seed)
        self.layers = [Layer(a, b, act, rng) for a, b, act in zip(sizes, sizes[1:], activations)]

    def predict(self, x: list[float]) -> list[float]:
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def train_step(self, x: list[float], target: list[float], lr: float, momentum: float) -> float:
        out = self.predict(x)
        loss = sum((o - t) ** 2 for o, t in zip(out, target)) / len(out)
        grad = [2.0 * (o - t) / len(out) for o, t in zip(out, target)]
        for layer in reversed(self.layers):
            grad = layer.backward(grad, lr, momentum)
        return loss

    def parameter_count(self) -> int:
        return sum(layer.parameter_count() for layer in self.layers)

    def describe(self) -> str:
        parts = [f"{len(l.weights[0])}->{len(l.weights)}({l.act.name})" for l in self.layers]
        return " ".join(parts) + f" params={self.parameter_count()}"


Dataset = list[tuple[list[float], list[float]]]


def train(net: Network, data: Dataset, epochs: int, lr: float, momentum: float,
          report_every: int, rng: LCG) -> list[float]:
    history: list[float] = []
    order = list(range(len(data)))
    for epoch in range(1, epochs + 1):
        rng.shuffle(order)
        total = 0.0
        for idx in order:
            x, y = data[idx]
            total += net.train_step(x, y, lr, momentum)
        mean = total / len(data)
        history.append(mean)
        if epoch % report_every == 0 or epoch == 1:
            print(f"  epoch {epoch:5d}  loss {mean:.6f}")
    return history


def accuracy(net: Network, data: Dataset) -> float:
    correct = 0
    for x, y in data:
        out = net.predict(x)
        if len(out) == 1:
            correct += (out[0] >= 0.5) == (y[0] >= 0.5)
        else:
            correct += out.index(max(out)) == y.index(max(y))
    return correct / len(data)


def xor_data() -> Dataset:
    return [([a, b], [float(int(a) ^ int(b))]) for a in (0.0, 1.0) for b in (0.0, 1.0)]


def spiral_data(points_per_class: int, rng: LCG) -> Dataset:
    data: Dataset = []
    for cls in range(3):
        for i in range(points_per_class):
            r = i / points_per_class
            theta = cls * 2.1 + r * 4.0 + rng.uniform(-0.2, 0.2)
            x = [r * math.sin(theta), r * math.cos(theta)]
            y = [1.0 if c == cls else 0.0 for c in range(3)]
            data.append((x, y))
    return data


def sine_data(n: int) -> Dataset:
    return [([x], [math.sin(x)]) for x in (-math.pi + 2 * math.pi * i / (n - 1) for i in range(n))]


def main() -> None:
    print("== XOR ==")
    net = Network([2, 4, 1], ["tanh", "sigmoid"], seed=42)
    print(net.describe())
    data = xor_data()
    train(net, data, epochs=2000, lr=0.5, momentum=0.6, report_every=250, rng=LCG(7))
    for x, y in data:
        out = net.predict(x)[0]
        print(f"  {x[0]:.0f} xor {x[1]:.0f} -> {out:.4f} (target {y[0]:.0f})")
    print(f"  accuracy {accuracy(net, data):.2f}")

    print("== spiral (3 classes) ==")
    rng = LCG(2024)
    spiral = spiral_data(20, rng)
    net2 = Network([2, 12, 3], ["tanh", "sigmoid"], seed=99)
    print(net2.describe())
    hist = train(net2, spiral, epochs=300, lr=0.3, momentum=0.8, report_every=50, rng=rng)
    print(f"  best loss {min(hist):.6f} at epoch {hist.index(min(hist)) + 1}")
    print(f"  accuracy {accuracy(net2, spiral):.3f}")

    print("== sine regression ==")
    sine = sine_data(25)
    net3 = Network([1, 8, 1], ["tanh", "linear"], seed=5)
    print(net3.describe())
    train(net3, sine, epochs=400, lr=0.02, momentum=0.5, report_every=100, rng=LCG(11))
    worst = max(abs(net3.predict(x)[0] - y[0]) for x, y in sine)
    print(f"  max abs error {worst:.5f}")
    for xv in (-2.0, -0.5, 0.0, 1.0, 2.5):
        print(f"  sin({xv:+.2f}) ~ {net3.predict([xv])[0]:+.5f} (true {math.sin(xv):+.5f})")

    try:
        Network([2, 2], ["softmax"], seed=1)
    except ValueError as exc:
        print(f"error: {exc}")


if __name__ == "__main__":
    main()
