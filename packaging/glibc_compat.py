"""The glibc floor of the bundle: lower a shared library's where it needs a newer glibc for one
symbol only, and read the floor of every ELF file in a folder (``glibc_versions``).

    python packaging/glibc_compat.py LIBRARY OUTPUT

Every CPython built on glibc 2.35 or newer (pyenv's, Debian 12's) needs glibc 2.35 for one
function alone, ``hypot``: glibc 2.35 gave it a new symbol version (``hypot@GLIBC_2.35``, a
faster implementation), and the linker takes the newest. glibc still carries the old one
(``hypot@GLIBC_2.2.5``) for programs linked before, and it computes the same result.

This copies LIBRARY to OUTPUT with its references to the symbols in ``COMPATIBLE`` bound to
that older version instead (their entry in ``.gnu.version`` points at libm's ``GLIBC_2.2.5``
requirement), and with a version requirement that no symbol uses any more marked weak
(``VER_FLG_WEAK``), which the dynamic loader does not insist on. Nothing else changes: no code,
no size, no other symbol. The packaging spec (packaging/httpcodes.spec) runs it on libpython,
which brings the one-folder program's floor from glibc 2.35 to 2.34, the Qt wheel's own.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Symbols whose older version behaves the same, with the version to bind them to.
COMPATIBLE = {"hypot": "GLIBC_2.2.5"}
_SHT_DYNSYM = 11
_SHT_GNU_VERNEED = 0x6FFFFFFE
_SHT_GNU_VERSYM = 0x6FFFFFFF
_VER_FLG_WEAK = 0x2


class ElfError(ValueError):
    """The file is not a 64-bit little-endian ELF object with symbol versions."""


def _string(data: bytes | bytearray, offset: int) -> str:
    return bytes(data[offset : data.index(b"\0", offset)]).decode("ascii")


def patch(data: bytearray) -> list[str]:
    """Rebind the ``COMPATIBLE`` symbols in ``data`` (an ELF file); return what was changed."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ElfError("not a 64-bit little-endian ELF file")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = {}
    for index in range(shnum):
        fields = struct.unpack_from("<IIQQQQIIQQ", data, shoff + index * shentsize)
        sections.setdefault(fields[1], (fields[4], fields[5], fields[6], fields[7]))
    if not {_SHT_DYNSYM, _SHT_GNU_VERSYM, _SHT_GNU_VERNEED} <= sections.keys():
        return []  # no symbol versions: nothing to lower
    dynsym_offset, dynsym_size, dynstr_index, _ = sections[_SHT_DYNSYM]
    dynstr = struct.unpack_from("<IIQQQQIIQQ", data, shoff + dynstr_index * shentsize)[4]
    versym_offset = sections[_SHT_GNU_VERSYM][0]
    verneed_offset, _, _, verneed_count = sections[_SHT_GNU_VERNEED]

    # Every version requirement: its index (vna_other) -> (name, offset of the entry).
    requirements: dict[int, tuple[str, int]] = {}
    entry = verneed_offset
    for _ in range(verneed_count):
        _version, count, _file, aux, following = struct.unpack_from("<HHIII", data, entry)
        aux_entry = entry + aux
        for _ in range(count):
            _hash, _flags, other, name, aux_next = struct.unpack_from("<IHHII", data, aux_entry)
            requirements[other] = (_string(data, dynstr + name), aux_entry)
            aux_entry += aux_next
        entry += following
    by_name = {name: index for index, (name, _) in requirements.items()}

    changed: list[str] = []
    used: set[int] = set()
    rebound: set[int] = set()
    for number in range(dynsym_size // 24):
        name_offset = struct.unpack_from("<I", data, dynsym_offset + number * 24)[0]
        versym_at = versym_offset + number * 2
        version = struct.unpack_from("<H", data, versym_at)[0] & 0x7FFF
        symbol = _string(data, dynstr + name_offset)
        wanted = COMPATIBLE.get(symbol)
        if wanted and version in requirements and requirements[version][0] != wanted:
            if wanted not in by_name:
                raise ElfError(f"{symbol}: no {wanted} requirement to bind it to")
            struct.pack_into("<H", data, versym_at, by_name[wanted])
            changed.append(f"{symbol}@{requirements[version][0]} -> {symbol}@{wanted}")
            rebound.add(version)
            version = by_name[wanted]
        used.add(version)
    for index in rebound - used:
        name, aux_entry = requirements[index]
        flags = struct.unpack_from("<H", data, aux_entry + 4)[0]
        struct.pack_into("<H", data, aux_entry + 4, flags | _VER_FLG_WEAK)
        changed.append(f"{name} no longer required")
    return changed


def patched_copy(library: Path, output: Path) -> list[str]:
    """Write the patched copy of ``library`` to ``output`` and return what was changed; when
    nothing needs changing, write nothing and return an empty list."""
    data = bytearray(library.read_bytes())
    changed = patch(data)
    if not changed:
        return []
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(bytes(data))
    shutil.copymode(library, output)
    return changed


def glibc_versions(folder: Path) -> dict[Path, tuple[int, ...]]:
    """The highest GLIBC_ symbol version each ELF file under ``folder`` references, as
    ``objdump -T`` lists them (``make smoke`` prints the highest and checks it)."""
    found: dict[Path, tuple[int, ...]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        done = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        )
        versions = [
            tuple(int(part) for part in match.split("."))
            for match in re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)", done.stdout)
        ]
        if versions:
            found[path] = max(versions)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    for line in patched_copy(Path(argv[0]), Path(argv[1])):
        print(f"glibc_compat: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
