"""URL helpers that never raise: pages are full of malformed links.

``urllib.parse`` raises ``ValueError`` on some of them (``http://[::1`` is an "Invalid IPv6
URL"), and one bad ``href`` must not cost the page its Article. Every function here
answers ``None`` (or ``""``) instead.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urljoin, urlsplit

__all__ = ["URL_STRIP", "host_of", "join_url", "split_url", "web_url"]

#: Schemes of a URL articlex reports as a field value (an image, a canonical URL): the
#: web's own. ``javascript:``, ``vbscript:``, ``data:``, ``file:`` never are.
WEB_SCHEMES = frozenset({"http", "https"})
#: What a browser strips from both ends of a URL: C0 controls and space.
URL_STRIP = "".join(chr(c) for c in range(0x21))

# The URL shapes :func:`web_url` resolves without ``urllib`` (see :func:`_plain_web_url`):
# ASCII only, and nothing that ``urlsplit``/``urljoin`` would drop, move or reject.
#: Characters of a path: no ``;`` (``urlparse`` splits the last segment's parameters off
#: and drops an empty one), ``?`` or ``#``, no space or control (``\t\r\n`` are deleted),
#: no brackets, quotes or backslash.
_PATH_CHARS = r"!$%&'()*+,\-./0-9:=@A-Z_a-z~"
#: A host with an optional port of at most four digits (``urlsplit`` never rejects it; a
#: longer port may be out of range, an empty one is rejected).
_HOST = r"[A-Za-z0-9.-]+(?::[0-9]{1,4})?"
#: Path, query and fragment; a query or fragment that is there is not empty (``urlunsplit``
#: would drop its ``?`` or ``#``).
_TAIL = rf"(?:/[{_PATH_CHARS}]*)?(?:\?[{_PATH_CHARS};?]+)?(?:#[{_PATH_CHARS};?#]+)?"
#: A plain URL: absolute (``http://host/path``), network-path (``//host/path``) or a path
#: (``/path``; a query or a fragment alone match too, and are left to ``urljoin``).
_PLAIN_URL = re.compile(rf"(?:(?P<scheme>https?):)?(?://(?P<netloc>{_HOST}))?{_TAIL}")
#: A base URL ``urlsplit`` reads as this scheme and host, and never rejects.
_PLAIN_ORIGIN = re.compile(rf"(?P<scheme>https?)://(?P<netloc>{_HOST})(?=[/?#]|\Z)")


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


def web_url(url: str, base: str | None) -> str | None:
    """``url`` (trimmed, resolved against ``base``) when it is an http(s) URL, or a relative
    one when there is no base; ``None`` for other schemes and malformed URLs."""
    url = url.strip(URL_STRIP)
    if not url:
        return None
    plain = _plain_web_url(url, base)
    return plain if plain is not None else _joined_web_url(url, base)


def _plain_web_url(url: str, base: str | None) -> str | None:
    """What :func:`_joined_web_url` answers for the common shapes (most image URLs are
    absolute; some are a path or a network path on a plain base), read with one regex
    instead of ``urljoin`` and ``urlsplit`` (about 5 us a call, more when their caches
    miss); ``None`` when the shape is not one of them (the general path then decides).

    An absolute http(s) URL of :data:`_PLAIN_URL` is its own resolution (``urljoin`` keeps
    another scheme's URL as it is and rebuilds a same-scheme one unchanged; it resolves
    no dot segments beside a host) once the base is known to parse; a network path takes
    the base's scheme, a path without dot segments the base's scheme and host."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None:
        return None
    scheme, netloc = plain.group("scheme", "netloc")
    if scheme is not None:
        if netloc is None:
            return None  # "http:/path": left to urljoin
        return url if not base or _PLAIN_ORIGIN.match(base) else None
    origin = _PLAIN_ORIGIN.match(base) if base else None
    if origin is None:
        return None
    if netloc is not None:
        return f"{origin['scheme']}:{url}"
    if url[:1] == "/" and url[1:2] != "/" and "/." not in url:
        return f"{origin['scheme']}://{origin['netloc']}{url}"
    return None


def _joined_web_url(url: str, base: str | None) -> str | None:
    """:func:`web_url` of a trimmed, non-empty ``url``, through ``urljoin``."""
    resolved = join_url(base, url)
    parts = split_url(resolved) if resolved else None
    if parts is None or resolved is None:
        return None
    scheme = parts.scheme.lower()
    if scheme in WEB_SCHEMES or (scheme == "" and not base and ":" not in url.split("/", 1)[0]):
        return resolved
    return None
