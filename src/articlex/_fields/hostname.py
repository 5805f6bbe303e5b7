"""The host name: the site the article is on, from its canonical URL or the given ``url``.

The canonical URL comes first (an AMP copy, a mirror or a proxy declares the site's own
address); the ``url`` passed to ``extract`` otherwise. The value is the URL's host as
``urllib.parse`` reads it: lower-cased, without port, user or trailing dot, ``www.``
kept (``www.example.com`` and ``example.com`` may be different sites). http(s) URLs only.
"""

from __future__ import annotations

from articlex._fields import Found
from articlex._models import Source
from articlex._urls import WEB_SCHEMES, split_url

__all__ = ["find_hostname"]


def find_hostname(canonical: Found[str] | None, url: str | None) -> Found[str] | None:
    """The host of the canonical URL (with its source), else of ``url`` (source ``url``)."""
    if canonical is not None:
        host = _host(canonical.value)
        if host:
            return Found(host, canonical.source)
    host = _host(url) if url else None
    return Found(host, Source.URL) if host else None


def _host(url: str) -> str | None:
    parts = split_url(url.strip())
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES:
        return None
    try:
        return (parts.hostname or "").rstrip(".") or None
    except ValueError:  # urllib raises on some malformed hosts: no host, not an error
        return None
