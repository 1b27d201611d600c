"""An entry turned into labelled facts, in the reader's language, from one source.

The words of the catalogue's fixed vocabularies (a registration's standing, retry advice,
confidence, whether clients see a code) and the labels of the facts are written here once,
in English with their Chinese, and read by the terminal renderer, the window's detail page
and the Markdown copy. Plain Python: the terminal command imports it on its quickest path
(no ``typing``, see ``httpcodes.records``)."""

from __future__ import annotations

from httpcodes.catalogue.model import Entry
from httpcodes.records import Record

ENGLISH = "en"

# How a registry status reads next to a code: "permanent" alone would make 302 Found look
# like a permanent redirect, when it is the registration that is permanent.
STATUS_WORDS = {
    "permanent": "registered",
    "temporary": "temporary registration",
    "unused": "reserved, unused",
    "obsoleted": "obsoleted",
    "unofficial": "unofficial",
}
RETRY_WORDS = {
    "no-need": "Nothing to retry",
    "never": "Do not repeat it as is",
    "after-change": "Retry only after changing the request",
    "later": "Retry later",
    "after-retry-after": "Retry after the time in Retry-After",
    "new-connection": "Retry unchanged on a new connection",
}
CONFIDENCE_WORDS = {"confirmed": "confirmed", "medium": "medium", "uncertain": "uncertain"}
SENT_WORDS = {
    "yes": "yes",
    "no": "no: the client receives a different code",
    "log-only": "no: it only appears in logs",
}
# Who puts a code on the wire (the entry's ``senders``).
SENDER_WORDS = {
    "origin-server": "origin server",
    "gateway": "gateway, reverse proxy or load balancer",
    "proxy": "forward or intercepting proxy",
    "cdn": "CDN edge",
}
CACHEABLE_WORDS = {
    True: "yes, heuristically cacheable by default",
    False: "not without explicit freshness information",
}

# Every word above and every label below, in Simplified Chinese.
_CHINESE = {
    "registered": "已注册",
    "temporary registration": "临时注册",
    "reserved, unused": "保留，未使用",
    "obsoleted": "已废弃",
    "unofficial": "非官方",
    "Nothing to retry": "无需重试",
    "Do not repeat it as is": "不要原样重发",
    "Retry only after changing the request": "修改请求后才能重试",
    "Retry later": "稍后重试",
    "Retry after the time in Retry-After": "按 Retry-After 给出的时间后重试",
    "Retry unchanged on a new connection": "换一个新连接，原样重试",
    "confirmed": "已证实",
    "medium": "中等",
    "uncertain": "未证实",
    "yes": "是",
    "no: the client receives a different code": "否：客户端收到的是另一个状态码",
    "no: it only appears in logs": "否：只出现在日志里",
    "yes, heuristically cacheable by default": "是，默认可启发式缓存",
    "not without explicit freshness information": "否，除非明确给出新鲜度信息",
    "deprecated": "已弃用",
    "log only": "仅见于日志",
    "never reaches the client": "客户端收不到",
    "{confidence} confidence": "可信度：{confidence}",
    "cacheable by default": "默认可缓存",
    "your catalogue": "你的目录",
    "IANA phrase": "IANA 原因短语",
    "Reason phrase ({origin})": "原因短语（{origin}）",
    "also": "另有",
    "deprecated since {version}": "{version} 起弃用",
    "removed in {version}": "{version} 已移除",
    "Deprecated": "已弃用",
    "Origin": "来源",
    "Sent to clients": "是否发给客户端",
    "Confidence": "可信度",
    "Sources": "资料来源",
    "Former names": "曾用名",
    "History": "沿革",
    "Introduced": "首次出现",
    "Cacheable": "可缓存",
    "Retry": "重试",
    "From": "出自",
    "Headers": "相关头部",
    "Related codes": "相关状态码",
    "Specifications": "规范",
    "Example": "示例",
    "In code": "代码中的常量",
    "At a glance": "概要",
    "English": "英文",
    "origin server": "源服务器",
    "gateway, reverse proxy or load balancer": "网关、反向代理或负载均衡器",
    "forward or intercepting proxy": "正向代理或拦截代理",
    "CDN edge": "CDN 边缘节点",
    "Sent by": "发送方",
    "Redirect": "重定向",
    "Permanent": "永久",
    "Temporary": "临时",
    "A client may turn POST into GET": "客户端可以把 POST 改成 GET",
    "The client fetches the new URL with GET": "客户端用 GET 获取新 URL",
    "The method and body are kept": "方法和请求体保持不变",
}


def word(text: str, language: str) -> str:
    """One of the words or labels above in the reader's language (English if unknown)."""
    if language == ENGLISH:
        return text
    return _CHINESE.get(text, text) if language == "zh-CN" else text


