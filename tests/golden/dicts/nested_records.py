# nested containers: dict[str, list[tuple[int, float]]] and dict[str, dict[str, int]] built and queried

readings = {}
raw = [("north", 1, 12.5), ("south", 1, 18.0), ("north", 2, 13.25), ("east", 1, 9.5),
       ("south", 2, 17.5), ("north", 3, 11.0), ("east", 2, 10.0)]
for station, day, temp in raw:
    if station not in readings:
        readings[station] = []
    readings[station].append((day, temp))
print(readings)
for station in sorted(readings):
    temps = [t for _, t in readings[station]]
    print(f"{station:6} days={len(temps)} avg={sum(temps) / len(temps):.2f} max={max(temps)}")
warmest = max(readings, key=lambda s: max(t for _, t in readings[s]))
print("warmest:", warmest)
readings["north"].append((4, 14.0))
readings["north"].sort(key=lambda p: p[1])
print(readings["north"][0], readings["north"][-1])
day_index = {}
for station, rows in readings.items():
    for day, temp in rows:
        day_index.setdefault(day, {})[station] = temp
for day in sorted(day_index):
    print(day, sorted(day_index[day].items()))
inventory = {"fruit": {"apple": 3, "pear": 1}, "veg": {"leek": 2}}
inventory["veg"]["kale"] = 5
inventory["fruit"]["apple"] -= 1
inventory["dairy"] = {}
inventory["dairy"]["milk"] = 4
print(inventory)
print({cat: sum(items.values()) for cat, items in inventory.items()})
print(sorted(name for items in inventory.values() for name, n in items.items() if n > 1))
matrix = {"a": [[1, 2], [3, 4]], "b": [[5], [6, 7, 8]]}
matrix["b"][1].append(9)
print(matrix, sum(len(row) for rows in matrix.values() for row in rows))
