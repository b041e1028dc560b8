"""The routing header: FL1–FL9 of the ACP-127 message layout."""
from __future__ import annotations

import datetime as dt

from pydantic import Field

from .base import Model


class Addressee(Model):
    """``RUEHC/SECSTATE WASHDC PRIORITY 4779`` → route, name, precedence, MCN."""

    route: str | None = None
    name: str
    precedence: str | None = None
    mcn: int | None = None
    excluded: list[str] = Field(default_factory=list)


class RoutingHeader(Model):
    """The header lines as values: ``DE RUEHMO #5100 2951503`` → station, serial, filing time."""

    transmission_id: str | None = None
    precedence: str | None = None
    routing_indicators: list[str] = Field(default_factory=list)
    station: str | None = None
    serial: int | None = None
    filing_time: str | None = None
    filed_at: dt.datetime | None = None
    security: str | None = None
    security_line: str | None = None
    security_line_number: int | None = Field(default=None, description="the input line of the FL4 security line")
    security_signal: str | None = Field(default=None, description="FL4 operating signal: ZNR (unclassified) or ZNY")
    section: int | None = Field(default=None, description="FL3 section number: DE RUEHTRO #0220/01 -> 1")
    dtg: dt.datetime | None = None
    dtg_text: str | None = None
    action_precedence: str | None = None
    info_precedence: str | None = None
    sender: Addressee | None = None
    to: list[Addressee] = Field(default_factory=list)
    info: list[Addressee] = Field(default_factory=list)
    excluded: list[str] = Field(default_factory=list, description="XMT exclusions with no collective to attach to")
    partial: bool = False
