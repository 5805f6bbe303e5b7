"""Every bad, hostile or huge input of ``cases.CASES`` keeps the contract and its content."""

from __future__ import annotations

import pytest

from tests.robustness.cases import CASES, Case, run_case, violations


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.family}-{case.name}")
def test_bad_input_keeps_the_contract(case: Case) -> None:
    outcome = run_case(case)
    assert violations(case, outcome) == []
