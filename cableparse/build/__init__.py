"""Tokens → models, element by element; one direction only (the builders never re-read text)."""
from __future__ import annotations

from .. import dates, ids
from ..errors import CableParseError
from ..models import Cable
from ..source import Source
from ..tokens import KIND as K, Token
from .body import build_paragraphs, build_repeated_banners, build_section_markers, build_signers, build_summary
from .context import Context
from .header import FORMAT_KINDS, build_header, header_reference, stated_year
from .preamble import (build_banner, build_captions, build_classified_by, build_eo, build_references,
                       build_subject, build_tags, caption_controls, fallback_classification)

#: kinds of token that only a cable has; text with none of them is refused
CABLE_EVIDENCE = FORMAT_KINDS | {K.BANNER, K.EO, K.TAGS, K.SUBJECT, K.CLASSIFIED_BY}


def build_cable(tokens: list[Token], source: Source, body_at: int, tail_at: int, strict: bool = False) -> Cable:
    """The cable these tokens spell, with its diagnostics."""
    ctx = Context(tokens, source, body_at, tail_at, strict)
    _require_cable(ctx)
    header = build_header(ctx)
    classification, section, origin, serial, banner_captions = build_banner(ctx)
    captions = build_captions(ctx, banner_captions)
    paragraphs = build_paragraphs(ctx)
    if classification is None:
        classification = fallback_classification(ctx, header, [p.marking for p in paragraphs if p.marking])
        if classification is not None or header is not None:
            ctx.report("CP001", tokens[0] if tokens else 0)
    if classification is not None:
        for control in caption_controls(captions):
            if control not in classification.controls:
                classification.controls.append(control)
    cable_year = header.dtg.year if header is not None and header.dtg is not None else None
    reference_id = _reference_id(ctx, header, cable_year, origin, serial)
    subject, subject_marking, subject_line = build_subject(ctx)
    return Cable.trusted(
        reference_id=reference_id,
        header=header,
        classification=classification,
        section=section,
        origin=origin,
        serial=serial,
        captions=captions,
        passing=[v["text"] for i in ctx.where(K.PASSING, 0, body_at) if (v := tokens[i].value)],
        eo=build_eo(ctx, cable_year),
        tags=build_tags(ctx),
        subject=subject,
        subject_marking=subject_marking,
        subject_line=subject_line,
        references=build_references(ctx, cable_year, reference_id),
        classified_by=build_classified_by(ctx),
        summary=build_summary(ctx),
        paragraphs=paragraphs,
        signers=build_signers(ctx),
        section_markers=build_section_markers(ctx, serial),
        repeated_banners=build_repeated_banners(ctx),
        diagnostics=ctx.diagnostics,
        rendering=source.rendering.value,
        provenance=dict(source.metadata),
    )


def _reference_id(ctx: Context, header, cable_year: int | None, origin: str | None,
                  serial: int | None) -> str | None:
    """The canonical id: year of the DTG (or as the text states it), banner origin and serial.

    When the header names another post or serial than the banner (a text filed under another
    cable's header, 08LAPAZ751; a serial cut by a glued caption, ``BUENOS AIRES 00167SIPDIS`` under
    ``DE RUEHBU #1673``), or there is no banner, the header's FM post and DE serial identify the cable;
    a banner origin that names no station (``03QRIPOLI``, a redacted ``XXXXXXXXXXXX``) yields to the
    FM post.
    """
    year = cable_year
    banner = next((t for i in ctx.where(K.BANNER) if (t := ctx.tokens[i]).value.get("origin")), None)
    if year is None and banner is not None and banner.value.get("year"):
        year = dates.full_year(banner.value["year"])
    if year is None:
        year = stated_year(ctx)
    if year is None:
        return None
    from_header = header_reference(header)
    if from_header and (origin is None or serial is None or _disagree(serial, from_header[1])):
        origin, serial = from_header
    elif from_header and not ids.is_station(origin):
        origin = from_header[0]
    if origin is None or serial is None:
        return None
    return ids.make_reference_id(year, origin, serial)


def _disagree(serial: int, header_serial: int) -> bool:
    """Whether the banner serial differs from the header's DE serial (which is modulo 10,000).

    Only the serial is compared: a banner origin may name the post differently from its FM line
    (``BRUSSELS`` under ``FM USEU BRUSSELS``) and still be the same cable.
    """
    return int(serial) % 10_000 != header_serial


def _require_cable(ctx: Context) -> None:
    """Refuse text that is no cable, at its first line with text on it."""
    if any(token.kind in CABLE_EVIDENCE for token in ctx.tokens):
        return
    if any(ctx.tokens[i].value["marking"] for i in ctx.where(K.PARAGRAPH)):
        return
    logical = ctx.source.logical
    offset = len(logical) - len(logical.lstrip())
    found = "empty text" if not logical.strip() else "prose"
    raise CableParseError.at(
        ctx.source.raw, ctx.raw_offset(offset),
        f"expected a cable (a routing header, a classification banner, an E.O., TAGS or SUBJECT line, "
        f"or a portion-marked paragraph); found {found}")
