"""The TAGS line: traffic analysis tags, subject, geographic, program and person.

::

    TAGS: MARR PARM PREL JA RS
    TAGS ECON, PGOV, EFIN, MOPS, PINR, UK
    Tags: ovip (steinberg, james b.), prel, parm, pgov, econ,
    etra, mnuc, marr, ch, jp, kn, ks, ir          (continuation after a trailing comma)
    TAS: ECON, ETRD, IS, JO                       (a typo in the keyword)

The keyword is matched exactly first; only on a miss is it matched with up to one edit, and only
in the first few characters of the line, where the keyword can be.
"""
from __future__ import annotations

import regex

LABEL = regex.compile(
    r"""
    ^(?P<indent>\s*+)
    (?P<label>TAGS|TAG|TAGES|TAS|TABS|TGS|AGS)    # the keyword and its known misspellings
    (?P<sep>[\ \t\u00a0]*+[:;,.]?+[\ \t\u00a0]*+)   # colon, semicolon, comma, or nothing
    (?=\S|$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

FUZZY_LABEL = regex.compile(
    r"""
    ^(?P<indent>\s*+)
    (?P<label>(?:TAGS){e<=1})                      # one edit away from TAGS
    (?P<sep>[\ \t]*+:[\ \t]*+)                     # and then a colon, to be sure
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.BESTMATCH,
)

ITEM_SEPARATOR = regex.compile(r"\s*+[,;]\s*+|\s++")
PARENTHESISED = regex.compile(r"\((?P<inner>[^()]{1,80}+)\)")
CONTINUATION = regex.compile(
    r"""
    ^\s*+[A-Za-z][A-Za-z0-9\-&]{1,20}+\s*+,   # a next line that starts with "WORD,"
    """,
    regex.VERBOSE,
)
NOT_CONTINUATION = regex.compile(r"^\s*+(?:SUBJ|SUBJECT|REF|E\.?O\.?\s|CLASSIFIED|\d{1,3}\.)", regex.IGNORECASE)


def read_tags_label(line: str) -> dict | None:
    """Where the tags of a TAGS line start, or ``None`` when the line is no TAGS line."""
    if len(line) > 400:
        return None
    m = LABEL.match(line)
    if m and (m["sep"].strip() or m["label"].upper() in ("TAGS", "TAG")) and _tags_follow(line, m):
        return {"label": m["label"], "items_at": m.end()}
    head = line[:12]
    if "(" in head or not head.strip():
        return None
    m = FUZZY_LABEL.match(head)
    if m and m["label"].strip().isalpha():
        return {"label": m["label"], "items_at": m.end()}
    return None


def _tags_follow(line: str, m) -> bool:
    """A bare keyword is a TAGS label only when what follows looks like tags, not prose."""
    if m["sep"].strip():
        return True
    rest = line[m.end():].strip()
    if not rest:
        return True
    first = rest.split()[0].rstrip(",;")
    return first.isupper() and len(first) <= 12


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the tag list of ``previous`` (trailing comma, or ``WORD,``)."""
    if not line.strip() or NOT_CONTINUATION.match(line) or len(line) > 200:
        return False
    return previous.rstrip().endswith((",", ";")) or CONTINUATION.match(line) is not None


def split_items(text: str) -> list[str]:
    """The tags of a TAGS list as written, upper-cased: persons in parentheses become items."""
    text = text.strip().rstrip(".")
    persons = []

    def keep_person(m):
        persons.append(m["inner"].strip())
        return f" \x00{len(persons) - 1} "
    text = PARENTHESISED.sub(keep_person, text)
    if "," in text or ";" in text:
        raw = [p.strip() for p in regex.split(r"[,;]", text)]
        items = []
        for part in raw:
            items.extend(_split_part(part))
    else:
        items = text.split()
    out = []
    for item in items:
        if item.startswith("\x00"):
            out.append(persons[int(item[1:])].upper())
        elif item:
            out.append(item.upper())
    return out


def _split_part(part: str) -> list[str]:
    """A comma-separated part: several space-separated codes, or one multi-word free-text tag."""
    words = part.split()
    if len(words) <= 1:
        return words
    if any(w.startswith("\x00") for w in words):
        return words
    if all(_looks_like_code(w) for w in words):
        return words
    return [" ".join(words)]


def _looks_like_code(word: str) -> bool:
    return word.isupper() and 2 <= len(word) <= 6 or word.islower() and 2 <= len(word) <= 4
