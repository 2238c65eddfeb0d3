"""Round 16 relevance rules: a statement about the group as the second piece of evidence (other
watchlist people named next to it, castmates' first names, two characters' first names), a
character and their show as one credit, a sentence-case headline's opening capital, a page's tag
line, a short question between a topic and a statement, the question's setting, and more
other-medium cues (a comic's "five-issue" run, the games and comics trades)."""

from __future__ import annotations

from dataclasses import replace

from monitor.understand.relevance import assess
from tests.understand_fixtures import WATCHLIST

# the fixtures' watchlist, with two characters' full names among its topic terms
WL = replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "Danny Rand", "Matt Murdock"))


def relevant(title: str, text: str) -> bool:
    return assess(title, text, WL).relevant


def paras(*parts: str) -> str:
    return "\n\n".join(parts)


# --- a statement about the group: castmates by first name ------------------------------------------

STAGE = paras(
    "Finn Jones is spending the summer rehearsing a new play in Bristol, a year after Iron Fist "
    "wrapped for good.",
    "Most of our hour together is about the play, a comedy about two brothers who run a failing "
    'bakery. "I burn something every night," he says. The stage fights are easy after Iron Fist.',
    "Near the end, the talk turns to his old colleagues and what comes next.",
    '"I would jump at it if Krysten and Charlie were up for it too," Jones says. "Working with that '
    'lot was the best job I ever had."',
    "The play opens in Bristol in October.",
)


def test_castmates_by_first_name_make_the_statement_a_second_piece() -> None:
    r = assess("A Morning With Finn Jones", STAGE, WL)
    assert r.relevant
    assert any("one name only, but Finn Jones speaks to the question" in x for x in r.reasons)


def test_other_first_names_are_not_the_group() -> None:
    assert not relevant("A Morning With Finn Jones", STAGE.replace("Krysten and Charlie", "Katja and Aasif"))


def test_a_first_name_someone_else_in_the_article_has_is_not_the_castmate() -> None:
    alone = STAGE.replace("Krysten and Charlie were", "Charlie was")
    assert relevant("A Morning With Finn Jones", alone)
    other = alone.replace("The play opens", "Charlie Hunnam saw a preview. The play opens")
    assert not relevant("A Morning With Finn Jones", other)


def test_the_speaker_must_be_named_in_full_somewhere() -> None:
    # "Jones" alone may be a character's surname: the group rule wants the person named in full
    title = "After Iron Fist, a Morning in Bristol"
    assert relevant(title, STAGE)
    assert not relevant(title, STAGE.replace("Finn Jones is spending", "Jones is spending"))


# --- a statement about the group: another watchlist person named in the question before it ---------

OFF_DUTY = paras(
    "Mike Colter has a new thriller out, and he is tired in the best way. Luke Cage fans will find "
    "him a little greyer.",
    "Q: What was the hardest day on set?",
    "A: The river scene. Four nights in cold water, and I still can't feel two toes. Luke Cage never "
    "had it this bad.",
    "Q: Krysten Ritter has said she misses the show. Would you go back?",
    "A: In a heartbeat. If they call, I'll be there.",
    "Q: What's next?",
    "A: Sleep. A lot of sleep.",
)


def test_an_interviewers_question_naming_another_watchlist_person_frames_the_answer() -> None:
    assert relevant("Mike Colter, Off Duty", OFF_DUTY)
    assert not relevant("Mike Colter, Off Duty", OFF_DUTY.replace("Krysten Ritter has", "Your agent has"))


# --- a statement about the group: two characters by first name -------------------------------------

NOVEL = paras(
    "Krysten Ritter has spent the year writing, a long way from Jessica Jones.",
    "She talks about the novel, a thriller set in a frozen mining town, and about the heroine Jessica "
    "Jones taught her to write: stubborn, funny, never polite.",
    "Before we part she is asked about the old days.",
    '"Would I go back? In a heartbeat, if Matt and Danny were there too," Ritter says.',
)


def test_two_characters_by_first_name_are_the_group() -> None:
    assert relevant("Krysten Ritter's Quiet Year", NOVEL)
    assert not relevant("Krysten Ritter's Quiet Year", NOVEL.replace("Matt and Danny", "Matt"))


def test_a_statement_about_the_group_outweighs_the_other_subjects_terms() -> None:
    # two names of the story, but football and hockey weigh it down; her statement keeps it
    text = NOVEL.replace("writing,", "writing and driving her son to football and hockey,") + (
        "\n\nDaredevil is on her list of things to watch again."
    )
    text = text.replace("Matt and Danny were", "Charlie was")
    assert relevant("Krysten Ritter's Quiet Year", text)
    assert not relevant("Krysten Ritter's Quiet Year", text.replace("Charlie was", "the old crew were"))


# --- a character and their show as one credit --------------------------------------------------------

TABLE_READ = paras(
    "Thirty former students of a London drama school met on Saturday for a reunion at the old "
    "rehearsal hall, twenty years after they graduated.",
    "Among them was Finn Jones, who played Danny Rand in Iron Fist, and who read the part he had "
    "played in the class's final show.",
    '"It felt like no time had passed," Jones said. "I would do this every year."',
)


def test_a_character_and_show_named_as_one_credit_are_one_piece() -> None:
    assert not relevant("Drama School Class Holds Its Reunion", TABLE_READ)


def test_the_show_named_again_elsewhere_is_a_second_piece() -> None:
    again = TABLE_READ + "\n\nSeveral classmates admitted they had never seen Iron Fist."
    assert relevant("Drama School Class Holds Its Reunion", again)


