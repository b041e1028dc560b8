"""The strategies draw varied cables, and their parts read back through the element tokenizers."""
from __future__ import annotations

import collections
import subprocess
import sys
from pathlib import Path

from hypothesis import Phase, given, settings, strategies as st

from cableparse import Level
from cableparse.lexer import eo as eo_lexer, header as header_lexer, portion
from cableparse.markings import LEVEL_ORDER
from cableparse.render import render_addressee, render_eo, render_marking
from cableparse.strategies import addressees, cables, executive_orders, portion_markings


def draw_many(strategy, count: int, record) -> None:
    """Feed ``count`` generated examples of ``strategy`` to ``record`` (no shrinking, no database)."""
    @settings(max_examples=count, database=None, phases=[Phase.generate], deadline=None)
    @given(strategy)
    def collect(value):
        record(value)
    collect()


def test_cables_are_varied():
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def record(cable):
        seen["level"][cable.classification.level] += 1
        seen["header"][cable.header is not None] += 1
        seen["references"][bool(cable.references)] += 1
        seen["lettered"][any(r.label for r in cable.references)] += 1
        seen["paragraphs"][len(cable.paragraphs)] += 1
        seen["summary"][cable.summary is not None] += 1
        seen["classified_by"][cable.classified_by is not None] += 1
        seen["section"][cable.section is not None] += 1
        seen["captions"][bool(cable.captions)] += 1
        seen["signers"][bool(cable.signers)] += 1
        seen["eo"][cable.eo.kind if cable.eo else None] += 1
        header = cable.header
        if header is not None:
            seen["fl1"][header.transmission_id is not None] += 1
            seen["xmt"][any(a.excluded for a in header.to + header.info)] += 1
            seen["mcn"][any(a.mcn is not None for a in header.to + header.info)] += 1
        seen["controls"][bool(cable.classification.controls)] += 1

    draw_many(cables(), 200, record)
    assert len(seen["level"]) == 4, seen["level"]
    for key in ("header", "references", "lettered", "summary", "classified_by", "section", "captions", "signers",
                "fl1", "xmt", "mcn", "controls"):
        assert set(seen[key]) == {True, False}, (key, seen[key])
    assert len(seen["paragraphs"]) >= 15 and max(seen["paragraphs"]) >= 30 and min(seen["paragraphs"]) == 1, \
        seen["paragraphs"]
    assert {"date", "na", "legacy", "exemption", "event", None} <= set(seen["eo"]), seen["eo"]


@given(st.sampled_from(tuple(Level)), st.lists(st.sampled_from(("NOFORN", "SBU")), unique=True), st.data())
def test_portion_markings_stay_under_the_banner_and_read_back(ceiling, controls, data):
    marking = data.draw(portion_markings(ceiling, controls))
    assert LEVEL_ORDER[marking.level] <= LEVEL_ORDER[ceiling]
    assert set(marking.controls) - {"NOFORN", "SBU"} <= {c for c in marking.controls if c.startswith("REL TO")}
    read = portion.read_portion_marking(render_marking(marking))
    assert (read["level"], read["controls"], read["malformed"]) == (marking.level, marking.controls, False)


@given(addressees(excluded=True))
def test_addressees_read_back(addressee):
    read = header_lexer.read_addressee(render_addressee(addressee))
    assert read == addressee.model_dump(exclude={"excluded"})


@given(executive_orders())
def test_eo_lines_read_back(eo):
    read = eo_lexer.read_eo_line(render_eo(eo)[0])
    assert (read["order"], read["declassify"]) == (eo.order, eo.declassify)


def test_the_package_imports_neither_strategies_nor_hypothesis():
    check = "import cableparse, sys; print(sorted(m for m in sys.modules if 'hypothesis' in m or 'strategies' in m))"
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"
