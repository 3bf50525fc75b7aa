# An exception raised in an imported module: its frames name the module's
# file, and the exception's class is printed with its module.
import parser

print(parser.parse_all(["1", "22"]))
print(parser.parse_all(["3", "x4"]))