# --- a sentence-case headline's opening capital ------------------------------------------------------

MURAL = paras(
    "The mural of Luke Cage on the side of the laundromat has been there since 2018, and its "
    "defenders say it is going nowhere.",
    'The landlord wants it painted over. "We will stand in front of it," said one of the defenders, '
    "a retired teacher who has lived on the block for forty years.",
)


def test_a_term_opening_a_sentence_case_title_has_the_sentences_capital() -> None:
    assert not relevant("Defenders of a Luke Cage mural say it is going nowhere", MURAL)


# --- a page's tag line -------------------------------------------------------------------------------

RECAP = paras(
    "Typing this on the bus home, so forgive the mess. Finn Jones did his first con panel in years "
    "today and talked about Iron Fist for most of it.",
    "Near the end somebody asked about the Defenders, and he said he would say yes in a heartbeat "
    "if the call ever came. The room lost it.",
    "More on the autograph queue and the cosplay contest tomorrow, plus Iron Fist pins.",
    "Tags: cons, luke cage, danny rand, panels",
)


def test_lower_case_tags_are_labels_not_common_nouns() -> None:
    assert relevant("Finn Jones Said The Thing (Con Recap)", RECAP)


# --- a short question between the topic and the statement --------------------------------------------

BUSY = paras(
    "Krysten Ritter's year: a novel, a thriller, and a son learning to swim.",
    "Which brings us to Jessica Jones, and the rumours of a Defenders reunion that will not go away.",
    "So has the phone rung? She laughs and looks away for a long moment.",
    '"I am not allowed to say anything," Ritter says. "But I am a lot more excited than I was a year ago."',
    "Her thriller opens in November.",
)


def test_a_short_question_goes_on_from_the_paragraph_before() -> None:
    r = assess("Krysten Ritter Is Busy", BUSY, WL)
    assert r.relevant
    assert any("Krysten Ritter speaks to the question" in x for x in r.reasons)


# --- the question's setting is no word of its sense ---------------------------------------------------

_CAREER = (
    "Charlie Cox has had a long screen career, from period dramas to Daredevil, and this week he added "
    "a small part in a quiet British comedy about a village choir. He plays the vicar, a nervous man "
    "who cannot sing and is made to lead the choir anyway when the conductor falls ill. "
)
CAREER = paras(
    _CAREER * 2,
    "The film was shot in Yorkshire over six weeks in the spring. The director, a documentary maker "
    "on her first feature, cast local singers alongside the actors, and most of the songs were "
    "recorded live on set in a church with a leaking roof. Daredevil fans will find him softer here.",
    "He prepared by doing nothing at all: he says he simply listened to old hymns in the car for a "
    "month, badly, and that his children begged him to stop. The vicar's one solo, in the last scene, "
    "was the hardest thing he has filmed in years, he says, harder than any fight.",
    "Critics at the festival liked it. One called his screen presence gentle; another said the "
    "choir stole the film. The comedy opens in cinemas in September and streams later in the year, "
    "and Jessica Jones is streaming on the same service.",
)


def test_the_questions_setting_is_not_its_sense() -> None:
    assert len(CAREER) >= 1200
    assert not relevant("Charlie Cox Leads a Village Choir Comedy", CAREER)
    assert relevant(
        "Charlie Cox Leads a Village Choir Comedy",
        CAREER.replace("streams later in the year", "fans hope the Defenders reunite later"),
    )


# --- more other-medium cues ----------------------------------------------------------------------------

SERIES = paras(
    "The Defenders are a team again: Daredevil, Jessica Jones, Luke Cage and Iron Fist share the page "
    "from March, with a new writer and artist.",
    "The first chapter ends on a rooftop in the rain.",
)


def test_a_comics_run_in_the_title_rules_the_article_out() -> None:
    assert relevant("The Defenders Reunite in a New Series", SERIES)
    assert not relevant("The Defenders Reunite in a Five-Issue Series", SERIES)
    assert not relevant("The Defenders Reunite in a 12-issue Series", SERIES)


EVENT = paras(
    "The Defenders reunite this week in a new event: Daredevil, Jessica Jones, Luke Cage and Iron Fist "
    "team up in a rooftop mode.",
    "The game director promised a nerf to the strongest characters, and the game stays free-to-play.",
)


def test_the_games_trade_words_count_against_the_article() -> None:
    assert not relevant("The Defenders Reunite This Week", EVENT)
    plain = (
        EVENT.replace("game director", "writer")
        .replace("a nerf to", "more for")
        .replace(", and the game stays free-to-play", "")
    )
    assert relevant("The Defenders Reunite This Week", plain)


# --- a name taken back, and the group statement standing for it ----------------------------------------

COURTROOM = paras(
    "Mike Colter is back on network television as a public defender in Cleveland, and he spent a "
    "month in the county courts to get ready.",
    "The podcast's host held the Luke Cage question for the end.",
    '"I think that moment has passed for the four of us," Colter said. "Charlie\'s got his show, '
    "Krysten's busy, and I'm happy for them.\"",
    'He has no regrets. "I got to be Luke Cage. That\'s plenty."',
)


def test_a_title_case_name_taken_back_leaves_one_name_and_the_group_statement() -> None:
    # "Defenders" in a title-case headline, "a public defender" in the text: the name is a common
    # noun here, and one name is left, with Colter's statement about the group
    title = "Mike Colter Says the Defenders' Moment Has Passed"
    r = assess(title, COURTROOM, WL)
    assert r.relevant
    assert not relevant(title, COURTROOM.replace("Charlie's got his show, Krysten's busy", "my show's busy"))
