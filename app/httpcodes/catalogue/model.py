"""The catalogue's data types: plain, immutable and free of Qt.

They are records (named tuples, see ``httpcodes.records``) rather than dataclasses: the
terminal command must start fast, and building a dozen dataclasses (and importing ``inspect``
for them) cost it a third of its time."""

from __future__ import annotations

from httpcodes.records import Record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final, Literal, TypeAlias

    Status: TypeAlias = Literal["permanent", "temporary", "unused", "obsoleted", "unofficial"]
    RetryAdvice: TypeAlias = Literal[
        "no-need", "never", "after-change", "later", "after-retry-after", "new-connection"
    ]
    SentToClient: TypeAlias = Literal["yes", "no", "log-only"]
    Confidence: TypeAlias = Literal["confirmed", "medium", "uncertain"]
    Sender: TypeAlias = Literal["origin-server", "gateway", "proxy", "cdn"]

STATUSES: Final[tuple[Status, ...]] = (
    "permanent",
    "temporary",
    "unused",
    "obsoleted",
    "unofficial",
)
RETRY_ADVICE: Final[tuple[RetryAdvice, ...]] = (
    "no-need",
    "never",
    "after-change",
    "later",
    "after-retry-after",
    "new-connection",
)
SENT_TO_CLIENT: Final[tuple[SentToClient, ...]] = ("yes", "no", "log-only")
CONFIDENCES: Final[tuple[Confidence, ...]] = ("confirmed", "medium", "uncertain")
# Who puts a code on the wire. "gateway" covers everything on the server's side of the
# connection in front of the origin (reverse proxies, load balancers, shared caches); "proxy"
# the client's side (forward proxies, intercepting proxies such as captive portals).
SENDERS: Final[tuple[Sender, ...]] = ("origin-server", "gateway", "proxy", "cdn")

# The libraries whose constants the catalogue records, in display order.
LIBRARIES: Final[dict[str, str]] = {
    "python": "Python http.HTTPStatus",
    "go": "Go net/http",
    "rust": "Rust http crate",
    "dotnet": ".NET HttpStatusCode",
    "java": "Java Spring HttpStatus",
    "php": "PHP Symfony Response",
    "javascript": "JavaScript http-status-codes",
    "aspnetcore": "ASP.NET Core StatusCodes",
    "servlet": "Servlet HttpServletResponse",
    "rails": "Rails/Rack status symbol",
    "ktor": "Kotlin Ktor HttpStatusCode",
    "apache_httpclient": "Apache HttpClient 5",
}

BUILT_IN_SOURCE: Final = "built-in"


def is_number(text: str) -> bool:
    """True for ASCII digits only: str.isdigit() also accepts "²", which int() refuses."""
    return text.isascii() and text.isdigit()


class SpecLink(Record):
    """A link to the part of a specification or vendor document that defines a code."""

    title: str
    section: str | None
    url: str

    @property
    def label(self) -> str:
        """``RFC 9110 §15.5.5``, or the bare title when there is no section."""
        return f"{self.title} §{self.section}" if self.section else self.title


class HeaderNote(Record):
    """A header field that goes with a code, and why."""

    name: str
    note: str


class RelatedCode(Record):
    """Another code that is easily confused with this one, and how it differs."""

    code: int
    note: str
    # A particular meaning of a shared number (``499-nginx``), when the note means that one.
    id: str | None = None

    @property
    def target(self) -> str:
        """What a link to it opens: the meaning named, else the number."""
        return self.id or str(self.code)


class Example(Record):
    """A request and the response that carries the code, as they travel on the wire."""

    request: str
    response: str


class Introduced(Record):
    """Where a code first appeared."""

    spec: str | None
    year: int | None
    http_version: str | None

    @property
    def label(self) -> str:
        """``RFC 2616 (1999), HTTP/1.1``; empty when nothing is known."""
        parts = [p for p in (self.spec, f"({self.year})" if self.year else None) if p]
        text = " ".join(parts)
        if self.http_version:
            text = f"{text}, {self.http_version}" if text else self.http_version
        return text


class Retry(Record):
    """Whether and when a client may send the request again."""

    advice: RetryAdvice
    note: str


class Constant(Record):
    """The name a programming library gives a code."""

    library: str
    name: str
    phrase: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None
    # (name, deprecated since, removed in) for the name and aliases that a release of the
    # library deprecated or dropped; "" where that version is not recorded.
    marks: tuple[tuple[str, str, str], ...] = ()

    @property
    def bare_name(self) -> str:
        """The name without its qualifier: ``NOT_FOUND`` for ``HTTPStatus.NOT_FOUND``."""
        return bare_name(self.name)

    def mark(self, name: str) -> tuple[str, str]:
        """(deprecated since, removed in) of one of its names; ("", "") when current."""
        for marked, deprecated, removed in self.marks:
            if marked == name:
                return deprecated, removed
        return "", ""

    @property
    def removed(self) -> bool:
        """True when the library's newest release no longer has the main name."""
        return bool(self.mark(self.name)[1])


def bare_name(name: str) -> str:
    """A constant without its qualifier: ``NOT_FOUND`` for ``HTTPStatus.NOT_FOUND``,
    ``not_found`` for ``:not_found``."""
    return name.rsplit("::", 1)[-1].rsplit(".", 1)[-1].lstrip(":")


