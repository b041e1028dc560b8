"""Reference ids: ``07MOSCOW5100``, how they are formed and their canonical form (format doc §5).

``canonical_reference_id`` maps the ids found in archives and citations onto one spelling:
known malformed ids to their twins, origin spellings through the alias table, serials without
leading zeros::

    05RIO123                 → 05RIODEJANEIRO123
    08ECTION01OF02MANAMA492  → 08MANAMA492
    09EFTOLONDON2468         → 09LONDON2468
    09 STATE 012345          → 09STATE12345

The tables (``data/malformed_ids.csv``, ``data/origin_aliases.csv``, ``data/stations.txt``) hold
the facts; this module holds only the grammar of an id and the order of the steps.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from . import data

#: longer text is no reference id (keeps every pattern cheap)
MAX_ID = 80

REFERENCE_ID = regex.compile(
    r"""
    ^(?P<year>[0-9]{2})                          # two-digit year of the cable
    (?P<origin>[A-Z0-9'.\-]*?[A-Z'.\-])       # the origin: letters, '-', a 0 misread for O
    (?P<serial>[0-9]{1,8}+)$                     # the post's serial
    """,
    regex.VERBOSE,
)

SECTION_GARBLE = regex.compile(
    r"""
    ^(?P<word>[A-Z]{4,8}?)                    # SECTION, garbled: SCTION, ECTION, SECTIO, SQCTION
    (?P<number>[0-9OQ]{1,2}+)                 # the section number: 01, O2, Q1
    (?P<of>[OGQ0]?[FQ])                       # OF, garbled: GF, QF, F
    (?P<total>[0-9OQ]{1,2}+)                  # the total: 02, 05
    (?=[A-Z])                                 # and the origin follows
    """,
    regex.VERBOSE,
)

SECTION_WORD = regex.compile(r"(?:SECTION){e<=2}")
ORIGIN_KEY_NOISE = regex.compile(r"[\s'.]++")         # what an origin's lookup key leaves out: spaces, stops
NOT_ID_CHARACTER = regex.compile(r"[^A-Za-z0-9-]++")  # what a banner origin loses in an id

#: words that leaked into the origin slot from the banner or the FM line (format doc §5.4)
ORIGIN_PREFIXES = ("USMISSION", "AMEMBASSY", "EMBASSY", "AMCONSUL", "EFTO", "SIFIED", "NOFORN")


def canonical_reference_id(text: str) -> str:
    """The canonical form of a reference id; ``ValueError`` when ``text`` is no reference id.

    ``09 STATE 012345`` → ``09STATE12345``; ``08SCTION02OF02SAOPAULO335`` → ``08SAOPAULO335``.
    """
    if not isinstance(text, str) or len(text) > MAX_ID:
        raise ValueError(f"not a reference id: {text!r}")
    compact = "".join(text.split()).upper()
    known = data.malformed_ids()
    compact = known.get(compact, compact)
    m = REFERENCE_ID.match(compact)
    if not m:
        raise ValueError(f"not a reference id: {text!r}")
    year, origin, serial = m.groups()          # one call: three m["name"] lookups cost about as much as the match
    origin = canonical_origin(origin)
    if not origin:
        raise ValueError(f"not a reference id (no origin): {text!r}")
    result = f"{year}{origin}{int(serial)}"
    return known.get(result, result)


@lru_cache(maxsize=4096)
def canonical_origin(origin: str) -> str:
    """``RIO DE JAN`` → ``RIODEJANEIRO``; ``AMEMBASSY HANOI`` → ``HANOI``; ``0TTAWA`` → ``OTTAWA``.

    Memoised: an archive names a few hundred posts over and over (the tables it reads are fixed).
    """
    key = ORIGIN_KEY_NOISE.sub("", origin.upper())
    aliases, stations = data.origin_aliases(), data.stations()
    if key in stations or key in aliases:
        return aliases.get(key, key)
    previous = None
    while key != previous:
        previous, key = key, strip_prefixes(strip_section_garble(key))
    key = key.replace("0", "O")
    return aliases.get(key, key)


def strip_section_garble(key: str) -> str:
    """A ``SECTION nn OF mm`` that leaked into the origin, garbled or not: ``ECTION01OF02MANAMA`` → ``MANAMA``."""
    m = SECTION_GARBLE.match(key)
    if m and SECTION_WORD.fullmatch(m["word"]):
        return key[m.end():]
    return key


def strip_prefixes(key: str) -> str:
    """Words before the post's name: ``EFTOLONDON`` → ``LONDON``, ``AMEMBASSYHANOI`` → ``HANOI``."""
    changed = True
    while changed:
        changed = False
        for prefix in ORIGIN_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                key, changed = key[len(prefix):], True
    return key


def is_station(origin: str) -> bool:
    """Whether ``origin`` (any spelling) names a known station: ``SECSTATE`` yes, ``FOOBAR`` no."""
    return canonical_origin(origin) in data.stations()


def make_reference_id(year: int | str, origin: str, serial: int | str) -> str | None:
    """The id of a cable from its year, banner origin and serial; ``None`` when they do not form one."""
    yy = f"{int(year) % 100:02d}"
    if not (origin.isascii() and origin.isalnum()):      # MOSCOW has nothing to drop: no pattern to run
        origin = NOT_ID_CHARACTER.sub("", origin)
    try:
        return canonical_reference_id(f"{yy}{origin}{int(serial)}")
    except ValueError:
        return None
