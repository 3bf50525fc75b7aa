import registry
import plugins

print(registry.run("double", 21), registry.run("negate", 5), registry.run("other", 10))
print(registry.order, sorted(registry.handlers))
print(plugins.registry is registry)
