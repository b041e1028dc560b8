"""What the rules compare, derived once per cable from the models (never from the raw text).

The two scales of marking-rules.md §2.2: the classification level ``L`` (U 0, C 2, S 3, TS 4) and
the sensitivity rank ``R`` (as ``L``, but SBU, FOUO and LOU portions rank 1).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..markings import Level
from ..models import Cable, Classification, Paragraph, PortionMarking

#: the classification level ``L`` of each level (1 is left unused: SBU ranks 1 on ``R`` only)
CLASSIFICATION_LEVEL = {Level.UNCLASSIFIED: 0, Level.CONFIDENTIAL: 2, Level.SECRET: 3, Level.TOP_SECRET: 4}

#: administrative controls of unclassified text: rank 1 on the sensitivity scale
SBU_CLASS = frozenset({"SBU", "FOUO", "LOU"})

#: the dissemination controls that roll up to the banner (marking-rules.md §3)
ROLL_UP_CONTROLS = ("NOFORN", "ORCON", "PROPIN")

#: the words of a WikiLeaks metadata classification and the level they name
METADATA_LEVELS = {"UNCLASSIFIED": Level.UNCLASSIFIED, "CONFIDENTIAL": Level.CONFIDENTIAL,
                   "SECRET": Level.SECRET, "TOP SECRET": Level.TOP_SECRET}

#: the metadata controls after ``//`` and the control they stand for
METADATA_CONTROLS = {"NOFORN": "NOFORN", "FOR OFFICIAL USE ONLY": "FOUO", "ORCON": "ORCON", "PROPIN": "PROPIN"}

#: how a redaction of the release looks (cable-format §4.11): a run of X
REDACTION = "XXXXXX"


def level_of(marking: PortionMarking | Classification) -> int:
    """``L``: ``(S/NF)`` → 3, ``(SBU)`` → 0."""
    return CLASSIFICATION_LEVEL[Level(marking.level)]


def rank_of(marking: PortionMarking) -> int:
    """``R``: ``(SBU)`` → 1, ``(U)`` → 0, ``(C)`` → 2."""
    level = level_of(marking)
    if level == 0 and SBU_CLASS.intersection(marking.controls):
        return 1
    return level


def rel_list(controls: list[str]) -> frozenset[str] | None:
    """The countries of a ``REL TO`` control: ``REL TO USA, GBR`` → {USA, GBR}; ``None`` without one."""
    for control in controls:
        if control.startswith("REL TO"):
            return frozenset(item.strip() for item in control[len("REL TO"):].split(",") if item.strip())
    return None


def _metadata_date(text: str) -> dt.date | None:
    """``2008-03-13 15:03`` (an HTML page's *Created*) or ``12/28/1966 18:48`` (a ``cables.csv`` date)."""
    day = text.strip().split(" ")[0]
    for layout in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return dt.datetime.strptime(day, layout).date()
        except ValueError:
            continue
    return None


def redacted(text: str | None) -> bool:
    """Whether a value of the model carries a redaction of the release (``XXXXXXXXXXXX``)."""
    return bool(text) and REDACTION in text


@dataclass(frozen=True)
class Portion:
    """A portion marking and where it stands: a paragraph (with its number) or the subject."""

    marking: PortionMarking
    line: int | None
    paragraph: Paragraph | None = None

    @property
    def place(self) -> str:
        if self.paragraph is None:
            return "subject"
        number = self.paragraph.number
        return f"paragraph {number}" if number is not None else "unnumbered paragraph"

    @property
    def level(self) -> int:
        return level_of(self.marking)

    @property
    def trusted(self) -> bool:
        """A well-formed marking: a typo such as ``(SU)`` says nothing reliable about the level."""
        return not self.marking.malformed


class Facts:
    """The cable-level values of marking-rules.md §2.3, computed on first use."""

    def __init__(self, cable: Cable):
        self.cable = cable

    # -- the banner --------------------------------------------------------------------------
    @property
    def banner(self) -> Classification | None:
        return self.cable.classification

    @property
    def banner_line(self) -> int | None:
        return self.banner.line if self.banner is not None else None

    @cached_property
    def level(self) -> int | None:
        """``L_banner``, or ``None`` when the cable states no classification."""
        return level_of(self.banner) if self.banner is not None else None

    @cached_property
    def rank(self) -> int | None:
        """``R_banner``: raised to 1 by a SENSITIVE caption or word in the preamble, or SBU on the banner."""
        if self.level is None:
            return None
        if self.level == 0 and (SBU_CLASS.intersection(self.banner.controls) or self.sensitive_in_preamble):
            return 1
        return self.level

    @cached_property
    def sensitive_in_preamble(self) -> bool:
        """SENSITIVE on a caption or passing line (``… ALSO FOR POLAD SENSITIVE SIPDIS``)."""
        words = [c for c in self.cable.captions]
        for line in self.cable.passing:
            words.extend(line.upper().replace(",", " ").split())
        return any(word.startswith("SENSITIVE") for word in words)

    @cached_property
    def metadata(self) -> tuple[Level | None, frozenset[str]] | None:
        """The WikiLeaks *Classification* cell: ``SECRET//NOFORN`` → (SECRET, {NOFORN})."""
        text = (self.cable.provenance.get("Classification") or self.cable.provenance.get("classification") or "")
        if not text.strip():
            return None
        word, *rest = [part.strip().upper() for part in text.split("//")]
        controls = frozenset(METADATA_CONTROLS[c] for c in rest if c in METADATA_CONTROLS)
        return METADATA_LEVELS.get(word), controls

    @cached_property
    def controls_banner(self) -> frozenset[str]:
        """Controls on the banner line, in captions and after ``//`` in the metadata."""
        found = set(self.banner.controls) if self.banner is not None else set()
        found.update(c for c in self.cable.captions if c in ROLL_UP_CONTROLS)
        if self.metadata is not None:
            found.update(self.metadata[1])
        return frozenset(found)

    @cached_property
    def controls_in_text(self) -> frozenset[str]:
        """Banner-level controls the cable's own text states (the metadata left out)."""
        found = set(self.banner.controls) if self.banner is not None else set()
        found.update(c for c in self.cable.captions if c in ROLL_UP_CONTROLS)
        return frozenset(found)

    # -- the portions ------------------------------------------------------------------------
    @cached_property
    def paragraph_portions(self) -> list[Portion]:
        return [Portion(p.marking, p.line, p) for p in self.cable.paragraphs if p.marking is not None]

    @cached_property
    def subject_portion(self) -> Portion | None:
        marking = self.cable.subject_marking
        return Portion(marking, self.cable.subject_line) if marking is not None else None

    @cached_property
    def portions(self) -> list[Portion]:
        """Paragraph markings and the subject marking."""
        subject = [self.subject_portion] if self.subject_portion is not None else []
        return subject + self.paragraph_portions

    @cached_property
    def entire_text(self) -> Portion | None:
        """The first ``ENTIRE TEXT`` statement (``1. CONFIDENTIAL - ENTIRE TEXT.``)."""
        return next((p for p in self.paragraph_portions if p.marking.entire_text), None)

    @cached_property
    def controls_portions(self) -> frozenset[str]:
        return frozenset(c for p in self.portions for c in p.marking.controls)

    @cached_property
    def level_max(self) -> int | None:
        return max((p.level for p in self.portions if p.trusted), default=None)

    @cached_property
    def rank_max(self) -> int | None:
        return max((rank_of(p.marking) for p in self.portions), default=None)

    @cached_property
    def numbered(self) -> list[Paragraph]:
        return [p for p in self.cable.paragraphs if p.number is not None]

    @cached_property
    def every_paragraph_marked(self) -> bool:
        """Each numbered paragraph carries a marking, or an ENTIRE TEXT statement covers them."""
        if self.entire_text is not None:
            return True
        return bool(self.numbered) and all(p.marking is not None for p in self.numbered)

    # -- the cable -----------------------------------------------------------------------------
    @property
    def partial(self) -> bool:
        """A WikiLeaks partial extract: header rules and "first paragraph" rules are skipped."""
        return self.cable.header is not None and self.cable.header.partial

    @cached_property
    def cable_date(self) -> dt.date | None:
        """The DTG; else the WikiLeaks *Created* date; else 1 January of the reference id's year."""
        header = self.cable.header
        if header is not None and header.dtg is not None:
            return header.dtg.date()
        created = self.cable.provenance.get("Created") or self.cable.provenance.get("date") or ""
        day = _metadata_date(created)
        if day is not None:
            return day
        rid = self.cable.reference_id or ""
        if len(rid) > 2 and rid[:2].isascii() and rid[:2].isdigit():
            year = int(rid[:2])
            return dt.date(1900 + year if year >= 50 else 2000 + year, 1, 1)
        return None
