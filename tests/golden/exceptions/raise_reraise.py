def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n

def wrapper(n):
    try:
        return check(n)
    except ValueError:
        print("wrapper saw it")
        raise

try:
    wrapper(-3)
except ValueError as e:
    print("outer:", e)
print(wrapper(4))
