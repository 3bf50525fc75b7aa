# parsing log-style records with split/rsplit maxsplit, partition, strip and int/float conversion

LOG = """\
2024-05-01 12:00:01 GET /index.html 200 0.012
2024-05-01 12:00:02 POST /api/login?user=ann 401 0.120
2024-05-01 12:00:05 GET /static/site.css 200 0.003
2024-05-01 12:01:10 GET /api/items?page=2&size=10 200 0.250
2024-05-01 12:02:00 DELETE /api/items/7 404 0.040
"""
requests = []
for line in LOG.splitlines():
    date, clock, rest = line.split(" ", 2)
    method_path, status, seconds = rest.rsplit(" ", 2)
    method, path = method_path.split(" ", 1)
    route, _, query = path.partition("?")
    params = {}
    if query:
        for pair in query.split("&"):
            k, _, v = pair.partition("=")
            params[k] = v
    requests.append((clock, method, route, int(status), float(seconds), params))
for clock, method, route, status, seconds, params in requests:
    print(f"{clock} {method:<6} {route:<20} {status} {seconds * 1000:6.1f}ms {sorted(params.items())}")
print(sum(1 for r in requests if r[3] >= 400), max(r[4] for r in requests))
by_method = {}
for r in requests:
    by_method[r[1]] = by_method.get(r[1], 0) + 1
print(sorted(by_method.items()))
segments = [r[2].strip("/").split("/") for r in requests]
print(segments)
print(sorted({s[0] for s in segments}))
hh, mm, ss = requests[-1][0].split(":")
print(int(hh) * 3600 + int(mm) * 60 + int(ss))
version = "3.11.2-final"
number, _, tag = version.partition("-")
major, minor, patch = [int(p) for p in number.split(".")]
print(major, minor, patch, tag, number.rsplit(".", 1)[0])
