# keyword-only parameters after a bare *, required and defaulted, called with keywords in any order


def connect(host, port, *, timeout=30, retries=3, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} timeout={timeout} retries={retries}"


def rect_area(*, width, height):
    return width * height


def search(items, target, *, start=0, reverse=False):
    indices = range(len(items) - 1, start - 1, -1) if reverse else range(start, len(items))
    for i in indices:
        if items[i] == target:
            return i
    return -1


def fmt_money(amount, *, currency="EUR", decimals=2, symbol_first=False):
    text = f"{amount:,.{decimals}f}"
    return f"{currency} {text}" if symbol_first else f"{text} {currency}"


class Logger:
    def __init__(self, name, *, level="INFO", width=8):
        self.name = name
        self.level = level
        self.width = width

    def line(self, msg, *, level=""):
        lv = level if level else self.level
        return f"{lv:<{self.width}}{self.name}: {msg}"


print(connect("example.org", 80))
print(connect("example.org", 443, secure=True))
print(connect("db", 5432, retries=0, timeout=5))
print(rect_area(width=3, height=4), rect_area(height=2, width=10))
xs = [5, 3, 5, 1, 5]
print(search(xs, 5), search(xs, 5, start=1), search(xs, 5, reverse=True), search(xs, 7))
print(search(xs, 5, reverse=True, start=3), search(xs, 3, start=2))
print(fmt_money(1234.5), fmt_money(99, currency="USD", symbol_first=True), fmt_money(1e6, decimals=0))
log = Logger("app")
dbg = Logger("db", level="DEBUG", width=6)
print(log.line("started"))
print(log.line("disk low", level="WARN"))
print(dbg.line("query ok"), "|", dbg.level, dbg.width)
