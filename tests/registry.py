"""The IANA registry and vendor snapshots the catalogue is checked against (copied from the
project's shared research folder, so the tests run from any clone)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class RegistryRow:
    code: int
    phrase: str
    reference: str
    status: str


@dataclass(frozen=True)
class VendorRow:
    code: int
    phrase: str
    origin: str
    sent_to_client: str
    confidence: str


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as stream:
        return [row for row in csv.DictReader(stream, delimiter="\t") if row.get("code")]


def registry_rows() -> list[RegistryRow]:
    return [
        RegistryRow(int(r["code"]), r["reason_phrase"], r["reference"], r["registry_status"])
        for r in _rows("iana-http-status-codes.tsv")
    ]


def vendor_rows() -> list[VendorRow]:
    return [
        VendorRow(int(r["code"]), r["phrase"], r["origin"], r["sent_to_client"], r["confidence"])
        for r in _rows("vendor-http-status-codes.tsv")
    ]


@dataclass(frozen=True)
class ConstantRow:
    """One constant of a library, as read from its own source (tests/data/constants/)."""

    code: int
    name: str
    phrase: str
    deprecated_since: str  # "" when the source does not deprecate it


# The numbers a library names that the catalogue holds as a vendor entry, not a registry one.
VENDOR_IDS = {419: "419-spring", 420: "420-spring", 499: "499-nginx", 509: "509-apache"}
# Constants the catalogue deliberately leaves out, and why.
NOT_RECORDED = {
    # "Authentication Timeout" is no meaning the catalogue records for 419 (it holds
    # Laravel's and the WebDAV draft's).
    "StatusCodes.Status419AuthenticationTimeout": "no catalogue entry for this meaning",
}


def constant_header(library: str) -> dict[str, str]:
    """The "# key: value" lines at the top of a library's list: where and when it was read."""
    header: dict[str, str] = {}
    with (DATA_DIR / "constants" / f"{library}.tsv").open(encoding="utf-8") as stream:
        for line in stream:
            if not line.startswith("# "):
                break
            key, _, value = line[2:].partition(": ")
            header[key] = value.strip()
    return header


def constant_rows(library: str) -> list[ConstantRow]:
    """Every constant of one library's list, in source order."""
    with (DATA_DIR / "constants" / f"{library}.tsv").open(encoding="utf-8", newline="") as stream:
        lines = [line for line in stream if not line.startswith("# ")]
    rows = csv.DictReader(lines, delimiter="\t")
    return [
        ConstantRow(
            int(r["code"]),
            r["name"],
            r["phrase"],
            r["state"].removeprefix("deprecated").strip()
            if r["state"].startswith("deprecated")
            else "",
        )
        for r in rows
    ]


def constant_entry_id(code: int) -> str:
    """The catalogue entry a library's constant for this number belongs to."""
    return VENDOR_IDS.get(code, str(code))
