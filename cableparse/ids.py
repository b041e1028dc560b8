"""Reference ids: ``07MOSCOW5100``, how they are formed and their canonical form (format doc §5).

``canonical_reference_id`` maps the ids found in archives and citations onto one spelling:
known malformed ids to their twins, origin spellings through the alias table, serials without
leading zeros::

    05RIO123                 → 05RIODEJANEIRO123
    08ECTION01OF02MANAMA492  → 08MANAMA492
    09 STATE 012345          → 09STATE12345
"""
from __future__ import annotations

import regex

from . import data

REFERENCE_ID = regex.compile(
    r"""
    ^(?P<year>\d{2})                          # two-digit year of the cable
    \s*+
    (?P<origin>[A-Z0-9][A-Z0-9\-'.\ ]*?[A-Z\-'.])   # the origin: letters, '-', a 0 misread for O
    \s*+
    (?P<serial>\d{1,8}+)$                     # the post's serial
    """,
    regex.VERBOSE,
)

ORIGIN_PREFIXES = ("USMISSION", "AMEMBASSY", "EMBASSY", "AMCONSUL")


def canonical_reference_id(text: str) -> str:
    """The canonical form of a reference id; ``ValueError`` when ``text`` is no reference id."""
    if not isinstance(text, str):
        raise ValueError("a reference id is a string")
    compact = "".join(text.split()).upper()
    compact = data.malformed_ids().get(compact, compact)
    m = REFERENCE_ID.match(" ".join(text.upper().split())) or REFERENCE_ID.match(compact)
    if not m:
        raise ValueError(f"not a reference id: {text!r}")
    origin = canonical_origin(m["origin"])
    if not origin:
        raise ValueError(f"not a reference id (no origin): {text!r}")
    result = f"{m['year']}{origin}{int(m['serial'])}"
    return data.malformed_ids().get(result, result)


def canonical_origin(origin: str) -> str:
    """``RIO DE JAN`` → ``RIODEJANEIRO``; ``AMEMBASSY HANOI`` → ``HANOI``; ``0TTAWA`` → ``OTTAWA``."""
    key = regex.sub(r"[\s'.]", "", origin.upper())
    for prefix in ORIGIN_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            key = key[len(prefix):]
    key = key.replace("0", "O")
    aliases = data.origin_aliases()
    return aliases.get(key, key)


def make_reference_id(year: int | str, origin: str, serial: int | str) -> str | None:
    """The id of a cable from its year, banner origin and serial; ``None`` when they do not form one."""
    yy = f"{int(year) % 100:02d}"
    try:
        return canonical_reference_id(f"{yy}{regex.sub(r'[^A-Za-z0-9-]', '', origin)}{int(serial)}")
    except ValueError:
        return None
