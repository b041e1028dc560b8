"""The codes of parser diagnostics: what was malformed in a cable that still parsed.

Codes are stable; messages may improve. Each is raised as ``CableParseError`` under ``strict=True``.
"""
from __future__ import annotations

CODES = {
    "CP001": "no classification banner found",
    "CP002": "header line not understood",
    "CP003": "date-time group is not a real date",
    "CP004": "XMT exclusion with no collective addressee to attach to",
    "CP005": "filing time far from the date-time group",
    "CP010": "declassification date does not exist",
    "CP011": "E.O. line without an instruction",
    "CP020": "malformed portion marking",
    "CP030": "banner serial and DE station serial disagree",
    "CP040": "reference names no known station",
}
