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
