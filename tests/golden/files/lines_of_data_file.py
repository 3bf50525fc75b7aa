# Reads a data file that sits beside the program (copied into the working
# directory by the test harness, as for CPython): a small CSV of cities.
def parse(line):
    name, country, population = line.strip().split(",")
    return name, country, int(population)


rows = []
with open("cities.txt") as f:
    header = f.readline().strip().split(",")
    for line in f:
        if line.strip():
            rows.append(parse(line))
print(header)
total = 0
by_country = {}
for name, country, population in rows:
    total += population
    by_country[country] = by_country.get(country, 0) + population
    print(f"{name:<12}{country:<10}{population:>10,}")
print("total", total)
for country in sorted(by_country):
    print(country, by_country[country])
