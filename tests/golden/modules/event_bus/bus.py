subscribers = {}
delivered = 0
dropped = 0
muted = False


def subscribe(topic, name):
    subscribers.setdefault(topic, []).append(name)


def publish(topic, payload):
    global delivered, dropped
    if muted or topic not in subscribers:
        dropped += 1
        return []
    import audit
    results = []
    for name in subscribers[topic]:
        results.append(name + "<-" + payload)
        audit.note(topic, name)
        delivered += 1
    return results


def reset():
    global delivered, dropped
    import audit
    delivered = 0
    dropped = 0
    audit.entries.clear()
