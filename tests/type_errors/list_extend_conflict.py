def merge(numbers):
    result = []
    result.extend(numbers)
    result.extend(["end", "marker"])
    return result


print(merge([3, 1, 2]))
