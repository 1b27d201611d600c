"""The findings ``explain`` reports on a response, in English and Simplified Chinese: a status
code that is not registered, deprecated or a vendor's own; a misleading reason phrase; a field
that is missing, forbidden or unreadable; a body where none may be; a redirect loop.

Part of the one table of ``explain``'s sentences (``wording.TEMPLATES``, where the Chinese
conventions are); ``findings`` picks and fills them.
"""

from __future__ import annotations

from typing import Final

FINDING_TEMPLATES: Final[dict[str, dict[str, str]]] = {
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
}
