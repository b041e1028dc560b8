"""Signatures at the end of real cables (fixtures/snippets/signature)."""
from __future__ import annotations

import pytest

from cableparse.lexer import signature
from snippets import parse

EXPECTED = {
    "cable_ends_trailer": ["PATTERSON"],
    "glued_to_last_sentence": ["CLINTON"],
    "lower_case_signer_repeated": ["HUNTSMAN"],
    "nnnn_after_signer": ["WELCH"],
    "nnnn_and_data_row_tail": ["SKODON"],
    "two_word_surname": ["VAN VOORST"],
    "website_pointer_before_signer": ["GNEHM"],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_signers_of_real_cables(name):
    assert parse("signature", name, body=True).signers == EXPECTED[name]


@pytest.mark.parametrize("line", ["NNNN", "Declassified/Released US Department of State EO Systematic",
                                  "Review 30 JUN 2006", " 2004CARACA01540 - UNCLASSIFIED", ">", "NOTE: NOT PASSED"])
def test_trailers(line):
    assert signature.is_trailer(line)


def test_signer_line_with_debris():
    assert signature.read_signer_line("GILLESPIE##") == "GILLESPIE"
    assert signature.read_signer_line("END COMMENT.") is None


@pytest.mark.parametrize("written, signers", [
    ("KEEGANPAAL", ["KEEGAN", "PAAL"]),
    ("JOHNSONKEANE", ["JOHNSON", "KEANE"]),
    ("VAN VOORST", ["VAN VOORST"]),
    ("XYZZYQUUX", ["XYZZYQUUX"]),
])
def test_glued_signers_split_only_into_known_names(written, signers):
    assert signature.split_glued_signers(written) == signers


@pytest.mark.parametrize("written, signers", [
    ("XXXXXXXXXXXX TUTTLE", ["TUTTLE"]),
    ("CDA GRIFFITHS", ["GRIFFITHS"]),
    ("BOYCE BOYCE", ["BOYCE"]),
    ("VAN VOORST", ["VAN VOORST"]),
])
def test_signer_lines_with_redactions_titles_and_repeats(written, signers):
    assert signature.split_signers(written) == signers
