"""Shared helpers for the test suite."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
