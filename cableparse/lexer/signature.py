"""The tail of the text: the signer's surname and the trailers after it.

::

    Burns                                      (the seed: the last line)
    ... or xxxxxxxxxxxx. CLINTON               (glued to the last sentence)
    SULLIVAN
    CONFIDENTIAL                               (a repeated classification word)
    NNNN                                       (end of message)
"""
from __future__ import annotations

from functools import cache, lru_cache

import regex

from ..data import _lines

TRAILER = regex.compile(
    r"""
    ^\s*+(?:
        N{2,}+                                               # NNNN: end of message
      | =++\s*+CABLE\ ENDS\s*+=++                            # ===CABLE ENDS===
      | (?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED\ OFFICIAL\ USE|UNCLAS|TOP\ SECRET)(?:\s++[A-Z]{2,4}[0-9]{2,6})?+  # class word
      | Declassified/Released\b.*+                            # review stamp
      | Review\ [0-9]{1,2}\ [A-Z]{3}\ [0-9]{4}                       # its second line: Review 30 JUN 2006
      | NOTE(?:\ BY\b|:).*+                                    # a note after the signature
      | [0-9]{4}[A-Z]{3,8}[0-9]{5}\ -\ .*+                            # 2004CARACA01540 - UNCLASSIFIED
      | PAGE\ [0-9]{2}\ .*[0-9]{6}Z                                  # a page header: PAGE 04 ZAGREB 01569 ...
      | [.>\-\#*=_"']++                                        # debris: a lone '.', '>' or '"'
      | (?:Visit\b.*\b(?:web\ ?site|Web\ Site)\b.*+)          # the post's intranet pointer
      | (?:https?://|www\.|\S*\.(?:gov|sgov|smil)\b)\S*+.*+  # its URL
      | SIPDIS
      | BT
      | \#[0-9]{3,5}+
    )\s*+$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

SIGNER_LINE = regex.compile(
    r"""
    ^\s*+
    (?P<name>
        [A-Z][A-Za-z'\-]*+                 # a surname: BURNS, Burns, O'DONOHUE, STRAUSZ-HUPE
        (?:\ [A-Z][A-Za-z'\-]*+){0,2}+     # VAN VOORST, DE PREE
      | [a-z]{3,20}+                       # lower-case: huntsman
    )
    [.\#]*+\s*+$                          # MCNAMARA. / GILLESPIE##
    """,
    regex.VERBOSE,
)

GLUED_SIGNER = regex.compile(
    r"""
    (?<=[.!?"')\]”]|--)\s++                  # after the last sentence
    (?P<name>[A-Z][A-Z'\-]++(?:\ [A-Z][A-Z'\-]++)?+)   # a capitalised surname
    \s*+$
    """,
    regex.VERBOSE,
)

DATA_ROW_TAIL = regex.compile(
    r"""
    (?<=\S)\s++
    (?P<name>[A-Z][A-Z'\-]++)\s++                 # the signer before the tail
    (?P<tail>[0-9]++\s++[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\s.*+)$  # 0 03/13/2008 9871 PGOV,PREL ...
    """,
    regex.VERBOSE,
)

NOT_NAMES = frozenset({
    "END", "COMMENT", "SUMMARY", "SIPDIS", "NOFORN", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NNNN",
    "THANKS", "REGARDS", "BT", "ACTION", "REQUEST", "NOTE", "TEXT", "QUOTE", "UNQUOTE", "SENSITIVE", "LIMDIS",
    "EXDIS", "NODIS", "BEGIN", "ENDS", "PARA", "YES", "NO", "NONE", "MINIMIZE", "CONSIDERED",
    "AND", "THE", "OF", "FOR", "TO", "IN", "ON", "AMEMBASSY", "IMMEDIATE", "PRIORITY", "ROUTINE",
})


REDACTION = regex.compile(r"[Xx]{4,}+")   # XXXXXXXXXXXX: a name the publisher removed


def is_trailer(line: str) -> bool:
    """Whether ``line`` is a trailer: ``NNNN``, ``CONFIDENTIAL``, a review stamp, debris."""
    return len(line) <= 200 and _is_trailer(line)


@lru_cache(maxsize=4096)
def _is_trailer(line: str) -> bool:
    """``is_trailer`` of a line of at most 200 characters, memoised: the tail's lines are asked
    twice (``find_tail``, then ``lex_tail``), and an archive repeats a few trailers and signers
    thousands of times."""
    return TRAILER.match(line) is not None


def read_signer_line(line: str) -> str | None:
    """The signer when ``line`` is a name alone (``CLINTON``), else ``None``."""
    return None if len(line) > 40 else _signer(line)


@lru_cache(maxsize=4096)
def _signer(line: str) -> str | None:
    """``read_signer_line`` of a line of at most 40 characters, memoised as ``_is_trailer``."""
    m = SIGNER_LINE.match(line)
    if not m:
        return None
    name = m["name"].strip()
    if any(word.upper() in NOT_NAMES for word in name.split()):
        return None
    return name


def find_glued_signer(line: str) -> tuple[int, str] | None:
    """A signer glued to the end of the last sentence: ``... xxxxxxxxxxxx. CLINTON``."""
    if len(line) > 2000:
        line_tail_at = len(line) - 200
    else:
        line_tail_at = 0
    m = GLUED_SIGNER.search(line, line_tail_at)
    if m and not any(w in NOT_NAMES for w in m["name"].split()) and len(m["name"]) >= 3:
        return m.start("name"), m["name"]
    m = DATA_ROW_TAIL.search(line, line_tail_at)
    if m and m["name"] not in NOT_NAMES:
        return m.start("name"), m["name"]
    return None


@cache
def known_signers() -> frozenset[str]:
    """Surnames known to sign cables (``data/signers.txt``)."""
    return frozenset(_lines("signers.txt"))


def split_signers(name: str) -> list[str]:
    """The surnames on a signer line: a redaction or a title in front is dropped (``XXXXXXXXXXXX
    TUTTLE``, ``CDA GRIFFITHS``), two known signers are two (``BERRY GOLDRICH``, ``BOYCE BOYCE``),
    a glued pair is split (``KEEGANPAAL``); ``VAN VOORST`` stays one name."""
    from ..data import title_words

    words = [w for w in name.split() if not REDACTION.fullmatch(w)]
    if len(words) > 1 and words[0] in title_words():
        words = words[1:]
    if len(words) > 1 and (len(set(words)) == 1 or all(w in known_signers() for w in words)):
        return list(dict.fromkeys(words))
    return split_glued_signers(" ".join(words)) if words else []


def split_glued_signers(name: str) -> list[str]:
    """``KEEGANPAAL`` → ``["KEEGAN", "PAAL"]`` when exactly one split gives two known signers;
    any other name stays whole (``VAN VOORST``, an unknown ``SMITHJONES``)."""
    known = known_signers()
    if name in known or not name.isalpha() or len(name) < 6:
        return [name]
    splits = [(name[:i], name[i:]) for i in range(3, len(name) - 2) if name[:i] in known and name[i:] in known]
    return list(splits[0]) if len(splits) == 1 else [name]
