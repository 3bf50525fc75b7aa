# UTF-8 file with a byte-order mark.
name = "déjà vu"
été = 1; 日本 = été + 1
print(日本, name)
