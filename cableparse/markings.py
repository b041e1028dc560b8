"""The vocabulary of classification markings: levels, their order, and control names.

Plain data, shared by the tokenizers (which read ``(S//NF)``), the models (which type the
level) and the validator (which compares levels). No regexes live here.
"""
from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """Classification levels, lowest first (``Level.order`` compares them)."""

    UNCLASSIFIED = "UNCLASSIFIED"
    CONFIDENTIAL = "CONFIDENTIAL"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"

    def __reduce_ex__(self, protocol):
        """Pickled as a reference to the member (``Level.SECRET``), not as a call ``Level("SECRET")``."""
        return f"Level.{self.name}"

    @property
    def order(self) -> int:
        return LEVEL_ORDER[self]


LEVEL_ORDER = {Level.UNCLASSIFIED: 0, Level.CONFIDENTIAL: 1, Level.SECRET: 2, Level.TOP_SECRET: 3}

#: the letters of a portion marking that name a level: ``(C)``, ``(TS)``; SBU, FOUO and LOU are
#: administrative controls on unclassified text, not levels.
PORTION_LEVELS = {
    "U": (Level.UNCLASSIFIED, None),
    "C": (Level.CONFIDENTIAL, None),
    "S": (Level.SECRET, None),
    "TS": (Level.TOP_SECRET, None),
    "SBU": (Level.UNCLASSIFIED, "SBU"),
    "LOU": (Level.UNCLASSIFIED, "LOU"),
    "FOUO": (Level.UNCLASSIFIED, "FOUO"),
}

#: the control abbreviations of portion markings and their full names
PORTION_CONTROLS = {
    "NF": "NOFORN", "N": "NOFORN", "NOFORN": "NOFORN",
    "FOUO": "FOUO", "SBU": "SBU", "LOU": "LOU",
    "OC": "ORCON", "ORCON": "ORCON",
    "PR": "PROPIN", "PROPIN": "PROPIN",
    "FGI": "FGI",
}

#: the FL4 security letters and the level they stand for (``ZNY CCCCC``)
SECURITY_LETTERS = {
    "U": Level.UNCLASSIFIED,
    "E": Level.UNCLASSIFIED,
    "C": Level.CONFIDENTIAL,
    "S": Level.SECRET,
    "T": Level.TOP_SECRET,
}

#: the full words of a banner and the level they name
BANNER_WORDS = {
    "UNCLAS": Level.UNCLASSIFIED,
    "UNCLASSIFIED": Level.UNCLASSIFIED,
    "LIMITEDOFFICIALUSE": Level.UNCLASSIFIED,
    "CONFIDENTIAL": Level.CONFIDENTIAL,
    "SECRET": Level.SECRET,
    "TOPSECRET": Level.TOP_SECRET,
}

#: captions that are also dissemination controls of the whole cable
CONTROL_CAPTIONS = {"NOFORN": "NOFORN", "SENSITIVE": "SBU", "SENSITIVE BUT UNCLASSIFIED": "SBU",
                    "FOR OFFICIAL USE ONLY": "FOUO", "EFTO": "EFTO", "LIMITED OFFICIAL USE": "LOU"}
