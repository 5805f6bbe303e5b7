"""The documentation site builds in strict mode, and the quickstart notebook runs."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "examples" / "quickstart.ipynb"
#: Seconds a notebook cell may take (the kernel's start is not counted).
CELL_TIMEOUT = 300
#: Seconds the whole site build may take.
BUILD_TIMEOUT = 600


@pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None,
    reason="mkdocs is not installed (pip install 'articlex[docs]')",
)
def test_the_site_builds_in_strict_mode(tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "extract_many" in api
    assert 'id="articlex.Article"' in api and 'id="articlex.spark.extract_dataframe"' in api
    assert ":class:" not in api  # the reST roles of the docstrings are rendered as code
    for page in site.rglob("*.html"):  # every snippet (benchmark table) was included
        assert "--8&lt;--" not in page.read_text(encoding="utf-8"), page


def _output_text(cell: Any) -> str:
    """Everything a code cell printed or displayed, as text."""
    parts: list[str] = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            parts.append(str(output.get("text", "")))
        for mime in ("text/plain", "text/html"):
            value = output.get("data", {}).get(mime)
            if value is not None:
                parts.append(value if isinstance(value, str) else "".join(value))
    return "".join(parts)


def test_the_quickstart_notebook_runs_from_any_folder(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel", reason="the python3 kernel needs ipykernel")
    pytest.importorskip("pandas", reason="the notebook's last part needs pandas")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        "the notebook is stored with outputs: clear them"
    )
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(tmp_path)}},  # the kernel's working folder
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    errors = [o for cell in code for o in cell.get("outputs", []) if o.output_type == "error"]
    assert not errors
    text = "".join(_output_text(cell) for cell in code)
    assert "Carney to Travel to France to Discuss Ukraine Ceasefire With Allies" in text
    assert '<div class="articlex-article"' in text  # the Article's rich display
    assert "footer" in text and "consent" in text  # the explain=True removals
    assert "NotHTMLError" in text and "EmptyDocumentError" in text  # the failing pages
