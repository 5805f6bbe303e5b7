"""``ExtractOptions(focus=...)``: "precision" leaves out more of what may be boilerplate,
"recall" keeps more of what may be text; "balanced" is the default."""

from __future__ import annotations

from pathlib import Path

import pytest

import articlex
from articlex import ExtractOptions, InvalidOptionError
from articlex._interfaces.cli import main

STORY = [
    "The harbour board approved the new ferry timetable on Monday evening, adding two "
    "crossings a day during the summer months, from the first week of June.",
    "Residents of the island had asked for the change for three years, and the board's "
    "chair said the extra crossings would be paid for by the county's transport fund.",
    "The first ferry will now leave the mainland at six in the morning, an hour earlier "
    "than before, and the last will return from the island at eleven at night.",
]
MOSTLY_LINKS = (
    'Timetables: <a href="/t/summer">summer timetable</a> and '
    '<a href="/t/winter">winter timetable</a>, as before.'
)
SEE_ALSO = (
    '<ul><li><a href="/a">Harbour dredging to start in May</a></li>'
    '<li><a href="/b">Island school gets a new roof</a></li>'
    '<li><a href="/c">Ferry fares frozen for a year</a></li></ul>'
)
PAGE = (
    "<html lang='en'><head><title>New ferry timetable</title></head><body><article>"
    "<h1>New ferry timetable</h1>"
    + "".join(f"<p>{p}</p>" for p in STORY)
    + f"<p>{MOSTLY_LINKS}</p>{SEE_ALSO}<p>Filed under: Ferries</p><p>Share this story</p>"
    "</article></body></html>"
)


def _body(focus: str) -> str:
    return articlex.extract(PAGE, options=ExtractOptions(focus=focus)).body  # type: ignore[arg-type]


def test_balanced_is_the_default() -> None:
    assert ExtractOptions().focus == "balanced"
    assert _body("balanced") == articlex.extract(PAGE).body


def test_precision_leaves_out_mostly_link_paragraphs_and_the_trail() -> None:
    balanced, precision = _body("balanced"), _body("precision")
    assert "summer timetable" in balanced
    assert "summer timetable" not in precision
    assert "Filed under" not in precision
    assert all(paragraph in precision for paragraph in STORY)


def test_recall_keeps_link_lists_inside_the_article() -> None:
    assert "Harbour dredging" not in _body("balanced")
    recall = _body("recall")
    assert "Harbour dredging to start in May" in recall
    assert all(paragraph in recall for paragraph in STORY)


def test_an_unknown_focus_is_refused() -> None:
    with pytest.raises(InvalidOptionError, match="focus"):
        ExtractOptions(focus="speed")  # type: ignore[arg-type]


def test_the_command_line_takes_a_focus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main([str(page), "-f", "text", "--focus", "recall"]) == 0
    assert "Harbour dredging" in capsys.readouterr().out
    assert main([str(page), "-f", "text"]) == 0
    assert "Harbour dredging" not in capsys.readouterr().out
