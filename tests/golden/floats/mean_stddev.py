import math
data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
mean = sum(data) / len(data)
var = 0.0
for x in data:
    var += (x - mean) ** 2
var /= len(data)
print(mean, var, math.sqrt(var))
scores = [88, 92, 79, 65, 95, 70]
avg = sum(scores) / len(scores)
print(round(avg, 2), f"{avg:.3f}")
