"""URL helpers that never raise: pages are full of malformed links.

``urllib.parse`` raises ``ValueError`` on some of them (``http://[::1`` is an "Invalid IPv6
URL"), and one bad ``href`` must not cost the page its Article. Every function here
answers ``None`` (or ``""``) instead.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["URL_STRIP", "host_of", "join_url", "site_host", "split_url", "web_url"]

#: Schemes of a URL articlex reports as a field value (an image, a canonical URL): the
#: web's own. ``javascript:``, ``vbscript:``, ``data:``, ``file:`` never are.
WEB_SCHEMES = frozenset({"http", "https"})
#: What a browser strips from both ends of a URL: C0 controls and space.
URL_STRIP = "".join(chr(c) for c in range(0x21))


def split_url(url: str) -> SplitResult | None:
    """``urlsplit(url)``, or ``None`` when the URL is malformed."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a malformed port or IPv6 host
    except ValueError:
        return None
    return parts


def join_url(base: str | None, url: str) -> str | None:
    """``url`` resolved against ``base`` (``url`` itself without one); ``None`` when either
    is malformed."""
    if not base:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return None


def host_of(url: str | None) -> str:
    """The lower-cased host name of ``url``, or ``""``."""
    parts = split_url(url) if url else None
    try:
        return (parts.hostname or "") if parts is not None else ""
    except ValueError:
        return ""


def site_host(host: str) -> str:
    """``host`` lower-cased, without its ``www.``: the site it names."""
    return host.lower().removeprefix("www.")


def web_url(url: str, base: str | None) -> str | None:
    """``url`` (trimmed, resolved against ``base``) when it is an http(s) URL, or a relative
    one when there is no base; ``None`` for other schemes and malformed URLs."""
    url = url.strip(URL_STRIP)
    if not url:
        return None
    resolved = join_url(base, url)
    parts = split_url(resolved) if resolved else None
    if parts is None or resolved is None:
        return None
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES or (scheme == "" and not base and ":" not in url.split("/", 1)[0]):
        return resolved
    return None
