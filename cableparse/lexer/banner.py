"""The classification banner that opens the text, and its repetitions at page breaks.

::

    C O N F I D E N T I A L MOSCOW 005100
    S E C R E T SECTION 01 OF 02 BERN 000881
    UNCLAS E F T O STATE 150591
    C O N F I D E N T I A L 75 LIBREVILLE 1895         (year inside the banner)
    C O N F I D E N T I A L LONDON 000255NOFORNSIPDIS  (captions glued to the serial)
"""
from __future__ import annotations

import regex

from ..markings import BANNER_WORDS, Level

MAX_LINE = 300

# a level word with an optional space between any two letters: "C O N F I D E N T I A L",
# "CO N F I D E N T I A L", "C ONFIDENTIAL", "Secret"; the first letter may stutter ("SS E C R E T",
# "UUNCLAS", a transmission garble seen in about 15 corpus cables)
_SPACED = {word: word[0] + r"{1,2}+\ ?" + r"\ ?".join(word[1:])
           for word in ("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOP", "LIMITED", "OFFICIAL", "USE")}


def _spaced(pattern: str) -> str:
    """Put the spaced spelling of each ``<WORD>`` placeholder into ``pattern``."""
    return regex.sub(r"<([A-Z]+)>", lambda m: _SPACED[m[1]], pattern)


BANNER = regex.compile(
    _spaced(r"""
    ^(?P<lead>[\s"]*+)                          # a leading quote from a CSV-style source
    (?P<dated>                                  # an archive's date note glued in front:
      (?:ID:\s*+[0-9]{1,9}+\s++)?+                  #   ID:190812 Cable dated:2009-02-06T13:05:00
      Cable\ dated:\s*+[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?+)?+\]?+\s*+
    )?+
    (?P<level>
        <TOP>\s++<SECRET>
      | <CONFIDENTIAL>
      | <SECRET>
      | <UNCLASSIFIED>
      | <UNCLAS>
      | <LIMITED>\s++<OFFICIAL>\s++<USE>
    )
    (?:\s++(?P<efto>E\ ?F\ ?T\ ?O))?+           # UNCLAS E F T O
    (?:\s*+(?P<section>SECTION\s*+(?P<number>[0-9]{1,3}+)\s++OF\s++(?P<total>[0-9]{1,3}+)))?+
    (?:\s++|(?<=[0-9]))                           # the origin may be glued to the total: OF 03QRIPOLI
    (?:(?P<year>[0-9]{2})\s++)?+                   # a year typed into the banner: 75 LIBREVILLE
    (?P<origin>[A-Z][A-Z.'\-]*+(?:\ ++[A-Z][A-Z.'\-]*+){0,4}+)   # the post: TEL AVIV, BUENOS AIRES
    \s++
    (?P<serial>[0-9]{1,8}+)                        # the post's telegram serial: 005100
    (?P<rest>(?:[\s,.:;]|[A-Z]).*+)?+$          # captions on the same line, glued or not
    """),
    regex.VERBOSE | regex.IGNORECASE,
)

#: ``BANNER``'s groups by number: a lookup by name costs the regex package a copy of its group index
LEVEL_GROUP, REST_GROUP = BANNER.groupindex["level"], BANNER.groupindex["rest"]

LEVEL_WORD_ALONE = regex.compile(
    r"""
    ^\s*+
    (?P<level>UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|TOP\ SECRET|LIMITED\ OFFICIAL\ USE)
    (?P<rest>\s++[A-Z]{2,4}+[0-9]{2,6}+)?+           # a page stamp after it: PTQ2529
    \s*+$
    """,
    regex.VERBOSE,
)


#: the first three letters (spaces dropped, upper-cased) a banner can open with: a level word, whose
#: first letter may stutter (``C O N F``, ``SS E C``, ``UUNCLAS``), or an archive's note (``ID:``, ``Cable``)
BANNER_OPENINGS = frozenset({"TOP", "TTO", "CON", "CCO", "SEC", "SSE", "UNC", "UUN", "LIM", "LLI", "ID:", "CAB"})


def may_open_banner(line: str) -> bool:
    """A cheap test that ``BANNER`` can match: ``False`` for ``TO RUEHC/SECSTATE WASHDC``, ``SIPDIS``.

    Six characters hold three letters of a spaced level word. Only plain ASCII openings are judged;
    anything else (a no-break space, a non-Latin letter) is left to the pattern.
    """
    letters = line.lstrip(' \t"')[:6].replace(" ", "").upper()
    return not (letters.isascii() and letters[:1].isalpha()) or letters[:3] in BANNER_OPENINGS


def read_banner(line: str) -> dict | None:
    """The banner's level, controls, section, origin and serial, or ``None``.

    A line that lost its breaks (banner, captions, passing lines, E.O. on one line) is read from its
    first ``MAX_LINE`` characters; the rest is what follows the banner.
    """
    if not may_open_banner(line):
        return None
    m = BANNER.match(line[:MAX_LINE])
    if not m:
        return None
    _, dated, level_text, efto, section_text, number, total, year, origin, serial, rest = m.groups()
    letters = "".join(level_text.split()).upper()     # a tab may part the words: LIMITED OFFICIAL\tUSE
    if letters not in BANNER_WORDS:
        letters = letters[1:]
    level = BANNER_WORDS[letters]
    controls = []
    if efto:
        controls.append("EFTO")
    if letters == "LIMITEDOFFICIALUSE":
        controls.append("LOU")
    level_at = m.start(LEVEL_GROUP)
    return {
        "level": level,
        "controls": controls,
        "text": line[level_at:].strip(),
        "level_at": level_at,
        "dated": dated.strip() if dated else None,
        "section": (int(number), int(total)) if section_text else None,
        "section_text": section_text,
        "origin": " ".join(origin.upper().split()),
        "serial": serial,
        "year": year,
        "rest": (rest or "").strip(),
        "rest_at": m.start(REST_GROUP) if rest is not None else m.end(),
        "spaced": len(level_text.split()) > 2,
    }


#: the words LEVEL_WORD_ALONE can open with
LEVEL_WORDS = ("UNCLAS", "CONFIDENTIAL", "SECRET", "TOP SECRET", "LIMITED OFFICIAL USE")


def read_level_word(line: str) -> Level | None:
    """A classification word alone on a line (a banner repeated at a page break, a trailer)."""
    if len(line) > 60 or not line.lstrip().startswith(LEVEL_WORDS):
        return None
    m = LEVEL_WORD_ALONE.match(line)
    return BANNER_WORDS[m["level"].replace(" ", "")] if m else None
