from .polygon import Polygon, perimeter
from . import circle
