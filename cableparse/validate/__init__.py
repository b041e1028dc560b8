"""The marking validator: the rules CM001–CM062 of ``marking-rules.md`` over a parsed cable.

    >>> findings = cableparse.validate(cable)                       # default rules
    >>> cableparse.validate(cable, select=["CM05"], advisory=True)   # declassification rules only
    >>> cableparse.validate(cable, severities={"CM006": "off"})

The validator reads the models only; it never raises on a parsed cable.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..models import Cable
from ..models.finding import Finding, Severity
from . import authority, banner, controls, declassification, numbering, portions  # noqa: F401  (register rules)
from .facts import Facts
from .registry import RULES, Config, Rule, run_rules

__all__ = ["Config", "Finding", "RULES", "Rule", "Severity", "validate"]


def validate(cable: Cable, *, select: Iterable[str] | None = None, ignore: Iterable[str] = (),
             advisory: bool = False, severities: dict[str, str] | None = None,
             config: Config | dict[str, str] | None = None) -> list[Finding]:
    """The findings of the marking rules on ``cable``, ordered by line then code.

    ``select``/``ignore`` take codes or prefixes; ``advisory=True`` adds the advisory rules;
    ``severities`` maps codes to ``error``, ``warning`` or ``off`` (a severity given to an advisory
    rule turns it on). A ``Config`` replaces all four; a plain dict is taken as ``severities``
    (``{"CM006": "off", "CM010": "warning"}``, marking-rules.md §1.2).
    """
    if isinstance(config, dict):
        severities, config = {**config, **(severities or {})}, None
    if config is None:
        config = Config(select=tuple(select) if select is not None else None, ignore=tuple(ignore),
                        advisory=advisory, severities=dict(severities or {}))
    findings = list(run_rules(Facts(cable), config))
    findings.sort(key=lambda f: (f.line if f.line is not None else 0, f.code))
    return findings
