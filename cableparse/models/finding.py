"""A finding of the marking validator: a rule of ``marking-rules.md`` broken at a line."""
from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .base import Model


class Severity(StrEnum):
    """How bad a finding is: ``error`` contradicts a mandatory requirement, ``warning`` wants a look."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def rank(self) -> int:
        return 2 if self is Severity.ERROR else 1


class Finding(Model):
    """``CM003 error line 31: portion (S) is above the CONFIDENTIAL banner``."""

    code: str
    severity: Severity
    message: str
    line: int | None = None
    title: str | None = Field(default=None, description="the rule's title in the catalogue")
    evidence: str | None = Field(default=None, description="the offending marking or value as written")

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "cable"
        return f"{self.code} {self.severity.value} {where}: {self.message}"
