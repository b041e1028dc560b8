"""Body tokens → paragraphs (number, portion marking, text), the summary and the signers."""
from __future__ import annotations

from ..lexer import markers, portion, signature, summary
from ..models import Classification, Paragraph, Section
from ..tokens import KIND as K
from .context import Context, validator

#: tokens inside the body that are not part of any paragraph's text
SKIPPED = frozenset({K.PILCROW, K.SECTION_MARKER, K.PAGE_HEADER, K.BANNER, K.CAPTION, K.MARKUP})

_paragraph, _section, _classification = validator(Paragraph), validator(Section), validator(Classification)


def build_paragraphs(ctx: Context) -> list[Paragraph]:
    """Numbered paragraphs; text before the first number forms unnumbered paragraphs by blocks.

    A numbered paragraph runs from its number to the next one (or the tail); its text is that of
    the tokens between, less the ``SKIPPED`` ones. A marking stays the lexer's dict until the
    paragraph is validated, which builds both models.
    """
    tokens, stop = ctx.tokens, ctx.tail_at
    numbers = list(ctx.where(K.PARAGRAPH, ctx.body_at, stop))
    paragraphs = _unnumbered(ctx, tokens[ctx.body_at:numbers[0] if numbers else stop])
    for at, end in zip(numbers, numbers[1:] + [stop]):
        paragraphs.append(_numbered(ctx, tokens[at], tokens[at + 1:end]))
    return paragraphs


def _numbered(ctx: Context, token, following: list) -> Paragraph:
    """The paragraph ``1. (C) The Ambassador …`` opened by the number ``token``, over ``following``."""
    v = token.value
    marking = v["marking"] or None
    if marking:
        if marking["malformed"]:
            ctx.report("CP020", token, f"malformed portion marking {marking['text']!r}")
    elif following and following[0].kind == K.TEXT:
        marking, _ = _leading_marking(following[0].text, heading=True)
    text = _clean("".join([t.text for t in following if t.kind not in SKIPPED]))
    return _paragraph({"number": v["number"], "marking": marking, "text": text, "line": ctx.line_of(token.start)})


def _unnumbered(ctx: Context, tokens: list) -> list[Paragraph]:
    """The blocks of text before the first number, one paragraph each (a blank line ends a block)."""
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    block_line = None                    # the first line of the open block
    for token in tokens:
        kind = token.kind
        if kind == K.BLANK:
            _close_block(paragraphs, parts, block_line)
            parts, block_line = [], None
        elif kind not in SKIPPED:
            if block_line is None:
                block_line = ctx.line_of(token.start)
            parts.append(token.text)
    _close_block(paragraphs, parts, block_line)
    return paragraphs


def _close_block(paragraphs: list[Paragraph], parts: list[str], block_line) -> None:
    """Add the unnumbered paragraph whose text is ``parts`` (none when it is blank)."""
    text = _clean("".join(parts))
    if text:
        marking, text = _leading_marking(text, heading=False)
        paragraphs.append(_paragraph({"number": None, "marking": marking, "text": text, "line": block_line}))


def _leading_marking(text: str, heading: bool) -> tuple[dict | None, str]:
    """A marking that opens the text rather than following the number, and the text without it.

    ``1. Summary.  (S/NF) On April 1 …`` (after a heading; the text is kept whole),
    ``(C) The Ambassador …`` (an unnumbered paragraph; the marking is taken off the text).
    The marking is given as the fields of a ``PortionMarking``.
    """
    found = portion.find_leading_marking(text)
    if found is None or (found["start"] > 0 and not heading):
        return None, text
    marking = {k: v for k, v in found.items() if k not in ("start", "end")}
    if heading:
        return marking, text
    return marking, text[found["end"]:].lstrip()


def _clean(text: str) -> str:
    """A paragraph's text with line ends unified and trailing blanks of each line taken off."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(map(str.rstrip, text.split("\n"))).strip()


def build_summary(ctx: Context) -> str | None:
    """The text between SUMMARY and END SUMMARY, whitespace collapsed, markers left out."""
    tokens = ctx.tokens
    opening = closing = None
    for index in ctx.where(K.SUMMARY):
        role = tokens[index].value["role"]
        if role == "open" and opening is None:
            opening = index
        elif role == "close":
            closing = index
            break
    if closing is None and opening is None:
        return None
    if opening is None:
        opening = next(ctx.where(K.PARAGRAPH), None)
        if opening is None or opening > closing:
            return None
    stop = closing if closing is not None else _first_break(tokens, opening)
    parts = [t.text for t in tokens[opening + 1:stop] if t.kind in (K.TEXT, K.CLASSIFIED_BY)]
    text = " ".join(parts)
    if closing is None:
        rule = summary.first_rule(text)
        text = text[:rule] if rule is not None else text
    return summary.clean_text(text) or None


def _first_break(tokens, opening: int) -> int:
    for index in range(opening + 1, len(tokens)):
        token = tokens[index]
        if token.kind in (K.BLANK, K.PARAGRAPH) or (token.kind == K.TEXT and token.text.lstrip().startswith("---")):
            return index
    return len(tokens)


def build_section_markers(ctx: Context, serial: int | None = None) -> list[Section]:
    """The markers where later sections or pages were joined on: ``TRIPOLI 00000220 002 OF 003``.

    Markers set into running text carry no value; their token text is read by the lexer's helper.
    Markers of another cable's serial (a page that holds two cables) are left out.
    """
    found, tokens = [], ctx.tokens
    for index in sorted([*ctx.where(K.SECTION_MARKER), *ctx.where(K.PAGE_HEADER)]):
        token = tokens[index]
        if token.kind == K.SECTION_MARKER:
            value = token.value or markers.read_section_marker(token.text)
            if value and serial is not None and int(value["serial"]) != serial:
                continue
            number, total = (value["page"], value["total"]) if value else (None, None)
        elif token.kind == K.PAGE_HEADER and token.value and token.value.get("total"):
            number, total = int(token.value["number"]), int(token.value["total"])
        else:
            continue
        if number is not None:
            found.append(_section({"number": number, "total": total, "line": ctx.line_of(token.start)}))
    return found


def build_repeated_banners(ctx: Context) -> list[Classification]:
    """The classification repeated alone on a line at a page break (``CONFIDENTIAL``), with its line."""
    found, tokens = [], ctx.tokens
    for index in ctx.where(K.BANNER, 0, ctx.tail_at):
        token = tokens[index]
        if token.value and token.value.get("repeated"):
            found.append(_classification({"level": token.value["level"], "text": token.text.strip(),
                                          "source": "repeated banner", "line": ctx.line_of(token.start)}))
    return found


def build_signers(ctx: Context) -> list[str]:
    signers, tokens = [], ctx.tokens
    for index in ctx.where(K.SIGNATURE, ctx.tail_at):
        name = " ".join(tokens[index].value["name"].split()).upper()
        for part in signature.split_signers(name) if name else []:
            if part not in signers:
                signers.append(part)
    return signers
