"""Captions: one per figure of the article, credit apart, image URL absolute.

Collected on the intact tree *before* cleaning (the cleaner removes caption elements
outside ``<figure>``), each candidate remembering its ancestors; once the body is
located, :func:`select_captions` keeps those inside the article's scope.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from articlex._models import Caption

__all__ = ["CaptionCandidate", "collect_captions", "select_captions"]


@dataclass(frozen=True)
class CaptionCandidate:
    """A caption found in the page and the elements that contained it."""

    caption: Caption
    ancestors: frozenset[etree._Element]


def collect_captions(root: etree._Element, base_url: str | None) -> list[CaptionCandidate]:
    """Every figure caption of the page (placeholder: filled in by the captions work)."""
    return []


def select_captions(
    candidates: list[CaptionCandidate], scope: etree._Element | None
) -> tuple[Caption, ...]:
    """The candidates inside ``scope`` (the article's element), in page order."""
    if scope is None:
        return ()
    return tuple(c.caption for c in candidates if scope in c.ancestors)
