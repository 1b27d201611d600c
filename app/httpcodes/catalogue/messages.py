"""Known messages: the texts people meet around a status code (browser error pages, server log
lines, framework exceptions, client library errors, cloud errors, named constants), each
pointing at the codes behind it. Read from ``resources/catalogue/messages.json``; free of Qt.

A message is not a status code, so it is not an entry of the catalogue: the search engine
indexes its texts under the entries it points at, and ``explain`` shows it as what was met.
"""

from __future__ import annotations

from httpcodes.catalogue.errors import CatalogueError
from httpcodes.catalogue.load import read_json
from httpcodes.memo import cache
from httpcodes.records import Record
from httpcodes.resources import resource_path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any, Final

MESSAGES_FILE: Final = "messages.json"
KINDS: Final = ("browser", "server-log", "framework", "constant", "client", "cloud")
KIND_LABELS: Final = {
    "browser": "browser error",
    "server-log": "server log message",
    "framework": "framework exception",
    "constant": "library constant",
    "client": "HTTP client message",
    "cloud": "cloud service error",
}
_FIELDS: Final = (
    "id",
    "kind",
    "origin",
    "name",
    "patterns",
    "summary",
    "advice",
    "codes",
    "sources",
)


class Message(Record):
    """One text people meet, what it means and the codes behind it (entry ids, likeliest
    first)."""

    id: str
    kind: str
    origin: str
    name: str
    patterns: tuple[str, ...]
    summary: str
    advice: str
    codes: tuple[str, ...]
    sources: tuple[str, ...]
    # The language of ``summary`` and ``advice``: set by a translation overlay, never read
    # from messages.json (see httpcodes.catalogue.i18n.localise_message).
    text_language: str = "en"

    @property
    def texts(self) -> tuple[str, ...]:
        """Every text that identifies the message: its name and its patterns."""
        return (self.name, *self.patterns)


class KnownMessages(Record):
    """Every known message. (The usual meaning of a shared number is the catalogue's order,
    from meanings.json.)"""

    messages: tuple[Message, ...]

    def get(self, message_id: str) -> Message | None:
        """The message with this id, if any."""
        for message in self.messages:
            if message.id == message_id:
                return message
        return None


def _text(where: str, item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CatalogueError(MESSAGES_FILE, where, key, "expected a non-empty string")
    return value


def _texts(where: str, item: dict[str, Any], key: str, allow_empty: bool) -> tuple[str, ...]:
    value = item.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(MESSAGES_FILE, where, key, "expected a list of non-empty strings")
    if not value and not allow_empty:
        raise CatalogueError(MESSAGES_FILE, where, key, "expected at least one item")
    return tuple(value)


def parse_message(item: object, index: int) -> Message:
    """One message, checked field by field."""
    where = f"messages[{index}]"
    if not isinstance(item, dict):
        raise CatalogueError(MESSAGES_FILE, where, None, "expected an object")
    unknown = sorted(set(item) - set(_FIELDS))
    if unknown:
        raise CatalogueError(MESSAGES_FILE, where, unknown[0], "unknown field")
    where = str(item.get("id", where))
    kind = _text(where, item, "kind")
    if kind not in KINDS:
        raise CatalogueError(MESSAGES_FILE, where, "kind", f"expected one of {', '.join(KINDS)}")
    return Message(
        id=_text(where, item, "id"),
        kind=kind,
        origin=_text(where, item, "origin"),
        name=_text(where, item, "name"),
        patterns=_texts(where, item, "patterns", allow_empty=True),
        summary=_text(where, item, "summary"),
        advice=_text(where, item, "advice"),
        codes=_texts(where, item, "codes", allow_empty=False),
        sources=_texts(where, item, "sources", allow_empty=False),
    )


def parse_messages(raw: object, entry_ids: Iterable[str] | None = None) -> KnownMessages:
    """The whole file, all or nothing; with ``entry_ids``, every code must name an entry."""
    if not isinstance(raw, dict) or not isinstance(raw.get("messages"), list):
        raise CatalogueError(MESSAGES_FILE, None, "messages", "expected a list 'messages'")
    unknown = sorted(set(raw) - {"messages"})
    if unknown:
        raise CatalogueError(MESSAGES_FILE, None, unknown[0], "unknown field")
    messages = tuple(parse_message(item, i) for i, item in enumerate(raw["messages"]))
    seen: set[str] = set()
    for message in messages:
        if message.id in seen:
            raise CatalogueError(MESSAGES_FILE, message.id, "id", "duplicate id")
        seen.add(message.id)
    if entry_ids is not None:
        known = set(entry_ids)
        for message in messages:
            for code in message.codes:
                if code not in known:
                    raise CatalogueError(MESSAGES_FILE, message.id, "codes", f"{code} is unknown")
    return KnownMessages(messages)


@cache
def load_messages() -> KnownMessages:
    """The built-in known messages (checked against the built-in catalogue by the tests)."""
    return parse_messages(read_json(resource_path("catalogue", MESSAGES_FILE)))
