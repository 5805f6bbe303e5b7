"""Stage 2b, repair the parsed tree where libxml2's HTML parser reads a page otherwise
than a browser does.

* Content written after ``</body>`` is moved to the end of the body, where a browser
  shows it.
* HTML5's void elements that libxml2 does not know as void (``<source>``, ``<embed>``,
  ``<track>``, ``<wbr>``, ``<keygen>``) are read as containers holding whatever follows
  them up to their parent's end: ``<picture><source><img></picture>`` puts the image in
  the ``<source>``, and an ``<embed>`` before the article's text swallows it, which the
  cleaner then drops with the embed. What they hold is moved out after them, as the
  browser's tree has it.

Every form of a page passes here (bytes, ``str``, a caller's lxml tree, a soup), so they
stay one tree.
"""

from __future__ import annotations

from lxml import etree

from articlex._xml import xml_safe

__all__ = ["repair_tree"]

#: HTML5 void elements (no content, no end tag) that libxml2's HTML parser reads as
#: containers. The others (``<img>``, ``<br>``, ``<input>``...) it knows.
UNKNOWN_VOID_TAGS = ("source", "embed", "track", "wbr", "keygen")


def repair_tree(root: etree._Element) -> etree._Element:
    """``root``, repaired in place (see the module's docstring)."""
    _move_after_body(root)
    _empty_void_elements(root)
    return root


def _move_after_body(root: etree._Element) -> None:
    body = root.find("body")
    if body is not None and root[-1] is not body:
        for stray in list(body.itersiblings()):
            body.append(stray)


def _empty_void_elements(root: etree._Element) -> None:
    """Move what each unknown void element holds out after it: its text first, then its
    children, then its own tail. The innermost first, so that a void element inside
    another one is emptied before its holder moves it out."""
    for void in reversed(list(root.iter(UNKNOWN_VOID_TAGS))):
        children = list(void)
        if not children and not void.text:
            continue
        # The parser keeps control characters that lxml's setters refuse: dropped.
        tail = xml_safe(void.tail) if void.tail else None
        void.tail = xml_safe(void.text) if void.text else None
        void.text = None
        previous = void
        for child in children:
            previous.addnext(child)  # moves it, with its tail
            previous = child
        if tail:
            previous.tail = xml_safe(previous.tail or "") + tail
