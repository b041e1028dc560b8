"""Preamble tokens → banner classification, captions, E.O., TAGS, SUBJECT, REF, Classified By."""
from __future__ import annotations

from .. import dates, ids
from ..markings import CONTROL_CAPTIONS, SECURITY_LETTERS, Level
from ..models import Classification, ClassifiedBy, ExecutiveOrder, PortionMarking, Reference, Section
from ..tokens import KIND as K
from .context import Context, validator

_classification, _section, _executive_order = validator(Classification), validator(Section), validator(ExecutiveOrder)
_reference, _classified_by = validator(Reference), validator(ClassifiedBy)
_portion_marking = validator(PortionMarking)


def first(ctx: Context, kind: K, upto: int | None = None):
    """The first token of ``kind`` (before ``upto``) that is not a banner repeated at a page break."""
    tokens = ctx.tokens
    for index in ctx.where(kind, 0, upto):
        token = tokens[index]
        if not (token.value or {}).get("repeated"):
            return token
    return None


def build_banner(ctx: Context):
    """Classification (without the caption controls), section, origin and serial of the banner."""
    token = first(ctx, K.BANNER)
    if token is None:
        return None, None, None, None, []
    v = token.value
    line = ctx.line_of(token.start)
    classification = _classification({"level": v["level"], "controls": list(v["controls"]), "text": v["text"],
                                      "line": line})
    section = _section({"number": v["section"][0], "total": v["section"][1], "line": line}) if v["section"] else None
    return classification, section, v["origin"], int(v["serial"]), list(v["captions"])


def build_captions(ctx: Context, banner_captions: list[str]) -> list[str]:
    found, tokens = list(banner_captions), ctx.tokens
    for index in ctx.where(K.CAPTION, 0, ctx.body_at):
        found.extend(tokens[index].value["captions"])
    return list(dict.fromkeys(found))


def caption_controls(captions: list[str]) -> list[str]:
    return list(dict.fromkeys(CONTROL_CAPTIONS[c] for c in captions if c in CONTROL_CAPTIONS))


def fallback_classification(ctx: Context, header, markings: list[PortionMarking]) -> Classification | None:
    """Without a banner: the FL4 security letters, else the highest portion marking."""
    if header is not None and header.security:
        level = SECURITY_LETTERS.get(header.security[0])
        if level is not None:
            controls = ["EFTO"] if header.security.startswith("E") else []
            return Classification(level=level, controls=controls, text=header.security_line or "", source="security line")
    if markings:
        top = max(markings, key=lambda m: m.level.order)
        return Classification(level=top.level, controls=[], text=top.text, source="portion markings")
    return None


def build_eo(ctx: Context, cable_year: int | None) -> ExecutiveOrder | None:
    token = first(ctx, K.EO)
    if token is None:
        return None
    v = token.value
    declassify_on = None
    if v["date"]:
        year, month, day = v["date"]
        declassify_on = dates.make_date(dates.declassification_year(year, cable_year), int(month), int(day))
        if declassify_on is None:
            ctx.report("CP010", token, f"declassification date {v['declassify']!r} does not exist")
    elif v["kind"] == "missing":
        ctx.report("CP011", token)
    return _executive_order({
        "order": v["order"], "declassify": v["declassify"], "declassify_on": declassify_on,
        "kind": "date" if declassify_on else ("other" if v["kind"] == "date" else v["kind"]),
        "text": " ".join(token.text.split()), "line": ctx.line_of(token.start)})


def build_tags(ctx: Context) -> list[str]:
    token = first(ctx, K.TAGS, ctx.body_at)
    if token is None:
        return []
    return [item for item in dict.fromkeys(token.value["items"]) if item != "SIPDIS"]   # first of each, in order


def build_subject(ctx: Context):
    token = first(ctx, K.SUBJECT, ctx.body_at)
    if token is None:
        return None, None, None
    v = token.value
    marking = _portion_marking(v["marking"]) if v["marking"] else None
    return v["text"], marking, ctx.line_of(token.start)


def build_references(ctx: Context, cable_year: int | None, own_id: str | None) -> list[Reference]:
    out, tokens = [], ctx.tokens
    own_origin = _own_origin(ctx)
    for index in ctx.where(K.REF, 0, ctx.body_at):
        origin = own_origin
        for item in tokens[index].value["items"]:
            if item["kind"] == "cable":
                origin = item["origin"] = item["origin"] or origin
            out.extend(_references(item, cable_year, own_id))
    return out


def _own_origin(ctx: Context) -> str | None:
    """The citing cable's origin (banner, else the FM line): a bare serial in a REF block is its own."""
    token = first(ctx, K.BANNER)
    if token is not None and token.value.get("origin"):
        return token.value["origin"]
    return None


def _references(item: dict, cable_year: int | None, own_id: str | None) -> list[Reference]:
    label = item.get("label")
    if item["kind"] != "cable":
        return [_reference({"label": label, "text": item["text"], "kind": item["kind"]})]
    year, inferred = item["year"], False
    if year is None and cable_year is not None:
        year, inferred = str(cable_year), True
    elif year is None and own_id:
        year, inferred = own_id[:2], True          # no DTG: the year of the cable's own id
    found = []
    if item["origin"] is None:
        return [_reference({"label": label, "text": item["text"], "kind": "other"})]
    for serial in item["serials"]:
        reference_id = ids.make_reference_id(year, ids.canonical_origin(item["origin"]), serial) if year else None
        if reference_id and reference_id == own_id:
            continue
        found.append(_reference({"label": label, "text": item["text"], "kind": "cable",
                                 "reference_id": reference_id, "year_inferred": inferred}))
    return found


def build_classified_by(ctx: Context) -> ClassifiedBy | None:
    statements = [ctx.tokens[index] for index in ctx.where(K.CLASSIFIED_BY)]
    if not statements:
        return None
    token = next((t for t in statements if t.value["name"]), statements[0])
    v = token.value
    return _classified_by({"name": v["name"], "title": v["title"], "reasons": v["reasons"],
                           "text": " ".join(token.text.split()), "line": ctx.line_of(token.start)})


def level_of(level) -> Level:
    return level if isinstance(level, Level) else Level(level)
