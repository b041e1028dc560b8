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
    (?:\s++AND\s++(?:COMMENTS?|ACTION\s++REQUESTS?|INTRODUCTION)|/COMMENT)?+ # and comment
    (?:[\ \t]*+[:.\-\u2010-\u2015]|[\ \t]*+(?=\r?\n|$))           # and its colon or dash, or the line end
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

CLOSE = regex.compile(
    r"""
    (?<![A-Za-z])
    END\s++(?:OF\s++)?+SUMM?A?R?Y
    (?:\s++AND\s++(?:COMMENTS?|ACTION\s++REQUESTS?|INTRODUCTION)|/COMMENT)?+
    \s*+[.:\-]?+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def capitals(text: str) -> str | None:
    """``text`` in capitals, for the keyword tests of ``find_open`` and ``find_close``, when it is
    ASCII; ``None`` otherwise.

    For ASCII text one ``upper()`` of the cable runs at memory speed and spares a slice and an
    ``upper()`` of every span searched; beyond ASCII, ``upper()`` is many times dearer per
    character and may move offsets (``ß`` becomes ``SS``), so the spans are tested one by one.
    """
    return text.upper() if text.isascii() else None


def _holds(word: str, text: str, start: int, stop: int, upper: str | None) -> bool:
    """Whether ``text[start:stop]`` holds ``word`` in any case (``upper``: ``capitals(text)``)."""
    if upper is not None:
        return upper.find(word, start, stop) != -1
    return word in text[start:stop].upper()


def find_open(text: str, start: int = 0, stop: int | None = None, upper: str | None = None):
    """The first summary opening in ``text[start:stop]``."""
    stop = len(text) if stop is None else stop
    return OPEN.search(text, start, stop) if _holds("SUM", text, start, stop, upper) else None


def find_close(text: str, start: int = 0, stop: int | None = None, upper: str | None = None):
    """The first summary close in ``text[start:stop]``: ``End Summary.``, ``END OF SUMMARY``.

    The pattern runs only where the words are (a string search is many times cheaper than the
    pattern's scan, and most running text has no close in it).
    """
    stop = len(text) if stop is None else stop
    return CLOSE.search(text, start, stop) if _holds("END", text, start, stop, upper) else None


RULE = regex.compile(r"[\-=\u2010-\u2015]{3,}+")

#: the noise between a summary's words: dashed and double rules (``------``, ``====``) ...
RULE_NOISE = regex.compile(r"[\-=_\u2010-\u2015]{3,}+")

#: ... and portion markings (``(SBU)``, ``(S/NF)``), matched where a ``(`` is
MARKING = regex.compile(
    r"""
    (?<![A-Za-z0-9])\(                             # an opening parenthesis not glued to a word: not x(C)
    (?:U|C|S|TS|SBU|LOU)(?:/{1,2}[A-Z]{1,8}+)*+\)   # the level and its controls: (S/NF)
    """,
    regex.VERBOSE,
)

#: the pairs of rule characters that every run of three ASCII ones holds: ``--``, ``=-``, ``__``
RULE_PAIRS = tuple(a + b for a in "-=_" for b in "-=_")


def clean_text(text: str) -> str:
    """The summary's words: rules, portion markings and a close that a wrap split are left out."""
    close = CLOSE.search(text) if _holds("END", text, 0, len(text), None) else None
    if close:
        text = text[:close.start()]
    return " ".join(_without_noise(text).split())


def _without_noise(text: str) -> str:
    """``text`` with each rule and portion marking replaced by a space.

    The two kinds of noise share no character, so they are taken out one after the other: rules
    by a pattern, which runs only where a pair of rule characters is; markings where a ``(`` is
    (``1. (C) Summary: ...``), instead of a pattern tried at every character.
    """
    if not text.isascii() or any(pair in text for pair in RULE_PAIRS):
        text = RULE_NOISE.sub(" ", text)
    pieces, kept, at = [], 0, text.find("(")
    while at != -1:
        m = MARKING.match(text, at)
        if m:
            pieces += (text[kept:at], " ")
            kept = m.end()
        at = text.find("(", at + 1)
    pieces.append(text[kept:])
    return "".join(pieces)


def first_rule(text: str) -> int | None:
    """Where a summary without a close ends at a dashed rule (``-------- Training --------``)."""
    for m in RULE.finditer(text):
        if text[:m.start()].strip():
            return m.start()
    return None
