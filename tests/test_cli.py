"""The ``articlex`` command line: inputs, formats, failures and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articlex._interfaces.cli import main

PROSE = "The council voted on the budget after a long debate on Tuesday evening. " * 6


def _page(title: str) -> str:
    return (
        f"<html><head><title>{title} | Town Herald</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>{title}</h1><p>{PROSE}</p><p>Second paragraph. {PROSE}</p></article>"
        "<footer>© Town Herald</footer></body></html>"
    )


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_text(_page("Budget passes"), encoding="utf-8")
    (folder / "sub" / "b.htm").write_text(_page("Roads get money"), encoding="utf-8")
    (folder / "c.html.gz").write_bytes(gzip.compress(_page("Schools too").encode()))
    (folder / "notes.txt").write_text("not a page", encoding="utf-8")
    return folder


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_one_file_gives_its_article_as_json(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([str(pages / "a.html"), "--url", "https://example.org/a"], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["ok"] is True
    assert record["article"]["headline"] == "Budget passes"
    assert record["article"]["url"] == "https://example.org/a"
    assert "1 extracted" in err


def test_a_folder_is_walked_for_pages_and_gives_jsonl(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run([str(pages)], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["headline"] for r in records] == [
        "Budget passes",
        "Schools too",
        "Roads get money",
    ]
    assert not any(r["source"].endswith("notes.txt") for r in records)


def test_a_glob_pattern_is_expanded(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([str(pages / "**" / "*.htm*"), "--format", "text"], capsys)
    assert code == 0
    assert out.count("==> ") == 3  # a.html, c.html.gz and sub/b.htm, not notes.txt
    assert "Second paragraph." in out


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(_page("From stdin").encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = _run(["-", "--format", "markdown"], capsys)
    assert code == 0
    assert out.startswith("# From stdin")


def test_a_url_is_refused_with_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["https://example.org/story"], capsys)
    assert code == 2
    assert out == ""
    assert "never downloads" in err


def test_fields_fills_only_the_fields_named(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run([str(pages / "a.html"), "--fields", "headline, site_name"], capsys)
    assert code == 0
    article = json.loads(out)["article"]
    assert article["headline"] == "Budget passes"
    assert article["site_name"] == "Town Herald"
    assert article["body"] == "" and article["blocks"] == []


def test_an_unknown_field_is_a_usage_error(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run([str(pages / "a.html"), "--fields", "headline,title"], capsys)
    assert code == 2
    assert out == ""
    assert "unknown field(s) 'title'" in err


def test_a_missing_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run([str(tmp_path / "nope.html")], capsys)
    assert code == 2
    assert "no such file" in err


def test_an_empty_folder_has_no_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run([str(tmp_path), "--quiet"], capsys)
    assert code == 3
    assert "no page found" in err


def test_a_closed_pipe_ends_the_run_quietly(pages: Path) -> None:
    many = [str(pages / "a.html")] * 200
    process = subprocess.Popen(
        [sys.executable, "-m", "articlex", *many, "-f", "text", "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    stderr = process.stderr.read()
    assert process.wait() == 141
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr


def test_a_failing_page_is_reported_and_the_run_goes_on(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pages / "broken.html").write_bytes(b"%PDF-1.7 not a page at all")
    code, out, err = _run([str(pages)], capsys)
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 4
    failed = [r for r in records if not r["ok"]]
    assert len(failed) == 1 and failed[0]["error"]["type"] == "NotHTMLError"
    assert failed[0]["source"].endswith("broken.html")
    assert "broken.html: NotHTMLError" in err
    assert "1 failed (1 NotHTMLError)" in err


def test_parquet_output_has_one_row_per_page(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    target = tmp_path / "out.parquet"
    code, _, _ = _run([str(pages), "-o", str(target), "--jobs", "2"], capsys)
    assert code == 0
    table = pq.read_table(target).to_pylist()
    assert [row["headline"] for row in table] == ["Budget passes", "Schools too", "Roads get money"]
    assert all(row["ok"] for row in table)
    assert table[0]["body"].startswith("The council voted")


def test_worker_processes_write_what_one_process_writes(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, single, _ = _run([str(pages), "-q"], capsys)
    _, double, _ = _run([str(pages), "-q", "--jobs", "2"], capsys)
    assert single == double


def test_warc_records_are_pages_with_their_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for name, content_type, body in (
            ("one", "text/html; charset=utf-8", _page("First record").encode()),
            ("logo", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("two", "text/html", _page("Second record").encode()),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://example.org/{name}",
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
            )
            writer.write_record(record)
    code, out, err = _run([str(archive), "--progress"], capsys)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["headline"] for r in records] == ["First record", "Second record"]
    assert "100%" in err and "pages=2" in err  # progress by archive bytes, pages beside
    assert [r["article"]["url"] for r in records] == [
        "https://example.org/one",
        "https://example.org/two",
    ]


def test_python_dash_m_runs_the_command_line(pages: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "articlex", str(pages / "a.html"), "-f", "text", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("The council voted")
    assert result.stderr == ""
