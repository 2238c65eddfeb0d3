"""Who speaks, 20th round (the texts are written for these tests): a company's reported statement
is the company's ("Marvel Studios said the rumour was untrue", "according to Marvel Studios"); a
representative speaks for a person, who is not the speaker; reported claims said "as recently as"
a time, by the subject of a sentence's second verb, and by a source a report cites."""

from __future__ import annotations

from monitor.understand import speakers
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST


def _infos(text: str) -> list[tuple[str | None, str]]:
    ex = _Extractor(text, lexicon(WATCHLIST), "")
    return [(i.speaker, i.quote.text) for i in ex._infos()]


def _claims(text: str) -> list[tuple[str | None, str]]:
    ex = _Extractor(text, lexicon(WATCHLIST), "")
    return [(speaker, claim) for _, _, speaker, claim, _ in ex._reported()]


# --- companies ---------------------------------------------------------------------------------


def test_a_company_report_said_is_the_companys_claim() -> None:
    text = "On Monday, Marvel Studios said the rumour about a team-up episode was simply untrue."
    assert _claims(text) == [("Marvel Studios", "the rumour about a team-up episode was simply untrue")]


def test_company_speaker_names() -> None:
    assert speakers.company_speaker("Sony Pictures Television said on Friday") == "Sony Pictures Television"
    assert speakers.company_speaker("Netflix and Marvel said") is None
    assert speakers.company_speaker("Marvel is said to be keen") is None


# --- representatives --------------------------------------------------------------------------


def test_a_representative_for_a_person_speaks_not_the_person() -> None:
    text = (
        "Krysten Ritter talked about pancakes for most of the hour.\n\n"
        'Later, a representative for Ritter said she was "not attached to any new project."'
    )
    assert [s for s, _ in _infos(text)] == [None]
    assert [s for s, _ in _claims(text)] == [None]


def test_a_persons_publicist_speaks_not_the_person() -> None:
    text = '"She is on holiday until June," Colter\'s longtime publicist said.'
    assert [s for s, _ in _infos(text)] == [None]


# --- reported claims ----------------------------------------------------------------------------


def test_said_as_recently_as_a_time_that_is_a_report() -> None:
    text = (
        "Finn Jones, 41, has backed a team-up for years and said as recently as last spring that "
        "he was keen to pick up the sword again."
    )
    assert _claims(text) == [("Finn Jones", "he was keen to pick up the sword again")]


def test_a_second_verb_of_the_sentence_subject_reports() -> None:
    text = "Mike Colter has been quiet about the show for a long while and said he would rather wait and see."
    assert _claims(text) == [("Mike Colter", "he would rather wait and see")]


def test_a_source_a_report_cites_is_anonymous() -> None:
    text = (
        "The piece cited a person close to the studio, who said Colter has been in talks to appear "
        "in two episodes next year."
    )
    assert _claims(text) == [(None, "Colter has been in talks to appear in two episodes next year")]


def test_according_to_a_company_is_the_companys_claim() -> None:
    text = 'Colter will appear in "a handful of" episodes next season, according to Marvel Studios.'
    assert [s for s, _ in _claims(text)] == ["Marvel Studios"]
