"""Numbered paragraphs: the number, the portion marking, and where the text begins.

::

    1. (U) In response to a question ...
    2.(C) Citing statements by ...            (no space)
    ¶1. (S//NF) SUMMARY AND COMMENT: ...       (the web rendering's pilcrow)
    1.Embassy London is pleased ...           (number glued to the text)
    1. C) Content                             (a lost parenthesis: a malformed marking)
"""
from __future__ import annotations

import regex

from .portion import read_portion_marking

PARAGRAPH_START = regex.compile(
    r"""
    ^(?P<indent>[\ \t]{0,8}+)
    (?P<pilcrow>¶\s{0,2}+)?+                  # the pilcrow anchor of the web renderings
    (?P<number>[1-9][0-9]{0,2}+)                # the number: no leading zero (010. is a broken line)
    \s{0,2}+\.(?![0-9])                       # and its period (not a decimal: 1.4)
    (?P<gap>[\ \t]*+)
    (?P<marking>
        \([A-Za-z][A-Za-z/\ ,\-]{0,40}?\)      # (C), (S//NF), (C/REL LIBYA), (C - ENTIRE TEXT)
      | (?:TS|SBU|LOU|C|S|U)(?:/{1,2}[A-Z]{1,6}){0,3}\)   # C) SBU) : the opening parenthesis lost
    )?+
    (?P<after>[\ \t]*+)
    (?P<next>.?)                               # the first character of the text
    """,
    regex.VERBOSE,
)


def read_paragraph_start(line: str) -> dict | None:
    """The number, marking and text offset of a paragraph's first line, or ``None``.

    A number opens a paragraph only when a marking, a capital, a quote or an opening bracket
    follows (``2. ----`` and dates inside a sentence do not).
    """
    m = PARAGRAPH_START.match(line)
    if not m:
        return None
    indent, pilcrow, number, gap, written, _, first = m.groups()   # by position: named lookups cost more
    marking = None
    if written:
        marking = read_portion_marking(written)
        if marking is None:
            return _plain_start(m) if written.startswith("(") else None
    elif not _text_can_start(first, gap):
        return None
    number_at = len(indent) + len(pilcrow) if pilcrow else len(indent)   # the groups run on, in order
    return {"number": int(number), "marking": marking, "pilcrow": bool(pilcrow),
            "pilcrow_at": len(indent) if pilcrow else None, "number_at": number_at,
            "text_at": m.end() - len(first) if marking or first else len(line)}


def _plain_start(m) -> dict:
    """A number followed by a parenthesised heading (``1. (AFGHANISTAN) ...``): no marking."""
    return {"number": int(m["number"]), "marking": None, "pilcrow": bool(m["pilcrow"]),
            "pilcrow_at": m.start("pilcrow") if m["pilcrow"] else None,
            "number_at": m.start("number"), "text_at": m.start("marking")}


def _text_can_start(first: str, gap: str) -> bool:
    if not first:
        return False
    return first.isupper() or first in "\"'“‘[(-" or (first.isalpha() and not gap) or first.isdigit() and bool(gap)
