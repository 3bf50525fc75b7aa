# The re benchmark's program (bench/run_re.py): the re module's main
# operations over one large text file (argv[1]), printing what they found.
import re
import sys

WORD = re.compile(r"[A-Za-z]+")
EMAIL = re.compile(r"([\w.]+)@(\w+)\.(?:com|org|net)")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")


def main():
    with open(sys.argv[1]) as f:
        text = f.read()
    words = WORD.findall(text)
    emails = EMAIL.findall(text)
    months = 0
    for m in DATE.finditer(text):
        months += int(m.group(2))
    hosts = {}
    for user, host in emails:
        hosts[host] = hosts.get(host, 0) + 1
    cleaned = re.sub(r"\s+", " ", text)
    sentences = re.split(r"[.!?]\s+", text)
    capitalized = len(CAPITALIZED.findall(text))
    masked = re.sub(r"\d", "#", text[:1000000])
    print(len(text), len(words), len(emails), months, len(cleaned), len(sentences), capitalized)
    print(sorted(hosts.items())[:5], masked.count("#"), words[:5], sentences[-1][-20:])


main()
