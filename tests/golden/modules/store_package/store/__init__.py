from .items import Item
from .catalog import Catalog

VERSION = "store-1.2"
