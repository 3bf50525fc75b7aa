import bus

seen = []
for topic, name in [("order", "billing"), ("order", "shipping"), ("refund", "billing")]:
    bus.subscribe(topic, name)
    seen.append(name)
