"""What every builder needs: the tokens, line numbers of the input, and the diagnostics list."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import accumulate

import regex

from ..diagnostics import CODES
from ..errors import CableParseError
from ..models import Diagnostic
from ..source import Source
from ..tokens import Token, TokenKind

#: one character for each kind of token: a cable's kinds as a string, searched by ``str.find``
_KIND_CODES = {kind: chr(0x41 + index) for index, kind in enumerate(TokenKind)}

LINE_BREAK = regex.compile(
    r"""
      \n           # a line feed (also the end of a CRLF pair)
    | \r(?!\n)     # a carriage return on its own
    """,
    regex.VERBOSE,
)


def _line_breaks(raw: str) -> list[int]:
    """Offsets of the line breaks of ``raw`` (the ``\\n`` of a CRLF pair), from the line lengths."""
    if "\r" in raw:
        return [m.start() for m in LINE_BREAK.finditer(raw)]
    return list(accumulate([len(line) + 1 for line in raw.split("\n")[:-1]], initial=-1))[1:]


def validator(model):
    """``model(**fields)`` as one call into pydantic-core: ``validator(Paragraph)({"number": 1, ...})``.

    The same validation and the same model (fields given, defaults, nested models from dicts),
    without ``BaseModel.__init__``'s Python frame and keyword dict (about a third of the cost of a
    small model; a cable builds some thirty).
    """
    return model.__pydantic_validator__.validate_python


@dataclass
class Context:
    """Tokens of one cable over its logical text, and the way to input line numbers."""

    tokens: list[Token]
    source: Source
    body_at: int
    tail_at: int
    strict: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _raw_breaks: list[int] | None = None
    _dress_logical: list[int] | None = None
    _dress_delta: list[int] | None = None
    _last_line: tuple[int, int] = (0, 0)     # an input offset and the line feeds before it
    _codes: str = field(init=False, repr=False)
    _undressed: bool = field(init=False, repr=False)
    _has_cr: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._codes = "".join([_KIND_CODES[token.kind] for token in self.tokens])
        self._undressed = not self.source.dressings
        self._has_cr = "\r" in self.source.raw

    def where(self, kind, start: int = 0, stop: int | None = None):
        """Indexes of the tokens of ``kind`` in ``tokens[start:stop]``, in order.

        The search runs in C over a string of one character a kind (``str.find``): most kinds
        occur once or not at all in a cable (``SECTION_MARKER``, ``CLASSIFIED_BY``), so a builder
        looks only at its own tokens instead of testing each of some eighty. (``list.index`` would
        end every search with a ValueError, whose message calls the enum's ``repr`` in Python.)
        """
        codes, code = self._codes, _KIND_CODES[kind]
        stop = len(codes) if stop is None else stop
        index = codes.find(code, start, stop)
        while index != -1:
            yield index
            index = codes.find(code, index + 1, stop)

    def raw_offset(self, logical: int) -> int:
        """The input offset of a logical offset (identity for raw text)."""
        dressings = self.source.dressings
        if not dressings:
            return logical
        if self._dress_logical is None:
            starts, deltas, delta = [], [], 0
            for d in dressings:
                starts.append(d.start - delta)
                delta += (d.end - d.start) - len(d.value)
                deltas.append(delta)
            self._dress_logical, self._dress_delta = starts, deltas
        i = bisect.bisect_right(self._dress_logical, logical) - 1
        return logical + (self._dress_delta[i] if i >= 0 else 0)

    def line_of(self, logical: int) -> int:
        """The 1-based line of the input where logical offset ``logical`` lies.

        Builders ask in input order, mostly: the line feeds are counted on from the last offset
        asked (one pass over the text in all); CR line ends go through the list of breaks.
        """
        raw = self.source.raw
        offset = logical if self._undressed else self.raw_offset(logical)
        if self._has_cr:
            if self._raw_breaks is None:
                self._raw_breaks = _line_breaks(raw)
            return bisect.bisect_left(self._raw_breaks, offset) + 1
        at, feeds = self._last_line
        feeds = feeds + raw.count("\n", at, offset) if offset >= at else raw.count("\n", 0, offset)
        self._last_line = (offset, feeds)
        return feeds + 1

    def report(self, code: str, token_or_offset, message: str | None = None) -> None:
        """Record a diagnostic (or raise it under ``strict``)."""
        offset = token_or_offset.start if isinstance(token_or_offset, Token) else token_or_offset
        text = message or CODES[code]
        if self.strict:
            raise CableParseError.at(self.source.raw, self.raw_offset(offset), text, code=code)
        self.diagnostics.append(Diagnostic(code=code, message=text, line=self.line_of(offset)))
