"""SUMMARY spans of real cables (fixtures/snippets/summary)."""
from __future__ import annotations

import pytest

import cableparse
from snippets import parse

EXPECTED = {
    "close_split_by_wrap": ("The Dutch government agrees fully", "are not constructive."),
    "open_after_paragraph_marking": ("According to Antonio Simoes", "trip to Brasilia May 27-28."),
    "summay_typo": ("Challenged to re-invigorate Nordic", "contributing to NATO or U.S. priorities."),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_summary_of_real_cables(name):
    summary = parse("summary", name, body=True).summary
    start, end = EXPECTED[name]
    assert summary.startswith(start) and summary.endswith(end)
    assert "END SUMMARY" not in summary.upper()


def test_no_close_ends_at_a_rule():
    text = "SUBJECT: X\n\n1.(C) Summary: The GOB [...]. -------- Training --------\n\n2.(U) Bah\n"
    assert cableparse.parse(text).summary == "The GOB [...]."


def test_close_without_open_runs_from_paragraph_one():
    text = "SUBJECT: X\n\n1. (C) The visit went well. End Summary.\n\n2. (C) More.\n"
    assert cableparse.parse(text).summary == "The visit went well."
