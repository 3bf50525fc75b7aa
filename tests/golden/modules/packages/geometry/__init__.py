"""A package: its __init__ runs before any of its modules."""
from .vector import Vector

ORIGIN = Vector(0.0, 0.0)
print("geometry package ready")
