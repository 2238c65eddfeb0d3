"""Round 19 (g): a name after a noun for an animal, a vessel or a band is that thing's name; a name
with an age after it is a person's (and a watchlist surname standing only for that name is not the
watchlist person); a watchlist person speaking to the question next to a name of the story is a
piece of evidence worth points; a re-quote credited to another outlet in the past tense, in an
article with a lead and a title of its own, is a citation, not the same story."""

from __future__ import annotations

from dataclasses import replace

from monitor.types import Analysis, Article, Relevance, Statement
from monitor.understand import stories
from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST, article

# --- a name in apposition after an animal's, a vessel's or a band's noun ----------------------------

HORSE = (
    "The mare Luke Cage held off Silver Defenders by half a length in the 1600-metre maiden at "
    "Ellerslie on Sunday, her first win in five starts.\n\n"
    "Silver Defenders, trained at Matamata, led until the last 100 metres. Luke Cage is owned by "
    "a group of six retired teachers from Hamilton, and their trainer said she would now step up "
    "in class."
)


def test_a_name_after_an_animals_noun_is_the_animals_name() -> None:
    r = assess("Luke Cage wins the maiden at Ellerslie", HORSE, WATCHLIST)
    assert not r.relevant
    assert any("name of something else" in x for x in r.reasons)
    # a person's noun before the name is the story's own character: kept as before
    show = HORSE.replace("The mare Luke Cage", "The hero Luke Cage")
    assert "name of something else" not in " ".join(assess("Luke Cage wins", show, WATCHLIST).reasons)


# --- a name with an age after it is a person's ------------------------------------------------------

PRINCIPAL = (
    "More than 90 former Defenders came back to the old Eastfield High on Friday for a reunion, "
    "and retired teacher Jessica Jones was there to greet them.\n\n"
    '"I taught most of them to spell," Jones, 81, said. "Some of it stuck."\n\n'
    "The school, whose teams have been the Defenders since the 1950s, closed in 2012."
)


def test_a_name_with_an_age_is_a_person_not_the_character() -> None:
    r = assess("Retired teacher Jessica Jones welcomes back the Defenders", PRINCIPAL, WATCHLIST)
    assert not r.relevant
    assert not any("Finn Jones" in x for x in r.reasons)  # "Jones" is hers, not the actor's
    # without the age the name is the character's, and the article is kept as before
    no_age = PRINCIPAL.replace("Jones, 81, said", "Jones said")
    assert assess("Retired teacher Jessica Jones welcomes back the Defenders", no_age, WATCHLIST).relevant


def test_a_watchlist_person_named_in_full_keeps_the_surname() -> None:
    text = PRINCIPAL + "\n\nFinn Jones, who played Iron Fist, sent a video message to the gym."
    r = assess("Retired teacher Jessica Jones welcomes back the Defenders", text, WATCHLIST)
    assert any("Finn Jones" in x for x in r.reasons)


# --- a watchlist person's statement next to a name of the story -------------------------------------

CARPET = (
    "The wind was up, the heels were high and everyone had a line for us on the carpet.\n\n"
    "Krysten Ritter, up for a best actress prize for Jessica Jones and Luke Cage crossover work, "
    'on whether more was coming: "There are old friends coming back, and I am so happy about it."\n\n'
    'A comedian, on the buffet: "I came for the shrimp and I am leaving with the shrimp."'
)


def test_a_watchlist_person_speaking_next_to_the_names_adds_evidence() -> None:
    r = assess("The red carpet in quotes", CARPET, WATCHLIST)
    assert r.relevant
    assert any("speaks to the question next to a name" in x for x in r.reasons)
    # the same paragraph with no statement stays short of the threshold
    mute = CARPET.replace(
        'on whether more was coming: "There are old friends coming back, and I am so happy about it."',
        "wore green.",
    )
    assert not assess("The red carpet in quotes", mute, WATCHLIST).relevant


# --- a re-quote credited in the past tense is a citation ---------------------------------------------

INTERVIEW = (
    "This is a transcript of Morning Line, lightly edited.\n\n"
    "HOST: Will the Defenders ever get back together?\n\n"
    'Mike Colter said: "I would love one more fight in that hallway with all four of us."\n\n'
    "HOST: Mike Colter, thank you."
)
NEWS = (
    "Netflix has ended Luke Cage after two seasons, the streamer said on Monday.\n\n"
    "The cancellation came days after the second season opened to strong reviews.\n\n"
    'Star Mike Colter had sounded hopeful: "I would love one more fight in that hallway with all four '
    'of us," he told Morning Line last week.'
)
QUOTE = Statement(
    speaker="Mike Colter",
    text="I would love one more fight in that hallway with all four of us",
    stance="positive",
    kind="quote",
    date=None,
    source="",
)


def _rows(news: str, news_title: str) -> list[tuple[Article, Analysis]]:
    title = "Transcript: Mike Colter on boxing and fatherhood"
    a = replace(article(1, title, INTERVIEW, day=2), source="Morning Line Radio")
    b = replace(article(2, news_title, news, day=4), source="Stream Daily")
    an = Analysis(Relevance(True, 5.0, ()), (QUOTE,))
    return [(a, an), (b, an)]


def test_a_re_quote_credited_in_the_past_tense_is_a_citation() -> None:
    assert stories.group(_rows(NEWS, "Netflix ends Luke Cage after two seasons")) == [[0], [1]]


def test_the_same_quote_without_the_credit_still_groups() -> None:
    uncredited = NEWS.replace(" he told Morning Line last week.", " he said.")
    assert stories.group(_rows(uncredited, "Netflix ends Luke Cage after two seasons")) == [[0, 1]]


def test_a_rewrite_of_the_interview_with_a_title_like_it_still_groups() -> None:
    # a rewrite about the interview itself shares the title's words (Mike Colter): the same story
    assert stories.group(_rows(NEWS, "Mike Colter hopes for one more Defenders fight")) == [[0, 1]]


# --- a castmate's first name opening a single-quoted quote -------------------------------------------

HOBBY = (
    "Charlie Cox has spent the summer restoring a canal boat, and he talks about little else.\n\n"
    "'It leaks, but it floats,' he says. He was Matt Murdock in Daredevil until the show ended, "
    "and Daredevil fans still stop him on the towpath.\n\n"
    "'Krysten? She would go back tomorrow if anyone asked, and so would I,' he says."
)


def test_a_first_name_opening_a_single_quoted_quote_is_a_castmate() -> None:
    r = assess("Charlie Cox on life afloat", HOBBY, WATCHLIST)
    assert r.relevant
    assert any("speaks to the question" in x for x in r.reasons)
