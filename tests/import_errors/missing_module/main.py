import util
import nosuch_module

print(util.VALUE)
