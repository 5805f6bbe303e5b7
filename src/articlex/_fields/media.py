"""The media embedded in the article's body: ``<video>`` and ``<audio>`` players, iframes
of known video and audio hosts (YouTube, Vimeo, podcasts...) and social posts
(:attr:`Article.media`).

Candidates are read from the intact page, before the cleaner drops players with the rest
of what it removes; once the body is located (in a cleaned copy, or a page parsed again
by a retry), those inside its containers are kept, the containers matched by tag, ``id``,
``class`` and depth, which a copy or a second parse of the same page keeps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from articlex._models import Media
from articlex._rules import media as rules
from articlex._text import collapse_ws
from articlex._urls import host_of, site_host, web_url

__all__ = ["MediaCandidate", "collect_media", "media_in_body"]

_Signature = tuple[str, str, str, int]


@dataclass(frozen=True)
class MediaCandidate:
    media: Media
    lineage: tuple[etree._Element, ...]  # its ancestors in the intact page, nearest first
    signatures: tuple[_Signature, ...]  # theirs, in the same order


def collect_media(root: etree._Element, base: str | None) -> list[MediaCandidate]:
    """Every embedded player or post of the page, with where it sits."""
    found: list[MediaCandidate] = []
    seen: set[str] = set()
    for element in root.iter("video", "audio", "iframe", "embed", "object", "blockquote"):
        media = _media_of(element, base)
        if media is None or media.url in seen:
            continue
        seen.add(media.url)
        lineage = tuple(element.iterancestors())
        depths = range(len(lineage) - 1, -1, -1)  # an ancestor's depth below the root
        signatures = tuple(_signature(a, d) for a, d in zip(lineage, depths, strict=True))
        found.append(MediaCandidate(media, lineage, signatures))
        if len(found) >= rules.MAX_MEDIA:
            break
    return found


def media_in_body(
    candidates: list[MediaCandidate], anchors: Iterable[etree._Element]
) -> tuple[Media, ...]:
    """The media of ``candidates`` inside the body's containers ``anchors`` (of the
    cleaned tree), but for those the cleaner removed with a box around them: on the way
    up to a container, an ancestor gone from the cleaned tree that held a heading or a
    list (a sidebar's "watch next"). A player removed alone, or with its figure, stays."""
    anchors = tuple(anchors)
    if not candidates or not anchors:
        return ()
    tops = {_signature(a, sum(1 for _ in a.iterancestors())) for a in anchors}
    kept = {_key(node) for anchor in anchors for node in anchor.iter()}
    media: list[Media] = []
    for candidate in candidates:
        for ancestor, signature in zip(candidate.lineage, candidate.signatures, strict=True):
            if signature in tops:
                media.append(candidate.media)
                break
            if _key(ancestor) not in kept and _is_box(ancestor):
                break  # removed with its box
    return tuple(media)


def _is_box(element: etree._Element) -> bool:
    return any(node.tag in rules.BOX_TAGS for node in element.iter())


def _key(element: etree._Element) -> tuple[str, str, str]:
    return (str(element.tag), element.get("id") or "", element.get("class") or "")


def _signature(element: etree._Element, depth: int) -> _Signature:
    return (*_key(element), depth)


def _media_of(element: etree._Element, base: str | None) -> Media | None:
    tag = element.tag
    if tag == "blockquote":
        return _post_of(element, base)
    if tag == "video" and _is_decoration(element):
        return None
    url = _source_of(element, base)
    if url is None:
        return None
    title = collapse_ws(element.get("title") or element.get("aria-label") or "") or None
    host = site_host(host_of(url))
    if tag in ("video", "audio"):
        return Media(str(tag), url, host or None, title)
    path = url.split("?", 1)[0].lower()
    if _on(host, rules.VIDEO_HOSTS) or path.endswith(rules.VIDEO_FILE_ENDINGS):
        return Media("video", url, host or None, title)
    if _on(host, rules.AUDIO_HOSTS) or path.endswith(rules.AUDIO_FILE_ENDINGS):
        return Media("audio", url, host or None, title)
    return None  # an ad, a form, a map: not media


def _is_decoration(video: etree._Element) -> bool:
    """A background video: it plays by itself, muted, with no controls to watch it by."""
    return all(video.get(name) is not None for name in rules.DECORATION_ATTRIBUTES) and (
        video.get("controls") is None
    )


def _source_of(element: etree._Element, base: str | None) -> str | None:
    candidates = [element.get(name) for name in rules.SOURCE_ATTRIBUTES]
    if element.tag in ("video", "audio"):
        candidates += [source.get("src") for source in element.iter("source")]
    for value in candidates:
        if value:
            url = web_url(value, base)
            if url:
                return url
    return None


def _post_of(element: etree._Element, base: str | None) -> Media | None:
    classes = set((element.get("class") or "").split())
    if not classes & rules.POST_CLASSES:
        return None
    candidates = [element.get(name) for name in rules.POST_URL_ATTRIBUTES]
    links = [a.get("href") for a in element.iter("a")]
    for value in [*candidates, *reversed(links)]:
        url = web_url(value, base) if value else None
        if url:
            return Media("post", url, site_host(host_of(url)) or None, None)
    return None


def _on(host: str, hosts: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or a subdomain of one."""
    parts = host.split(".")
    return any(".".join(parts[i:]) in hosts for i in range(len(parts) - 1))
