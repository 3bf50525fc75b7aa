# A decorator factory defined in one module registering functions of other modules into
# module-level state; modules of a package importing a sibling top-level module.
import registry
import plugins.text
import plugins.math_ops as mo
from registry import call, names

print(names())
print(call("upper", "hello"), call("reverse", "stressed"))
print(call("double", "ab"), call("missing", "x"))
print(mo.square(7), mo.LOADED, plugins.text.LOADED)
print(registry.calls)
print(registry.stats())
