# A package with a subpackage: `import pkg.mod`, `from pkg.mod import a as b`, relative imports
# (from . and from ..) inside the package, and package-level names from __init__.py.
import store.items
import store.reports.summary
from store import Catalog, VERSION
from store.pricing import total as grand_total, apply_discount
from store.reports import summary as rs

cat = Catalog()
cat.add(store.items.Item("pen", 1.25, 10))
cat.add(store.items.Item("notebook", 3.5, 4))
cat.add(store.items.Item("stapler", 12.0, 1))
print(VERSION, len(cat.items))
print(grand_total(cat.items))
print(apply_discount(grand_total(cat.items), 10))
for line in rs.lines(cat):
    print(line)
print(store.reports.summary.headline(cat))
print(store.items.Item("x", 1.0, 1).label(), store.items.DEFAULT_QTY)
print(store.__name__, store.items.__name__, rs.__name__)
