"""Round 19 relevance rules: a headline naming a person with their own role (the show or the
character, by first name too) is co-occurrence; doing it again, a sequel, asking for a part back
and being back as a character are words of a return; exclusion terms all in one line of someone's
other credits do not rule the article out."""

from __future__ import annotations

import dataclasses

from monitor.types import Person
from monitor.understand.relevance import assess
from tests.test_relevance_r17 import DOJO
from tests.understand_fixtures import WATCHLIST


def paras(*parts: str) -> str:
    return "\n\n".join(parts)


# the same watchlist, its people with their roles
ROLES = dataclasses.replace(
    WATCHLIST,
    people=(
        Person("Charlie Cox", ("the Daredevil star",), "actor, Matt Murdock in Daredevil"),
        Person("Krysten Ritter", ("the Jessica Jones star",), "actress, Jessica Jones"),
        Person("Mike Colter", ("the Luke Cage star",), "actor, Luke Cage"),
        Person("Finn Jones", ("the Iron Fist star",), "actor, Danny Rand in Iron Fist"),
    ),
)

# --- the headline's person with their own role ----------------------------------------------------

BRIEF = (
    "Mike Colter, who spent two seasons as Luke Cage, told a breakfast show on Monday that the "
    'gym scenes were the hardest he ever shot. "I still can\'t look at a punching bag," he said.'
)


def test_a_headline_naming_a_person_with_their_own_show_is_co_occurrence() -> None:
    title = "Mike Colter on Luke Cage: 'I still can't look at a punching bag'"
    r = assess(title, BRIEF, ROLES)
    assert r.relevant
    assert any("own role" in x for x in r.reasons)
    # a role the watchlist does not give him: one name alone, as before
    assert not assess(title, BRIEF, WATCHLIST).relevant


def test_the_character_by_first_name_in_the_headline_is_the_role() -> None:
    text = (
        "Krysten Ritter, who played Jessica Jones for three seasons, told a podcast she keeps the "
        'leather jacket in a box. "It\'s packed away for now," she said.'
    )
    assert assess("Krysten Ritter on motherhood and packing Jessica away", text, ROLES).relevant
    # the first name as the start of a full name inside her alias is no role of the headline's
    alias = "A Thriller by the Jessica Jones Star Krysten Ritter Heads to Bookshops"
    assert not assess(alias, text, ROLES).relevant


# --- more words of a return -------------------------------------------------------------------------


def test_doing_it_again_a_sequel_and_asking_for_it_back_are_returns() -> None:
    title = "Alumni in Practice: fighting for The Defenders"
    base = DOJO.replace("Will we ever see that again?", "How long did it take?")
    assert not assess(title, base, WATCHLIST).relevant
    for words in (
        "Would they ever do it again?",
        "Is a sequel likely?",
        "Has anyone asked for it back?",
    ):
        r = assess(title, base.replace("How long did it take?", words), WATCHLIST)
        assert r.relevant, words


def test_back_as_a_character_is_a_return() -> None:
    title = "Alumni in Practice: fighting for The Defenders"
    base = DOJO.replace("Will we ever see that again?", "How long did it take?")
    text = base.replace(
        "She was back on campus", "Her old partner is back as Luke Cage this year. She was back on campus"
    )
    assert assess(title, text, WATCHLIST).relevant
    # "back" in a lower-case phrase is no return to a part
    text = base.replace("She was back on campus", "She was back as a guest lecturer. She was on campus")
    assert not assess(title, text, WATCHLIST).relevant


# --- exclusion terms in a line of credits ------------------------------------------------------------


def _with_credits(credits: str) -> str:
    return paras(
        "Krysten Ritter will play Jessica Jones again next year, people close to the production said, "
        "in the new season of Born Again.",
        "Sources stressed her return is no start of a full reunion of The Defenders, the team she "
        "formed with Luke Cage and Iron Fist on Netflix.",
        credits,
    )


def test_exclusion_terms_all_in_one_line_of_credits_do_not_rule_it_out() -> None:
    title = "Krysten Ritter to return as Jessica Jones"
    credits = "Ritter's other credits include a football comedy, a Fortnite advert and a film set in 1961."
    r = assess(title, _with_credits(credits), WATCHLIST)
    assert r.relevant
    assert any("one line of other credits" in x for x in r.reasons)
    # the same terms spread over the article's own paragraphs say it is about something else
    spread = _with_credits(
        "The football comedy, the Fortnite advert and the film set in 1961 came first."
    ).replace("on Netflix.", "on Netflix, and in a football ad.")
    assert not assess(title, spread, WATCHLIST).relevant
