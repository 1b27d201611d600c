"""Codes side by side: the rows of a comparison, built once for the terminal's table, its
JSON, the window's Compare view and the Markdown copy. Free of Qt.

The row labels are translated here and the catalogue's vocabulary in ``catalogue.facts``,
because the terminal never loads Qt's translations and both places must say the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from httpcodes.catalogue import facts
from httpcodes.catalogue.facts import RETRY_WORDS, SENDER_WORDS, STATUS_WORDS
from httpcodes.catalogue.model import Catalogue, Entry
from httpcodes.records import Record

NOT_APPLICABLE: Final = "—"

# (key, English label). The keys are those of ``httpcodes compare --json``.
PROPERTIES: Final = (
    ("name", "Name"),
    ("summary", "Summary"),
    ("class", "Class"),
    ("status", "Registry status"),
    ("permanent", "Permanent move"),
    ("method_may_change", "May POST become GET"),
    ("heuristically_cacheable", "Cacheable by default"),
    ("retry", "Retry"),
    ("headers", "Headers"),
    ("senders", "Sent by"),
    ("spec", "Defined in"),
    ("introduced", "Introduced"),
)

_CHINESE: Final = {
    "Name": "名称",
    "Summary": "简介",
    "Class": "类别",
    "Registry status": "注册状态",
    "Permanent move": "永久迁移",
    "May POST become GET": "POST 可否变成 GET",
    "Cacheable by default": "默认可缓存",
    "Retry": "重试",
    "Sent by": "发送方",
    "Defined in": "定义于",
    "Introduced": "首次出现",
    "yes": "是",
    "no": "否",
    "none": "无",
    "yes, it may": "可以",
    "no, method and body are kept": "不可以，方法和请求体保持不变",
    "yes, it becomes GET": "一律改用 GET",
    "deprecated": "已弃用",
    "differs between the codes": "各状态码在此不同",
}


def word(text: str, language: str) -> str:
    """One of the comparison's words in ``language`` (English when it has no translation);
    the catalogue's own vocabulary comes from ``facts``."""
    if language != "zh-CN":
        return text
    return _CHINESE.get(text) or facts.word(text, language)


class Property(Record):
    """One row of a comparison: a fact, its value for each entry, and how that reads."""

    key: str
    label: str
    values: tuple[Any, ...]  # JSON values: text, true/false/null, lists
    texts: tuple[str, ...]  # the same values as words, in the reader's language

    @property
    def applies(self) -> bool:
        """False when the fact applies to none of the entries (redirect facts of 4xx codes):
        the table leaves such a row out, the JSON keeps it."""
        return any(value is not None for value in self.values)

    @property
    def differs(self) -> bool:
        """True when the entries do not all have the same value here."""
        return len(set(self.texts)) > 1


def _yes_no(value: bool | None, language: str, yes: str = "yes", no: str = "no") -> str:
    if value is None:
        return NOT_APPLICABLE
    return word(yes if value else no, language)


def _row(key: str, entry: Entry, catalogue: Catalogue | None, language: str) -> tuple[Any, str]:
    """The JSON value and the text of one property of one entry."""
    sep = "，" if language == "zh-CN" else ", "
    if key == "name":
        return entry.display_name, entry.display_name
    if key == "summary":
        return entry.summary, entry.summary
    if key == "class":
        status_class = catalogue.status_class(entry.class_key) if catalogue else None
        return entry.class_key, status_class.title if status_class else entry.class_key
    if key == "status":
        text = word(STATUS_WORDS[entry.status], language)
        if entry.origin:
            text = f"{text} ({entry.origin})"
        if entry.deprecated:
            text = f"{text}{sep}{word('deprecated', language)}"
        return entry.status, text
    if key == "permanent":
        value = entry.redirect.permanent if entry.redirect else None
        return value, _yes_no(value, language)
    if key == "method_may_change":
        value = entry.redirect.method_may_change if entry.redirect else None
        # 303 does not leave it to the client: the other URL is fetched with GET (RFC 9110
        # §15.4.4), as the detail page's facts say too.
        yes = "yes, it becomes GET" if entry.code == 303 else "yes, it may"
        return value, _yes_no(value, language, yes, "no, method and body are kept")
    if key == "heuristically_cacheable":
        value = entry.heuristically_cacheable
        return value, _yes_no(value, language)
    if key == "retry":
        return entry.retry.advice, word(RETRY_WORDS[entry.retry.advice], language)
    if key == "headers":
        names = [header.name for header in entry.headers]
        return names, sep.join(names) or word("none", language)
    if key == "senders":
        senders = list(entry.senders)
        # The labels hold commas of their own.
        between = "；" if language == "zh-CN" else "; "
        text = between.join(word(SENDER_WORDS[s], language) for s in senders)
        return senders, text or word("none", language)
    if key == "spec":
        label = entry.specs[0].label if entry.specs else None
        return label, label or NOT_APPLICABLE
    if key == "introduced":
        label = entry.introduced.label or None
        return label, label or NOT_APPLICABLE
    raise KeyError(key)


def compare(
    entries: Sequence[Entry], catalogue: Catalogue | None = None, language: str = "en"
) -> list[Property]:
    """The rows comparing ``entries``, in the order of ``PROPERTIES``."""
    rows: list[Property] = []
    for key, label in PROPERTIES:
        cells = [_row(key, entry, catalogue, language) for entry in entries]
        rows.append(
            Property(
                key,
                word(label, language),
                tuple(value for value, _ in cells),
                tuple(text for _, text in cells),
            )
        )
    return rows


def properties_to_json(rows: Sequence[Property]) -> list[dict[str, Any]]:
    """The ``properties`` list of ``httpcodes compare --json``."""
    return [
        {"key": row.key, "label": row.label, "values": list(row.values), "differs": row.differs}
        for row in rows
    ]


def _cell(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def to_markdown(entries: Sequence[Entry], rows: Sequence[Property], language: str = "en") -> str:
    """A Markdown table of the comparison; the labels of rows that differ are in bold and
    marked, so that the differences still stand out as plain text."""
    header = "| | " + " | ".join(_cell(e.display_title) for e in entries) + " |"
    rule = "|---|" + "---|" * len(entries)
    lines = [header, rule]
    for row in rows:
        label = f"**{_cell(row.label)}** ≠" if row.differs else _cell(row.label)
        lines.append(f"| {label} | " + " | ".join(_cell(t) for t in row.texts) + " |")
    lines.append("")
    lines.append(f"≠ {word('differs between the codes', language)}")
    return "\n".join(lines) + "\n"


class Preset(Record):
    """A ready-made comparison of codes that are often confused."""

    title: str
    codes: tuple[int, ...]


# The classic confusions, offered by the window's Compare view.
PRESETS: Final = (
    Preset("Redirects", (301, 302, 303, 307, 308)),
    Preset("Who may see it", (401, 403, 404)),
    Preset("Bad request or invalid content", (400, 422)),
    Preset("Missing or gone", (404, 410)),
    Preset("Server and gateway failures", (500, 502, 503, 504)),
    Preset("Rate limit or unavailable", (429, 503)),
    Preset("Success", (200, 201, 202, 204)),
    Preset("Conflicts and preconditions", (409, 412, 428)),
)
