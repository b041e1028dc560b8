"""Text that is no cable is refused with a position; malformed parts become diagnostics."""
from __future__ import annotations

import pytest

import cableparse
from conftest import ROOT, read

ARTICLE = ROOT.parent / "shared" / "seeds" / "000_ff3b1295dd0fdf08.txt"
PROSE = "\n\nAround 50,000 U.S. troops are stationed across Japan under a bilateral security arrangement.\n"


def test_prose_is_refused_at_its_first_line():
    with pytest.raises(cableparse.CableParseError) as caught:
        cableparse.parse(PROSE)
    error = caught.value
    assert isinstance(error, ValueError)
    assert (error.line, error.column) == (3, 1)
    assert "expected a cable" in str(error)
    assert "^" in str(error)


@pytest.mark.skipif(not ARTICLE.exists(), reason="shared seeds not present")
def test_the_news_article_is_refused():
    with pytest.raises(cableparse.CableParseError) as caught:
        cableparse.parse(read(ARTICLE))
    assert caught.value.line >= 1


@pytest.mark.parametrize("text", ["", "   \n\n", "\x00", "hello"])
def test_empty_or_tiny_input_is_refused(text):
    with pytest.raises(cableparse.CableParseError):
        cableparse.parse(text)


def test_strict_raises_on_first_diagnostic(seed_text):
    broken = seed_text.replace("DECL: 10/18/2017", "DECL: 13/40/2017")
    lenient = cableparse.parse(broken)
    assert [d.code for d in lenient.diagnostics] == ["CP010"]
    assert lenient.diagnostics[0].line == broken[: broken.index("13/40")].count("\n") + 1
    with pytest.raises(cableparse.CableParseError) as caught:
        cableparse.parse(broken, strict=True)
    assert caught.value.code == "CP010"
    assert caught.value.line == lenient.diagnostics[0].line


def test_tokens_cover_any_string():
    for text in ["", "x", "\r\n\r", "<pre>a</pre>", "TAGS: [A](#)\n", "\u2028\x00\ufeff"]:
        assert "".join(t.text for t in cableparse.tokenize(text)) == text
