"""The TAGS line: traffic analysis tags, subject, geographic, program and person.

::

    TAGS: MARR PARM PREL JA RS
    TAGS ECON, PGOV, EFIN, MOPS, PINR, UK
    Tags: ovip (steinberg, james b.), prel, parm, pgov, econ,
    etra, mnuc, marr, ch, jp, kn, ks, ir          (continuation after a trailing comma)
    TAS: ECON, ETRD, IS, JO                       (a typo in the keyword)
    TAGS: KCRM KWMN ASEC PHUMBA                   (glued tags: PHUM, BA)

The keyword is matched exactly first; only on a miss is it matched with up to one edit, and only
in the first few characters of the line, where the keyword can be. Which words are tags, phrases
(``HUMAN RIGHTS``), persons and typos is data (``data/tags.csv``, ``tag_phrases.txt``,
``tag_persons.txt``, ``tag_fixes.csv``).
"""
from __future__ import annotations

import csv
from functools import cache

import regex

from ..data import _lines

LABEL = regex.compile(
    r"""
    ^(?P<indent>\s*+)
    (?P<label>TAGES|TAGS|TAG|TABS|TAS|TGS|AGS)    # the keyword and its known misspellings, longest first
    (?P<sep>[\ \t\u00a0]*+[:;,.]?+[\ \t\u00a0]*+)   # colon, semicolon, comma, or nothing
    (?=\S|$)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: the first three letters of the keyword and its misspellings (TAGES, TABS, TAS, TGS, AGS)
LABEL_OPENINGS = frozenset({"TAG", "TAB", "TAS", "TGS", "AGS"})

FUZZY_LABEL = regex.compile(
    r"""
    ^(?P<indent>\s*+)
    (?P<label>(?:TAGS){e<=1})                      # one edit away from TAGS
    (?P<sep>[\ \t]*+:[\ \t]*+)                     # and then a colon, to be sure
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.BESTMATCH,
)

PARENTHESISED = regex.compile(r"\((?P<inner>[^()]{1,80}+)\)")
CONTINUATION = regex.compile(
    r"""
    ^\s*+[A-Za-z][A-Za-z0-9\-&]{1,20}+\s*+,   # a next line that starts with "WORD,"
    """,
    regex.VERBOSE,
)
NOT_CONTINUATION = regex.compile(r"^\s*+(?:SUBJ|SUBJECT|REF|E\.?O\.?\s|CLASSIFIED|[0-9]{1,3}\.)", regex.IGNORECASE)

PAGE_DEBRIS = regex.compile(
    r"""
    (?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED\ OFFICIAL\ USE)\s++   # the repeated banner word
    PAGE\s++[0-9]{2,3}+\s++                                                # PAGE 02
    [^\n]{0,80}?[0-9]{6}Z                                                  # VATICA 00283 01 OF 05 241033Z
    """,
    regex.VERBOSE,
)

WORD_SEPARATOR = regex.compile(r"[\s,;]++")     # PINR, AMGT TF

GLUED_SUBJECT = regex.compile(r"(?<![A-Za-z])(?:SUBJECT|SUBJ)\s*+:", regex.IGNORECASE)

#: the most lines a TAGS list runs over (the corpus has at most three)
MAX_LINES = 8

#: the longest glued token split into known tags
GLUED_MAX = 48


@cache
def known_tags() -> dict[str, str]:
    """Tag → kind (``geo``, ``subject``, ``program``, ``org``, ``visit``), from ``data/tags.csv``."""
    return {row["tag"]: row["kind"] for row in csv.DictReader(_lines("tags.csv"))}


@cache
def tag_fixes() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in csv.reader(_lines("tag_fixes.csv")) if len(row) >= 2}


@cache
def tag_phrases() -> dict[tuple[str, ...], str]:
    """Word tuples of multi-word tags → the tag, with the multi-word typo fixes."""
    table = {tuple(p.split()): p for p in _lines("tag_phrases.txt")}
    table.update({tuple(k.split()): v for k, v in tag_fixes().items() if " " in k})
    return table


