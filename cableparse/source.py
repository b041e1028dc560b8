"""Renderings: how a cable is dressed, and the reading of that dressing.

A cable reaches us as raw telegram text, as the web rendering (``TAGS: [MARR](#)``), as a
Cablegate HTML page (two ``<pre>`` blocks, ``&#x000A;`` line breaks) or as a raw-data-row page
(lines ending in ``\\``). The input is never rewritten. Instead the dressing is listed as
*dressings*: spans of the input with the text they stand for (``&#39;`` stands for ``'``,
``<a href='/tag/MOPS_0.html'>`` for nothing). The lexer reads the *logical* text, the input with
every dressing replaced by what it stands for, and :meth:`Source.to_raw` maps its tokens back
onto the input so that the token texts join to the input byte for byte.
"""
from __future__ import annotations

import bisect
import html
from dataclasses import dataclass, field
from enum import StrEnum

import regex

from .errors import CableParseError
from .tokens import Token, TokenKind


class Rendering(StrEnum):
    """How the cable text was dressed."""

    RAW = "raw"    # telegram text as transmitted (also cables.csv header + content)
    WEB = "web"    # Markdown scrape of a cable page: TAGS as [TAG](#) links
    HTML = "html"  # a Cablegate cable page with one or two <pre> blocks


@dataclass(slots=True)
class Dressing:
    """A span of the input, ``raw[start:end]``, that stands for ``value`` in the logical text."""

    start: int
    end: int
    value: str


@dataclass(slots=True)
class Source:
    """The input, the rendering found, and the logical text the lexer reads."""

    raw: str
    rendering: Rendering
    logical: str
    dressings: list[Dressing] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    def to_raw(self, tokens: list[Token]) -> list[Token]:
        """Map tokens over the logical text onto the input, adding MARKUP tokens for dressing."""
        if not self.dressings:
            return tokens
        return _remap(self.raw, self.logical, self.dressings, tokens)


PRE_BLOCK = regex.compile(
    r"""
    <pre\b[^>]*+>          # the opening tag of a <pre> block
    (?P<body>.*?)          # the block's content, lazily up to
    </pre\s*+>             # the closing tag
    """,
    regex.VERBOSE | regex.DOTALL | regex.IGNORECASE,
)

TAG_OR_ENTITY = regex.compile(
    r"""
      (?P<tag><[!/?A-Za-z][^<>]*+>)                  # an HTML tag inside a block
    | (?P<entity>&(?:\#[0-9]{1,7}                    # a decimal character reference
                   |\#[xX][0-9A-Fa-f]{1,6}           # a hexadecimal one (&#x000A;)
                   |[A-Za-z][A-Za-z0-9]{1,31});)     # a named one (&amp;)
    """,
    regex.VERBOSE,
)

MARKDOWN_TAG_LINK = regex.compile(
    r"""
    \[(?P<label>[^\[\]\n]{1,60}+)\]   # the link text: [MARR]
    \(\#\)                            # the empty target of the scrape: (#)
    """,
    regex.VERBOSE,
)

DATA_ROW = regex.compile(
    r"""
    ^(?:[0-9]{1,7}+\t)?+                          # the record's running number, when given
    [0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}(?::[0-9]{2})?   # creation time of the record
    \t                                          # then tab-separated fields
    """,
    regex.VERBOSE | regex.MULTILINE,
)

BACKSLASH_LINE_END = regex.compile(
    r"""
    \\[ \t]*+          # a backslash and the spaces after it
    (?=\r?\n|\r|\Z)    # at the end of a line
    """,
    regex.VERBOSE,
)

BACKSLASH_PAGE_LINE_END = regex.compile(
    r"""
    \\[ \t]*+                          # a backslash and the spaces after it
    (?=\r?\n|\r|\Z                     # at the end of a line, which a page writes as an entity:
      |&\#[xX]0*+[aA];|&\#0*+10;        # &#x000A; or &#10;
      |</pre)                            # or at the end of the block
    """,
    regex.VERBOSE,
)

