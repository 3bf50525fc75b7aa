# comprehensions over dict keys, values and items, including sorting and filtering
prices = {"apple": 1.25, "bread": 3.5, "cheese": 7.0, "dates": 4.75}
stock = {"apple": 10, "bread": 0, "cheese": 3, "dates": 0}
print([k for k in prices])
print([v for v in prices.values()])
print([k for k, v in stock.items() if v == 0])
print([k.upper() for k in prices.keys() if k < "c"])
print({k: prices[k] * stock[k] for k in prices})
print({k: v for k, v in prices.items() if stock[k] > 0})
print(sorted([(v, k) for k, v in prices.items()]))
print(sorted([k for k in prices], key=lambda k: prices[k], reverse=True))
print(sum([prices[k] * stock[k] for k in stock]))
print(max([(v, k) for k, v in stock.items()]))
print([f"{k}={v}" for k, v in stock.items()])
print({v: k for k, v in stock.items()})
nested = {"a": {"x": 1, "y": 2}, "b": {"x": 3}, "c": {}}
print([(outer, inner, v) for outer, d in nested.items() for inner, v in d.items()])
print({outer: sum(d.values()) for outer, d in nested.items()})
print({outer: len(d) for outer, d in nested.items() if d})
scores = {"ann": [90, 85], "bob": [70], "cyd": []}
print({name: sum(s) / len(s) for name, s in scores.items() if s})
print([name for name, s in scores.items() if not s])
merged = {k: v for d in [{"a": 1}, {"b": 2}, {"a": 3}] for k, v in d.items()}
print(merged)
