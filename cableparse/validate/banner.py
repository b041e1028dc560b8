"""Rules CM020–CM023: the banner against the FL4 security line, the metadata and the section markers."""
from __future__ import annotations

from ..ids import canonical_origin
from ..markings import SECURITY_LETTERS
from .facts import CLASSIFICATION_LEVEL, Facts
from .portions import LEVEL_NAMES
from .registry import Hit, rule

#: FL4 operating signals: ZNR for unclassified traffic, ZNY for the rest (ACP 127 US supplement)
UNCLASSIFIED_SIGNAL, CLASSIFIED_SIGNAL = "ZNR", "ZNY"


def _fl4(facts: Facts):
    """The FL4 letters and signal when the header rules apply (a banner, a header, no partial extract)."""
    header = facts.cable.header
    if header is None or not header.security or facts.partial or facts.banner is None:
        return None
    if facts.banner.source != "banner":
        return None
    return header.security.upper(), header.security_signal or "", header.security_line_number


def _same_post(facts: Facts) -> bool:
    """Whether the banner's origin is the post that sent the header (10MEXICO614: Mexico header, Islamabad text)."""
    sender = facts.cable.header.sender if facts.cable.header else None
    origin = facts.cable.origin
    if sender is None or not origin:
        return True
    try:
        a, b = canonical_origin(origin), canonical_origin(sender.name)
    except ValueError:
        return True
    return not a or not b or a in b or b in a


@rule("CM020", "error", "FL4 security letters disagree with the banner")
def fl4_disagrees(facts: Facts, config):
    """``ZNY CCCCC ZZH`` over ``S E C R E T SECTION 01 OF 02 STATE 083673``."""
    fl4 = _fl4(facts)
    if fl4 is None or not _same_post(facts):
        return
    letters, _, line = fl4
    level = SECURITY_LETTERS.get(letters[0])
    if level is not None and CLASSIFICATION_LEVEL[level] != facts.level:
        yield Hit(line, f"FL4 letters {letters} say {level.value} but the banner says "
                  f"{LEVEL_NAMES.get(facts.level, '?')}", evidence=letters)


@rule("CM021", "warning", "FL4 security line malformed or EFTO flag mismatch")
def fl4_malformed(facts: Facts, config):
    """``ZNY SSSAA ZZH`` (letters differ) or ``ZNR CCCCC`` (ZNR with a classified letter)."""
    fl4 = _fl4(facts)
    if fl4 is None:
        return
    letters, signal, line = fl4
    efto_banner = "EFTO" in facts.banner.controls
    problems = []
    if len(letters) != 5 or len(set(letters)) != 1:
        problems.append(f"the five letters {letters} are not one letter repeated five times")
    if signal == UNCLASSIFIED_SIGNAL and set(letters) - {"U"}:
        problems.append(f"{signal} (unclassified traffic) with {''.join(sorted(set(letters) - {'U'}))}")
    if signal == CLASSIFIED_SIGNAL and letters[:1] == "U":
        problems.append(f"{signal} with the unclassified letter U")
    if letters[:1] == "E" and not efto_banner:
        problems.append("EFTO letters while the banner is not UNCLAS EFTO")
    if efto_banner and signal == UNCLASSIFIED_SIGNAL and letters[:1] == "U":
        problems.append("banner UNCLAS EFTO while FL4 is ZNR UUUUU")
    if problems:
        yield Hit(line, f"FL4 {signal} {letters}: " + "; ".join(problems), evidence=f"{signal} {letters}")


@rule("CM022", "warning", "WikiLeaks metadata classification disagrees with the banner")
def metadata_disagrees(facts: Facts, config):
    """Metadata ``SECRET//NOFORN`` over a ``C O N F I D E N T I A L`` banner."""
    if facts.metadata is None or facts.level is None:
        return
    level, controls = facts.metadata
    text = facts.cable.provenance.get("Classification", "")
    if level is not None and CLASSIFICATION_LEVEL[level] != facts.level:
        yield Hit(facts.banner_line, f"metadata classification {text!r} but the banner says "
                  f"{LEVEL_NAMES.get(facts.level, '?')}", evidence=text)
    elif "NOFORN" in controls and "NOFORN" not in facts.controls_in_text:
        yield Hit(facts.banner_line, f"metadata classification {text!r} but neither banner nor captions say "
                  "NOFORN", evidence=text)


@rule("CM023", "error", "SECTION n OF m malformed or inconsistent")
def section_inconsistent(facts: Facts, config):
    """``SECTION 03 OF 02`` on the banner, or markers ``… 002 OF 004`` under ``SECTION 01 OF 02``."""
    section = facts.cable.section
    if section is None:
        return
    if section.number < 1 or section.total < 1 or section.number > section.total:
        yield Hit(section.line, f"banner SECTION {section.number:02d} OF {section.total:02d} is impossible")
        return
    wrong = next((m for m in facts.cable.section_markers if m.total != section.total), None)
    if wrong is not None:
        largest = max(m.total for m in facts.cable.section_markers)
        yield Hit(wrong.line, f"section marker {wrong.number:03d} OF {wrong.total:03d} disagrees with banner "
                  f"SECTION {section.number:02d} OF {section.total:02d} (largest marker total {largest})")
    for repeated in facts.cable.repeated_banners:
        if CLASSIFICATION_LEVEL[repeated.level] != facts.level:
            yield Hit(repeated.line, f"classification repeated at a page break as {repeated.level.value} differs "
                      f"from the {LEVEL_NAMES.get(facts.level, '?')} banner", evidence=repeated.text)
            break
    header = facts.cable.header
    if header is not None and header.section is not None and not facts.partial and header.section != section.number:
        yield Hit(section.line, f"FL3 section /{header.section:02d} differs from banner SECTION "
                  f"{section.number:02d} OF {section.total:02d}")
