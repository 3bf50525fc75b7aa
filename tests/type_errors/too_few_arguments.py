def greet(greeting, name):
    return greeting + ", " + name


if len(greet("hi", "bo")) > 50:
    print(greet("hello"))
print(greet("hi", "bo"))
