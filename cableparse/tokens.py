"""The token: one span of the input, what was written and what it means.

Tokens are the concrete syntax of a cable. Every character of the input belongs to exactly one
token, in order, so ``"".join(t.text for t in tokens) == text`` holds for every input. A token's
``value`` is its meaning (a parsed DTG, a list of tags, a decoded character) and is ``None`` for
pure dressing such as HTML markup. Tokens are plain slotted objects, never pydantic models: the
tokenizer knows nothing of the models built from it.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from types import SimpleNamespace
from typing import Any


class TokenKind(StrEnum):
    """Kinds of token, named after the element of the cable format they hold."""

    # dressing of a rendering (source.py)
    MARKUP = "markup"                    # HTML outside/inside the <pre> blocks, page chrome
    # routing header, ACP-127 format lines (lexer/header.py)
    TRANSMISSION_ID = "transmission_id"  # FL1  VZCZCXRO6042
    ROUTING = "routing"                  # FL2  PP RUEHCHI RUEHDBU ... and continuation lines
    DE = "de"                            # FL3  DE RUEHMO #5100 2951503
    SECURITY = "security"                # FL4  ZNY CCCCC ZZH
    DTG = "dtg"                          # FL5  P 221503Z OCT 07
    FM = "fm"                            # FL6  FM AMEMBASSY MOSCOW
    ADDRESSEE = "addressee"              # FL7/FL8  TO / INFO lines and their continuations
    XMT = "xmt"                          # FL9  XMT AMEMBASSY SOFIA
    OFFICE_DISTRIBUTION = "office_distribution"  # legacy ACTION/INFO office symbols, DRAFTED BY ...
    PARTIAL_NOTE = "partial_note"        # "This record is a partial extract of the original cable."
    DATA_ROW = "data_row"                # tab-separated cables.csv-style record inside a page
    HEADER_TEXT = "header_text"          # a header line no rule claims
    # text elements (lexer/banner.py ... lexer/signature.py)
    BANNER = "banner"                    # C O N F I D E N T I A L MOSCOW 005100
    CAPTION = "caption"                  # SIPDIS / NOFORN / EXDIS ...
    PASSING = "passing"                  # DEPT FOR EUR/NB ...
    EO = "eo"                            # E.O. 12958: DECL: 10/18/2017
    TAGS = "tags"                        # TAGS: MARR PARM PREL JA RS
    SUBJECT = "subject"                  # SUBJECT: ... (with continuation lines)
    REF = "ref"                          # REF: A. STATE 12345 B. ... (the whole block)
    CLASSIFIED_BY = "classified_by"      # Classified By: ... Reasons 1.4(b) and (d)
    PARAGRAPH = "paragraph"              # "1. (C) " the number and portion marking that open a paragraph
    PILCROW = "pilcrow"                  # the web rendering's anchor sign before a paragraph number
    TEXT = "text"                        # running text
    SUMMARY = "summary"                  # SUMMARY: ... END SUMMARY (span markers inside text)
    SECTION_MARKER = "section_marker"    # REYKJAVIK 00000195  002 OF 002
    PAGE_HEADER = "page_header"          # PAGE 02 HARARE 03759 01 OF 03 111533Z
    SIGNATURE = "signature"              # BURNS
    TRAILER = "trailer"                  # NNNN, CABLE ENDS, review stamps, repeated class words
    BLANK = "blank"                      # blank lines (whitespace only)


#: the members of ``TokenKind`` as plain attributes (``KIND.TEXT is TokenKind.TEXT``). On Python
#: 3.11 the enum's metaclass defines ``__getattr__``, so every ``TokenKind.TEXT`` lookup goes through
#: a slow hook (about 100 ns against 20 ns); the lexer and the builders name a kind for every token.
KIND = SimpleNamespace(**TokenKind.__members__)


@dataclass(slots=True)
class Token:
    """One span of the input: ``text`` as written, ``value`` as meant.

    ``start`` and ``end`` are character offsets in the input; for the token of
    ``DE RUEHMO #5100 2951503`` the value is ``{"station": "RUEHMO", "ssn": "5100", ...}``.
    """

    kind: TokenKind
    start: int
    end: int
    text: str
    value: Any = None

    def __str__(self) -> str:
        return self.text


def join(tokens: list[Token]) -> str:
    """The text the tokens were read from: the concatenation of their texts."""
    return "".join(t.text for t in tokens)
