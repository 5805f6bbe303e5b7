"""Shared helpers for the test suite."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from lxml import etree

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@dataclass(frozen=True)
class Fixture:
    """A page written by the team and what must (and must not) come out of it."""

    name: str
    html: bytes
    expected: dict[str, Any]


def load_fixtures() -> list[Fixture]:
    found = []
    for folder in sorted(FIXTURES.iterdir()):
        page, expected = folder / "page.html", folder / "expected.json"
        if page.is_file() and expected.is_file():
            found.append(
                Fixture(folder.name, page.read_bytes(), json.loads(expected.read_text("utf-8")))
            )
    return found


@st.composite
def random_trees(
    draw: st.DrawFn,
    root_tag: str,
    tags: list[str],
    attributes: list[str],
    values: st.SearchStrategy[str],
) -> etree._Element:
    """A tree of 1 to 30 elements below a ``root_tag`` element, each one of ``tags``
    placed under any element before it, with some of ``attributes`` set to ``values``:
    for checking a query-based scan against a walk of every element."""
    root = etree.Element(root_tag)
    nodes = [root]
    for _ in range(draw(st.integers(1, 30))):
        element = etree.SubElement(draw(st.sampled_from(nodes)), draw(st.sampled_from(tags)))
        for attribute in draw(st.lists(st.sampled_from(attributes))):
            element.set(attribute, draw(values))
        nodes.append(element)
    return root