HTML_START = regex.compile(
    r"""
    \A\ufeff?\s*+                         # optional BOM and leading space
    (?:<\?xml|<!DOCTYPE|<html|<head|<body|<div|<code|<pre)   # the start of a page
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

META_CELL = regex.compile(
    r"""
    <td>\s*+<div[^>]*+>\s*+(?P<name>[A-Za-z ]{3,20}?)\s*+</div>   # the header cell of the table
    .{0,400}?                                                     # markup between
    <a[^>]*+>(?P<value>[^<]{1,80}+)</a>                           # the value, as link text
    """,
    regex.VERBOSE | regex.DOTALL,
)

META_HEADER = regex.compile(r"<th>\s*+(?P<name>[A-Za-z ]{3,20}?)\s*+</th>")   # <th>Classification</th>

META_VALUE = regex.compile(
    r"""
    <td>\s*+<a[^>]*+>(?P<value>[^<]{1,80}+)</a>\s*+</td>       # <td><a href=...>CONFIDENTIAL</a></td>
    """,
    regex.VERBOSE,
)


def read(text: str) -> Source:
    """Detect the rendering of ``text`` and list its dressings."""
    if HTML_START.match(text) and "<pre" in text.lower():
        return _read_html(text)
    dressings: list[Dressing] = []
    rendering = Rendering.RAW
    if "](#)" in text:
        rendering = Rendering.WEB
        dressings += [Dressing(m.start(), m.end(), m["label"]) for m in MARKDOWN_TAG_LINK.finditer(text)]
    if "\t" in text and DATA_ROW.search(text):      # a data row has tabs; most cables have none
        dressings += [Dressing(m.start(), m.end(), "") for m in BACKSLASH_LINE_END.finditer(text)]
        dressings.sort(key=lambda d: d.start)
    return Source(text, rendering, _apply(text, dressings), dressings)


def _read_html(page: str) -> Source:
    """A cable page: everything outside the <pre> blocks is markup; blocks are read inside."""
    blocks = list(PRE_BLOCK.finditer(page, 0, _last_pre_close(page)))
    if len(blocks) > 2:
        raise CableParseError.at(page, blocks[2].start(), "a cable page with one or two <pre> blocks (header, text); found a third")
    dressings: list[Dressing] = []
    position = 0
    for index, block in enumerate(blocks):
        between = "\n\n" if index else ""
        dressings.append(Dressing(position, block.start("body"), between))
        dressings += _inner_dressings(page, block.start("body"), block.end("body"))
        position = block.end("body")
    dressings.append(Dressing(position, len(page), ""))
    dressings = [d for d in dressings if d.end > d.start or d.value]
    rendering_text = _apply(page, dressings)
    if "\t" in rendering_text and DATA_ROW.search(rendering_text):
        extra = [Dressing(m.start(), m.end(), "") for m in BACKSLASH_PAGE_LINE_END.finditer(page)]
        dressings = _merge_backslashes(dressings, extra)
        rendering_text = _apply(page, dressings)
    return Source(page, Rendering.HTML, rendering_text, dressings, _metadata(page))


def _last_pre_close(page: str) -> int:
    """Where the last ``</pre>`` ends: no block can start after it.

    Searching only up to there keeps the lazy block pattern linear: otherwise every ``<pre`` of a
    page with no closing tag after it (``<pre><pre><pre>...``) would scan to the end of the page.
    """
    at = page.lower().rfind("</pre")
    close = page.find(">", at) if at >= 0 else -1
    return close + 1 if close >= 0 else 0


def _inner_dressings(page: str, start: int, end: int) -> list[Dressing]:
    """Tags and entities inside a <pre> block: tags stand for nothing, entities for their character."""
    found = []
    for m in TAG_OR_ENTITY.finditer(page, start, end):
        value = "" if m["tag"] else html.unescape(m["entity"])
        found.append(Dressing(m.start(), m.end(), value))
    return found


def _merge_backslashes(dressings: list[Dressing], extra: list[Dressing]) -> list[Dressing]:
    """Add backslash line ends that lie outside every existing dressing."""
    spans = [(d.start, d.end) for d in dressings]
    starts = [s for s, _ in spans]
    keep = []
    for d in extra:
        i = bisect.bisect_right(starts, d.start) - 1
        if i >= 0 and spans[i][0] <= d.start < spans[i][1]:
            continue
        keep.append(d)
    return sorted(dressings + keep, key=lambda d: d.start)


def _metadata(page: str) -> dict[str, str]:
    """The page's metadata table: Reference ID, Created, Released, Classification, Origin."""
    table_at = page.find("<table class='cable'>")
    if table_at < 0:
        return {}
    table = page[table_at: page.find("</table>", table_at)]
    found = {m["name"].strip(): html.unescape(m["value"].strip()) for m in META_CELL.finditer(table)}
    if not found:                 # the mirror's layout: a row of <th> names, then a row of <td> values
        names = [m["name"].strip() for m in META_HEADER.finditer(table)]
        values = [html.unescape(m["value"].strip()) for m in META_VALUE.finditer(table)]
        if names and len(names) == len(values):
            found = dict(zip(names, values))
    return found


def _apply(text: str, dressings: list[Dressing]) -> str:
    """The logical text: ``text`` with each dressing replaced by its value."""
    if not dressings:
        return text
    parts, position = [], 0
    for d in dressings:
        parts.append(text[position:d.start])
        parts.append(d.value)
        position = d.end
    parts.append(text[position:])
    return "".join(parts)


def _remap(raw: str, logical: str, dressings: list[Dressing], tokens: list[Token]) -> list[Token]:
    """Re-anchor logical tokens on the raw input.

    Dressing that stands for nothing and lies between two tokens becomes a MARKUP token; dressing
    inside a token stays part of that token's text (a TAGS token's text keeps its tag links). A
    token boundary inside a dressing that stands for several characters snaps to its end.
    """
    out: list[Token] = []
    cursor = _Cursor(dressings)
    bounds = [t.start for t in tokens] + [len(logical)]
    left, right = cursor.at(bounds[0])
    if right > 0:
        out.append(Token(TokenKind.MARKUP, 0, right, raw[0:right]))
    for index, token in enumerate(tokens):
        begin = right
        left, right = cursor.at(bounds[index + 1])
        if left > begin:
            out.append(Token(token.kind, begin, left, raw[begin:left], token.value))
        if right > left:
            out.append(Token(TokenKind.MARKUP, left, right, raw[left:right]))
    if not tokens and right < len(raw):
        out.append(Token(TokenKind.MARKUP, right, len(raw), raw[right:]))
    return out


class _Cursor:
    """Walks the dressings in order, giving the raw offsets of increasing logical offsets."""

    def __init__(self, dressings: list[Dressing]):
        self.dressings = dressings
        self.index = 0
        self.delta = 0        # raw offset minus logical offset after the passed dressings
        self.logical_at = 0   # logical start of the next dressing
        self._seek()

    def _seek(self) -> None:
        if self.index < len(self.dressings):
            d = self.dressings[self.index]
            self.logical_at = d.start - self.delta

    def at(self, b: int) -> tuple[int, int]:
        """Raw offsets (left, right) of logical offset ``b``; empty dressings at ``b`` lie between."""
        ds = self.dressings
        while self.index < len(ds):
            d = ds[self.index]
            size = len(d.value)
            if self.logical_at + size <= b and not (size == 0 and self.logical_at == b):
                self.delta += (d.end - d.start) - size
                self.index += 1
                self._seek()
                continue
            if self.logical_at < b < self.logical_at + size:
                return d.end, d.end
            break
        left = b + self.delta
        right = left
        while self.index < len(ds) and self.logical_at == b and not ds[self.index].value:
            d = ds[self.index]
            right = d.end
            self.delta += d.end - d.start
            self.index += 1
            self._seek()
        return left, right
