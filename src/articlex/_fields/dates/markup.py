"""The dates one element shows: in a date attribute (``datetime``, ``content``, hAtom
``title``) or written in its text; what its markup (``<time>``, ``pubdate``, a date
``itemprop`` or class) and the labels beside it ("Published", "Mis à jour") make of them;
and how strong that evidence is (its tier)."""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from articlex._fields.dates.reading import dates_in_text, lead_dateline, leads, parse_date_value
from articlex._fields.dates.relative import relative_date
from articlex._fields.dates.values import Candidate, DateValue, Kind, Order, day_of, days_apart
from articlex._models import Source
from articlex._rules import dates as rules
from articlex._text import class_id, collapse_ws

__all__ = ["attribute_date", "element_dates", "hint_kind", "is_hinted", "own_text"]

#: What a class/id says of its element: nothing; that it may hold a date among other
#: things (a byline, a meta line: trusted only near the headline); that it holds a date.
_NO_HINT, _WEAK_HINT, _DATE_HINT = 0, 1, 2
#: The labels of each kind of date, as :func:`_text_label` looks for the first of them.
_LABELS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (rules.PUBLISHED_LABEL, "published"),
    (rules.MODIFIED_LABEL, "modified"),
)


def is_hinted(element: etree._Element, near: bool, hints: dict[str, int] | None = None) -> bool:
    """A ``<time>`` (or an element with a ``datetime``), a ``pubdate``, a date
    ``itemprop``, or a class/id saying it holds a date (or, ``near`` the headline, that
    it is a byline or meta line). ``hints``: what the class/id texts read so far say,
    for a walk of the page (pages repeat theirs)."""
    if element.tag == "time":
        return True
    names = element.keys()
    if not names:
        return False  # no attribute to mark a date
    if "datetime" in names or "pubdate" in names:
        return True
    itemprop = (element.get("itemprop") or "").lower()
    if itemprop.startswith(rules.DATE_ITEMPROP_PREFIXES):
        return True
    text = class_id(element)
    hint = hints.get(text) if hints is not None else None
    if hint is None:
        hint = _class_hint(text)
        if hints is not None:
            hints[text] = hint
    return hint == _DATE_HINT or (near and hint == _WEAK_HINT)


def _class_hint(text: str) -> int:
    """What a class/id text (as :func:`class_id` gives it) says of its element."""
    if not text.strip():
        return _NO_HINT
    text = text.lower()
    if rules.DATE_HINT.search(text):
        return _DATE_HINT
    return _WEAK_HINT if rules.WEAK_DATE_HINT.search(text) else _NO_HINT


def hint_kind(element: etree._Element) -> Kind | None:
    """What the class/id/itemprop of ``element`` (or its near ancestors) say it holds.
    A publication hint wins over a modification hint on the same element: hAtom themes
    mark the publication date ``entry-date published updated``."""
    node: etree._Element | None = element
    for _ in range(rules.HINT_DEPTH):
        if node is None or node.tag in rules.HINT_STOP_TAGS:
            break
        itemprop = (node.get("itemprop") or "").lower()
        if itemprop in rules.MICRODATA_PUBLISHED_KEYS:
            return "published"
        if itemprop in rules.MICRODATA_MODIFIED_KEYS:
            return "modified"
        kind = _class_kind(class_id(node))
        if kind is not None:
            return kind
        node = node.getparent()
    return None


def _class_kind(text: str) -> Kind | None:
    """The kind of date a class/id text (as :func:`class_id` gives it) names, if any."""
    if text.strip():
        if rules.PUBLISHED_HINT.search(text):
            return "published"
        if rules.MODIFIED_HINT.search(text):
            return "modified"
    return None


def _label_kind(prefix: str) -> Kind | None:
    """The kind a label right before a date gives it ("Updated", "Publié le"...)."""
    modified = [m.end() for m in rules.MODIFIED_LABEL.finditer(prefix)]
    published = [m.end() for m in rules.PUBLISHED_LABEL.finditer(prefix)]
    if not modified and not published:
        return None
    if modified and (not published or max(modified) > max(published)):
        return "modified"
    return "published"


def attribute_date(
    element: etree._Element, order: Order, hinted: bool, hint: Kind | None = None
) -> DateValue | None:
    """The machine-readable date of ``element``: ``datetime``; ``content`` on a hinted
    element; ``title`` on an hAtom ``<abbr>`` or an element marked published/updated."""
    for attr in rules.DATE_ATTRS:
        raw = element.get(attr)
        if not raw or (attr != "datetime" and not hinted):
            continue
        if attr == "title" and element.tag != "abbr" and hint is None:
            continue
        value = parse_date_value(raw, order) if len(raw) <= rules.MAX_VALUE_CHARS else None
        if value is not None:
            return value
    return None


