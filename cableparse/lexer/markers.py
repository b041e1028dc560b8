"""Section and page markers inside the text, left where later sections were joined on.

::

    REYKJAVIK 00000195  002 OF 002                 section marker
    MADRID 00000869 001.2 OF 004                   with the unexplained ".N" suffix
    PAGE 02        HARARE  03759  01 OF 03  111533Z   legacy page header
"""
from __future__ import annotations

import regex

SECTION_MARKER = regex.compile(
    r"""
    (?P<origin>[A-Z][A-Z.'\-]*+(?:\ [A-Z][A-Z.'\-]*+){0,4}+)   # the post: REYKJAVIK, SAO PAULO
    \s++(?P<serial>[0-9]{8})                                     # the serial, eight digits
    \s++(?P<page>[0-9]{3})(?:\.(?P<suffix>[0-9]{1,2}+))?+           # the section: 002, 001.2
    \s++OF\s++(?P<total>[0-9]{3})                                # of the total: OF 004
    """,
    regex.VERBOSE,
)

SECTION_MARKER_LINE = regex.compile(r"^\s*+(?:" + SECTION_MARKER.pattern + r")\s*+$", regex.VERBOSE)

PAGE_HEADER_LINE = regex.compile(
    r"""
    ^\s*+PAGE\s++(?P<page>[0-9]{2,3}+)        # PAGE 02
    \s++(?P<origin>[A-Z][A-Z ]{1,20}?)     # the origin, cut to six letters: VATICA
    \s++(?P<serial>[0-9]{3,8}+)               # the serial
    (?:\s++(?P<number>[0-9]{2})\s++OF\s++(?P<total>[0-9]{2}))?+   # 01 OF 03
    (?:\s++(?P<time>[0-9]{6}Z?))?+            # DDHHMMZ
    [^\n]{0,20}+$                          # a stray stamp after it
    """,
    regex.VERBOSE,
)

MID_LINE_MARKER = regex.compile(
    r"""
    (?P<gap>\ {2,}+)                       # a section marker set into running text
    """ + SECTION_MARKER.pattern + r"""
    (?=\ {2,}+|\s*+$)
    """,
    regex.VERBOSE,
)


def read_section_marker(line: str) -> dict | None:
    """``REYKJAVIK 00000195  002 OF 002`` alone on a line → origin, serial, page, suffix, total.

    Only a line with ``OF`` in it can be one; the string test spares most lines the pattern.
    """
    if len(line) > 120 or "OF" not in line:
        return None
    m = SECTION_MARKER_LINE.match(line)
    if not m:
        return None
    return {"origin": m["origin"], "serial": m["serial"], "page": int(m["page"]), "suffix": m["suffix"],
            "total": int(m["total"])}


def read_page_header(line: str) -> dict | None:
    if len(line) > 120:
        return None
    m = PAGE_HEADER_LINE.match(line)
    if not m:
        return None
    return {"page": int(m["page"]), "origin": m["origin"].strip(), "serial": m["serial"],
            "number": m["number"], "total": m["total"], "time": m["time"]}


def find_mid_line_marker(line: str) -> tuple[int, int] | None:
    """The span of a section marker inside a line of text (06BERN141), or ``None``."""
    if "OF" not in line or len(line) > 400:
        return None
    m = MID_LINE_MARKER.search(line)
    return (m.start("origin"), m.end("total")) if m else None
