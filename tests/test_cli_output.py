"""The command line's outputs: CSV, output names it does not know, the fields named in
text and Markdown, and a progress bar that never mixes into output on the terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from articlex._interfaces.cli import main

PROSE = "The council voted on the budget after a long debate on Tuesday evening. " * 6


def _page(title: str, tags: tuple[str, ...] = ("Budget", "Council")) -> str:
    jsonld = json.dumps({"@type": "NewsArticle", "headline": title, "keywords": list(tags)})
    return (
        f"<html><head><title>{title} | Town Herald</title>"
        f"<script type='application/ld+json'>{jsonld}</script>"
        f"<link rel='canonical' href='https://herald.example/{title.replace(' ', '-')}'>"
        "</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1><p>{PROSE}</p><p>Second paragraph. {PROSE}</p></article>"
        "<footer><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>"
        "CC BY</a></footer></body></html>"
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_text(_page("Budget passes", ("Budget, 2026", "Council")), "utf-8")
    (folder / "b.html").write_text(_page("Roads get money"), encoding="utf-8")
    (folder / "c.html").write_text(_page("Schools too"), encoding="utf-8")
    return folder


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# --- CSV ----------------------------------------------------------------------------------


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_by_format_and_by_suffix(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run([str(pages), "-f", "csv", "-q"], capsys)
    assert code == 0
    rows = _rows(out)
    assert [row["headline"] for row in rows] == ["Budget passes", "Roads get money", "Schools too"]
    first = rows[0]
    assert json.loads(first["tags"]) == ["Budget, 2026", "Council"]  # a comma inside a tag
    assert first["ok"] == "true" and first["error"] == "" and first["hostname"] == "herald.example"
    assert first["license"] == "CC BY 4.0" and first["fingerprint"] == ""  # on request only
    assert first["body"].startswith("The council voted")
    assert "\n\nSecond paragraph." in first["body"]
    assert json.loads(first["provenance"])["license"] == "dom"
    target = tmp_path / "pages.CSV"
    code, out, _ = _run([str(pages), "-o", str(target), "-q"], capsys)
    assert code == 0 and out == ""
    data = target.read_bytes()
    assert data.startswith(b"source,index,ok,") and b"\r\n" in data  # RFC 4180 lines
    assert _rows(data.decode("utf-8")) == rows


def test_csv_with_fields_has_the_fields_named(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(pages), "-f", "csv", "-q", "--fields", "license,headline,fingerprint"]
    code, out, _ = _run(args, capsys)
    assert code == 0
    rows = _rows(out)
    assert list(rows[0]) == [
        "source", "index", "ok", "error_type", "error", "url",
        "license", "headline", "fingerprint", "warnings",
    ]  # fmt: skip
    assert rows[0]["headline"] == "Budget passes" and rows[0]["license"] == "CC BY 4.0"
    assert re.fullmatch("[0-9a-f]{16}", rows[0]["fingerprint"])


def test_a_failed_page_is_a_csv_row(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pages / "broken.html").write_bytes(b"%PDF-1.7 not a page at all")
    code, out, _ = _run([str(pages), "-f", "csv", "-q"], capsys)
    assert code == 1
    failed = [row for row in _rows(out) if row["ok"] == "false"]
    assert len(failed) == 1 and failed[0]["error_type"] == "NotHTMLError"


# --- output names -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.xyz", "out", "out.jsonl.gz", "out.htm"])
def test_an_output_suffix_it_does_not_know_is_a_usage_error(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    target = tmp_path / name
    code, out, err = _run([str(pages), "-o", str(target)], capsys)
    assert code == 2 and out == ""
    assert "cannot tell the output format" in err and "--format" in err and ".csv" in err
    assert not target.exists()  # nothing written, not even an empty file


def test_format_names_the_format_of_any_output_name(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pages.out"
    code, _, _ = _run([str(pages), "-o", str(target), "-f", "jsonl", "-q"], capsys)
    assert code == 0
    assert len(target.read_text("utf-8").splitlines()) == 3


# --- the fields named, in text and Markdown -----------------------------------------------


def test_text_prints_the_fields_named(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = [str(pages / "a.html"), "-f", "text", "-q", "--fields", "headline,tags,license"]
    code, out, _ = _run(args, capsys)
    assert code == 0
    assert out == (
        'headline: Budget passes\ntags: ["Budget, 2026", "Council"]\nlicense: CC BY 4.0\n'
    )
    code, out, _ = _run([*args[:-1], "hostname,body"], capsys)
    assert out.startswith("hostname: herald.example\n\nThe council voted on the budget")
    assert out.rstrip().endswith("Tuesday evening.")


def test_markdown_gives_the_fields_named_as_front_matter(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [str(pages / "a.html"), "-f", "markdown", "-q", "--fields", "body,headline,tags"]
    code, out, _ = _run(args, capsys)
    assert code == 0
    front, body = out.split("\n---\n\n", 1)
    assert front == '---\nheadline: "Budget passes"\ntags: ["Budget, 2026", "Council"]'
    assert body.startswith("The council voted") and "# Budget passes" not in body


def test_without_fields_text_is_the_body_alone(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run([str(pages / "a.html"), "-f", "text", "-q"], capsys)
    assert code == 0 and out.startswith("The council voted") and "headline:" not in out


# --- the progress bar and the terminal ----------------------------------------------------


def _on_a_terminal(args: list[str], stdout: Path | None = None) -> list[str]:
    """Run the command with stderr (and stdout, unless ``stdout``) on a pseudo-terminal
    100 columns wide; the lines the terminal shows, as it shows them (a carriage return
    writes over the line from its start)."""
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    pytest.importorskip("tqdm")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with stdout.open("wb") if stdout else open(os.devnull, "wb") as file:
        process = subprocess.Popen(
            [sys.executable, "-m", "articlex", *args],
            stdin=subprocess.DEVNULL,
            stdout=file if stdout else slave,
            stderr=slave,
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the other end is closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait()
    os.close(master)
    shown = []
    for line in b"".join(chunks).decode("utf-8", "replace").split("\n"):
        cells: list[str] = []
        for part in line.split("\r"):
            cells[: len(part)] = part
        shown.append("".join(cells).rstrip())
    return shown


_BAR = re.compile(r"\d+%\|")


def test_no_bar_by_default_when_the_output_is_on_the_terminal(pages: Path) -> None:
    shown = _on_a_terminal([str(pages), "-f", "text"])
    assert not any(_BAR.search(line) for line in shown)
    assert sum(line.startswith("==> ") for line in shown) == 3
    assert any(line.startswith("articlex: 3 page(s)") for line in shown)  # the summary


def test_the_bar_is_shown_when_the_output_goes_elsewhere(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    shown = _on_a_terminal([str(pages), "-f", "text"], stdout=out)
    assert any(_BAR.search(line) and "3/3" in line for line in shown)
    assert out.read_text("utf-8").count("==> ") == 3


def test_a_forced_bar_steps_aside_for_each_page(pages: Path) -> None:
    (pages / "broken.html").write_bytes(b"%PDF-1.7 not a page at all")
    shown = _on_a_terminal([str(pages), "-f", "text", "--progress"])
    bars = [line for line in shown if _BAR.search(line)]
    assert bars  # the bar was drawn ...
    for line in bars:  # ... on lines of its own: no page text, no report inside it
        assert _BAR.match(line.lstrip()) and "==>" not in line and "council" not in line
    headers = [line for line in shown if "==> " in line]
    assert len(headers) == 3 and all(line.startswith("==> ") for line in headers)
    reports = [line for line in shown if "NotHTMLError" in line]
    assert reports and all(line.startswith("articlex: ") for line in reports)
