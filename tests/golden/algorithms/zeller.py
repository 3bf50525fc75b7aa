NAMES = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return NAMES[h]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

for y, m, d in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1900, 3, 1), (2038, 1, 19)]:
    print(y, m, d, day_of_week(y, m, d))
print([y for y in range(1896, 1930) if is_leap(y)])
