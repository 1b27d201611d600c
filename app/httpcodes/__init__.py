"""httpcodes: an offline reference for HTTP status codes."""

__version__ = "0.1.0"

# The date of the IANA registry snapshot the catalogue was checked against.
REGISTRY_SNAPSHOT_DATE = "2025-09-15"
