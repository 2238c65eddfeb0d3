"""20th round stance cues (the texts here are written for these tests): a door that stays open, named
or not, is a yes heavy enough to stand after "never say never" and against a "will not return" before
"but"; those who belong together, the rest called in ("let's get X and Y in here"), what a season is
about, the group in one room, and "that's the plan" are a yes; a chapter finished, a show that is one
hero's alone and a bar on appearing elsewhere are a no; who decides ("but that's not up to me") takes
no contrast weight after "but"; a quote followed by "<Company> said in a statement" is the company's."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of
from tests.understand_fixtures import who


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a door that stays open
        ("The Sentinels won't get a fourth year, but the door to the Harbor crew remains open.", "positive"),
        ("Never rule anything out. The door to the old precinct is open.", "positive"),
        ("Whatever happens with the ratings, the door stays open for Ada.", "positive"),
        # belonging together
        ("Those three belong together on one screen.", "positive"),
        ("They don't belong together anymore.", "negative"),
        # the rest called in
        ("Getting Rosa back made my whole summer. Now let's get Theo and Priya in here.", "positive"),
        ("Let's bring Marcus and June back, I say.", "positive"),
        # what a season is about, the group in one room; what was said called the plan
        ("Year one was about the trial; year two is about all three of them in one room.", "positive"),
        ("We open with the whole crew at the docks. That's the plan.", "positive"),
        # a chapter finished
        ("I believe that chapter's finished for me, and I'm fine.", "negative"),
        ("The book is over on that character.", "negative"),
        # one hero's alone
        ("From the first episode the series was Nadia's alone.", "negative"),
        # a bar on appearing elsewhere
        ("The deal bars the actors from appearing in any rival series for three years.", "negative"),
    ],
)
def test_r20b_cues(text: str, expected: str) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare "the door's open", which may be a hedge, stays light (no change here)
        "Never say never. We left a couple of doors open down at the harbour.",
        # the group in one room remembered is no plan
        "The two of us in the same room again after ten years, at the same old table.",
        # "let's get" a thing done is no call for the rest
        "Not this year. Let's get the first show finished.",
    ],
)
def test_r20b_not_a_yes(text: str) -> None:
    assert stance_of(text) != "positive"


@pytest.mark.parametrize(
    "text",
    [
        # who decides after a "but" concedes no more than that: the wish before it stands
        "I'd love to work with Nadia and Theo again, but that's not up to me",
        "I'd happily do a crossover, but that's above my pay grade.",
    ],
)
def test_r20b_who_decides_after_but(text: str) -> None:
    assert stance_of(text) == "positive"


def test_r20b_who_decides_alone_is_doubt() -> None:
    assert stance_of("Honestly, that's not up to me.") == "uncertain"


# ------------------------------------------------------------------ a company's statement after its quote


def test_a_quote_a_company_said_in_a_statement_is_the_company_s() -> None:
    text = (
        "Netflix has ended another of its Marvel series after two seasons.\n\n"
        "\u201cThe show will not come back, but the door to the Defenders remains open,\u201d "
        "Netflix said in a statement."
    )
    assert who(text) == [("Netflix", "positive")]
