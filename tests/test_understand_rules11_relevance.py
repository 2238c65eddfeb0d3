"""Round 11 relevance and story rules: a quoted title before an issue number, one name with the
headline's person speaking, lower-case singulars of a plural name, the core term's own words, and a
rewrite that credits the original outlet."""

from __future__ import annotations

from dataclasses import replace

from monitor.types import Analysis, Article, Relevance
from monitor.understand import stories
from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST, article


def relevant(title: str, text: str) -> bool:
    return assess(title, text, WATCHLIST).relevant


# --- a quoted comic title before an issue number -------------------------------------------------

COMIC = (
    "Writer Ana Morel has kept Daredevil alone for eight issues. This one lets him call his friends: "
    "Luke Cage and Jessica Jones kick in a door, and for ten pages the Defenders are a team again."
)


def test_a_quoted_title_before_an_issue_number_is_the_comic() -> None:
    assert relevant("Review: Daredevil at last calls the Defenders", COMIC)
    assert not relevant("Review: \u2018Daredevil\u2019 #9 calls the Defenders", COMIC)
    assert not relevant('Review: "Daredevil" #9 calls the Defenders', COMIC)


# --- one name, and the headline's person speaking to the question ----------------------------------

FILM = "\n\n".join(
    [
        (
            'In "Third Down," Mike Colter plays a high-school football coach whose season falls apart '
            "in a week. The games are almost beside the point, and the football scenes were shot in two"
            " days. The story is set in 1961."
        ),
        (
            'Colter spent a month with a real coaching staff. "The kids could tell whether I knew '
            'football," he says. "For the first week, I did not."'
        ),
        (
            'The film is really about grief. "I lost my brother while we were prepping," he says. "That'
            ' went into it."'
        ),
        ("He is also asked, as in every interview, about Luke Cage and a reunion with the others."),
        ('"I don\'t see it happening, not with me," Colter says. "I\'ve made my peace with that."'),
        ("The film opens in July."),
    ]
)


def test_one_name_counts_when_the_headline_person_speaks_to_the_question() -> None:
    r = assess("Mike Colter on coaching football and Luke Cage", FILM, WATCHLIST)
    assert r.relevant
    assert any("Mike Colter speaks to the question" in reason for reason in r.reasons)


def test_one_name_without_the_headline_person_is_not_enough() -> None:
    # the same text under a title that names no watchlist person, or only a common word of the topic
    assert not relevant("A football film, and a word on Luke Cage", FILM)
    assert not relevant("Mike Colter on his football film's reunion", FILM)


# --- a plural name written as a lower-case singular, and the core term's own words ------------------

CASELOADS = "\n\n".join(
    [
        (
            "The joke on the fifth floor of the county public defender's office is that everybody here "
            "works for Daredevil, and nobody gets a costume."
        ),
        (
            '"It is a job for people who like to run," said Ruth Abara, who has been a public defender '
            'for eleven years. "I had nine hearings before lunch on Monday."'
        ),
        (
            "The office's staff attorneys carried an average of 140 open cases each last year, "
            "according to figures the county released in August, well above the limits national defense"
            " groups recommend. Two of its investigators left in the spring and have not been replaced."
        ),
        (
            '"Defenders are not the problem. The numbers are the problem," said Tom Quill, who leads '
            "the attorneys' union, which is negotiating its first new contract in nine years."
        ),
        (
            'The county said it had budgeted for 25 new attorney positions. "We hear them, and we will '
            'keep listening at the table," said a spokeswoman, Dana Holt.'
        ),
        (
            "Some younger lawyers say Jessica Jones helped bring them in. Others came from legal aid "
            "clinics, from prosecutors' offices across the river, or straight from night school, where "
            "they had studied while working in the county clerk's office downstairs. The union votes on"
            " the county's offer next month, and the office expects its caseloads to stay high through "
            "the winter."
        ),
    ]
)


def test_a_lower_case_singular_of_the_plural_name_is_a_common_noun() -> None:
    r = assess("The real Daredevils: inside a county office running on empty", CASELOADS, WATCHLIST)
    assert not r.relevant
    assert any("'defenders' in lower case" in reason for reason in r.reasons)


def test_the_show_named_once_with_a_reunion_word_stays_relevant() -> None:
    text = CASELOADS.replace("The union votes", "Fans still hope the Defenders reunite. The union votes")
    assert relevant("The real Daredevils: inside a county office running on empty", text)


# --- a rewrite that credits the original outlet ---------------------------------------------------

ORIGINAL = (
    "AUSTIN \u2014 Krysten Ritter has not given up on Jessica Jones. Speaking at the premiere of her new "
    "thriller, the actress said she was \u201copen to\u201d a Defenders reunion, as long as Jessica gets to "
    "\u201cbe rude to everybody again.\u201d Ritter plays a diver who finds a wreck off the coast, and "
    "she spent three weeks in cold water for it. Her director said she can do stillness, which is rarer than "
    "people think, and the film is seeking distribution after two more screenings this week."
)
REWRITE = (
    "Good news for anyone still rewatching Jessica Jones every winter. According to Harbor Wire, "
    "Krysten Ritter is \u201copen to\u201d a Defenders reunion, as long as Jessica gets to \u201cbe rude to "
    'everybody again.\u201d Fans wasted no time: "Put her in Born Again and let her insult Fisk," wrote '
    "one user, in a post liked thousands of times since. Ritter last played the investigator in "
    "2019, and the new season is streaming now."
)


def rows(rewrite: str) -> list[tuple[Article, Analysis]]:
    a = replace(
        article(1, "Ritter says she is open to it, on one condition", ORIGINAL, day=2), source="Harbor Wire"
    )
    b = replace(article(2, "Is Jessica back? Ritter weighs in", rewrite, day=4), source="Pop Daily")
    none = Analysis(Relevance(True, 5.0, ()), ())
    return [(a, none), (b, none)]


def test_a_rewrite_crediting_the_original_outlet_joins_its_story() -> None:
    assert stories.group(rows(REWRITE)) == [[0, 1]]


def test_the_same_sentence_without_the_credit_is_not_enough() -> None:
    uncredited = REWRITE.replace("According to Harbor Wire, ", "")
    assert stories.group(rows(uncredited)) == [[0], [1]]
