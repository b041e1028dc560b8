"""Pydantic v2 models of a cable, one module per part of the format."""
from .cable import Cable, Diagnostic
from .header import Addressee, RoutingHeader
from .markings import Classification, PortionMarking, Section
from .text import ClassifiedBy, ExecutiveOrder, Paragraph, Reference

__all__ = ["Addressee", "Cable", "Classification", "ClassifiedBy", "Diagnostic", "ExecutiveOrder",
           "Paragraph", "PortionMarking", "Reference", "RoutingHeader", "Section"]
