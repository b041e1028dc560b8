"""The rule registry: each rule is a code, a default severity, a title and a check function.

A check takes the cable's ``Facts`` and yields ``Hit`` values (line, message); the registry turns
them into ``Finding`` models with the rule's code and the configured severity. Rules register
themselves with ``@rule(...)`` in the module of their family (portions, banner, controls,
authority, declassification, numbering).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..models.finding import Finding, Severity
from .facts import Facts

#: the values of a per-code severity override
OFF = "off"


@dataclass(frozen=True)
class Hit:
    """One fault a check found: where, what, the marking as written, and whether it touches a redaction."""

    line: int | None
    message: str
    evidence: str | None = None
    severity: Severity | None = None
    redacted: bool = False


@dataclass(frozen=True)
class Rule:
    """A catalogue entry: ``CM003 error "Portion classified above the banner"`` and its check."""

    code: str
    severity: Severity
    title: str
    check: Callable[[Facts, "Config"], Iterable[Hit]]
    advisory: bool = False


RULES: dict[str, Rule] = {}


def rule(code: str, severity: str, title: str, *, advisory: bool = False):
    """Register the decorated check under ``code``."""

    def register(check):
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, Severity(severity), title, check, advisory)
        return check

    return register


@dataclass
class Config:
    """Which rules run and at what severity.

    ``select`` / ``ignore`` take codes or prefixes (``CM05`` is CM050–CM057), as a linter does;
    ``advisory=True`` turns on the advisory rules (CM010, CM033, CM057, CM062), which are off by
    default; ``severities`` overrides a code's severity (``{"CM006": "off", "CM010": "warning"}``).
    ``grace_days`` is the period after a successor order during which the old order is still fine.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    advisory: bool = False
    severities: dict[str, str] = field(default_factory=dict)
    grace_days: int = 180
    debug: bool = False

    def enabled(self, rule: Rule) -> bool:
        """Ignored or ``off``: no; selected: yes; else default rules, advisory ones when asked or given a severity."""
        override = self.severities.get(rule.code)
        if override == OFF or _matches(rule.code, self.ignore):
            return False
        if self.select is not None:
            return _matches(rule.code, self.select)
        return self.advisory or not rule.advisory or override is not None

    def severity(self, rule: Rule, hit: Hit) -> Severity:
        override = self.severities.get(rule.code)
        severity = Severity(override or hit.severity or rule.severity)
        if hit.redacted and severity is Severity.ERROR:
            return Severity.WARNING
        return severity


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(p.strip().upper()) for p in patterns if p.strip())


def run_rules(facts: Facts, config: Config) -> Iterator[Finding]:
    """The findings of every enabled rule, in catalogue order."""
    for code in sorted(RULES):
        rule_ = RULES[code]
        if not config.enabled(rule_):
            continue
        try:
            hits = list(rule_.check(facts, config))
        except Exception:
            if config.debug:
                raise
            continue
        for hit in hits:
            yield Finding(code=code, severity=config.severity(rule_, hit), message=hit.message, line=hit.line,
                          title=rule_.title, evidence=hit.evidence)
