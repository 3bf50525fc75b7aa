import sys
print(len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
args = sys.argv[1:]
print(args)
