from util import helper, missing

print(helper())
