"""Whether a quote is about the story, fourteenth round (the texts here are written for these tests):
"got the same question" asks what the answer before it answered; a sentence that points back to "the
question" leaves the question put before it on the floor; the narrative that says the talk was about
something else ("careful not to say much about the scripts") outweighs the story's name nearby; a
headline that names the story and quotes an interview answer makes that answer about it; and a quote
the writer calls vague, or that answers a question about the story put just before it, is uncertain
when it takes no side of its own."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor, extract
from tests.understand_fixtures import WATCHLIST, who

# ------------------------------------------------------------------ "the same question"

PANEL = (
    "At the hotel on Tuesday, a fan asked the cast {what}.\n\n"
    "Deborah Woll went first. \u201cI'd go back tomorrow,\u201d she said.\n\n"
    "Elden Henson, arriving late with a coffee, got the same question. \u201cI really hope we get to do "
    "it,\u201d he said."
)


def test_the_same_question_is_the_one_the_answer_before_answered() -> None:
    found = who(PANEL.format(what="whether the Defenders would ever reunite"))
    assert ("Elden Henson", "positive") in found


def test_the_same_question_about_something_else_is_not_the_story() -> None:
    found = who(PANEL.format(what="which bar in the hotel was best"))
    assert all(speaker != "Elden Henson" for speaker, _ in found)


# ------------------------------------------------------------------ "the question" points back

MODERATOR = (
    "Inevitably, the moderator asked about the other Defenders. Elden Henson, who has heard the question at "
    "every convention since 2019, answered it first.\n\n"
    "\u201cI think it's a matter of when, not if,\u201d he said.\n\n"
    "Deborah Woll went further. \u201cI want Karen and Jessica in a room together. I'll keep pitching it "
    "until somebody listens,\u201d she said."
)


def test_a_sentence_pointing_back_to_the_question_leaves_it_on_the_floor() -> None:
    assert ("Deborah Woll", "positive") in who(MODERATOR)


# ------------------------------------------------------------------ the talk was about something else

DINER = (
    "Cox is in New York for the long Daredevil shoot, and he was careful not to say much about "
    "{what}.\n\n"
    "\u201cI'm not allowed to tell you anything{more},\u201d he said."
)


def test_a_quote_the_narrative_says_is_about_something_else_is_not_the_story() -> None:
    assert who(DINER.format(what="the scripts", more="")) == []


def test_the_group_or_a_return_keeps_the_quote_on_the_story() -> None:
    assert who(DINER.format(what="the rest of the team", more="")) == [("Charlie Cox", "uncertain")]
    assert who(DINER.format(what="the scripts", more=", but I'd come back tomorrow")) == [
        ("Charlie Cox", "positive")
    ]


# ------------------------------------------------------------------ the headline quotes an answer

INTERVIEW = (
    "Krysten Ritter has a new thriller out this month, and she would rather talk about that.\n\n"
    "Q: Last year you told a crowd to call you. Has anyone called?\n\n"
    "A: No. I've stopped getting my hopes up. Whatever happens, happens.\n\n"
    "Q: Tell us about the thriller, then.\n\n"
    "A: It's about a woman who gets letters from herself."
)


def test_a_headline_naming_the_story_and_quoting_an_answer_frames_it() -> None:
    title = "Krysten Ritter on the Defenders rumours: 'I've stopped getting my hopes up'"
    assert who(INTERVIEW, title) == [("Krysten Ritter", "uncertain")]


def test_a_headline_that_quotes_the_answer_but_not_the_story_does_not() -> None:
    assert who(INTERVIEW, "Krysten Ritter: 'I've stopped getting my hopes up'") == []


# ------------------------------------------------------------------ an answer that takes no side

VAGUE = (
    "The studio spent four hours on its plans for the Defenders and the rest of its slate.\n\n"
    "Kevin Feige appeared in a recorded segment{how}. \u201cMatt's story is the focus,\u201d he said."
)


def test_a_quote_the_writer_calls_vague_is_uncertain() -> None:
    assert who(VAGUE.format(how=" and was characteristically vague")) == [("Kevin Feige", "uncertain")]
    assert who(VAGUE.format(how="")) == []


def test_an_answer_to_a_question_about_the_story_put_just_before_is_uncertain() -> None:
    text = (
        "Backstage, Kevin Feige was asked the obvious follow-up: are the Defenders coming too? "
        "\u201cMatt's story is the focus,\u201d he said."
    )
    assert who(text) == [("Kevin Feige", "uncertain")]


def test_a_phrase_woven_into_a_vague_sentence_is_no_answer() -> None:
    text = (
        "Kevin Feige was characteristically vague, saying only that the Defenders were \u201cin a "
        "complicated place right now.\u201d"
    )
    assert all(stance != "uncertain" or speaker != "Kevin Feige" for speaker, stance in who(text))


# ------------------------------------------------------------------ the gate adds no quote nobody said


class _KeepsAll:
    """A stand-in for the learned gate that keeps every candidate."""

    cueless = "uncertain"

    def keeps(self, candidate: object) -> bool:
        return True


def test_the_gate_adds_no_quote_without_a_speaker() -> None:
    text = (
        "The Defenders panel ran long on Saturday, and the room was loud.\n\n"
        "From somewhere near the back: \u201cThe Defenders, in one room, on one stage.\u201d\n\n"
        "Charlie Cox smiled at that. \u201cThe Defenders were a lot of fun to make,\u201d he said."
    )
    lex = lexicon(WATCHLIST)
    assert extract(text, lex) == []  # the rules keep neither: no side taken
    added = _Extractor(text, lex).run(_KeepsAll())  # type: ignore[arg-type]
    assert [r.speaker for r in added] == ["Charlie Cox"]
