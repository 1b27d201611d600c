"""Back/forward history and the recently viewed list. Plain Python, no Qt."""

from __future__ import annotations


class History:
    """A browser-style history of viewed entry ids."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._position = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._position] if self._position >= 0 else None

    def visit(self, item: str) -> None:
        """Record a visit; drops the forward branch, ignores a repeat of the current item."""
        if item == self.current:
            return
        del self._items[self._position + 1 :]
        self._items.append(item)
        if len(self._items) > self._limit:
            del self._items[0]
        self._position = len(self._items) - 1

    def can_go_back(self) -> bool:
        return self._position > 0

    def can_go_forward(self) -> bool:
        return self._position < len(self._items) - 1

    def back(self) -> str | None:
        """Step back; returns the item now current, or None if there is nothing behind."""
        if not self.can_go_back():
            return None
        self._position -= 1
        return self.current

    def forward(self) -> str | None:
        """Step forward; returns the item now current, or None at the end."""
        if not self.can_go_forward():
            return None
        self._position += 1
        return self.current


def remember_recent(recent: list[str], item: str, limit: int = 12) -> list[str]:
    """The recently viewed list with ``item`` moved to the front."""
    return [item, *(r for r in recent if r != item)][:limit]
