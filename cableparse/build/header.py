"""Header tokens → ``RoutingHeader``: FL1–FL9 as values, addressees with their exclusions."""
from __future__ import annotations

from .. import dates, ids
from ..lexer import header as header_lexer
from ..models import Addressee, RoutingHeader
from ..tokens import KIND as K
from .context import Context, validator

HEADER_KINDS = frozenset({K.TRANSMISSION_ID, K.ROUTING, K.DE, K.SECURITY, K.DTG, K.FM, K.ADDRESSEE, K.XMT,
                          K.PARTIAL_NOTE, K.OFFICE_DISTRIBUTION, K.DATA_ROW, K.HEADER_TEXT, K.PAGE_HEADER})
FORMAT_KINDS = frozenset({K.TRANSMISSION_ID, K.ROUTING, K.DE, K.SECURITY, K.DTG, K.FM, K.ADDRESSEE})
PRECEDENCE_LETTERS = {"Z": "FLASH", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}

_addressee = validator(Addressee)


def build_header(ctx: Context) -> RoutingHeader | None:
    """The routing header, or ``None`` when the cable has no format line at all.

    The fields are gathered in a dict and validated once (``RoutingHeader(**fields)``), not set one
    by one through the model's ``__setattr__``.
    """
    tokens = [t for t in ctx.tokens[:ctx.body_at] if t.kind in HEADER_KINDS]
    if not any(t.kind in FORMAT_KINDS for t in tokens):
        return None
    fields: dict = {"routing_indicators": [], "to": [], "info": [], "excluded": []}
    last_collective: Addressee | None = None
    for token in tokens:
        kind, value = token.kind, token.value
        if kind == K.TRANSMISSION_ID and fields.get("transmission_id") is None:
            fields["transmission_id"] = value["id"]
        elif kind == K.ROUTING:
            _routing(fields, value)
        elif kind == K.DE and fields.get("station") is None:
            fields.update(station=value["station"], serial=int(value["ssn"]), filing_time=value["filing"],
                          section=int(value["section"]) if value.get("section") else None)
        elif kind == K.SECURITY and fields.get("security") is None:
            fields.update(security=value["letters"], security_line=token.text.strip(),
                          security_line_number=ctx.line_of(token.start),
                          security_signal=(value.get("signal") or "").upper() or None)
        elif kind == K.DTG and fields.get("dtg") is None:
            _dtg(ctx, fields, token)
        elif kind == K.FM and fields.get("sender") is None:
            fields["sender"] = _addressee({"name": value["name"]})
        elif kind == K.ADDRESSEE and value["addressee"]:
            current = _addressee(value["addressee"])
            fields["to" if value["block"] == "to" else "info"].append(current)
            if _is_collective(current.name):
                last_collective = current
        elif kind == K.XMT:
            _exclude(ctx, fields, token, last_collective)
        elif kind == K.PARTIAL_NOTE:
            fields["partial"] = True
        elif kind == K.HEADER_TEXT and value is None:
            ctx.report("CP002", token, f"header line not understood: {token.text.strip()[:60]!r}")
    if fields.get("dtg") and fields.get("filing_time"):
        fields["filed_at"] = dates.decode_filing_time(fields["filing_time"], fields["dtg"])
    return RoutingHeader.trusted(**fields)


def _routing(fields: dict, value: dict) -> None:
    if value["prosign"] and fields.get("precedence") is None:
        fields["precedence"] = value["prosign"]
    fields["routing_indicators"] = list(dict.fromkeys(fields["routing_indicators"] + value["indicators"]))


def _dtg(ctx: Context, fields: dict, token) -> None:
    value = token.value
    fields["dtg_text"] = value["dtg"]
    fields["action_precedence"] = PRECEDENCE_LETTERS.get(value["action"])
    fields["info_precedence"] = PRECEDENCE_LETTERS.get(value["info"]) if value["info"] else None
    try:
        fields["dtg"] = dates.decode_dtg(value["day"], value["hour"], value["minute"], value["month"], value["year"])
    except ValueError as error:
        ctx.report("CP003", token, f"date-time group {value['dtg']!r} is not a real date: {error}")


def _is_collective(name: str) -> bool:
    upper = name.upper()
    return "COLLECTIVE" in upper or upper.startswith("ALL ") or "POSTS" in upper or "CAPITALS" in upper \
        or "PROGRAM" in upper


def _exclude(ctx: Context, fields: dict, token, collective: Addressee | None) -> None:
    name = token.value["name"]
    if not name:
        return
    if collective is None:
        fields["excluded"].append(name)
        ctx.report("CP004", token, f"XMT {name!r} follows no collective addressee")
    else:
        collective.excluded.append(name)


def stated_year(ctx: Context) -> int | None:
    """The cable's year as its text states it when the header has no DTG.

    In order: a date line of the header zone or before the banner (``Cable dated:2002-11-15T…``,
    ``070028Z Apr 04`` is a DTG already, ``Thursday, 13 August 2009, 08:54``), the date of a raw
    data row or record dump, then a transmission header or date line run into the body text
    (``… O 271459Z SEP 00 FM AMEMBASSY HARARE …`` in a legacy multi-section extract). Never the
    id or a file name: the same text gives the same year in every rendering.
    """
    preamble = ctx.tokens[:ctx.body_at]
    for token in preamble:
        if token.kind == K.HEADER_TEXT and token.value and token.value.get("year"):
            return token.value["year"]
    for token in preamble:
        if token.kind == K.DATA_ROW and token.value and token.value.get("fields"):
            stated = header_lexer.read_date_statement(token.value["fields"][0])
            if stated:
                return stated["year"]
    for token in ctx.tokens[ctx.body_at:]:
        if token.kind == K.TEXT and (year := header_lexer.stated_year_in(token.text)):
            return dates.full_year(year)
    return None


def header_reference(header: RoutingHeader | None) -> tuple[str, int] | None:
    """Origin and serial as the header gives them: FM post and DE station serial.

    ``FM AMEMBASSY LA PAZ`` + ``DE RUEHLP #0751/01 …`` → (``LAPAZ``, 751). The DE serial is the
    cable serial modulo 10,000; the FM post must name a known station.
    """
    if header is None or header.sender is None or header.serial is None:
        return None
    origin = ids.canonical_origin(header.sender.name)
    if origin not in ids.data.stations():
        return None
    return origin, header.serial
