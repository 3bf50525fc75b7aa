# match statements: every pattern kind, guards, soft keywords used as names.
match = case = _ = 1
match command.split():
    case [action]:
        pass
    case [action, obj] if obj != "":
        pass
    case ["go", ("north" | "south") as direction, *rest]:
        pass
    case ["drop", *objects, last]:
        pass
    case Point(x=0, y=0) | Point(x=1):
        pass
    case Point(1, y=2) | pkg.mod.Point(_, _):
        pass
    case {"x": 1, "y": [1, 2, *_], **rest}:
        pass
    case {1: _, -2: _, 3.5: _, 1 + 2j: _, -1 - 2j: _, b"k": _, True: _}:
        pass
    case (1, 2) | [3, 4] | () | []:
        pass
    case None | True | False:
        pass
    case -1 | 0x10 | "s" "t" | b"b":
        pass
    case Color.RED:
        pass
    case str() | bytes():
        pass
    case (a, b,):
        pass
    case [*_]:
        pass
    case _:
        pass
match (x, y):
    case a, *b:
        pass
match x,:
    case {**rest}:
        pass
match -x:
    case [1, [2, (3, *c)]] as whole if whole:
        pass
def f(match, case):
    return match(case)
print(match, case, _)
