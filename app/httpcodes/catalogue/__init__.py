"""The catalogue of HTTP status codes: data types, schema and loading. Free of Qt."""

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.load import load_catalogue
from httpcodes.catalogue.model import LIBRARIES, Catalogue, Constant, Entry, StatusClass

__all__ = [
    "LIBRARIES",
    "Catalogue",
    "CatalogueError",
    "Constant",
    "Entry",
    "StatusClass",
    "load_catalogue",
]
