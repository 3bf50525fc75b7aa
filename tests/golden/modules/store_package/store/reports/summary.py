from ..pricing import total
from .. import items as item_module


def lines(catalog):
    out = []
    for it in sorted(catalog.items, key=lambda i: -i.cost()):
        out.append(f"{it.name:<10}{it.cost():>8.2f}")
    out.append(f"{'TOTAL':<10}{total(catalog.items):>8.2f}")
    return out


def headline(catalog):
    biggest = max(catalog.items, key=lambda i: i.cost())
    return f"{len(catalog.items)} items, top: {biggest.label()}, default qty {item_module.DEFAULT_QTY}"
