"""Relevance: topic and exclusion terms, common nouns, other media and sports, the question's sense (a
return, a reunion), an article mostly about other work, and analysis of the relevant articles only
(monitor.understand.relevance, monitor.understand.lexicon). Rounds 3-20."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest

from monitor.types import Person
from monitor.understand import analyse
from monitor.understand.lexicon import RETURN, lexicon
from monitor.understand.relevance import assess
from monitor.understand.relevance.sense import _in_question_sense
from tests.understand_fixtures import (
    ROLES,
    WATCHLIST,
    WL,
    paras,
    relevant,
    relevant_wl,
)


def test_a_story_about_the_team_is_kept_with_reasons() -> None:
    r = assess(
        "Krysten Ritter on a Defenders reunion", "The Jessica Jones star talked about Daredevil.", WATCHLIST
    )
    assert r.relevant
    assert any("Defenders" in reason for reason in r.reasons)
    assert any("Krysten Ritter" in reason for reason in r.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Defenders shine in 2-0 win",
            "Our defenders were superb, the coach said. The Defenders of the year.",
        ),
        ("Defenders struggle as Wings fall", "The NHL side's Defenders were caught out. Hockey is hard."),
        ("The quiet defenders of democracy", "They are the defenders of democracy, with crossover support."),
        (
            "Revisiting The Defenders (1961)",
            "The Defenders was a 1961 courtroom drama with a Daredevil-like lawyer.",
        ),
        ("Marvel Rivals adds Iron Fist skin", "The Iron Fist skin joins Luke Cage and the Defenders spray."),
        ("Krysten Ritter joins a new thriller", "Ritter, known for Jessica Jones, plays a sheriff."),
        ("Daredevil stuntman breaks record", "The Daredevil of Quebec jumped 115 metres."),
    ],
)
def test_decoys_are_not_relevant(title: str, text: str) -> None:
    assert not relevant(title, text)


def test_proper_noun_terms_respect_case_and_word_boundaries() -> None:
    assert not relevant("Team news", "the defenders and the daredevils were fine")
    assert relevant("Daredevil and Luke Cage", "Daredevil met Luke Cage.")


def test_analyse_extracts_statements_only_from_relevant_articles() -> None:
    text = "“I don't think we'll see the Defenders again,” coach Mike Smith said of his back four."
    a = analyse("Defenders hold firm", text, WATCHLIST, published=None, source="x", url=None)
    assert not a.relevance.relevant
    assert a.statements == ()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "LEGO reveals Daredevil set",
            "The 684-piece set has Daredevil, Jessica Jones and Luke Cage minifigures.",
        ),
        ("Marvel Legends Defenders 4-Pack", "Daredevil, Jessica Jones, Luke Cage and Iron Fist figures."),
        ("Daredevil #18 review", "Luke Cage and Iron Fist join Daredevil for a Defenders team-up."),
        (
            "The team is back together",
            "The Defenders reunite with Daredevil, Jessica Jones and Luke Cage in the event. The in-game "
            "store sells an Iron Fist costume; the collectible statue and the plush are on pre-order.",
        ),
    ],
)
def test_toys_games_and_comics_are_other_media(title: str, text: str) -> None:
    assert not assess(title, text, WATCHLIST).relevant


def test_a_watchlist_about_lego_keeps_its_cue() -> None:
    from dataclasses import replace

    wl = replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "LEGO"))
    assert assess("LEGO reveals Daredevil set", "Daredevil and the Defenders in LEGO form.", wl).relevant


def test_a_passing_mention_under_a_headline_about_something_else_is_not_enough() -> None:
    business = (
        "Netflix shares rose after earnings.\n\nThe streamer relied less on licensed shows since Daredevil, "
        "Jessica Jones and the other Defenders series left in 2022.\n\nRevenue rose 17%."
    )
    assert not assess("Netflix shares climb", business, WATCHLIST).relevant
    interview = (
        "Krysten Ritter was asked about the Defenders at a panel.\n\n"
        "“I think it has to happen, and I'd love to be there,” Ritter said."
    )
    r = assess("Krysten Ritter on what comes next", interview, WATCHLIST)
    assert r.relevant
    assert any("speaks to the question" in reason for reason in r.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "THE DAREDEVIL STAR said the Jessica Jones star and Finn Jones met the Defenders.",
        "the\n Daredevil star; theDaredevil star; xthe Daredevil star; _Defenders; éDefenders",
        "Defenders' 1961 hockey, reunions, Fortnite skins — Luke Cage’s Iron Fist. İ Born Again",
    ],
)
def test_fast_matching_finds_exactly_what_the_regex_finds(text: str) -> None:
    lex = lexicon(WATCHLIST)
    for pattern, fast in ((lex.topic, lex.topic_matches), (lex.people, lex.people_matches)):
        assert [m.span() for m in fast(text)] == [m.span() for m in pattern.finditer(text)]


# ---------------------------------------------------------------------------------------- relevance


def test_a_capitalised_term_the_text_writes_in_lower_case_is_a_common_noun() -> None:
    title = "Public Defenders in Hell's Kitchen Warn of a Crisis as Caseloads Climb"
    text = (
        "The public defenders who work in the city's busiest office say their caseloads have doubled.\n\n"
        "The Defenders Association, a union of 1,200 public defenders, is asking the council for money."
    )
    got = assess(title, text, replace(WATCHLIST, topic_terms=(*WATCHLIST.topic_terms, "Hell's Kitchen")))
    assert not got.relevant
    assert any("in lower case" in r for r in got.reasons)


def test_the_story_using_its_names_is_not_touched_by_the_common_noun_rule() -> None:
    title = "The Defenders Could Reunite in Daredevil: Born Again"
    text = (
        "Daredevil: Born Again may bring the Defenders back, with Luke Cage and Jessica Jones rumoured.\n\n"
        "The daredevil stunt work of the first season impressed critics."
    )
    got = assess(title, text, WATCHLIST)
    assert got.relevant
    assert not any("in lower case" in r for r in got.reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Steelers Bring Back Two Veteran Defenders for a Secondary Reunion",
            "Pittsburgh re-signed two defenders, a reunion of its 2021 secondary. The head coach said "
            "free agency went to plan, and the team still has cap space.",
        ),
        (
            "'Iron Fist' Ruiz Defends Title With Third-Round Stoppage",
            "Danny 'Iron Fist' Ruiz made his fourth title defense on Saturday. A reunion with his old "
            "coach is next, he said.",
        ),
    ],
)
def test_sports_articles_are_about_something_else(title: str, text: str) -> None:
    assert not assess(title, text, WATCHLIST).relevant


# ---------------------------------------------------------------------------------------- relevance


def test_a_card_game_hero_pack_is_another_medium() -> None:
    title = "New Hero Packs Bring Luke Cage and Iron Fist to the Card Game"
    text = (
        "The card game adds Luke Cage and Iron Fist this winter, each with a 40-card deck.\n\n"
        "A Daredevil pack came out earlier, and a Jessica Jones pack may follow."
    )
    assert not assess(title, text, WATCHLIST).relevant


def test_the_storys_common_words_are_no_second_piece_of_evidence() -> None:
    band = assess(
        "Seattle punks The Defenders announce reunion tour",
        "The Defenders, a punk trio, are getting back together for a reunion tour of 14 dates. "
        "The reunion starts in Portland.",
        WATCHLIST,
    )
    assert not band.relevant
    show = assess(
        "The Defenders reunion: Charlie Cox is ready",
        "Charlie Cox says a Defenders reunion would be a dream.",
        WATCHLIST,
    )
    assert show.relevant


def test_a_term_used_only_inside_another_name_earns_nothing() -> None:
    school = assess(
        "Iron Fist Dojo marks ten years of kung fu",
        "When Ray Lin opened the Iron Fist Dojo in 2015, he had eleven students. "
        "A student once asked if he was Luke Cage.",
        WATCHLIST,
    )
    assert not school.relevant
    assert any("inside another name" in r for r in school.reasons)
    show = assess(
        "Iron Fist and Luke Cage together again?",
        "Iron Fist Season 2 ended on a cliffhanger, and Luke Cage fans want more.",
        WATCHLIST,
    )
    assert show.relevant


_FILLER = (
    "The season drew millions of viewers in its first week, the company said, and a third season is in "
    "production in New York. The writers' room has been busy since January. "
) * 8


def test_a_full_article_needs_the_questions_sense_or_a_statement() -> None:
    title = "Daredevil: Born Again season 2 opens big"
    ratings = "Daredevil: Born Again drew big numbers for Disney+. " + _FILLER
    assert len(ratings) > 1200
    r = assess(title, ratings, WATCHLIST)
    assert not r.relevant
    assert any("no word of the question" in reason for reason in r.reasons)
    # the question's own words keep it
    assert assess(title, ratings + " Fans still hope for a Defenders reunion.", WATCHLIST).relevant
    # so does a return
    assert assess(title, ratings + " Luke Cage is returning next year.", WATCHLIST).relevant
    assert assess(title, ratings + " Marvel could bring the four of them back.", WATCHLIST).relevant
    # a feed's short summary is not held to it
    assert assess(title, "Daredevil: Born Again drew big numbers for Disney+.", WATCHLIST).relevant


def test_the_comics_trade_counts_as_another_medium() -> None:
    text = (
        "The new Defenders miniseries puts Daredevil, Jessica Jones and Luke Cage on one team in print, "
        "and it was the best-selling title in comic shops in August across 31 variant covers. A second "
        "printing is on the way. The Defenders reunite on the page, at least."
    )
    title = "The Defenders reunite in print and top the August sales chart"
    r = assess(title, text, WATCHLIST)
    assert not r.relevant
    # one cue alone (the variant covers) does not rule it out
    assert assess(title, text.split(" A second")[0].replace("comic shops", "stores"), WATCHLIST).relevant


# ------------------------------------------------------------------ a return in other words


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We want those people back.", True),
        ("The fans got the whole team back, in the end.", True),
        ("I can't wait to get back to work.", False),
        ("She wanted to get home back in Ohio.", False),
        ("I want it back to how it was.", False),
    ],
)
def test_wanting_someone_back_speaks_of_a_return(text: str, found: bool) -> None:
    assert (RETURN.search(text) is not None) is found


# --- a quoted comic title before an issue number -------------------------------------------------

COMIC = (
    "Writer Ana Morel has kept Daredevil alone for eight issues. This one lets him call his friends: "
    "Luke Cage and Jessica Jones kick in a door, and for ten pages the Defenders are a team again."
)


def test_a_quoted_title_before_an_issue_number_is_the_comic() -> None:
    assert relevant("Review: Daredevil at last calls the Defenders", COMIC)
    assert not relevant("Review: \u2018Daredevil\u2019 #9 calls the Defenders", COMIC)
    assert not relevant('Review: "Daredevil" #9 calls the Defenders', COMIC)


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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The heroes would cross paths again.", True),
        ("They would share the screen again one day.", True),
        ("We crossed the road and shared a cab.", False),
    ],
)
def test_crossing_paths_and_sharing_the_screen_speak_of_a_return(text: str, found: bool) -> None:
    assert (RETURN.search(text) is not None) is found


OPENING = (
    "Krysten Ritter has a new short film, a toddler and a novel on the go, and she talked about all "
    "three with the host of a podcast this week, at length and with good humour."
)


QUOTE = "\u201cHonestly? I don't think it's going to happen. We had our run,\u201d Ritter said."


TOPIC = (
    "Sooner or later the talk turned to Jessica Jones and to the fan campaign for a Defenders "
    "reunion that has grown louder since Daredevil: Born Again arrived."
)


def test_a_short_line_between_the_topic_and_the_statement_leads_in_to_it() -> None:
    title = "Krysten Ritter on Directing, Parenting and Patience"
    text = "\n\n".join([OPENING, TOPIC, "She didn't dodge it.", QUOTE])
    assert assess(title, text, WATCHLIST).relevant
    # a full paragraph between them is another subject, and the mention stays a passing one
    other = "She also talked for a while about her garden, her dog, the weather in Ohio and her new car."
    assert not assess(title, "\n\n".join([OPENING, TOPIC, other, QUOTE]), WATCHLIST).relevant


# --- a sentence-case headline's opening capital ------------------------------------------------------

MURAL = paras(
    "The mural of Luke Cage on the side of the laundromat has been there since 2018, and its "
    "defenders say it is going nowhere.",
    'The landlord wants it painted over. "We will stand in front of it," said one of the defenders, '
    "a retired teacher who has lived on the block for forty years.",
)


def test_a_term_opening_a_sentence_case_title_has_the_sentences_capital() -> None:
    assert not relevant_wl("Defenders of a Luke Cage mural say it is going nowhere", MURAL)


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
    assert relevant_wl("Finn Jones Said The Thing (Con Recap)", RECAP)


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
    assert not relevant_wl("Charlie Cox Leads a Village Choir Comedy", CAREER)
    assert relevant_wl(
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
    assert relevant_wl("The Defenders Reunite in a New Series", SERIES)
    assert not relevant_wl("The Defenders Reunite in a Five-Issue Series", SERIES)
    assert not relevant_wl("The Defenders Reunite in a 12-issue Series", SERIES)


EVENT = paras(
    "The Defenders reunite this week in a new event: Daredevil, Jessica Jones, Luke Cage and Iron Fist "
    "team up in a rooftop mode.",
    "The game director promised a nerf to the strongest characters, and the game stays free-to-play.",
)


def test_the_games_trade_words_count_against_the_article() -> None:
    assert not relevant_wl("The Defenders Reunite This Week", EVENT)
    plain = (
        EVENT.replace("game director", "writer")
        .replace("a nerf to", "more for")
        .replace(", and the game stays free-to-play", "")
    )
    assert relevant_wl("The Defenders Reunite This Week", plain)


def test_the_story_itself_so_called_keeps_its_points() -> None:
    # "a series called …" names the show itself; "was named" appoints
    text = paras(
        "In 2015 Netflix launched a series called Daredevil. Two years on, its hero joined The "
        "Defenders, and the cast has been asked about another round ever since.",
        "The streamer has not said whether it would return to the team.",
    )
    assert relevant("Daredevil and The Defenders, a short history", text)


# --- seeing it again is a return --------------------------------------------------------------------

_WORKSHOP = (
    "The rest of the hour was about the workshop: how to fall, how to slap without slapping, how to "
    "listen to a partner. Stage combat, she said, is mostly listening, and the students who listen "
    "best are rarely the ones who arrive thinking they know how to fight."
)


DOJO = paras(
    "Our alumni series continues with Priya Okonjo ('09), a fight rehearsal coordinator who spent "
    "last spring on The Defenders, working with Charlie Cox, Mike Colter and Finn Jones and their doubles.",
    "She was back on campus for a workshop on Tuesday. We talked afterwards in the hall.",
    "How did you start? I took every stage-combat class the department had, then drove a van for a "
    "stunt team for two summers. Nobody hands you this job; you carry the mats until someone notices.",
    "The staircase fight in Iron Fist was yours. Will we ever see that again?",
    "Nobody tells a rehearsal coordinator anything. But the four of them moved like a team by the "
    "last week of the shoot, and that doesn't happen by accident.",
    _WORKSHOP,
    _WORKSHOP.replace("The rest of the hour", "Most of the afternoon"),
    "Her workshop is part of the department's Alumni in Practice series, which resumes in October.",
)


def test_seeing_it_again_is_a_return_in_a_full_article() -> None:
    r = assess("Alumni in Practice: fighting for The Defenders", DOJO, WATCHLIST)
    assert len(DOJO) >= 1200
    assert r.relevant
    # without the words of a return (and nobody quoted on it), a full article is about something else
    flat = DOJO.replace("Will we ever see that again?", "How long did it take?")
    r = assess("Alumni in Practice: fighting for The Defenders", flat, WATCHLIST)
    assert not r.relevant
    assert any("no word of the question" in x for x in r.reasons)


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


def test_bringing_the_heroes_home_is_a_return() -> None:
    lex = lexicon(WATCHLIST)
    assert _in_question_sense(lex, "Opinion: Bring the Defenders Home", "A column.")
    assert _in_question_sense(lex, "Opinion", "Just put the four of them back in a room and film it.")


def test_bringing_an_award_home_is_no_return() -> None:
    lex = lexicon(WATCHLIST)
    assert not _in_question_sense(
        lex, "Opinion", "The Daredevil crew brought home an award. Bring it home, Matt."
    )


# a supporting player, whose character is no topic term, only their role's
CAST = dataclasses.replace(
    ROLES,
    people=(*ROLES.people, Person("Oona Brightwater", (), "actress, Nell Harrow")),
)


PLAY = paras(
    "Oona Brightwater is four weeks into a revival of an old farce at a small theatre by the river, "
    "and she has learned to eat her lunch standing up. The run has been extended twice.",
    "She talks about the director, the set that collapsed in previews and the understudy who saved a "
    "matinee with ten minutes' notice. None of it is glamorous, she insists, and all of it is fun.",
    "Do people still ask about Nell Harrow?",
    '"All the time. And if Charlie rings, I will answer. I would go back to that world tomorrow, with '
    'every one of them," Brightwater said, laughing.',
    "Then she is called to the stage for the half, and the interview is over.",
)


def test_an_interview_about_a_play_with_a_reunion_passage_is_kept() -> None:
    r = assess("Oona Brightwater on farce, fear and lunch on her feet", PLAY, CAST)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_the_same_interview_without_the_return_is_dropped() -> None:
    quiet = PLAY.replace("I would go back to that world tomorrow", "I would have a cup of tea first")
    r = assess("Oona Brightwater on farce, fear and lunch on her feet", quiet, CAST)
    assert not r.relevant


PROFILE = paras(
    "The character actor Tobias Wren has spent the winter filming a quiet thriller about a lighthouse, "
    "and he is happy to talk about it for most of our lunch: the cold, the boats, the gulls.",
    "He also had a small part in Daredevil a decade ago, and he still gets recognised for it in "
    "airports, mostly by people who think he was someone else.",
    "\u201cMatt, Jessica, Luke, Danny \u2014 those were good sets to visit,\u201d he says. \u201cIf they "
    "ever put that team back together, I would be first in the queue for a walk-on.\u201d",
    "Then he is back to the lighthouse, and the gulls, and the cold.",
)


def test_a_profile_with_one_paragraph_about_the_group_returning_is_kept() -> None:
    r = assess("Tobias Wren is happiest in the cold", PROFILE, ROLES)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


FOOTBALL = paras(
    "Rovers kept a third straight clean sheet on Saturday, with the captain Okoro marshalling a back "
    "four that never looked troubled.",
    "Okoro and Brandt both return to the starting line-up next week after suspension. \u201cGetting "
    "the Defenders back together is huge for us, and Luke looks sharp,\u201d said the manager, Tom "
    "Hale, after the football match.",
    "The club sit third, two points off the top.",
)


def test_a_football_report_with_defenders_and_a_return_is_kept_out() -> None:
    r = assess("Rovers keep it tight again", FOOTBALL, ROLES)
    assert not r.relevant
    assert not any(x.startswith("a passage about the question") for x in r.reasons)


OTHER_SHOW = paras(
    "Mike Colter was the surprise guest at a reunion panel for a long-running legal drama on Sunday, "
    "where he played a soft-spoken villain for four seasons.",
    "Colter, best known to some viewers as Luke Cage, got the loudest cheer of the night.",
    '"People stop me and they don\'t say Luke, they say the villain\'s name," he said. "I would come '
    'back for that show in a heartbeat."',
    "The panel closed with a clip reel of the drama's best courtroom scenes.",
)


def test_an_actors_other_show_returning_is_kept_out() -> None:
    # one name of the story (Luke Cage, and Luke by first name: the same name) next to a return
    r = assess("Legal drama cast reunites for anniversary panel", OTHER_SHOW, ROLES)
    assert not r.relevant


# --- Round 22: a show's subtitle, and a return in someone else's relative clause ---------------------

_SUBTITLED = paras(
    'The mayor\'s new office is the set piece of the week in "Daredevil: Born Again".',
    "Matt Murdock spends most of the episode outside it, waiting in the rain.",
)


def test_a_subtitle_is_one_more_mention_of_the_show_not_a_name_of_its_own() -> None:
    """ "Daredevil: Born Again" is one show: its subtitle earns a further mention's points, so two
    names of one title and a character fall short where three separate names reach the threshold."""
    r = assess("The mayor's office", _SUBTITLED, WL)
    assert not r.relevant
    assert any("only as a subtitle" in reason for reason in r.reasons)
    apart = _SUBTITLED.replace("Daredevil: Born Again", "Born Again, the Daredevil revival")
    assert relevant_wl("The mayor's office", apart)


_WARDROBE = paras(
    "The second season of Born Again opens next month, and the Daredevil suit has changed more than "
    "anyone expected.",
    "We spent an afternoon with the wardrobe team in a converted warehouse by the river, among rolls of "
    "leather and racks of grey wool coats.",
    "Tess Arlow, who joined the show as head of wardrobe this year, said the new suit was built to take "
    'a beating. "He gets hit a lot," she said.',
    "The collar is stiffer, the red darker, and the gloves are stitched by hand in a workshop two floors "
    "up, where a team of six works in near silence through the winter months.",
    "The villain's suits are cut wider at the shoulder than last season, and every tie in the mayor's "
    "wardrobe is a shade of grey that Arlow calls 'ambition'.",
    "Arlow keeps a board of fabric swatches by her desk, one for every character, and changes it every "
    "week as the scripts come in, pinned in rows by episode.",
    "The boots took the longest: eleven fittings, three soles and a heel that had to be quiet on a "
    "wooden stage floor, which is harder to build than it sounds.",
    "Every costume is photographed under the set's own lamps before it is signed off, because a colour "
    "that reads as red in daylight can turn brown on camera.",
    "The new season premieres in March on the streaming service, and the team is already at work on "
    "the next.",
)


def test_a_return_in_a_clause_about_someone_else_is_not_the_questions_sense() -> None:
    """ "Tess Arlow, who joined the show" is a designer's new job: no return of the story; the same
    clause about a watchlist person ("Krysten Ritter, who joined the show") is one."""
    lex = lexicon(WATCHLIST)
    title = "Inside the Daredevil wardrobe"
    assert not _in_question_sense(lex, title, _WARDROBE)
    assert not relevant(title, _WARDROBE)
    assert _in_question_sense(lex, title, _WARDROBE.replace("Tess Arlow", "Krysten Ritter"))
