entries = []


def note(topic, name):
    entries.append(f"{topic}:{name}")


def summary():
    counts = {}
    for e in entries:
        topic = e.split(":")[0]
        counts[topic] = counts.get(topic, 0) + 1
    return sorted(counts.items())
