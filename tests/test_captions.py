"""Captions of real cables (fixtures/snippets/captions)."""
from __future__ import annotations

import cableparse
from snippets import parse, text


def test_noforn_line():
    assert parse("captions", "noforn_line").captions == ["NOFORN"]


def test_sipdis_twice_counts_once():
    assert parse("captions", "sipdis_twice_on_one_line").captions == ["SIPDIS"]


def test_captions_glued_to_the_banner_serial_in_order():
    cable = cableparse.parse(text("captions", "noforn_sipdis_glued_to_banner"))
    assert cable.captions == ["NOFORN", "SIPDIS"]
