"""Regression gate: body-text accuracy on the shared Article Extraction Benchmark.

Not a benchmark (nothing is timed): the floor is what the project has already won, so
that no change silently loses it. Raise it as accuracy improves. Skipped when the shared
datasets are not beside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import articlex
from tests.conftest import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from _aeb_metric import load_pages, score_page, summarise

AEB = SHARED / "datasets" / "aeb"

#: Measured 0.9726 F1, 0.9667 precision when set; a little slack for platform noise.
F1_FLOOR = 0.970
PRECISION_FLOOR = 0.962


@pytest.mark.skipif(not AEB.is_dir(), reason="shared AEB dataset not available")
def test_aeb_body_accuracy_floor() -> None:
    scores = [
        score_page(page.gold, articlex.extract(page.html, url=page.url).body)
        for page in load_pages(AEB)
    ]
    summary = summarise(scores)
    assert summary.pages == 181
    assert summary.f1 >= F1_FLOOR, summary
    assert summary.precision >= PRECISION_FLOOR, summary
