"""Every sentence ``explain`` writes, in English and Simplified Chinese. Free of Qt.

One table, ``TEMPLATES``, keyed by an id, each with an ``en`` and a ``zh-CN`` form (a test
checks both are there and take the same fields). It is put together here from the texts of each
part of the report: the header notes (``header_note_texts``), the findings (``finding_texts``),
and here the pieces sentences are built with, the notes on the reason phrase and the words
around the report. So the terminal and the window say the same thing in either language.
Values from the paste (codes, header names and values, dates, realms) are filled in as they
are; only our own words are translated.

The Chinese follows resources/catalogue/FORMAT.md: 弃用 for deprecated, 废弃 for obsoleted,
头部 (请求头/响应头) for header fields, “” around quoted text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from email.utils import format_datetime
from typing import Final

from httpcodes.explain.finding_texts import FINDING_TEMPLATES
from httpcodes.explain.header_note_texts import HEADER_NOTE_TEMPLATES

ENGLISH: Final = "en"
CHINESE: Final = "zh-CN"
LANGUAGES: Final = (ENGLISH, CHINESE)

# The small words sentences are built with: punctuation, quotes, units of time and of size.
PIECE_TEMPLATES: Final[dict[str, dict[str, str]]] = {
    "end": {"en": ".", "zh-CN": "。"},
    "list": {"en": ", ", "zh-CN": "、"},
    "clauses": {"en": "; ", "zh-CN": "；"},
    "quote": {"en": "'{text}'", "zh-CN": "“{text}”"},
    "second.one": {"en": "{n} second", "zh-CN": "{n} 秒"},
    "second.other": {"en": "{n} seconds", "zh-CN": "{n} 秒"},
    "minute.one": {"en": "{n} minute", "zh-CN": "{n} 分钟"},
    "minute.other": {"en": "{n} minutes", "zh-CN": "{n} 分钟"},
    "hour.one": {"en": "{n} hour", "zh-CN": "{n} 小时"},
    "hour.other": {"en": "{n} hours", "zh-CN": "{n} 小时"},
    "day.one": {"en": "{n} day", "zh-CN": "{n} 天"},
    "day.other": {"en": "{n} days", "zh-CN": "{n} 天"},
    "bytes": {"en": "bytes", "zh-CN": "字节"},
}

# What the report says under the status line about the reason phrase sent.
REASON_NOTE_TEMPLATES: Final[dict[str, dict[str, str]]] = {
    "reason.none_h2": {
        "en": "HTTP/{version} sends no reason phrase, only the number.",
        "zh-CN": "HTTP/{version} 不发送原因短语，只有状态码数字。",
    },
    "reason.missing": {
        "en": "No reason phrase was sent; IANA's is {name}.",
        "zh-CN": "没有发送原因短语；IANA 登记的短语是{name}。",
    },
    "reason.differs": {"en": "IANA's phrase is {name}.", "zh-CN": "IANA 登记的短语是{name}。"},
    "reason.missing_vendor": {
        "en": "No reason phrase was sent; {origin} calls it {name}.",
        "zh-CN": "没有发送原因短语；{origin} 称它为{name}。",
    },
    "reason.differs_vendor": {
        "en": "{origin} calls it {name}.",
        "zh-CN": "{origin} 称它为{name}。",
    },
}

# The words around the report: the terminal command's severities and labels (the window, whose
# other words are Qt's translations, takes the "(English)" mark and the colon from here too).
LABEL_TEMPLATES: Final[dict[str, dict[str, str]]] = {
    "severity.problem": {"en": "problem", "zh-CN": "错误"},
    "severity.warning": {"en": "warning", "zh-CN": "警告"},
    "severity.info": {"en": "info", "zh-CN": "提示"},
    "label.codes_behind": {"en": "Codes behind it: {codes}", "zh-CN": "背后的状态码：{codes}"},
    "label.best_matches": {"en": "Best matches", "zh-CN": "最佳匹配"},
    "label.clean": {
        "en": "no findings: the response follows the rules",
        "zh-CN": "没有发现问题：响应符合规范",
    },
    "label.unknown": {"en": "not a known status code", "zh-CN": "不是已知的状态码"},
    "label.status_only": {
        "en": "only the status was pasted: no header could be checked",
        "zh-CN": "只粘贴了状态行：无法检查头部",
    },
    "label.english": {"en": "", "zh-CN": "（英文）"},
    "label.where": {"en": " ({header})", "zh-CN": "（{header}）"},
    "label.colon": {"en": ": ", "zh-CN": "："},
}

# The parts of the one table, in its order. No key may be in two parts: the later would hide
# the earlier without a word (a test checks).
TEMPLATE_TABLES: Final = (
    PIECE_TEMPLATES,
    HEADER_NOTE_TEMPLATES,
    REASON_NOTE_TEMPLATES,
    FINDING_TEMPLATES,
    LABEL_TEMPLATES,
)
TEMPLATES: Final[dict[str, dict[str, str]]] = {
    key: forms for table in TEMPLATE_TABLES for key, forms in table.items()
}


def say(language: str, key: str, **values: object) -> str:
    """The template ``key`` in ``language`` (English when the language is unknown), filled."""
    forms = TEMPLATES[key]
    return forms.get(language, forms[ENGLISH]).format(**values)


def quote(language: str, text: str) -> str:
    """Quoted text: 'like this' in English, “像这样” in Chinese."""
    return say(language, "quote", text=text)


def join(language: str, items: Iterable[str]) -> str:
    """A list: ``a, b, c`` in English, ``a、b、c`` in Chinese."""
    return say(language, "list").join(items)


def duration(seconds: int, language: str = ENGLISH) -> str:
    """``90`` gives ``1 minute 30 seconds`` (``1 分钟 30 秒``); long waits in hours or days."""
    if seconds < 60:
        return _unit(language, "second", seconds)
    parts: list[str] = []
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(_unit(language, unit, count))
        if len(parts) == 2:
            break
    return " ".join(parts)


def _unit(language: str, unit: str, count: int) -> str:
    return say(language, f"{unit}.{'one' if count == 1 else 'other'}", n=count)


def stamp(moment: datetime, language: str = ENGLISH) -> str:
    """A moment as HTTP writes it in English; as ``2026-11-29 10:21:00 GMT`` in Chinese, where
    the English day and month names would be out of place."""
    if language == CHINESE:
        return moment.strftime("%Y-%m-%d %H:%M:%S GMT")
    return format_datetime(moment, usegmt=True)
