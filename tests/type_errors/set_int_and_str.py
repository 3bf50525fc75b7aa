tags = {1, 2}
tags.add("three")
print(tags)
