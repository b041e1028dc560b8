"""The text elements between the banner and the signature."""
from __future__ import annotations

import datetime as dt

from pydantic import Field

from .base import Model
from .markings import PortionMarking


class ExecutiveOrder(Model):
    """``E.O. 12958: DECL: 10/18/2017`` → order ``12958``, declassify ``10/18/2017``, the date."""

    order: str | None = None
    declassify: str | None = None
    declassify_on: dt.date | None = None
    kind: str = Field(default="missing", description="na, date, event, exemption, legacy, archival, downgrade, other, missing")
    text: str = ""
    line: int | None = Field(default=None, repr=False)


class Reference(Model):
    """A REF item: ``A. STATE 12345`` in a 2007 cable → ``reference_id="07STATE12345"``."""

    label: str | None = None
    text: str
    kind: str = "other"
    reference_id: str | None = None
    year_inferred: bool = False


class ClassifiedBy(Model):
    """``Classified By: Political Minister-Counselor Alice G. Wells. Reasons 1.4(b) and (d)``."""

    name: str | None = None
    title: str | None = None
    reasons: list[str] = Field(default_factory=list)
    text: str = ""
    line: int | None = None


class Paragraph(Model):
    """A paragraph: ``1. (U) In response ...`` → number 1, marking (U), the text after them."""

    number: int | None = None
    marking: PortionMarking | None = None
    text: str = ""
    line: int | None = None
