"""Aligned two-column tables."""


def format_table(title, rows):
    """rows: (label, value) pairs; labels left-aligned, values right-aligned."""
    width = max([len(label) for label, _ in rows] + [len(title)])
    digits = max([len(str(value)) for _, value in rows] + [1])
    out = [title, "=" * (width + digits + 2)]
    for label, value in rows:
        out.append(f"{label:<{width}}  {value:>{digits}}")
    return "\n".join(out)