def sentence_stop(language: str) -> str:
    """What ends a sentence before the next one on the same line."""
    return "。" if language == "zh-CN" else ". "


class Fact(Record):
    """One labelled fact about an entry, in the reader's language.

    ``lead`` is a short verdict shown before the value (bold in the window); ``items`` a
    list shown one per line; ``field`` names the entry's text field the value comes from,
    so that a renderer can say when that text has no translation yet."""

    key: str
    label: str
    value: str
    lead: str = ""
    items: tuple[str, ...] = ()
    field: str = ""


def entry_facts(entry: Entry, language: str = ENGLISH) -> list[Fact]:
    """The "at a glance" facts of an entry, in display order."""
    facts: list[Fact] = []

    def add(key: str, label: str, value: str, **extra: object) -> None:
        facts.append(Fact(key, word(label, language), value, **extra))  # type: ignore[arg-type]

    vendor = entry.vendor
    if vendor:
        add("origin", "Origin", f"{entry.origin or ''}: {vendor.detail}")
        add("sent", "Sent to clients", word(SENT_WORDS[vendor.sent_to_client], language))
        confidence = word(CONFIDENCE_WORDS[vendor.confidence], language)
        if vendor.confidence_note:
            confidence += f": {vendor.confidence_note}"
        add("confidence", "Confidence", confidence)
        if vendor.sources:
            add("sources", "Sources", "; ".join(vendor.sources), items=tuple(vendor.sources))
    if entry.former_phrases:
        add("former_names", "Former names", ", ".join(entry.former_phrases))
    if entry.history:
        add("history", "History", entry.history, field="history")
    if entry.introduced.label:
        add("introduced", "Introduced", entry.introduced.label)
    redirect = entry.redirect
    if redirect and redirect.permanent is not None:
        if redirect.method_may_change is None:
            method = ""
        elif not redirect.method_may_change:
            method = "The method and body are kept"
        elif entry.code == 303:
            method = "The client fetches the new URL with GET"
        else:
            method = "A client may turn POST into GET"
        section = redirect.source.split(":")[0]
        add(
            "redirect",
            "Redirect",
            # The section alone: the source's own words repeat what the value says.
            f"{word(method, language)} ({section})" if method else section,
            lead=word("Permanent" if redirect.permanent else "Temporary", language),
        )
    if entry.senders:
        senders = tuple(word(SENDER_WORDS[s], language) for s in entry.senders)
        between = "；" if language == "zh-CN" else "; "
        add("senders", "Sent by", between.join(senders), items=senders)
    add("cacheable", "Cacheable", word(CACHEABLE_WORDS[entry.heuristically_cacheable], language))
    add(
        "retry",
        "Retry",
        entry.retry.note,
        lead=word(RETRY_WORDS[entry.retry.advice], language),
        field="retry_note",
    )
    if entry.source != "built-in":
        add("from", "From", entry.source)
    return facts


def status_word(entry: Entry, language: str = ENGLISH) -> str:
    """The entry's registration standing, like "registered" or "unofficial"."""
    return word(STATUS_WORDS[entry.status], language)


def badges(entry: Entry, language: str = ENGLISH) -> list[tuple[str, str]]:
    """(label, kind) pairs that sum up an entry's standing, shown next to its code."""
    found: list[tuple[str, str]] = [(status_word(entry, language), entry.status)]
    if entry.deprecated:
        found.append((word("deprecated", language), "deprecated"))
    if entry.origin:
        found.append((entry.origin, "origin"))
    vendor = entry.vendor
    if vendor and vendor.sent_to_client == "log-only":
        found.append((word("log only", language), "warning"))
    elif vendor and vendor.sent_to_client == "no":
        found.append((word("never reaches the client", language), "warning"))
    if vendor and vendor.confidence != "confirmed":
        confidence = word(CONFIDENCE_WORDS[vendor.confidence], language)
        found.append(
            (word("{confidence} confidence", language).format(confidence=confidence), "warning")
        )
    if entry.heuristically_cacheable:
        found.append((word("cacheable by default", language), "permanent"))
    if entry.source != "built-in":
        found.append((word("your catalogue", language), "origin"))
    return found


def phrase_label(entry: Entry, language: str = ENGLISH) -> str:
    """What the phrase under a translated name is called: only the registry's phrases are
    IANA's; a vendor's is its origin's own."""
    if entry.is_standard:
        return word("IANA phrase", language)
    return word("Reason phrase ({origin})", language).format(origin=entry.origin or "")


def name_mark(deprecated: str, removed: str, language: str = ENGLISH) -> str:
    """ "removed in 7.0" or "deprecated since 7.0" for a constant's name; "" when current."""
    if removed:
        return word("removed in {version}", language).format(version=removed)
    if deprecated:
        return word("deprecated since {version}", language).format(version=deprecated)
    return ""
