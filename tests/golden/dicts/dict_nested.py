ages = {"alice": 30, "bob": 25}
langs = {"alice": ["python", "c"], "bob": ["go"]}
ages["carol"] = 35
langs["carol"] = []
for name in sorted(ages):
    print(name, ages[name], len(langs[name]), langs[name])
langs["bob"].append("rust")
print(langs["bob"])
matrix = {"row1": {"a": 1, "b": 2}, "row2": {"a": 3}}
matrix["row2"]["c"] = 4
for r in matrix:
    print(r, matrix[r], sum(matrix[r].values()))
print(sum(ages.values()), max(ages.values()))
