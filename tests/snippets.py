"""Real excerpts of corpus cables (``fixtures/snippets/<element>/<name>.txt``), parsed as a cable.

Each excerpt has a ``.source`` file naming the cable it was cut from. A snippet is parsed behind a
minimal routing header and banner that give the source cable's year and origin (what a REF without
a year, or a bare serial, resolves against), with ``SUBJECT`` and a first paragraph around it when
the element lives in the body.
"""
from __future__ import annotations

import regex

import cableparse
from conftest import FIXTURES, read

SNIPPETS = FIXTURES / "snippets"
CABLE_ID = regex.compile(r"^(?P<year>\d{2})(?P<origin>[A-Z]+?)(?P<serial>\d+)$")


def text(element: str, name: str) -> str:
    return read(SNIPPETS / element / f"{name}.txt")


def source(element: str, name: str) -> str:
    return read(SNIPPETS / element / f"{name}.source").strip()


def wrapped(element: str, name: str, *, body: bool = False) -> str:
    """The snippet behind a header and banner of its cable's year and origin."""
    m = CABLE_ID.match(source(element, name))
    head = (f"R 011200Z JAN {m['year']}\nFM AMEMBASSY {m['origin']}\nTO SECSTATE WASHDC\n\n"
            f"CONFIDENTIAL {m['origin']} 999999\n\n")
    if body:
        head += "E.O. 12958: N/A\nTAGS: PREL\nSUBJECT: SNIPPET\n\n"
    return head + text(element, name)


def parse(element: str, name: str, *, body: bool = False) -> cableparse.Cable:
    """The parsed snippet; it must also give back its text byte for byte."""
    cable_text = wrapped(element, name, body=body)
    cable = cableparse.parse(cable_text)
    assert cable.to_text() == cable_text
    return cable


def names(element: str) -> list[str]:
    return sorted(p.stem for p in (SNIPPETS / element).glob("*.txt"))
