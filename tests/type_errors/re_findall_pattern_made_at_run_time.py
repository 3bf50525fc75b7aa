import re


def words(text, separator):
    # The pattern's groups decide findall's items: Krait needs it constant.
    return re.findall("[^" + separator + "]+", text)


print(words("a,b,c", ","))
