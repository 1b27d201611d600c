"""Searching the catalogue. Free of Qt, shared by the terminal command and the window."""

from httpcodes.search.engine import SearchEngine, SearchHit
from httpcodes.search.tiers import Tier

__all__ = ["SearchEngine", "SearchHit", "Tier"]
