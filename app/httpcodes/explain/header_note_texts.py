"""The notes ``explain`` writes under a header field of a response, in English and Simplified
Chinese: what Retry-After, Location, the authentication challenges, Allow, Content-Range, the
rate limits, the caching fields, Upgrade, Link, Connection and Server say.

Part of the one table of ``explain``'s sentences (``wording.TEMPLATES``, where the Chinese
conventions are); ``headers`` picks and fills them.
"""

from __future__ import annotations

from typing import Final

HEADER_NOTE_TEMPLATES: Final[dict[str, dict[str, str]]] = {
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
}
