"""Golden files: real cables in ``fixtures/golden`` and the JSON each must parse to.

Regenerate after a deliberate change with ``CABLEPARSE_UPDATE_GOLDEN=1 pytest tests/test_golden.py``
and review the diff of the JSON files.
"""
from __future__ import annotations

import json
import os

import pytest

import cableparse
from conftest import golden_inputs, read

UPDATE = os.environ.get("CABLEPARSE_UPDATE_GOLDEN") == "1"


def expected_path(path):
    return path.with_name(path.name + ".json")


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_golden_json(path):
    cable = cableparse.parse(read(path))
    got = cable.model_dump(mode="json")
    target = expected_path(path)
    if UPDATE:
        target.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert target.exists(), f"no expected JSON for {path.name}: run with CABLEPARSE_UPDATE_GOLDEN=1 and review it"
    assert got == json.loads(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", golden_inputs(), ids=lambda p: p.name)
def test_golden_round_trip(path):
    text = read(path)
    assert cableparse.parse(text).to_text() == text
    assert "".join(t.text for t in cableparse.tokenize(text)) == text


def test_golden_set_is_varied():
    """At least 20 real cables: with and without header, each level, pages and web renderings."""
    cables = [cableparse.parse(read(p)) for p in golden_inputs()]
    assert len(cables) >= 20
    levels = {c.classification.level for c in cables if c.classification}
    assert {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET"} <= {str(l) for l in levels}
    assert any(c.header is None or c.header.transmission_id is None for c in cables)
    assert any(c.header is not None and c.header.transmission_id for c in cables)
    assert {"raw", "web", "html"} <= {c.rendering for c in cables}
    assert any(c.section is not None for c in cables)
    assert any(len(c.references) >= 3 for c in cables)
    assert any(c.header and c.header.dtg and c.header.dtg.year < 1980 for c in cables)
