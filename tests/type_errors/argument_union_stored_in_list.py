def remember(log, entry):
    log.append(entry)
    return len(log)


log = []
remember(log, 10)
remember(log, "ten")
print(log)
