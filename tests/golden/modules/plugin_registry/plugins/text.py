from registry import register

LOADED = "text"


@register("upper")
def upper(s):
    return s.upper()


@register("reverse")
def reverse(s):
    return s[::-1]
