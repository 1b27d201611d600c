"""Every sentence ``explain`` writes, in English and Simplified Chinese. Free of Qt.

One table, ``TEMPLATES``, keyed by an id, each with an ``en`` and a ``zh-CN`` form (a test
checks both are there and take the same fields). The header notes, the findings, the reason
notes and the terminal command's own words all come from here, so the terminal and the window
say the same thing in either language. Values from the paste (codes, header names and values,
dates, realms) are filled in as they are; only our own words are translated.

The Chinese follows resources/catalogue/FORMAT.md: 弃用 for deprecated, 废弃 for obsoleted,
头部 (请求头/响应头) for header fields, “” around quoted text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from email.utils import format_datetime
from typing import Final

ENGLISH: Final = "en"
CHINESE: Final = "zh-CN"
LANGUAGES: Final = (ENGLISH, CHINESE)

TEMPLATES: Final[dict[str, dict[str, str]]] = {
    # -- pieces ---------------------------------------------------------------------------------
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
    # -- Retry-After ----------------------------------------------------------------------------
    "retry.wait": {
        "en": "Wait {duration} before trying again.",
        "zh-CN": "等待 {duration}后再重试。",
    },
    "retry.wait_until": {
        "en": "Wait {duration} before trying again, that is until {moment}.",
        "zh-CN": "等待 {duration}后再重试，即 {moment} 之后。",
    },
    "retry.unreadable": {
        "en": "Neither a number of seconds nor an HTTP date: clients cannot read it.",
        "zh-CN": "既不是秒数，也不是 HTTP 日期：客户端无法解读。",
    },
    "retry.after": {"en": "Try again after {moment}.", "zh-CN": "请在 {moment} 之后重试。"},
    "retry.after_wait": {
        "en": "Try again after {moment}, {duration} after the response was sent.",
        "zh-CN": "请在 {moment} 之后重试，即响应发出 {duration}之后。",
    },
    "retry.after_past": {
        "en": "Try again after {moment}, which is before the response's own Date: retry at once.",
        "zh-CN": "请在 {moment} 之后重试；这早于响应自身的 Date，因此可以立即重试。",
    },
    # -- Location -------------------------------------------------------------------------------
    "location.empty": {
        "en": "Empty: there is nowhere to go.",
        "zh-CN": "值为空：没有可跳转的目标。",
    },
    "where.absolute": {"en": "an absolute URL ({scheme})", "zh-CN": "绝对 URL（{scheme}）"},
    "where.scheme_relative": {
        "en": "a scheme-relative URL (same scheme as the request)",
        "zh-CN": "省略协议的 URL（沿用请求的协议）",
    },
    "where.path": {"en": "a path on the same host", "zh-CN": "同一主机上的路径"},
    "where.relative": {
        "en": "a path relative to the request's URL",
        "zh-CN": "相对于请求 URL 的路径",
    },
    "location.created": {"en": "The new resource is at {where}.", "zh-CN": "新资源位于{where}。"},
    "location.permanent_keep": {
        "en": "Redirects permanently to {where}; the client keeps the method and body.",
        "zh-CN": "永久重定向到{where}；客户端保留原来的请求方法和请求体。",
    },
    "location.permanent_change": {
        "en": "Redirects permanently to {where}; the client may change the method and body.",
        "zh-CN": "永久重定向到{where}；客户端可能改用其他请求方法并丢弃请求体。",
    },
    "location.temporary_keep": {
        "en": "Redirects for now to {where}; the client keeps the method and body.",
        "zh-CN": "临时重定向到{where}；客户端保留原来的请求方法和请求体。",
    },
    "location.temporary_change": {
        "en": "Redirects for now to {where}; the client may change the method and body.",
        "zh-CN": "临时重定向到{where}；客户端可能改用其他请求方法并丢弃请求体。",
    },
    "location.other": {"en": "Points at {where}.", "zh-CN": "指向{where}。"},
    # -- WWW-Authenticate and Proxy-Authenticate ------------------------------------------------
    "challenge.empty": {
        "en": "Empty: the client is not told how to authenticate.",
        "zh-CN": "值为空：客户端无从得知该如何认证。",
    },
    "challenge.scheme": {
        "en": "Authenticate with the {scheme} scheme",
        "zh-CN": "使用 {scheme} 方案进行认证",
    },
    "challenge.realm": {"en": " in the realm {realm}", "zh-CN": "，认证域为{realm}"},
    "challenge.bearer_error": {
        "en": "; the server says {error}: {meaning} (RFC 6750)",
        "zh-CN": "；服务器返回 {error}：{meaning}（RFC 6750）",
    },
    "challenge.other_error": {
        "en": "; the server reports the error {error}",
        "zh-CN": "；服务器报告错误 {error}",
    },
    "challenge.description": {"en": " - {text}", "zh-CN": "——{text}"},
    "challenge.scope": {"en": "; scope needed: {scope}", "zh-CN": "；所需权限范围：{scope}"},
    "bearer.invalid_request": {
        "en": "the request is malformed (a parameter missing or repeated)",
        "zh-CN": "请求格式有误（缺少参数或参数重复）",
    },
    "bearer.invalid_token": {
        "en": "the token is expired, revoked, malformed or otherwise invalid",
        "zh-CN": "令牌已过期、已被吊销、格式错误或因其他原因无效",
    },
    "bearer.insufficient_scope": {
        "en": "the token is valid but lacks the scope this needs",
        "zh-CN": "令牌有效，但缺少此操作所需的权限范围",
    },
    # -- Allow, Content-Range, rate limits ------------------------------------------------------
    "allow.empty": {
        "en": "Empty: the resource supports no method at all.",
        "zh-CN": "值为空：该资源不支持任何方法。",
    },
    "allow.methods": {"en": "The resource supports {methods}.", "zh-CN": "该资源支持 {methods}。"},
    "range.unreadable": {
        "en": "Not in the form {form}: clients cannot read it.",
        "zh-CN": "不符合{form}的格式：客户端无法解读。",
    },
    "range.unsatisfied": {
        "en": "No range can be served; the full length is {length} {unit}.",
        "zh-CN": "无法提供所请求的范围；完整长度为 {length} {unit}。",
    },
    "range.part": {
        "en": "{unit_title} {first} to {last} ({size} {unit}) of {length}.",
        "zh-CN": "第 {first} 至 {last} {unit}（共 {size} {unit}），完整长度为 {length} {unit}。",
    },
    "range.part_unknown": {
        "en": "{unit_title} {first} to {last} ({size} {unit}) of an unknown length.",
        "zh-CN": "第 {first} 至 {last} {unit}（共 {size} {unit}），完整长度未知。",
    },
    "ratelimit.info": {"en": "Rate limit information: {value}.", "zh-CN": "限流信息：{value}。"},
    "ratelimit.limit": {
        "en": "At most {n} requests in the current window.",
        "zh-CN": "当前时间窗口内最多允许 {n} 个请求。",
    },
    "ratelimit.remaining": {
        "en": "{n} requests left in the current window.",
        "zh-CN": "当前时间窗口内还剩 {n} 个请求。",
    },
    "ratelimit.reset_at": {
        "en": "The window resets at {moment}.",
        "zh-CN": "时间窗口将在 {moment} 重置。",
    },
    "ratelimit.reset_in": {
        "en": "The window resets in {duration}.",
        "zh-CN": "时间窗口将在 {duration}后重置。",
    },
    # -- caching --------------------------------------------------------------------------------
    "cache.no-store": {"en": "must not be stored by any cache", "zh-CN": "任何缓存都不得存储"},
    "cache.no-cache": {
        "en": "may be stored but must be revalidated before every use",
        "zh-CN": "可以存储，但每次使用前都必须重新验证",
    },
    "cache.private": {
        "en": "only the user's own browser may store it, not shared caches",
        "zh-CN": "只有用户自己的浏览器可以存储，共享缓存不可以",
    },
    "cache.public": {"en": "shared caches may store it", "zh-CN": "共享缓存可以存储"},
    "cache.must-revalidate": {
        "en": "once stale it must be revalidated",
        "zh-CN": "过期后必须重新验证",
    },
    "cache.immutable": {"en": "it will not change while fresh", "zh-CN": "在新鲜期内不会改变"},
    "cache.max-age": {
        "en": "caches may use it for {duration}",
        "zh-CN": "缓存可以使用 {duration}",
    },
    "cache.s-maxage": {
        "en": "shared caches may use it for {duration}",
        "zh-CN": "共享缓存可以使用 {duration}",
    },
    "cache.directives": {"en": "Cache directives: {value}.", "zh-CN": "缓存指令：{value}。"},
    "expires.unreadable": {
        "en": "Not a date: caches treat the response as already stale.",
        "zh-CN": "不是日期：缓存会把响应视为已经过期。",
    },
    "expires.at": {"en": "Stale after {moment}.", "zh-CN": "{moment} 之后过期。"},
    "expires.at_max_age": {
        "en": "Stale after {moment} (Cache-Control's max-age takes precedence).",
        "zh-CN": "{moment} 之后过期（以 Cache-Control 的 max-age 为准）。",
    },
    "age.seconds": {
        "en": "Served from a cache, where it has been for {duration}.",
        "zh-CN": "来自缓存，已在缓存中存放 {duration}。",
    },
    "age.unreadable": {"en": "Not a number of seconds.", "zh-CN": "不是秒数。"},
    "etag.weak": {
        "en": "A weak validator: send it back in If-None-Match to get 304 when unchanged.",
        "zh-CN": "弱验证器：在 If-None-Match 中带回它，内容未变时会收到 304。",
    },
    "etag.strong": {
        "en": "A strong validator: send it back in If-None-Match to get 304 when unchanged.",
        "zh-CN": "强验证器：在 If-None-Match 中带回它，内容未变时会收到 304。",
    },
    "last_modified.unreadable": {
        "en": "Not a date: it cannot be used for If-Modified-Since.",
        "zh-CN": "不是日期：无法用于 If-Modified-Since。",
    },
    "last_modified.ok": {
        "en": "Send it back in If-Modified-Since to get 304 when unchanged.",
        "zh-CN": "在 If-Modified-Since 中带回它，内容未变时会收到 304。",
    },
    # -- Upgrade, Link, Connection, Server ------------------------------------------------------
    "upgrade.switched": {
        "en": "The connection now speaks {protocols}.",
        "zh-CN": "连接已切换为 {protocols}。",
    },
    "upgrade.required": {
        "en": "The server will only continue after switching to {protocols}.",
        "zh-CN": "只有切换到 {protocols} 后，服务器才会继续处理。",
    },
    "upgrade.offered": {
        "en": "The server offers to switch to {protocols}.",
        "zh-CN": "服务器提议切换到 {protocols}。",
    },
    "link.rel_default": {"en": "link", "zh-CN": "链接"},
    "link.early": {
        "en": "Start on these before the final response: {links}.",
        "zh-CN": "可在最终响应到达前先行加载或连接：{links}。",
    },
    "link.list": {"en": "Links: {links}.", "zh-CN": "链接：{links}。"},
    "connection.close": {
        "en": "The server closes the connection after this response; "
        "the next request opens a new one.",
        "zh-CN": "服务器在此响应后关闭连接；下一个请求会建立新连接。",
    },
    "server.cloudflare": {
        "en": "Cloudflare's edge answered, not necessarily your origin.",
        "zh-CN": "应答来自 Cloudflare 的边缘节点，不一定来自你的源站。",
    },
    "server.awselb": {
        "en": "The AWS load balancer answered itself, not your application.",
        "zh-CN": "应答来自 AWS 负载均衡器本身，而不是你的应用。",
    },
    "server.envoy": {
        "en": "Envoy (or a mesh built on it) answered.",
        "zh-CN": "应答来自 Envoy（或基于它的服务网格）。",
    },
    "server.amazons3": {"en": "Amazon S3 answered.", "zh-CN": "应答来自 Amazon S3。"},
    "server.varnish": {"en": "A Varnish cache answered.", "zh-CN": "应答来自 Varnish 缓存。"},
    "server.cloudfront": {"en": "CloudFront answered.", "zh-CN": "应答来自 CloudFront。"},
    # -- the reason phrase ----------------------------------------------------------------------
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
    # -- findings -------------------------------------------------------------------------------
    "finding.unregistered": {
        "en": "{code} is not a registered status code; a client that does not know it "
        "treats it as {kind}.",
        "zh-CN": "{code} 不是已登记的状态码；不认识它的客户端会把它当作 {kind} 处理。",
    },
    "finding.unused": {
        "en": "{code} is reserved and unused; no client knows it.",
        "zh-CN": "{code} 已保留、未使用；没有客户端认识它。",
    },
    "finding.obsoleted": {
        "en": "{code} is obsoleted in the registry.",
        "zh-CN": "{code} 在注册表中已废弃。",
    },
    "finding.deprecated": {
        "en": "{code} is deprecated: {detail}",
        "zh-CN": "{code} 已弃用：{detail}",
    },
    "finding.deprecated_plain": {"en": "{code} is deprecated.", "zh-CN": "{code} 已弃用。"},
    "finding.vendor_hidden": {
        "en": "{code} is {origin}'s own code and is not normally sent to clients: {detail}.",
        "zh-CN": "{code} 是 {origin} 自己的状态码，通常不会发给客户端：{detail}。",
    },
    "finding.vendor_hidden_plain": {
        "en": "{code} is {origin}'s own code and is not normally sent to clients.",
        "zh-CN": "{code} 是 {origin} 自己的状态码，通常不会发给客户端。",
    },
    "finding.vendor": {
        "en": "{code} is not in the IANA registry: it is {origin}'s own code; generic clients "
        "treat it as a plain {kind}.",
        "zh-CN": "{code} 不在 IANA 注册表中，是 {origin} 自己的状态码；通用客户端会把它当作普通的 "
        "{kind} 处理。",
    },
    "finding.reason_differs_vendor": {
        "en": "The reason {reason} differs from {origin}'s {name}; clients ignore it.",
        "zh-CN": "原因短语{reason}与 {origin} 所用的{name}不同；客户端会忽略它。",
    },
    "finding.reason_h2": {
        "en": "HTTP/{version} has no reason phrase; {reason} was added by the tool that "
        "printed it.",
        "zh-CN": "HTTP/{version} 没有原因短语；{reason}是打印响应的工具自己加上的。",
    },
    "finding.reason_other": {
        "en": "The reason {reason} is the phrase of {other}, not of {code}: clients act on the "
        "number, people read the words.",
        "zh-CN": "原因短语{reason}属于 {other}，而不是 {code}：客户端只看数字，人却会读文字。",
    },
    "finding.reason_differs": {
        "en": "The reason {reason} differs from IANA's {name}; clients ignore it.",
        "zh-CN": "原因短语{reason}与 IANA 登记的{name}不同；客户端会忽略它。",
    },
    "finding.hop_by_hop": {
        "en": "HTTP/{version} forbids connection-specific fields; a client must treat the "
        "response as malformed.",
        "zh-CN": "HTTP/{version} 禁止连接专用的头部；客户端必须把该响应视为格式错误。",
    },
    "finding.loop": {
        "en": "This redirect points where an earlier one in the chain did: a redirect loop.",
        "zh-CN": "此重定向指向链中更早的重定向已经指向过的位置：形成了重定向循环。",
    },
    "finding.no_www_authenticate": {
        "en": "401 must carry a WWW-Authenticate challenge.",
        "zh-CN": "401 必须带有 WWW-Authenticate 质询。",
    },
    "finding.no_proxy_authenticate": {
        "en": "407 must carry a Proxy-Authenticate challenge.",
        "zh-CN": "407 必须带有 Proxy-Authenticate 质询。",
    },
    "finding.no_allow": {
        "en": "405 must list the supported methods in Allow.",
        "zh-CN": "405 必须在 Allow 中列出支持的方法。",
    },
    "finding.no_location": {
        "en": "A {code} redirect without Location leads nowhere.",
        "zh-CN": "{code} 重定向缺少 Location，客户端无处可去。",
    },
    "finding.no_content_range": {
        "en": "206 must say which bytes it holds in Content-Range.",
        "zh-CN": "206 必须在 Content-Range 中说明包含哪些字节。",
    },
    "finding.no_unsatisfied_range": {
        "en": "416 should carry {form} so the client can ask again.",
        "zh-CN": "416 应带有{form}，以便客户端重新请求。",
    },
    "finding.no_upgrade": {
        "en": "{code} must name the protocol in Upgrade.",
        "zh-CN": "{code} 必须在 Upgrade 中指明协议。",
    },
    "finding.no_retry_after": {
        "en": "Without Retry-After a client cannot know when to try again after {code}.",
        "zh-CN": "缺少 Retry-After，客户端收到 {code} 后无法知道何时重试。",
    },
    "finding.several_locations": {
        "en": "Several Location fields: browsers refuse this.",
        "zh-CN": "有多个 Location 头部：浏览器会拒绝这样的响应。",
    },
    "finding.body": {
        "en": "{code} must not have a body, but one follows.",
        "zh-CN": "{code} 不得带有响应体，但响应头后面还有内容。",
    },
    "finding.body_length": {
        "en": "204 says it has a body through Content-Length.",
        "zh-CN": "204 的 Content-Length 却表明它带有响应体。",
    },
    "finding.transfer_encoding": {
        "en": "{code} must not carry Transfer-Encoding.",
        "zh-CN": "{code} 不得带有 Transfer-Encoding。",
    },
    "finding.retry_after_unreadable": {
        "en": "Retry-After is neither a number of seconds nor an HTTP date.",
        "zh-CN": "Retry-After 既不是秒数，也不是 HTTP 日期。",
    },
    "finding.bearer_mismatch": {
        "en": "RFC 6750 pairs the error {error} with {expected}, not {code}.",
        "zh-CN": "RFC 6750 规定错误 {error} 对应 {expected}，而不是 {code}。",
    },
    # -- the terminal command's own words -------------------------------------------------------
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
