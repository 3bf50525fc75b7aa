data = "name=alice;age=30;city=Paris;lang=python"
record = {}
for part in data.split(";"):
    key, value = part.split("=")
    record[key] = value
print(record)
csv = "1,2,3\n4,5,6\n7,8,9"
total = 0
for line in csv.split("\n"):
    nums = [int(x) for x in line.split(",")]
    total += sum(nums)
    print(nums, sum(nums))
print(total)
print("  a  b  ".split(" "))
