scores = [88, 92, 79, 93, 85, 67, 99, 74]
total = 0
for s in scores:
    total += s
avg = total / len(scores)
above = [s for s in scores if s > avg]
print(total, avg, above)
print(sorted(scores)[len(scores) // 2], max(scores) - min(scores))
grades = []
for s in scores:
    if s >= 90:
        grades.append("A")
    elif s >= 80:
        grades.append("B")
    elif s >= 70:
        grades.append("C")
    else:
        grades.append("D")
print(grades, grades.count("A"))
