"""Two little interpreters: Brainfuck, and a tiny expression language "Calc".

Calc supports integer arithmetic, comparisons, let-bindings, variables,
if/else expressions, while loops, print statements and functions with
recursion.  Programs are tokenized, parsed into an AST by recursive descent
and evaluated by walking the tree.
"""


# ---------------------------------------------------------------- Brainfuck

class BrainfuckError(Exception):
    pass


def match_brackets(code: str) -> dict[int, int]:
    stack: list[int] = []
    jumps: dict[int, int] = {}
    for i, ch in enumerate(code):
        if ch == "[":
            stack.append(i)
        elif ch == "]":
            if not stack:
                raise BrainfuckError(f"unmatched ']' at {i}")
            j = stack.pop()
            jumps[i] = j
            jumps[j] = i
    if stack:
        raise BrainfuckError(f"unmatched '[' at {stack[-1]}")
    return jumps


def run_bf(code: str, data: str = "", max_steps: int = 2_000_000) -> tuple[str, int]:
    code = "".join(ch for ch in code if ch in "+-<>[].,")
    jumps = match_brackets(code)
    tape = [0] * 300
    ptr = pc = steps = 0
    inp = iter(data)
    out: list[str] = []
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise BrainfuckError("step limit exceeded")
        op = code[pc]
        if op == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif op == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif op == ">":
            ptr += 1
        elif op == "<":
            ptr -= 1
        elif op == ".":
            out.append(chr(tape[ptr]))
        elif op == ",":
            tape[ptr] = ord(next(inp, "\0"))
        elif op == "[" and tape[ptr] == 0:
            pc = jumps[pc]
        elif op == "]" and tape[ptr] != 0:
            pc = jumps[pc]
        pc += 1
    return "".join(out), steps


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>."
         "<-.<.+++.------.--------.>>+.")
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
SQUARES_TO_25 = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"


# ------------------------------------------------------------------- Calc

class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind: str, text: str, pos: int) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self) -> str:
        return f"{self.kind}:{self.text}"


KEYWORDS = {"let", "in", "if", "then", "else", "while", "do", "end", "print", "fn"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "<", ">",
             "(", ")", "=", ";", ","]


class CalcError(Exception):
    pass


def tokenize(src: str) -> list[Token]:
    tokens: list[Token] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(src) and src[i] != "\n":
                i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("kw" if word in KEYWORDS else "id", word, i))
            i = j
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:
                raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("eof", "", len(src)))
    return tokens


class Node:
    def eval(self, env: "Env") -> int:
        raise NotImplementedError


class Num(Node):
    def __init__(self, value: int) -> None:
        self.value = value

    def eval(self, env: "Env") -> int:
        return self.value


class Var(Node):
    def __init__(self, name: str) -> None:
        self.name = name

    def eval(self, env: "Env") -> int:
        return env.lookup(self.name)


class BinOp(Node):
    def __init__(self, op: str, left: Node, right: Node) -> None:
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env: "Env") -> int:
        if self.op == "&&":
            return 1 if self.left.eval(env) and self.right.eval(env) else 0
        if self.op == "||":
            return 1 if self.left.eval(env) or self.right.eval(env) else 0
        a = self.left.eval(env)
        b = self.right.eval(env)
        if self.op in ("/", "%") and b == 0:
            raise CalcError("division by zero")
        return BINARY[self.op](a, b)


BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: int(a < b),
    ">": lambda a, b: int(a > b),
    "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b),
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
}


class Neg(Node):
    def __init__(self, operand: Node) -> None:
        self.operand = operand

    def eval(self, env: "Env") -> int:
        return -self.operand.eval(env)


class Let(Node):
    def __init__(self, name: str, value: Node, body: Node) -> None:
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env: "Env") -> int:
        return self.body.eval(env.child({self.name: self.value.eval(env)}))


class Assign(Node):
    def __init__(self, name: str, value: Node) -> None:
        self.name = name
        self.value = value

    def eval(self, env: "Env") -> int:
        v = self.value.eval(env)
        env.assign(self.name, v)
        return v


class If(Node):
    def __init__(self, cond: Node, then: Node, other: Node) -> None:
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env: "Env") -> int:
        return self.then.eval(env) if self.cond.eval(env) else self.other.eval(env)


