"""Rules CM030–CM034: dissemination controls of the portions rolled up to the banner (§3)."""
from __future__ import annotations

from .facts import Facts, rel_list
from .registry import Hit, rule


def _first_with(facts: Facts, control: str):
    return next((p for p in facts.portions if control in p.marking.controls), None)


@rule("CM030", "error", "NOFORN portion without NOFORN at banner level")
def noforn_not_rolled_up(facts: Facts, config):
    """``1. (C/NF) This is not a "change" election`` with no NOFORN caption, banner token or metadata."""
    if facts.banner is None or "NOFORN" not in facts.controls_portions or "NOFORN" in facts.controls_banner:
        return
    portion = _first_with(facts, "NOFORN")
    yield Hit(portion.line, f"{portion.place} marked {portion.marking.text} is NOFORN but the banner level "
              "(banner line, captions, metadata) has no NOFORN", evidence=portion.marking.text)


def _banner_rel(facts: Facts) -> frozenset[str] | None:
    return rel_list(list(facts.controls_banner))


@rule("CM031", "warning", "REL TO portion not reflected at banner level / REL TO conflicts with NOFORN")
def rel_not_rolled_up(facts: Facts, config):
    """``5.(C/REL LIBYA) Action Request`` as the only classified portion under a banner without REL."""
    if facts.banner is None:
        return
    banner_rel = _banner_rel(facts)
    classified = [p for p in facts.portions if p.level >= 2]
    lists = [rel_list(p.marking.controls) for p in classified]
    if banner_rel is not None:
        if "NOFORN" in facts.controls_portions:
            yield Hit(facts.banner_line, "banner carries REL TO while a portion is NOFORN", severity="error")
        for portion, countries in zip(classified, lists):
            if countries is not None and banner_rel - countries:
                yield Hit(portion.line, f"banner REL TO names {', '.join(sorted(banner_rel - countries))}, "
                          f"absent from {portion.place} {portion.marking.text}", severity="error",
                          evidence=portion.marking.text)
        return
    if not classified or any(c is None for c in lists) or "NOFORN" in facts.controls_portions:
        return
    common = frozenset.intersection(*lists)
    if common:
        yield Hit(classified[0].line, f"every classified portion is releasable to {', '.join(sorted(common))} "
                  "but the banner carries no REL TO", evidence=classified[0].marking.text)


@rule("CM032", "error", "ORCON / PROPIN portion without the control at banner level")
def orcon_propin_not_rolled_up(facts: Facts, config):
    """``3. (S//OC/NF) …`` under a banner whose captions say NOFORN only."""
    for control in ("ORCON", "PROPIN"):
        if control in facts.controls_portions and control not in facts.controls_banner:
            portion = _first_with(facts, control)
            yield Hit(portion.line, f"{portion.place} marked {portion.marking.text} is {control} but the banner "
                      f"level has no {control}", evidence=portion.marking.text)


@rule("CM033", "warning", "NOFORN at banner level but on no portion", advisory=True)
def noforn_on_no_portion(facts: Facts, config):
    """A NOFORN caption over paragraphs marked (U) and (S) only."""
    if "NOFORN" not in facts.controls_banner or "NOFORN" in facts.controls_portions:
        return
    if facts.portions and facts.every_paragraph_marked:
        yield Hit(facts.banner_line, "NOFORN at banner level but no portion is marked NOFORN")


@rule("CM034", "error", "Conflicting controls within one portion marking")
def conflicting_controls(facts: Facts, config):
    """``(S/NF/rel Panama)``: NOFORN and REL TO in one marking; ``(SBU/OC)``: ORCON on unclassified text."""
    for portion in facts.portions:
        controls = portion.marking.controls
        problems = []
        if "NOFORN" in controls and rel_list(controls) is not None:
            problems.append("NOFORN and REL TO together")
        if "ORCON" in controls and portion.level == 0:
            problems.append("ORCON on an unclassified portion")
        if len(controls) != len(set(controls)):
            problems.append("a control given twice")
        if problems:
            yield Hit(portion.line, f"{portion.place} marked {portion.marking.text}: " + "; ".join(problems),
                      evidence=portion.marking.text)
