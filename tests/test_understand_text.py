"""html_to_text: safe, readable plain text from feed HTML."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from monitor.understand.text import html_to_text


def test_paragraphs_become_blank_lines_and_entities_are_decoded() -> None:
    html = "<p>Cox said &ldquo;I&rsquo;m in&rdquo; &amp; smiled.</p><p>Second<br>line</p>"
    assert html_to_text(html) == "Cox said “I’m in” & smiled.\n\nSecond\nline"


def test_scripts_styles_and_comments_are_dropped() -> None:
    html = "<script>var a = '<p>x</p>';</script><style>p{color:red}</style><!-- note --><p>kept</p>"
    assert html_to_text(html) == "kept"


def test_source_newlines_inside_a_paragraph_are_spaces() -> None:
    assert html_to_text("<p>one\ntwo   three</p>") == "one two three"


def test_broken_html_keeps_everything_after_the_damage() -> None:
    html = "<div><p>first <b>bold <i>unclosed<p>x < y and z &bogus; end"
    text = html_to_text(html)
    assert text.startswith("first bold unclosed")
    assert text.endswith("x < y and z &bogus; end")


def test_plain_text_keeps_its_paragraphs() -> None:
    assert html_to_text("one\n\n\ntwo  words\nnext") == "one\n\ntwo words\nnext"


def test_empty_input() -> None:
    assert html_to_text("") == ""


def test_a_broken_tag_does_not_hide_a_script() -> None:
    assert "SECRET" not in html_to_text("<a<script>SECRET</script>after")


@given(st.text(alphabet=st.sampled_from(list("<>/&;\"'=ab p script style \n#x1\x00\x01"))))
def test_never_raises_and_leaks_no_control_characters(html: str) -> None:
    text = html_to_text(html)
    assert not any(ch in text for ch in "\x00\x01\x02")
    assert "\n\n\n" not in text
