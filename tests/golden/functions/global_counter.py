counter = 0
LIMIT = 5
log = []

def bump():
    global counter
    counter += 1
    log.append(counter)

def reset():
    global counter
    counter = 0

for _ in range(LIMIT):
    bump()
print(counter, log)
reset()
bump()
print(counter, log)
