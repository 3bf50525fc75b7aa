# partition and rpartition for parsing key/value lines, URLs and file names

lines = ["host = example.org", "port=8080", "path = /a/b=c", "novalue", "empty ="]
config = {}
for line in lines:
    key, sep, value = line.partition("=")
    if not sep:
        print("skip", repr(line))
        continue
    config[key.strip()] = value.strip()
print(config)
print("a.b.c".partition("."), "a.b.c".rpartition("."))
print("abc".partition("x"), "abc".rpartition("x"))
print("::x::".partition("::"), "::x::".rpartition("::"))


def parse_url(url):
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    host, colon, port = host.partition(":")
    path, q, query = path.partition("?")
    return scheme, host, int(port) if colon else 80, "/" + path, query


for u in ["http://example.org/index.html", "https://site.io:8443/a/b?x=1&y=2", "ftp://files.net"]:
    print(parse_url(u))
for name in ["report.final.pdf", "README", ".bashrc", "photo.jpeg"]:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        print(name, "-> no extension")
    else:
        print(name, "->", repr(stem), ext)
email = "first.last@mail.example.com"
user, _, domain = email.partition("@")
sub, _, tld = domain.rpartition(".")
print(user, domain, sub, tld)
header = "Content-Type: text/html; charset=utf-8"
name, _, value = header.partition(":")
mime, _, params = value.strip().partition(";")
print(name, mime, params.strip().partition("=")[2])
