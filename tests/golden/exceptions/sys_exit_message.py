import sys
print("about to fail")
sys.exit("fatal: bad input")
