from . import summary