class While(Node):
    def __init__(self, cond: Node, body: Node) -> None:
        self.cond = cond
        self.body = body

    def eval(self, env: "Env") -> int:
        result = 0
        while self.cond.eval(env):
            result = self.body.eval(env)
        return result


class Seq(Node):
    def __init__(self, items: list[Node]) -> None:
        self.items = items

    def eval(self, env: "Env") -> int:
        result = 0
        for item in self.items:
            result = item.eval(env)
        return result


class Print(Node):
    def __init__(self, value: Node) -> None:
        self.value = value

    def eval(self, env: "Env") -> int:
        v = self.value.eval(env)
        env.output.append(str(v))
        return v


class FnDef(Node):
    def __init__(self, name: str, params: list[str], body: Node) -> None:
        self.name = name
        self.params = params
        self.body = body

    def eval(self, env: "Env") -> int:
        env.functions[self.name] = self
        return 0


class Call(Node):
    def __init__(self, name: str, args: list[Node]) -> None:
        self.name = name
        self.args = args

    def eval(self, env: "Env") -> int:
        fn = env.find_function(self.name)
        if len(fn.params) != len(self.args):
            raise CalcError(f"{self.name} expects {len(fn.params)} args, got {len(self.args)}")
        values = [a.eval(env) for a in self.args]
        env.calls += 1
        return fn.body.eval(env.child(dict(zip(fn.params, values))))


class Env:
    def __init__(self, parent: "Env | None" = None) -> None:
        self.vars: dict[str, int] = {}
        self.functions: dict[str, FnDef] = {}
        self.parent = parent
        self.output: list[str] = parent.output if parent is not None else []
        self.calls = 0

    def child(self, bindings: dict[str, int]) -> "Env":
        env = Env(self)
        env.vars.update(bindings)
        return env

    def root(self) -> "Env":
        env = self
        while env.parent is not None:
            env = env.parent
        return env

    def lookup(self, name: str) -> int:
        env: Env | None = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise CalcError(f"undefined variable {name}")

    def assign(self, name: str, value: int) -> None:
        env: Env | None = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        self.vars[name] = value

    def find_function(self, name: str) -> FnDef:
        env: Env | None = self
        while env is not None:
            if name in env.functions:
                return env.functions[name]
            env = env.parent
        raise CalcError(f"undefined function {name}")