@cache
def tag_persons() -> dict[tuple[str, str], str]:
    """``(SURNAME, FIRST GIVEN NAME)`` → the person tag ``SURNAME, GIVEN NAMES``."""
    table = {}
    for person in _lines("tag_persons.txt"):
        surname, _, given = person.partition(",")
        table[(surname.strip(), given.split()[0])] = person
    return table


def read_tags_label(line: str) -> dict | None:
    """Where the tags of a TAGS line start, or ``None`` when the line is no TAGS line."""
    if len(line) > 1000:
        return None
    m = LABEL.match(line) if line.lstrip()[:3].upper() in LABEL_OPENINGS else None
    if m:
        _, label, sep = m.groups()
        if (sep.strip() or label.upper() in ("TAGS", "TAG")) and _tags_follow(line, m):
            return {"label": label, "items_at": m.end()}
    head = line[:12]
    if "(" in head or ":" not in head or not head.strip():     # the fuzzy keyword needs its colon
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
    if first.isupper() or m["label"].isupper() or first.upper() in known_tags():
        return len(first) <= 12
    return first.isalpha() and len(first) <= 12 and not rest.endswith(".") and len(rest.split()) <= 12


def continues(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the tag list of ``previous``.

    It does after a trailing comma, when it starts with ``WORD,``, when it holds only known tags
    (``EINV`` alone before SUBJECT), or when its first word completes a phrase (``COUNTRY`` /
    ``CLEARANCE``).
    """
    if not line.strip() or NOT_CONTINUATION.match(line) or len(line) > 1000:
        return False
    if previous.rstrip().endswith((",", ";")) or CONTINUATION.match(line) is not None:
        return True
    words = WORD_SEPARATOR.split(line.strip())
    if all(w.upper() in known_tags() for w in words if w):
        return True
    last = previous.split()[-1:] if previous.split() else []
    return bool(last) and any(p[-2:] == (last[0].upper(), words[0].upper()) for p in tag_phrases())


def glued_subject_at(text: str) -> int | None:
    """Where a SUBJECT glued to the tag list starts: ``... PINS, TU Subject: TURKISH P.M. ...``."""
    m = GLUED_SUBJECT.search(text) if "SUBJ" in text.upper() else None
    return m.start() if m else None


def split_items(text: str) -> list[str]:
    """The tags of a TAGS list, upper-cased: persons in parentheses become items, page headers
    spliced into the list are dropped, phrases, persons and glued tags are read with the tables."""
    if "PAGE" in text:
        text = PAGE_DEBRIS.sub(" ", text)
    text = text.replace("\x00", " ").strip().rstrip(".")   # NUL marks persons below
    persons = []
    if "(" in text:
        def keep_person(m):
            persons.append(m["inner"].strip().upper())
            return f" \x00{len(persons) - 1} "
        text = PARENTHESISED.sub(keep_person, text)
    if "," in text or ";" in text:           # a comma- or semicolon-separated list
        parts = [p.strip() for p in text.replace(";", ",").split(",")]
    else:
        parts = [text]
    items = []
    for part in parts:
        items.extend(_read_part(part.split(), comma_list=len(parts) > 1, previous=items[-1:]))
    return [persons[int(item[1:])] if item.startswith("\x00") else item for item in items if item]


def _read_part(words: list[str], comma_list: bool, previous: list[str]) -> list[str]:
    """Tags of one comma-separated part (or a whole list without commas).

    In a comma-separated list a part of several unknown words is one free-text tag (``GOI
    EXTERNAL``); elsewhere words are read one by one, phrases and persons from the tables first.
    """
    words = [w.upper().strip(":") for w in words if w.strip(":")]
    plain = plain_tags()
    if plain.issuperset(words):             # PREL PGOV KDEM: each word is its own tag
        return words
    out, recognised, i = [], False, 0
    while i < len(words):
        if words[i] in plain:
            out.append(words[i])
            recognised, i = True, i + 1
            continue
        step = _read_at(words, i, out[-1:] or previous)
        if step is None:
            out.append(words[i])
            i += 1
            continue
        tags, i = step
        out.extend(tags)
        recognised = True
    if comma_list and len(words) > 1 and not recognised:
        return [" ".join(words)]
    return out


def _read_at(words: list[str], i: int, before: list[str]) -> tuple[list[str], int] | None:
    """The tag(s) starting at word ``i``: a phrase, a person, a known or fixed tag, or glued tags.

    ``before`` holds the tag read last (``OVIP`` announces a visitor's name), if any."""
    word = words[i]
    if word.startswith("\x00"):
        return [word], i + 1
    phrase = _phrase_at(words, i)
    if phrase:
        return phrase
    if i + 1 < len(words):
        person = tag_persons().get((word, words[i + 1]))
        if person is None and before and known_tags().get(before[-1]) == "visit" and _unknown(word) \
                and _unknown(words[i + 1]) and word.isalpha() and words[i + 1].isalpha():
            person = f"{word}, {words[i + 1]}"
        if person:
            return [person], i + 2
    fixed = tag_fixes().get(word)
    if fixed:
        return [fixed], i + 1
    if word in known_tags():
        return [word], i + 1
    glued = split_glued(word)
    if glued:
        return glued, i + 1
    return None


def _phrase_at(words: list[str], i: int) -> tuple[list[str], int] | None:
    """The longest phrase from the table at word ``i``; its last word may be glued to more tags
    (``HUMAN RIGHTSPOLMIL`` → ``HUMAN RIGHTS``, ``POL``, ``MIL``)."""
    if words[i] not in phrase_openers():
        return None
    for size in range(min(4, len(words) - i), 1, -1):
        key = tuple(words[i:i + size])
        if key in tag_phrases():
            return [tag_phrases()[key]], i + size
        head, last = key[:-1], key[-1]
        for final, tag in phrases_by_head().get(head, ()):
            if last.startswith(final) and last != final:
                rest = split_glued(last[len(final):], minimum=2)
                if rest:
                    return [tag] + rest, i + size
    return None


@cache
def phrases_by_head() -> dict[tuple[str, ...], list[tuple[str, str]]]:
    """The phrase table indexed by all words but the last: ``("HUMAN",)`` → ``[("RIGHTS", "HUMAN RIGHTS")]``,
    in table order, so that a glued last word is looked up rather than searched for."""
    index: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for phrase, tag in tag_phrases().items():
        index.setdefault(phrase[:-1], []).append((phrase[-1], tag))
    return index


@cache
def phrase_openers() -> frozenset[str]:
    """The first words of the phrases (``HUMAN``, ``COUNTRY``): a word that opens none starts no phrase."""
    return frozenset(phrase[0] for phrase in tag_phrases() if len(phrase) > 1)


@cache
def plain_tags() -> frozenset[str]:
    """The known tags that open no phrase, have no fix and are no person's surname (``PREL``,
    ``PGOV``): ``_read_at`` reads such a word as itself, so the tables need not be asked in turn."""
    surnames = {surname for surname, _ in tag_persons()}
    return frozenset(known_tags()).difference(phrase_openers(), tag_fixes(), surnames)


def _unknown(word: str) -> bool:
    return word not in known_tags() and word not in tag_fixes()


def split_glued(word: str, minimum: int = 5) -> list[str] | None:
    """``PHUMBA`` → ``["PHUM", "BA"]``: the split into known tags with the fewest pieces, if unique."""
    if not minimum <= len(word) <= GLUED_MAX or not word.isalpha():
        return None
    known = known_tags()
    best: list[tuple[int, int, int]] = [(0, 1, 0)] + [(10 ** 6, 0, 0)] * len(word)   # (pieces, ways, cut)
    for end in range(1, len(word) + 1):
        pieces, ways, cut = 10 ** 6, 0, 0
        for size in (2, 3, 4):
            start = end - size
            if start < 0 or word[start:end] not in known or best[start][1] == 0:
                continue
            candidate = best[start][0] + 1
            if candidate < pieces:
                pieces, ways, cut = candidate, best[start][1], start
            elif candidate == pieces:
                ways += best[start][1]
        best[end] = (pieces, ways, cut)
    if best[-1][1] != 1 or best[-1][0] < 2:
        return None
    out, end = [], len(word)
    while end:
        cut = best[end][2]
        out.append(word[cut:end])
        end = cut
    return out[::-1]
