"""SUMMARY spans: ``Summary: ... End Summary.`` inside or across paragraphs.

::

    1. (C) Summary: Continuing violent unrest in ... End Summary.
    ------- SUMMARY -------
    1. (S) SUMMARY: The Dutch [...]. END
    SUMMARY.                                  (the close split by a wrap)
"""
from __future__ import annotations

import regex

OPEN = regex.compile(
    r"""
    (?<![A-Za-z])
    (?:BEGIN\s++)?+
    (?P<word>SUMM?A?R?Y|SUMMAY)                                   # SUMMARY, Summay
    (?:\s++AND\s++(?:COMMENTS?|ACTION\s++REQUESTS?|INTRODUCTION))?+ # and comment
    (?:\s*+[:.\-]|\s*+$|\s*+-+)                                   # and its colon or dash
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

CLOSE = regex.compile(
    r"""
    (?<![A-Za-z])
    END\s++(?:OF\s++)?+SUMM?A?R?Y
    (?:\s++AND\s++(?:COMMENTS?|ACTION\s++REQUESTS?|INTRODUCTION))?+
    \s*+[.:\-]?+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def find_open(text: str, start: int = 0, stop: int | None = None):
    """The first summary opening in ``text[start:stop]``."""
    return OPEN.search(text, start, len(text) if stop is None else stop)


def find_close(text: str, start: int = 0, stop: int | None = None):
    return CLOSE.search(text, start, len(text) if stop is None else stop)