def element_dates(
    element: etree._Element,
    order: Order,
    hinted: bool,
    position: int,
    alone: bool = False,
    now: dt.datetime | None = None,
) -> list[Candidate]:
    """The dates of one element: its ``datetime`` (or other date attribute), else those
    written in its text, each with the kind its label or class gives it. ``alone``: only
    a line that is mostly its date, or starts with it, or labels it, counts (a line far
    from the headline, read as the last resort). ``now``: the caller's reference time,
    against which a date-marked element's relative date ("3 days ago") is read."""
    hint = hint_kind(element) if hinted else None
    if element.get("pubdate") is not None:
        hint = "published"
    text = _element_text(element)
    if len(text) > rules.MAX_DATELINE_CHARS:
        text = collapse_ws(own_text(element))
        if len(text) > rules.MAX_DATELINE_CHARS:
            lead = lead_dateline(text, order)
            if lead is None:
                return []
            return [Candidate(lead, Source.TEXT, "unknown", rules.TIER_BARE, position)]
    if text and rules.COPYRIGHT.search(text):
        return []
    value = attribute_date(element, order, hinted, hint)
    if value is not None:
        label = _text_label(text, value, order) if text else None
        if label is None:
            label = _label_kind(_preceding_text(element))
        kind: Kind = hint or label or "unknown"
        tier = rules.TIER_LABELLED if kind != "unknown" else rules.TIER_HINTED
        return [Candidate(value, Source.DOM, kind, tier, position)]
    if not text:
        return []
    found: list[Candidate] = []
    previous_end = 0
    for value, start, end in dates_in_text(text, order):
        prefix = text[max(previous_end, start - rules.LABEL_WINDOW_CHARS) : start]
        previous_end = end
        if rules.OTHER_DATE_LABEL.search(prefix):
            continue
        label = _label_kind(prefix)
        if label is None and start < rules.LEADING_DATE_CHARS and not found:
            label = _label_kind(_preceding_text(element))
        kind = label or hint or "unknown"
        if kind != "unknown":
            tier = rules.TIER_LABELLED
        else:
            tier = rules.TIER_HINTED if hinted else rules.TIER_BARE
        in_sentence = len(text) > rules.MAX_BARE_DATELINE_CHARS or (
            alone and (end - start) < rules.MIN_DATE_SHARE * len(text)
        )
        if (
            tier == rules.TIER_BARE
            and in_sentence
            and not (not found and leads(text, start, order))
        ):
            continue  # a date inside a sentence, not a dateline
        found.append(Candidate(value, Source.TEXT, kind, tier, position))
    if not found and now is not None and hinted:
        return _relative(text, now, hint, position)
    return found


def _relative(text: str, now: dt.datetime, hint: Kind | None, position: int) -> list[Candidate]:
    """The relative date of a date-marked element's text, seen from ``now``: when it is
    most of a short line, or labelled."""
    found = relative_date(text, now) if len(text) <= rules.MAX_BARE_DATELINE_CHARS else None
    if found is None:
        return []
    value, start, end = found
    label = _label_kind(text[max(0, start - rules.LABEL_WINDOW_CHARS) : start])
    if label is None and (end - start) < rules.MIN_DATE_SHARE * len(text):
        return []
    kind: Kind = label or hint or "unknown"
    tier = rules.TIER_LABELLED if kind != "unknown" else rules.TIER_HINTED
    return [Candidate(value, Source.TEXT, kind, tier, position)]


def _text_label(text: str, value: DateValue, order: Order) -> Kind | None:
    """The label the visible text gives the date of an element's attribute: that of the
    written date on the same day ("Posted: Oct 14 | Updated: 2 hours ago"), else the
    first label of the text."""
    previous_end = 0
    for written, start, end in dates_in_text(text, order):
        if (
            day_of(written) == day_of(value)
            or days_apart(written, value) <= rules.CONTRADICTION_DAYS
        ):
            return _label_kind(text[max(previous_end, start - rules.LABEL_WINDOW_CHARS) : start])
        previous_end = end
    labels = [
        (m.start(), kind)
        for pattern, kind in _LABELS
        for m in pattern.finditer(text[: rules.TEXT_LABEL_CHARS])
    ]
    return min(labels)[1] if labels else None


def _preceding_text(element: etree._Element) -> str:
    """The text just before ``element`` in its parent (a label such as "Updated:")."""
    previous = element.getprevious()
    if previous is not None:
        text = (previous.tail or "").strip() or _element_text(previous)
        return text[-rules.LABEL_WINDOW_CHARS :]
    parent = element.getparent()
    return (parent.text or "").strip()[-rules.LABEL_WINDOW_CHARS :] if parent is not None else ""


def _element_text(element: etree._Element) -> str:
    """The text of ``element`` and its descendants, whitespace collapsed, read only so
    far as to tell a dateline from a longer text."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        parts.append(str(piece))
        size += len(piece)
        if size > rules.MAX_ELEMENT_TEXT_CHARS:
            break
    return collapse_ws(" ".join(parts))


def own_text(element: etree._Element) -> str:
    """The text directly in ``element`` (its text and its children's tails)."""
    text = element.text or ""
    if not len(element):
        return text
    return text + "".join([child.tail or "" for child in element])
