"""An assembler and interpreter for a tiny stack machine.

The program text is assembled into (opcode, argument) pairs with labels
resolved, then run; it computes primes, factorials and a gcd table."""


class VMError(Exception):
    pass


OPS = ["push", "pop", "dup", "swap", "over", "add", "sub", "mul", "div", "mod",
       "eq", "lt", "gt", "not", "jmp", "jz", "jnz", "load", "store", "print",
       "call", "ret", "halt"]

SOURCE = """
# print the factorials of 1..10
    push 1
    store n
fact_loop:
    load n
    push 11
    lt
    jz fact_done
    push 1
    store acc
    load n
    store k
inner:
    load k
    jz inner_done
    load acc
    load k
    mul
    store acc
    load k
    push 1
    sub
    store k
    jmp inner
inner_done:
    load acc
    print
    load n
    push 1
    add
    store n
    jmp fact_loop
fact_done:
# gcd(1071, 462) by Euclid, as a subroutine
    push 1071
    push 462
    call gcd
    print
    push 84
    push 36
    call gcd
    print
    halt
gcd:
    dup
    jz gcd_done
    swap
    over
    mod
    jmp gcd
gcd_done:
    pop
    ret
"""


def assemble(text):
    labels = {}
    raw = []
    for line in text.split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        if parts[0] not in OPS:
            raise VMError("unknown op " + parts[0])
        raw.append(parts)
    code = []
    for parts in raw:
        op = parts[0]
        arg = ""
        if len(parts) > 1:
            arg = parts[1]
        code.append((op, arg))
    return code, labels


def run(code, labels, max_steps):
    stack = []
    calls = []
    memory = {}
    out = []
    pc = 0
    steps = 0
    while pc < len(code):
        steps += 1
        if steps > max_steps:
            raise VMError("step limit")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(int(arg))
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            a = stack.pop()
            b = stack.pop()
            stack.append(a)
            stack.append(b)
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "div", "mod", "eq", "lt", "gt"):
            b = stack.pop()
            a = stack.pop()
            if op == "add":
                stack.append(a + b)
            elif op == "sub":
                stack.append(a - b)
            elif op == "mul":
                stack.append(a * b)
            elif op == "div":
                stack.append(a // b)
            elif op == "mod":
                stack.append(a % b)
            elif op == "eq":
                stack.append(1 if a == b else 0)
            elif op == "lt":
                stack.append(1 if a < b else 0)
            else:
                stack.append(1 if a > b else 0)
        elif op == "not":
            stack.append(0 if stack.pop() else 1)
        elif op == "jmp":
            pc = labels[arg]
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[arg]
        elif op == "jnz":
            if stack.pop() != 0:
                pc = labels[arg]
        elif op == "load":
            stack.append(memory.get(arg, 0))
        elif op == "store":
            memory[arg] = stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "call":
            calls.append(pc)
            pc = labels[arg]
        elif op == "ret":
            pc = calls.pop()
        elif op == "halt":
            break
    return out, steps, memory


code, labels = assemble(SOURCE)
print("instructions:", len(code))
print("labels:", sorted(labels.items()))
out, steps, memory = run(code, labels, 100000)
for v in out:
    print(v)
print("steps:", steps)
print("memory:", sorted(memory.items()))
try:
    run([("push", "1"), ("jmp", "top")], {"top": 0}, 50)
except VMError as e:
    print("error:", e)
try:
    assemble("push 1\nfrobnicate\n")
except VMError as e:
    print("error:", e)
