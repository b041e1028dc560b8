"""cableparse: US diplomatic cables (Cablegate telegrams) as typed, lossless data.

    >>> import cableparse
    >>> cable = cableparse.parse(text)
    >>> cable.reference_id, cable.classification.level, cable.tags
"""
from .api import parse, tokenize
from .corpus import CableError, CableStream, iter_cables
from .errors import CableParseError
from .ids import canonical_reference_id
from .markings import Level
from .models import (Addressee, Cable, Classification, ClassifiedBy, Diagnostic, ExecutiveOrder, Paragraph,
                     PortionMarking, Reference, RoutingHeader, Section)
from .models.finding import Finding, Severity
from .tokens import Token, TokenKind
from .validate import validate

__version__ = "0.1.0"

__all__ = [
    "Addressee", "Cable", "CableError", "CableParseError", "CableStream", "Classification", "ClassifiedBy", "Diagnostic", "ExecutiveOrder",
    "Level", "Paragraph", "PortionMarking", "Reference", "RoutingHeader", "Section", "Token", "TokenKind",
    "canonical_reference_id", "iter_cables", "parse", "tokenize",
    "Finding", "Severity", "validate",
]
