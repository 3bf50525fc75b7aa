# Module-level state shared between modules: a registry filled at import time by another module,
# counters rebound with `global`, and module attributes read and assigned from main.
import bus
import handlers
import audit

print(sorted(bus.subscribers))
print(bus.publish("order", "A-1"))
print(bus.publish("refund", "A-1"))
print(bus.publish("unknown", "zz"))
bus.muted = True
print(bus.publish("order", "B-2"))
bus.muted = False
print(bus.publish("order", "C-3"))
print(bus.delivered, bus.dropped)
print(audit.entries)
print(audit.summary())
print(handlers.seen)
bus.reset()
print(bus.delivered, bus.dropped, len(audit.entries))
