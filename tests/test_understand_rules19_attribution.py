"""Attribution and page structure, nineteenth round (the texts here are written for these tests): an oral
history's labels in capitals with what the speaker did in brackets, in any case ("NORA VALE (Lena
Hart):"), and people named only there; a stage direction opening a turn; the narrative between the
turns that puts a question to those answering next; "“…,” he said, adding that “…”" as two
statements; an attribution after a quote that closed its sentence whose verb reports a clause of its
own after a hearer ("X told the crowd on Friday that …"); an explainer's question headings and the
writer's account below them are no quick-fire round; "maybe" before a share ("maybe a third of it") is
an estimate, and being glad to have someone back is for the return (stance cues)."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.stance import stance_of
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST


def _infos(text: str, title: str = "") -> list[tuple[str | None, str, str | None]]:
    """(speaker, words, question) of every quote and answer the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(WATCHLIST), title)
    return [(i.speaker, i.quote.text, i.question) for i in ex._infos()]


ORAL_HISTORY = (
    "Twenty years on, we asked the people who made the cult cop show how it came together.\n\n"
    "GRETA HOLLOWAY (creator): The pitch was one page long. Nobody read past the title.\n\n"
    "MILES OKONJO (Detective Sam Reyes): I auditioned in a borrowed suit. It was two sizes too big.\n\n"
    "HOLLOWAY: We cast him that afternoon.\n\n"
    "OKONJO: (laughs) They cast the suit.\n\n"
    "Everybody gets asked the same question these days: would they go back?\n\n"
    "HOLLOWAY: Tomorrow, if the script was good.\n\n"
    "OKONJO: I'd need a new suit first."
)


def test_an_oral_history_label_in_capitals_describes_its_speaker_in_any_case() -> None:
    found = _infos(ORAL_HISTORY)
    assert ("Miles Okonjo", "I auditioned in a borrowed suit. It was two sizes too big.") in [
        (s, w) for s, w, _ in found
    ]


def test_people_named_only_in_the_labels_answer_by_surname_too() -> None:
    speakers = {s for s, w, _ in _infos(ORAL_HISTORY) if w == "We cast him that afternoon."}
    assert speakers == {"Greta Holloway"}


def test_a_stage_direction_opening_a_turn_is_no_word_of_it() -> None:
    words = [w for s, w, _ in _infos(ORAL_HISTORY) if s == "Miles Okonjo"]
    assert "They cast the suit." in words


def test_the_narrative_between_turns_asks_those_who_answer_next() -> None:
    asked = {w: q for _, w, q in _infos(ORAL_HISTORY)}
    assert asked["Tomorrow, if the script was good."] is not None
    assert "go back" in asked["Tomorrow, if the script was good."]
    assert asked["I'd need a new suit first."] is not None  # the next to answer, in turn


def test_a_rundown_line_in_mixed_case_is_still_no_turn() -> None:
    # "Charlie Cox (March 2024, Stage & Screen):" in mixed case: a rundown's line, not a label
    text = (
        "Here is what the cast has said.\n\n"
        "Tom Reyes (Fall 2023, Night Desk): He said he was done with capes.\n\n"
        "Ana Lutz (Spring 2024, Night Desk): She said she would wait and see."
    )
    assert not _Extractor(text, lexicon(WATCHLIST), "")._turn_labels()


def test_adding_that_after_a_closed_attribution_opens_a_second_statement() -> None:
    text = (
        "Producer Hal Brenner, who runs the studio's drama slate, spoke at the upfronts. "
        "\u201cWe're thrilled to have the whole cast back,\u201d he said, adding that "
        "\u201cthe best is still to come.\u201d"
    )
    infos = _Extractor(text, lexicon(WATCHLIST), "")._infos()
    second = [i for i in infos if i.quote.text == "the best is still to come."]
    assert [i.speaker for i in second] == ["Hal Brenner"]
    assert second[0].merged_into is None  # a statement of its own, not more of the first quote


def test_an_attribution_with_a_clause_after_a_hearer_reports_something_else() -> None:
    text = (
        "Writer Jo Park said in May that a second film \u201cis not happening this year,\u201d while "
        "insisting the door is \u201cnowhere near closed.\u201d Studio chief Ray Dunmore told the "
        "crowd on Friday that the team was \u201cthinking about the sequel.\u201d"
    )
    found = {w: s for s, w, _ in _infos(text)}
    assert found["thinking about the sequel."] == "Ray Dunmore"
    assert all(s != "Ray Dunmore" for w, s in found.items() if "nowhere near closed" in w)


def test_an_explainers_question_headings_are_no_quick_fire_round() -> None:
    text = (
        "Mara Quill told us last year that she was done with the role.\n\n"
        "Why did the show end?\n"
        "The network cancelled it after three seasons, citing costs, and the studio moved the "
        "cast and crew to other projects within a few months of the final episode.\n\n"
        "Who has come back so far?\n"
        "Two of the original leads have returned in guest roles, and a third is said to be in "
        "talks with the producers about a longer arc next year."
    )
    assert _infos(text) == []


def test_maybe_before_a_share_is_an_estimate_not_doubt() -> None:
    # (a tiny change to the stance cues, for oral histories: "I did maybe a third of the stunts")
    assert stance_of("I did maybe a third of the climbing myself; my double did the rest.") is None
    assert stance_of("Maybe we all end up back on that set one day.") == "uncertain"


def test_glad_to_have_someone_back_is_for_the_return() -> None:
    assert stance_of("We're thrilled to have Nora back on the team,") == "positive"
    assert stance_of("I'm so glad to see them back where they belong.") == "positive"
