"""The cable: every element of the format as a value, and the way back to the text."""
from __future__ import annotations

from pydantic import Field, PrivateAttr

from .base import Model
from .header import RoutingHeader
from .markings import Classification, PortionMarking, Section
from .text import ClassifiedBy, ExecutiveOrder, Paragraph, Reference

#: fields that describe where a cable came from rather than what it says
PROVENANCE_FIELDS = frozenset({"diagnostics", "rendering", "provenance"})


class Diagnostic(Model):
    """Something malformed, and where: ``CP203 line 24: DECL date 13/40/2017 does not exist``."""

    code: str
    message: str
    line: int | None = None
    column: int | None = None


class Cable(Model):
    """One cable as typed data. ``to_text()`` gives back the exact input it was parsed from."""

    reference_id: str | None = None
    header: RoutingHeader | None = None
    classification: Classification | None = None
    section: Section | None = None
    origin: str | None = None
    serial: int | None = None
    captions: list[str] = Field(default_factory=list)
    passing: list[str] = Field(default_factory=list)
    eo: ExecutiveOrder | None = None
    tags: list[str] = Field(default_factory=list)
    subject: str | None = None
    subject_marking: PortionMarking | None = None
    subject_line: int | None = None
    references: list[Reference] = Field(default_factory=list)
    classified_by: ClassifiedBy | None = None
    summary: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    signers: list[str] = Field(default_factory=list)
    section_markers: list[Section] = Field(default_factory=list, description="SECTION/page markers of joined sections: TRIPOLI 00000220 002 OF 003")
    repeated_banners: list[Classification] = Field(default_factory=list, description="the level word repeated at page breaks: CONFIDENTIAL")
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    rendering: str = "raw"
    provenance: dict[str, str] = Field(default_factory=dict)

    _source: str | None = PrivateAttr(default=None)

    def to_text(self) -> str:
        """The text this cable was parsed from, byte for byte; canonical text for a built cable."""
        if self._source is not None:
            return self._source
        from ..render import render_cable

        return render_cable(self)

    def __eq__(self, other: object) -> bool:
        """Cables are equal when they say the same: provenance and diagnostics are not compared."""
        if not isinstance(other, Cable):
            return NotImplemented
        return self.model_dump(exclude=PROVENANCE_FIELDS) == other.model_dump(exclude=PROVENANCE_FIELDS)

    __hash__ = None
