"""Classification: the banner's level and controls, portion markings, the SECTION line."""
from __future__ import annotations

from pydantic import Field

from ..markings import Level
from .base import Model


class Classification(Model):
    """The cable's classification, from its banner (and the captions that control it).

    ``C O N F I D E N T I A L MOSCOW 005100`` → ``level=CONFIDENTIAL``, ``text`` the banner as written.
    """

    level: Level
    controls: list[str] = Field(default_factory=list)
    text: str = ""
    source: str = Field(default="banner", description="where the level was read: banner, security line or portion markings")
    line: int | None = Field(default=None, repr=False, description="the input line of the banner")


class PortionMarking(Model):
    """A portion marking: ``(C/NF)`` → ``level=CONFIDENTIAL, controls=["NOFORN"]``."""

    level: Level
    controls: list[str] = Field(default_factory=list)
    text: str
    malformed: bool = False
    entire_text: bool = False


class Section(Model):
    """``SECTION 01 OF 03`` → ``Section(number=1, total=3)``."""

    number: int
    total: int
    line: int | None = Field(default=None, repr=False, description="the input line of the banner or section marker")
