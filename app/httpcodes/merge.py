"""Merging lists that two windows of the same user keep in one settings file.

With ``--new-window`` two windows share ``settings.ini``, and whichever saves last used to
overwrite what the other saved: favourites added in one were lost when the other closed. Each
window now remembers the list as it last read or wrote it (the base) and, on saving, applies
only its own changes since then to what the file holds now, as a three-way merge does."""

from __future__ import annotations

# No ``typing``: plain lists of ids in and out.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def merge_set_like(base: Sequence[str], mine: Sequence[str], theirs: Sequence[str]) -> list[str]:
    """Favourites: ``theirs`` (the file now) with this window's additions and removals since
    ``base`` applied. An item this window removed is gone even if the file still has it; one
    the other window added or removed stays so. The file's order is kept; this window's new
    items follow in its own order."""
    before = set(base)
    now = set(mine)
    removed = before - now
    merged = [item for item in dict.fromkeys(theirs) if item not in removed]
    present = set(merged)
    added = (item for item in dict.fromkeys(mine) if item not in before)
    merged.extend(item for item in added if item not in present)
    return merged


def merge_recent(mine: Sequence[str], theirs: Sequence[str], limit: int) -> list[str]:
    """Recently viewed codes, most recent first: this window's list (it is saving, so its
    views are the latest), then the other window's that it lacks, up to ``limit``."""
    return list(dict.fromkeys([*mine, *theirs]))[:limit]
