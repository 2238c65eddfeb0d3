"""Paraphrase and reported speech, round 21 (texts written for these tests): an answer to an indirect
question in a clause of its own words, a role after "as" in an apposition, an adverbial set off by
commas between the verb and "that", the writer's time clause (", a year after he said …", ", days
after …"), where words were heard before (", the same words she used …"), a relative clause after
"according to X", a wire dateline with a state and a wire's name, "…, but warns that …" and "Sources
caution that …"."""

from __future__ import annotations

import datetime as dt

from monitor.types import Statement
from monitor.understand import extract_statements, reporting
from tests.understand_fixtures import WATCHLIST

LEAD = "The studio has kept quiet about its plans for the street-level heroes.\n\n"


def statements(sentence: str) -> list[Statement]:
    return list(
        extract_statements(LEAD + sentence, WATCHLIST, published=dt.date(2026, 11, 20), source="S", url=None)
    )


def test_an_answer_in_a_clause_of_its_own_is_the_claim() -> None:
    got = statements(
        "Pressed on a Defenders reunion, Finn Jones said he would come back without reading a script if "
        "Marvel picked up the phone."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Finn Jones", "positive")]
    assert got[0].text.startswith("he would come back without reading a script")


def test_a_bare_answer_still_answers_the_question() -> None:
    got = statements("Asked whether the Defenders would reunite, Mike Colter said no.")
    assert [(s.speaker, s.stance) for s in got] == [("Mike Colter", "negative")]


def test_a_role_after_as_in_an_apposition_is_not_the_speaker() -> None:
    got = statements(
        "Charlie Cox, back as Matt Murdock for the finale, said he would welcome a Defenders reunion "
        "next year."
    )
    assert [s.speaker for s in got] == ["Charlie Cox"]


def test_an_adverbial_between_the_verb_and_that() -> None:
    got = statements(
        "Dario Scardapane stressed, however, that nothing had been decided about a Defenders reunion."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Dario Scardapane", "uncertain")]
    assert got[0].text.startswith("nothing had been decided")


def test_a_report_in_the_writers_time_clause_is_a_claim_of_its_own() -> None:
    got = statements(
        "Charlie Cox hinted on Monday that a Defenders reunion will happen one day, a year after he said the "
        "Defenders were not part of his plans."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "a year after" not in got[0].text
    assert got[1].text.startswith("the Defenders were not part")


def test_the_writers_time_clause_ends_the_claim() -> None:
    got = statements(
        "Mike Colter said on Sunday he would happily return for a Defenders reunion, days after Netflix "
        "cancelled his series."
    )
    assert [s.speaker for s in got] == ["Mike Colter"]
    assert "cancelled" not in got[0].text


def test_where_the_words_were_heard_before_is_no_part_of_the_claim() -> None:
    got = statements(
        "Krysten Ritter said she would join a Defenders reunion in a heartbeat, the same words she used "
        "last spring."
    )
    assert [s.speaker for s in got] == ["Krysten Ritter"]
    assert "same words" not in got[0].text


def test_a_relative_clause_after_according_to_x() -> None:
    got = statements(
        "According to Jeph Loeb, who spoke to reporters in Toronto on Friday, a Defenders reunion will not "
        "happen this year."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Jeph Loeb", "negative")]
    assert got[0].text.startswith("a Defenders reunion")


def test_a_dateline_with_a_state_and_a_wire_name() -> None:
    claim = "TORONTO, Ont., May 3 (Northern Wire) - A Defenders reunion will not happen this year"
    assert reporting.cut_at_next_report(claim) == "A Defenders reunion will not happen this year"


def test_but_warns_that_starts_a_claim_of_its_own() -> None:
    got = statements(
        "Charlie Cox says he would return for a Defenders reunion tomorrow, but warns that a Defenders "
        "reunion will not happen soon."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "warns" not in got[0].text


def test_sources_caution_that() -> None:
    got = statements("Sources caution that Luke Cage and Iron Fist will not be part of a Defenders reunion.")
    assert [(s.speaker, s.stance) for s in got] == [(None, "negative")]
