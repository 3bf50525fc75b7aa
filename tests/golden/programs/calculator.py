"""A recursive-descent calculator for arithmetic expressions.

expr   := term (('+' | '-') term)*
term   := factor (('*' | '/' | '%') factor)*
factor := ('-' | '+') factor | power
power  := atom ('^' factor)?
atom   := NUMBER | '(' expr ')'
"""


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(text[i:j])
            i = j
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            raise ParseError("unexpected character " + repr(ch))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ""

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value

    def factor(self):
        if self.peek() == "-":
            self.take()
            return -self.factor()
        if self.peek() == "+":
            self.take()
            return self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ParseError("expected )")
            return value
        if tok == "":
            raise ParseError("unexpected end")
        if tok in "+-*/%^)":
            raise ParseError("unexpected " + tok)
        return float(tok)


def evaluate(text):
    p = Parser(tokenize(text))
    value = p.expr()
    if p.peek() != "":
        raise ParseError("trailing " + p.peek())
    return value


EXPRESSIONS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 0.5",
    "((((7))))",
    "3 * (2 + (4 - 1) * 2) / 3",
    "1 / 0",
    "2 * (3 + 4",
    "4 $ 4",
    "1 + ",
    "1.5 * 1.5 - 0.25",
]

for e in EXPRESSIONS:
    try:
        print("%-28s = %s" % (e, evaluate(e)))
    except ParseError as err:
        print("%-28s ! parse error: %s" % (e, err))
    except ZeroDivisionError:
        print("%-28s ! division by zero" % e)
