def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))
def power(base, exp=2):
    return base ** exp
print(power(5), power(2, 8), power(exp=3, base=3))
