"""Who speaks, nineteenth round (helper i; the texts are written for these tests): a watchlist
person's surname after another first name is another person ("Petra Ritter" is not Krysten Ritter),
and a caption is the words of the one who posted it."""

from __future__ import annotations

from monitor.understand import speakers
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST


def _infos(text: str) -> list[tuple[str | None, str]]:
    ex = _Extractor(text, lexicon(WATCHLIST), "")
    return [(i.speaker, i.quote.text) for i in ex._infos()]


def _people(clause: str) -> list[tuple[str, str]]:
    return [(c.kind, c.value) for c in speakers.candidates(clause, lexicon(WATCHLIST)) if c.kind != "pronoun"]


def test_a_surname_after_another_first_name_is_another_person() -> None:
    assert _people("The film also stars Petra Ritter, a stage actress from Leeds.") == [
        ("name", "Petra Ritter")
    ]


def test_the_surname_alone_or_after_a_title_is_still_the_watchlist_person() -> None:
    assert _people("Later that night Ritter laughed.") == [("person", "Krysten Ritter")]
    assert _people("On Friday, actor Colter laughed.")[-1] == ("person", "Mike Colter")
    assert _people("On Friday Mr Colter laughed.") == [("person", "Mike Colter")]


def test_the_namesake_speaks_for_herself() -> None:
    text = (
        "The new drama stars Petra Ritter, a stage actress making her screen debut. "
        "“I learned to ride a horse in a week,” said Petra Ritter."
    )
    assert [s for s, _ in _infos(text)] == ["Petra Ritter"]


def test_a_caption_is_the_words_of_who_posted_it() -> None:
    text = (
        "Mike Colter opened an account on a new app on Sunday with a picture of a yellow shirt "
        "and the caption “still fits, still waiting.” Fans took it as a hint."
    )
    assert _infos(text) == [("Mike Colter", "still fits, still waiting.")]
