"""The metadata benchmark's reading of modern-dev's gold authors: one string as the page
shows it, split into names with credentials dropped, as the set's README says."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from metadata import authors_match, split_gold_authors


@pytest.mark.parametrize(
    ("gold", "names"),
    [
        ("Dylan Bailey, MS, RD, FAND", ("Dylan Bailey",)),
        ("Elle Penner M.P.H., R.D.", ("Elle Penner",)),
        ("Michael Greger, M.D. FACLM", ("Michael Greger",)),
        ("Jane Doe, PhD", ("Jane Doe",)),
        ("Rebecca Lake, CEPF®", ("Rebecca Lake",)),
        ("Chen Zhao, Daryl Fairweather", ("Chen Zhao", "Daryl Fairweather")),
        ("Adrien Ramirez & Joanna Nelius", ("Adrien Ramirez", "Joanna Nelius")),
        ("Tom Smith and Ana Ruiz; Li Wei", ("Tom Smith", "Ana Ruiz", "Li Wei")),
        # A first name that looks like an abbreviation is kept: only the end is trimmed.
        ("Md Najmul Hossain", ("Md Najmul Hossain",)),
        # A one-letter initial is no credential.
        ("Jeff T.", ("Jeff T.",)),
    ],
)
def test_gold_author_strings_split_into_names(gold: str, names: tuple[str, ...]) -> None:
    assert split_gold_authors(gold) == names


def test_split_gold_authors_match_a_tool_giving_the_names() -> None:
    gold = split_gold_authors("Doris Munoz-Mantilla, MD, FOMA, DABOM")
    assert authors_match(gold, ("Doris Munoz-Mantilla",))
    assert not authors_match(gold, ("Doris Munoz-Mantilla, MD",))