PRECEDENCE = [["||"], ["&&"], ["==", "!="], ["<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]]


class Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def accept(self, text: str) -> bool:
        if self.current.text == text and self.current.kind in ("op", "kw"):
            self.pos += 1
            return True
        return False

    def expect(self, text: str) -> None:
        if not self.accept(text):
            tok = self.current
            raise CalcError(f"expected {text!r} at {tok.pos}, found {tok.text or 'EOF'!r}")

    def ident(self) -> str:
        tok = self.current
        if tok.kind != "id":
            raise CalcError(f"expected identifier at {tok.pos}")
        self.pos += 1
        return tok.text

    def program(self) -> Node:
        items = [self.statement()]
        while self.accept(";"):
            if self.current.kind == "eof" or self.current.text == "end":
                break
            items.append(self.statement())
        return items[0] if len(items) == 1 else Seq(items)

    def statement(self) -> Node:
        if self.accept("print"):
            return Print(self.expr())
        if self.accept("fn"):
            name = self.ident()
            self.expect("(")
            params: list[str] = []
            if not self.accept(")"):
                params.append(self.ident())
                while self.accept(","):
                    params.append(self.ident())
                self.expect(")")
            self.expect("=")
            return FnDef(name, params, self.expr())
        if self.current.kind == "id" and self.tokens[self.pos + 1].text == "=":
            name = self.ident()
            self.expect("=")
            return Assign(name, self.expr())
        return self.expr()

    def expr(self) -> Node:
        if self.accept("let"):
            name = self.ident()
            self.expect("=")
            value = self.expr()
            self.expect("in")
            return Let(name, value, self.expr())
        if self.accept("if"):
            cond = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            return If(cond, then, self.expr())
        if self.accept("while"):
            cond = self.expr()
            self.expect("do")
            body = self.program()
            self.expect("end")
            return While(cond, body)
        return self.binary(0)

    def binary(self, level: int) -> Node:
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.binary(level + 1)
        while self.current.kind == "op" and self.current.text in PRECEDENCE[level]:
            op = self.current.text
            self.pos += 1
            left = BinOp(op, left, self.binary(level + 1))
        return left

    def unary(self) -> Node:
        if self.accept("-"):
            return Neg(self.unary())
        return self.atom()

    def atom(self) -> Node:
        tok = self.current
        if tok.kind == "num":
            self.pos += 1
            return Num(int(tok.text))
        if tok.kind == "id":
            self.pos += 1
            if self.accept("("):
                args: list[Node] = []
                if not self.accept(")"):
                    args.append(self.expr())
                    while self.accept(","):
                        args.append(self.expr())
                    self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if self.accept("("):
            inner = self.program()
            self.expect(")")
            return inner
        raise CalcError(f"unexpected token {tok.text or 'EOF'!r} at {tok.pos}")


def run_calc(src: str) -> tuple[int, list[str], int]:
    tree = Parser(tokenize(src)).program()
    env = Env()
    result = tree.eval(env)
    return result, env.output, count_nodes(tree)


def count_nodes(node: Node) -> int:
    children: list[Node] = []
    if isinstance(node, BinOp):
        children = [node.left, node.right]
    elif isinstance(node, (Neg,)):
        children = [node.operand]
    elif isinstance(node, Let):
        children = [node.value, node.body]
    elif isinstance(node, (Assign, Print)):
        children = [node.value]
    elif isinstance(node, If):
        children = [node.cond, node.then, node.other]
    elif isinstance(node, While):
        children = [node.cond, node.body]
    elif isinstance(node, Seq):
        children = node.items
    elif isinstance(node, FnDef):
        children = [node.body]
    elif isinstance(node, Call):
        children = node.args
    return 1 + sum(count_nodes(c) for c in children)


CALC_PROGRAMS = [
    ("arith", "1 + 2 * 3 - (4 - 10) / 3 % 5"),
    ("let", "let x = 7 in let y = x * x in y - x"),
    ("fact", "fn fact(n) = if n <= 1 then 1 else n * fact(n - 1); fact(12)"),
    ("fib", "fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2); print fib(15); fib(18)"),
    ("loop", "i = 0; s = 0; while i < 10 do s = s + i * i; print s; i = i + 1 end; s"),
    ("gcd", "fn gcd(a, b) = if b == 0 then a else gcd(b, a % b); gcd(1071, 462) * 1000 + gcd(17, 5)"),
    ("collatz", """
        # length of the Collatz sequence for 27
        n = 27; steps = 0;
        while n != 1 do
            n = if n % 2 == 0 then n / 2 else 3 * n + 1;
            steps = steps + 1
        end;
        steps
    """),
    ("primes", """
        fn isprime(n) = let d = 2 in (ok = n > 1; while ok && d * d <= n do
            ok = n % d != 0; d = d + 1 end; ok);
        count = 0; k = 0;
        while k < 60 do (if isprime(k) then (print k; count = count + 1) else 0); k = k + 1 end;
        count
    """),
    ("neg", "-3 * -(2 + -1) - -4"),
    ("divzero", "let z = 0 in 10 / z"),
    ("undefined", "foo + 1"),
    ("syntax", "let x = in 3"),
    ("badchar", "3 $ 4"),
    ("arity", "fn f(a, b) = a + b; f(1)"),
]


def main() -> None:
    print("== brainfuck ==")
    bf_programs = [("hello", HELLO, ""), ("reverse", REVERSE, "stressed"),
                   ("add", ADD_DIGITS, "34"), ("squares", SQUARES_TO_25, ""),
                   ("broken", "+[>+", "")]
    for name, code, data in bf_programs:
        try:
            out, steps = run_bf(code, data)
        except BrainfuckError as exc:
            print(f"{name}: error: {exc}")
            continue
        shown = out.replace("\n", "\\n")
        if len(shown) > 60:
            shown = shown[:57] + "..."
        print(f"{name}: {shown!r} ({steps} steps)")
    print("== calc ==")
    for name, src in CALC_PROGRAMS:
        try:
            result, output, nodes = run_calc(src)
        except CalcError as exc:
            print(f"{name}: error: {exc}")
            continue
        printed = f" printed=[{', '.join(output)}]" if output else ""
        print(f"{name}: {result} (nodes={nodes}){printed}")
    toks = tokenize("fn f(x) = x >= 10 && x != 12")
    print("tokens:", " ".join(repr(t) for t in toks))


if __name__ == "__main__":
    main()