class Redirect(Record):
    """What a 3xx code says about a move: whether it is for good, and whether a client may
    turn a POST into a GET when it follows it. None where the question does not apply."""

    permanent: bool | None
    method_may_change: bool | None
    source: str


class VendorInfo(Record):
    """Who uses an unofficial code, whether clients see it, and how sure we are."""

    detail: str
    sent_to_client: SentToClient
    confidence: Confidence
    confidence_note: str | None
    sources: tuple[str, ...]


class Entry(Record):
    """One meaning of one status code: a registry row, or a vendor's use of a number."""

    id: str
    code: int
    phrase: str | None
    status: Status
    deprecated: bool
    deprecation: str | None
    origin: str | None
    vendor: VendorInfo | None
    former_phrases: tuple[str, ...]
    history: str | None
    summary: str
    description: str
    introduced: Introduced
    specs: tuple[SpecLink, ...]
    heuristically_cacheable: bool
    retry: Retry
    headers: tuple[HeaderNote, ...]
    related: tuple[RelatedCode, ...]
    example: Example | None
    keywords: tuple[str, ...]
    constants: tuple[Constant, ...] = ()
    source: str = BUILT_IN_SOURCE
    # Set by translation: the usual name in the reader's language, and the language each
    # translatable text is in (a text missing from a translation stays English).
    local_name: str | None = None
    text_languages: tuple[tuple[str, str], ...] = ()
    # Facts added later than the rest, hence at the end (the cache rebuilds them in order).
    redirect: Redirect | None = None
    senders: tuple[Sender, ...] = ()

    @property
    def class_key(self) -> str:
        """The class this code belongs to, like ``4xx``."""
        return f"{self.code // 100}xx"

    @property
    def is_standard(self) -> bool:
        """True for entries of the IANA registry."""
        return self.status != "unofficial"

    @property
    def name(self) -> str:
        """The phrase to show: the registry's own words without the annotations that the
        status badges already say (104's TEMPORARY note, 510's OBSOLETED)."""
        if self.phrase is None:
            return "(no phrase)"
        phrase = self.phrase
        for marker in (" (TEMPORARY", " (OBSOLETED)"):
            cut = phrase.find(marker)
            if cut > 0:
                phrase = phrase[:cut]
        return phrase

    @property
    def title(self) -> str:
        """``404 Not Found``: what a user copies and reads."""
        return f"{self.code} {self.name}"

    @property
    def display_name(self) -> str:
        """The name in the reader's language: the translated name if there is one."""
        return self.local_name or self.name

    @property
    def display_title(self) -> str:
        """``404 未找到`` in Chinese, ``404 Not Found`` in English."""
        return f"{self.code} {self.display_name}"

    def text_language(self, field_name: str) -> str:
        """The language of one translatable text (``summary``, ``description``, ...)."""
        return dict(self.text_languages).get(field_name, "en")

    @property
    def status_line(self) -> str:
        """The HTTP/1.1 status line that carries this code."""
        return f"HTTP/1.1 {self.code} {self.name if self.phrase else ''}".rstrip()

    def constant(self, library: str) -> Constant | None:
        """The constant of one library, if it has one."""
        for constant in self.constants:
            if constant.library == library:
                return constant
        return None


class StatusClass(Record):
    """One of the five classes, 1xx to 5xx."""

    key: str
    digit: int
    name: str
    summary: str
    description: str

    @property
    def title(self) -> str:
        """``4xx Client Error``."""
        return f"{self.key} {self.name}"


class Catalogue:
    """Every class and entry, ordered by code; standard entries before vendor ones."""

    __slots__ = ("_by_code", "_by_id", "classes", "entries")

    def __init__(self, classes: tuple[StatusClass, ...], entries: tuple[Entry, ...]) -> None:
        self.classes = classes
        self.entries = entries
        by_code: dict[int, list[Entry]] = {}
        for entry in entries:
            by_code.setdefault(entry.code, []).append(entry)
        self._by_id = {e.id: e for e in entries}
        self._by_code = {c: tuple(es) for c, es in by_code.items()}

    def __repr__(self) -> str:
        return f"Catalogue({len(self.classes)} classes, {len(self.entries)} entries)"

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, if any."""
        return self._by_id.get(entry_id)

    def for_code(self, code: int) -> tuple[Entry, ...]:
        """Every meaning of one number, the standard one first."""
        return self._by_code.get(code, ())

    def standard(self, code: int) -> Entry | None:
        """The registry's entry for a number, if it has one."""
        for entry in self._by_code.get(code, ()):
            if entry.is_standard:
                return entry
        return None

    def status_class(self, key: str) -> StatusClass | None:
        """The class with this key (``4xx``), if any."""
        for status_class in self.classes:
            if status_class.key == key:
                return status_class
        return None

    def in_class(self, key: str) -> tuple[Entry, ...]:
        """The entries of one class, in catalogue order."""
        return tuple(e for e in self.entries if e.class_key == key)

    def nearest_codes(self, code: int, count: int = 3) -> list[int]:
        """Known codes closest to ``code``, nearest first: for "did you mean" hints."""
        known = sorted(self._by_code)
        return sorted(known, key=lambda c: (abs(c - code), c))[:count]
