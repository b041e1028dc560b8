"""Canonical raw telegram text of a cable built in code (a ``Cable`` with no parsed source).

Each part of the model renders its own lines, in the order of the format (cable-format.md §1)::

    VZCZCXRO6042                                   render_header: FL1–FL9
    PP RUEHCHI RUEHDBU
    DE RUEHMO #5100 2951503
    ZNY CCCCC ZZH
    P 221503Z OCT 07
    FM AMEMBASSY MOSCOW
    TO RUEHC/SECSTATE WASHDC PRIORITY 4779

    C O N F I D E N T I A L MOSCOW 005100          render_banner

    SIPDIS                                         render_captions, render_passing

    E.O. 12958: DECL: 10/18/2017                   render_eo, render_tags, render_subject
    TAGS: MARR PARM PREL JA RS
    SUBJECT: (C) FM LAVROV CRITICIZES US-JAPAN MISSILE DEFENSE

    REF: A. STATE 12345                            render_references
         B. 06 MOSCOW 431

    Classified By: Ambassador William J. Burns. Reasons 1.4(b) and (d).

    1. (C) In response to a question ...          render_paragraph

    BURNS                                          render_signers

Rendering reads values only (levels, dates, names); the derived texts of a parsed cable
(``Classification.text``, ``ExecutiveOrder.text`` ...) are not consulted, so parsing the rendered
text back checks that those values survive the trip. No regexes live here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .markings import Level

#: the width at which routing indicators and subject lines wrap, as the terminals did
WIDTH = 69

#: a banner's level word, letter-spaced as the State Department sends it
SPACED_LEVELS = {
    Level.UNCLASSIFIED: "UNCLAS",
    Level.CONFIDENTIAL: "C O N F I D E N T I A L",
    Level.SECRET: "S E C R E T",
    Level.TOP_SECRET: "T O P S E C R E T",
}

#: the letters of a portion marking for a level, and for the controls that stand as a level
MARKING_LEVELS = {Level.UNCLASSIFIED: "U", Level.CONFIDENTIAL: "C", Level.SECRET: "S", Level.TOP_SECRET: "TS"}
MARKING_CONTROLS = {"NOFORN": "NF", "ORCON": "OC", "PROPIN": "PR", "FGI": "FGI"}
LEVEL_CONTROLS = ("SBU", "LOU", "FOUO")

#: the precedence letter of the FL5 line for each precedence word
PRECEDENCE_LETTER = {"FLASH": "Z", "IMMEDIATE": "O", "PRIORITY": "P", "ROUTINE": "R"}

#: the FL4 operating signal for the security letters: ZNR for unclassified traffic, ZNY otherwise
UNCLASSIFIED_LETTERS = ("U", "E")

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def render_cable(cable) -> str:
    """The canonical raw text of ``cable``: header, blank line, banner, preamble, body, signature."""
    return "".join(text + "\n" for _, text in rendered_lines(cable))


def rendered_lines(cable) -> list[tuple[str, str]]:
    """The lines of the render, each with the element it belongs to (``"banner"``, ``"paragraph"``).

    Blocks are separated by one blank line; the role of a block's later lines is its first's with
    ``"+"`` (``"subject+"`` for a subject's continuation line).
    """
    blocks: list[tuple[str, list[str]]] = []
    if cable.header is not None:
        blocks += _header_blocks(cable.header)
    if cable.classification is not None:
        blocks.append(("banner", [render_banner(cable)]))
    blocks += [("caption", render_captions(cable.captions)), ("passing", render_passing(cable.passing))]
    blocks += [("eo", render_eo(cable.eo)), ("tags", render_tags(cable.tags)),
               ("subject", render_subject(cable.subject, cable.subject_marking))]
    blocks += [("ref", render_references(cable.references)), ("classified_by", render_classified_by(cable.classified_by))]
    blocks += [("paragraph", render_paragraph(p)) for p in cable.paragraphs]
    blocks.append(("signature", render_signers(cable.signers)))
    out: list[tuple[str, str]] = []
    previous = None
    for role, lines in blocks:
        if not lines:
            continue
        if out and not _same_block(previous, role):
            out.append(("blank", ""))
        out += [(role if index == 0 else role + "+", line) for index, line in enumerate(lines)]
        previous = role
    return out


#: elements written on consecutive lines, without a blank line between them
_RUNS = ({"fl1", "fl2", "fl3", "fl4", "fl5", "fl6", "to", "info", "xmt"}, {"eo", "tags", "subject"})


def _same_block(previous: str | None, role: str) -> bool:
    return any(previous in run and role in run for run in _RUNS)


def layout(cable) -> dict[str, list[int]]:
    """The 1-based lines where each element starts in the render: what a parser gives as ``line``.

    ``{"banner": [14], "paragraph": [25, 29], "classified_by": [23], ...}``
    """
    found: dict[str, list[int]] = {}
    for number, (role, _) in enumerate(rendered_lines(cable), start=1):
        if not role.endswith("+"):
            found.setdefault(role, []).append(number)
    return found


# -- header ---------------------------------------------------------------------------------
def render_header(header) -> list[str]:
    """FL1–FL9: ``VZCZCXRO6042`` … ``TO RUEHC/SECSTATE WASHDC PRIORITY 4779``."""
    return [line for _, lines in _header_blocks(header) for line in lines]


def _header_blocks(header) -> list[tuple[str, list[str]]]:
    blocks: list[tuple[str, list[str]]] = []
    if header.transmission_id:
        blocks.append(("fl1", [header.transmission_id]))
    if header.precedence or header.routing_indicators:
        blocks.append(("fl2", wrap_words([header.precedence or "RR", *header.routing_indicators])))
    if header.station:
        blocks.append(("fl3", [render_de(header)]))
    if header.security:
        blocks.append(("fl4", [render_security(header.security)]))
    if header.dtg is not None or header.dtg_text:
        blocks.append(("fl5", [render_dtg_line(header)]))
    if header.sender is not None:
        blocks.append(("fl6", [f"FM {header.sender.name}"]))
    blocks += [("to", _addressee_block("TO", header.to)), ("info", _addressee_block("INFO", header.info))]
    if header.excluded:
        blocks.append(("xmt", ["XMT " + header.excluded[0], *header.excluded[1:]]))
    return blocks


def render_de(header) -> str:
    """FL3: ``DE RUEHMO #5100 2951503`` (station, serial, Julian filing time)."""
    line = f"DE {header.station} #{header.serial or 0:04d}"
    if getattr(header, "section", None):
        line += f"/{header.section:02d}"
    return f"{line} {header.filing_time}" if header.filing_time else line


def render_security(letters: str) -> str:
    """FL4: ``ZNY CCCCC ZZH``; unclassified letters go with ZNR (``ZNR UUUUU ZZH``)."""
    signal = "ZNR" if letters[:1] in UNCLASSIFIED_LETTERS else "ZNY"
    return f"{signal} {letters} ZZH"


def render_dtg(moment: dt.datetime) -> str:
    """A date-time group: 2007-10-22 15:03 UTC → ``221503Z OCT 07``."""
    moment = moment.astimezone(dt.timezone.utc)
    return f"{moment:%d%H%M}Z {MONTHS[moment.month - 1]} {moment.year % 100:02d}"


def render_filing_time(moment: dt.datetime) -> str:
    """A Julian filing time: 2007-10-22 15:03 UTC → ``2951503`` (day of year, hour, minute)."""
    moment = moment.astimezone(dt.timezone.utc)
    return f"{moment.timetuple().tm_yday:03d}{moment:%H%M}"


def render_dtg_line(header) -> str:
    """FL5: ``P 221503Z OCT 07``, with the information precedence letter when it is given."""
    letters = [PRECEDENCE_LETTER.get(header.action_precedence or "", "R")]
    if header.info_precedence:
        letters.append(PRECEDENCE_LETTER.get(header.info_precedence, "R"))
    dtg = render_dtg(header.dtg) if header.dtg is not None else header.dtg_text
    return f"{' '.join(letters)} {dtg}"


def _addressee_block(keyword: str, addressees: list) -> list[str]:
    """``TO`` or ``INFO`` and one addressee a line, each followed by its XMT exclusions."""
    lines: list[str] = []
    for index, addressee in enumerate(addressees):
        line = render_addressee(addressee)
        lines.append(f"{keyword} {line}" if index == 0 else line)
        if addressee.excluded:
            lines += ["XMT " + addressee.excluded[0], *addressee.excluded[1:]]
    return lines


def render_addressee(addressee) -> str:
    """``RUEHC/SECSTATE WASHDC PRIORITY 4779``: route, name, precedence, MCN (four digits)."""
    parts = [f"{addressee.route}/{addressee.name}" if addressee.route else addressee.name]
    if addressee.precedence:
        parts.append(addressee.precedence)
    if addressee.mcn is not None:
        parts.append(f"{addressee.mcn:04d}")
    return " ".join(parts)


def wrap_words(words: Iterable[str], width: int = WIDTH) -> list[str]:
    """Words filled into lines of at most ``width`` characters (a long word gets a line alone)."""
    lines: list[str] = []
    current = ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


# -- banner and preamble ----------------------------------------------------------------------
def render_banner(cable) -> str:
    """``C O N F I D E N T I A L SECTION 01 OF 02 REYKJAVIK 000195``; ``UNCLAS E F T O STATE 150591``."""
    classification = cable.classification
    controls = classification.controls
    if "LOU" in controls and classification.level == Level.UNCLASSIFIED:
        level = "LIMITED OFFICIAL USE"
    else:
        level = SPACED_LEVELS[Level(classification.level)]
        if "EFTO" in controls and classification.level == Level.UNCLASSIFIED:
            level += " E F T O"
    parts = [level]
    if cable.section is not None:
        parts.append(f"SECTION {cable.section.number:02d} OF {cable.section.total:02d}")
    if cable.origin:
        parts.append(cable.origin)
    if cable.serial is not None:
        parts.append(f"{cable.serial:06d}")
    return " ".join(parts)


def render_captions(captions: list[str]) -> list[str]:
    """One caption a line: ``SIPDIS``, ``NOFORN``, ``EXDIS``."""
    return list(captions)


def render_passing(passing: list[str]) -> list[str]:
    """Passing lines as written: ``DEPT FOR EUR/NB, EUR/RPM``."""
    return list(passing)


def render_eo(eo) -> list[str]:
    """``E.O. 12958: DECL: 10/18/2017``; ``E.O. 12958: N/A``; ``E.O. 12356: DECL: OADR``."""
    if eo is None:
        return []
    head = f"E.O. {eo.order}:" if eo.order else "E.O.:"
    if eo.kind == "na":
        return [f"{head} {eo.declassify or 'N/A'}"]
    declassify = eo.declassify
    if declassify is None and eo.declassify_on is not None:
        declassify = f"{eo.declassify_on:%m/%d/%Y}"
    if declassify is None:
        return [head.rstrip(":")]
    verb = "DNG" if eo.kind == "downgrade" else "DECL"
    return [f"{head} {verb}: {declassify}"]


def render_tags(tags: list[str]) -> list[str]:
    """``TAGS: MARR PARM PREL JA RS`` (one line; a tag of several words is comma-separated)."""
    if not tags:
        return []
    separator = ", " if any(" " in tag for tag in tags) else " "
    return ["TAGS: " + separator.join(tags)]


def render_subject(subject: str | None, marking) -> list[str]:
    """``SUBJECT: (C) ...`` wrapped at the terminal width; the marking leads the title."""
    if subject is None and marking is None:
        return []
    words = ["SUBJECT:"]
    if marking is not None:
        words.append(render_marking(marking))
    words += (subject or "").split()
    return wrap_words(words)


def render_references(references: list) -> list[str]:
    """``REF: A. STATE 12345`` then one lettered item a line; unlettered items joined by ``;``.

    A cable reference naming several serials (``STATE 12345 AND 12346``) is one item in the text
    and several ``Reference`` values in the model: an item is written once.
    """
    items: list[tuple[str | None, str]] = []
    for reference in references:
        item = (reference.label, reference.text)
        if not items or items[-1] != item:
            items.append(item)
    if not items:
        return []
    if all(label is None for label, _ in items):
        return ["REF: " + "; ".join(text for _, text in items)]
    lines = []
    for index, (label, text) in enumerate(items):
        lead = "REF: " if index == 0 else "     "
        lines.append(f"{lead}{label}. {text}" if label else f"{lead}{text}")
    return lines


def render_classified_by(classified_by) -> list[str]:
    """``Classified By: Ambassador William J. Burns. Reasons 1.4(b) and (d).`` on one line."""
    if classified_by is None:
        return []
    who = " ".join(part for part in (classified_by.title, classified_by.name) if part)
    line = f"Classified By: {who}." if who else "Classified By:"
    if classified_by.reasons:
        line += f" Reasons {render_reasons(classified_by.reasons)}."
    return [line]


def render_reasons(reasons: list[str]) -> str:
    """``["1.4(b)", "1.4(d)", "1.5(c)"]`` → ``1.4(b) and (d), 1.5(c)``: letters grouped by section."""
    groups: dict[str, list[str]] = {}
    for reason in reasons:
        section, _, letter = reason.partition("(")
        groups.setdefault(section, []).append(f"({letter}" if letter else "")
    parts = []
    for section, letters in groups.items():
        letters = [x for x in letters if x]
        if len(letters) > 1:
            parts.append(f"{section}{', '.join(letters[:-1])} and {letters[-1]}")
        else:
            parts.append(section + "".join(letters))
    return ", ".join(parts)


# -- body -------------------------------------------------------------------------------------
def render_marking(marking) -> str:
    """A portion marking from its level and controls: ``(C)``, ``(S//NF)``, ``(SBU)``, ``(C//REL TO USA, GBR)``."""
    controls = list(marking.controls)
    level = Level(marking.level)
    head = MARKING_LEVELS[level]
    if level == Level.UNCLASSIFIED:
        lead = next((c for c in controls if c in LEVEL_CONTROLS), None)
        if lead:
            head = lead
            controls.remove(lead)
    rest = [MARKING_CONTROLS.get(c, c) for c in controls]
    return "(" + "//".join([head, *rest]) + ")"


def render_paragraph(paragraph) -> list[str]:
    """``1. (C) In response ...``: the number, the marking, then the text's own lines."""
    lead = []
    if paragraph.number is not None:
        lead.append(f"{paragraph.number}.")
    if paragraph.marking is not None:
        lead.append(render_marking(paragraph.marking))
    lines = paragraph.text.split("\n")
    lines[0] = " ".join([*lead, lines[0]]) if lines[0] else " ".join(lead)
    return lines


def render_signers(signers: list[str]) -> list[str]:
    """The signer's surname alone on the last line: ``BURNS``."""
    return list(signers)
