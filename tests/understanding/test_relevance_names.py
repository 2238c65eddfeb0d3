"""Relevance from names: a name the article gives to something else, people with roles of their own,
characters and castmates by first name, surnames and aliases, and a statement about the group as the
second piece of evidence (monitor.understand.relevance.names, monitor.understand.relevance.people). Rounds
11-19."""

from __future__ import annotations

import dataclasses

from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from monitor.understand.relevance.people import _character_names
from tests.understand_fixtures import (
    ROLES,
    WATCHLIST,
    WL,
    paras,
    relevant,
    relevant_wl,
)


def test_aliases_and_surnames_count_as_people() -> None:
    r = assess("Defenders talk", "The Iron Fist star and Colter spoke about the Defenders.", WATCHLIST)
    reasons = " ".join(r.reasons)
    assert "Finn Jones" in reasons
    assert "Mike Colter" in reasons


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


# ------------------------------------------------------------------ relevance: a title before a name


def test_a_title_before_a_name_makes_a_person_of_it_not_the_story() -> None:
    text = (
        "A county councillor has backed residents fighting plans to build homes on a park.\n\n"
        "Cllr Jessica Jones, who represents the ward, told a packed meeting on Monday that the park belongs "
        "to everybody. The campaign group calls itself the Riverside Defenders."
    )
    assert not assess("Cllr Jessica Jones backs campaign to save riverside park", text, WATCHLIST).relevant
    assert assess("Jessica Jones backs campaign to save riverside park", text, WATCHLIST).relevant


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
    assert not relevant_wl(
        "A Morning With Finn Jones", STAGE.replace("Krysten and Charlie", "Katja and Aasif")
    )


def test_a_first_name_someone_else_in_the_article_has_is_not_the_castmate() -> None:
    alone = STAGE.replace("Krysten and Charlie were", "Charlie was")
    assert relevant_wl("A Morning With Finn Jones", alone)
    other = alone.replace("The play opens", "Charlie Hunnam saw a preview. The play opens")
    assert not relevant_wl("A Morning With Finn Jones", other)


def test_the_speaker_must_be_named_in_full_somewhere() -> None:
    # "Jones" alone may be a character's surname: the group rule wants the person named in full
    title = "After Iron Fist, a Morning in Bristol"
    assert relevant_wl(title, STAGE)
    assert not relevant_wl(title, STAGE.replace("Finn Jones is spending", "Jones is spending"))


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
    assert relevant_wl("Mike Colter, Off Duty", OFF_DUTY)
    assert not relevant_wl("Mike Colter, Off Duty", OFF_DUTY.replace("Krysten Ritter has", "Your agent has"))


# --- a statement about the group: two characters by first name -------------------------------------

NOVEL = paras(
    "Krysten Ritter has spent the year writing, a long way from Jessica Jones.",
    "She talks about the novel, a thriller set in a frozen mining town, and about the heroine Jessica "
    "Jones taught her to write: stubborn, funny, never polite.",
    "Before we part she is asked about the old days.",
    '"Would I go back? In a heartbeat, if Matt and Danny were there too," Ritter says.',
)


def test_two_characters_by_first_name_are_the_group() -> None:
    assert relevant_wl("Krysten Ritter's Quiet Year", NOVEL)
    assert not relevant_wl("Krysten Ritter's Quiet Year", NOVEL.replace("Matt and Danny", "Matt"))


def test_a_statement_about_the_group_outweighs_the_other_subjects_terms() -> None:
    # two names of the story, but football and hockey weigh it down; her statement keeps it
    text = NOVEL.replace("writing,", "writing and driving her son to football and hockey,") + (
        "\n\nDaredevil is on her list of things to watch again."
    )
    text = text.replace("Matt and Danny were", "Charlie was")
    assert relevant_wl("Krysten Ritter's Quiet Year", text)
    assert not relevant_wl("Krysten Ritter's Quiet Year", text.replace("Charlie was", "the old crew were"))


# --- a character and their show as one credit --------------------------------------------------------

TABLE_READ = paras(
    "Thirty former students of a London drama school met on Saturday for a reunion at the old "
    "rehearsal hall, twenty years after they graduated.",
    "Among them was Finn Jones, who played Danny Rand in Iron Fist, and who read the part he had "
    "played in the class's final show.",
    '"It felt like no time had passed," Jones said. "I would do this every year."',
)


def test_a_character_and_show_named_as_one_credit_are_one_piece() -> None:
    assert not relevant_wl("Drama School Class Holds Its Reunion", TABLE_READ)


def test_the_show_named_again_elsewhere_is_a_second_piece() -> None:
    again = TABLE_READ + "\n\nSeveral classmates admitted they had never seen Iron Fist."
    assert relevant_wl("Drama School Class Holds Its Reunion", again)


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
    assert not relevant_wl(
        title, COURTROOM.replace("Charlie's got his show, Krysten's busy", "my show's busy")
    )


# --- a name given to something else ----------------------------------------------------------------

TRACK = paras(
    "NEWMARKET — A filly called Luke Cage led from the gate to take the Maple Cup by a neck on "
    "Sunday, holding off Iron Fist in a driving finish.",
    "Her trainer said the filly had been working well all spring. Iron Fist's rider said the ground "
    "had been too soft for him.",
    "Both horses are entered for the summer meeting.",
)


def test_a_thing_called_by_a_name_of_the_story_is_that_thing() -> None:
    r = assess("Luke Cage holds off Iron Fist in the Maple Cup", TRACK, WATCHLIST)
    assert not r.relevant
    assert any("'Luke Cage' is the name of something else here" in x for x in r.reasons)


def test_we_named_him_gives_the_name_too() -> None:
    text = TRACK.replace("A filly called Luke Cage", "Luke Cage").replace(
        "Both horses", '"We named her Luke Cage because nothing stops her," the owner said. Both horses'
    )
    assert not relevant("Luke Cage holds off Iron Fist in the Maple Cup", text)


def test_a_verdict_on_the_story_is_no_name_given() -> None:
    # "X named / called <term> <something>" after a name or a subject pronoun judges the show
    title = "Daredevil and The Defenders, ten years on"
    tail = " Two years later its hero joined The Defenders, and the cast is still asked about another round."
    assert relevant(title, "Variety named Daredevil the best new series of 2015." + tail)
    assert relevant(title, "Years later he called Daredevil the role of his life." + tail)


def test_the_character_an_actor_plays_keeps_its_points() -> None:
    text = paras(
        "In the show the actress plays a private investigator named Jessica Jones, who later joined The "
        "Defenders, and she has been asked about another round ever since.",
        "She has not said whether she would return to the team.",
    )
    assert relevant("Jessica Jones and The Defenders, a short history", text)


QUIZ = paras(
    "Charlie Cox swapped the Daredevil suit for a microphone on Thursday, hosting a charity quiz at a "
    "village hall outside Guildford.",
    "The winners, four nurses calling themselves the Defenders of Ward Nine, took home a hamper and "
    "a signed script. Cox read every question himself and got one answer wrong.",
    "The night raised more than four thousand pounds for the local hospice.",
)


def test_the_start_of_a_longer_name_so_given_is_no_name_of_the_story() -> None:
    r = assess("The Daredevil star turns quizmaster for the night", QUIZ, WATCHLIST)
    assert not r.relevant
    assert any("'Defenders' only inside another name" in x for x in r.reasons)


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


# --- a question's answer, a show's name, the group by first names (round 21) ---------------------
# Round 21 relevance rules: a question's answer names the story too (a passage's names); the
# question's own subject with a word of the topic, in an article that writes it as a show's name, is
# a passage's names; one name of the story and the group named by its characters' first names
# co-occur; "Born Again" gives no first name.

# the story's characters as topic terms too, and a word of the topic
CHARS = dataclasses.replace(
    ROLES,
    topic_terms=(*ROLES.topic_terms, "Matt Murdock", "Danny Rand", "crossover"),
)

# --- the answer after a question names the story ----------------------------------------------------

QA = paras(
    "Pell Okafor played a hospital porter in six episodes of Daredevil, and he now runs a bakery in "
    "Queens. We caught him between batches at a fan fair in Hartford.",
    "FAN FAIR: What do people ask you for?",
    "OKAFOR: Selfies with the flour sacks, mostly. The sourdough has its own fans now.",
    "FAN FAIR: And the bakery?",
    "OKAFOR: Up at four, done by noon. It suits me.",
    "FAN FAIR: Would you come back for another Defenders?",
    "OKAFOR: If Matt's in it, I'm in it. I'd love to see the four of them get one more go.",
    "FAN FAIR: Last one: rye or wholewheat?",
    "OKAFOR: Rye. Always rye.",
)


def test_the_answer_to_a_question_names_the_story_too() -> None:
    r = assess("Pell Okafor on bread, fans and early mornings", QA, CHARS)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_an_answer_that_names_no_one_is_one_name_alone() -> None:
    bare = QA.replace("If Matt's in it, I'm in it.", "If they call, I'll pick up.")
    assert not assess("Pell Okafor on bread, fans and early mornings", bare, CHARS).relevant


BAKERY = paras(
    "Two dozen former staff of a Queens bakery met on Saturday for a party in the back room of the "
    "shop, twenty years after it first opened its doors.",
    "\u201cIt\u2019s a family reunion, honestly,\u201d owner Pell Okafor said. "
    "\u201cHalf of us haven\u2019t been in the same room since the old oven died.\u201d She would "
    "\u201clove to do this every year.\u201d",
    "Okafor, who once played a porter opposite Matt Murdock in Daredevil, baked the cake himself.",
    "The evening ended with a raffle for a bread machine.",
)


def test_the_paragraph_after_a_statement_that_asks_nothing_adds_no_names() -> None:
    # the next paragraph is no answer: its credit is about the speaker, not the reunion
    assert not assess("Bakery staff gather for a twentieth birthday", BAKERY, CHARS).relevant


# --- the question's own subject, a word of the topic, and a show's name --------------------------------

SHOW_CARPET = paras(
    "BROOKLYN \u2014 The stars drew the screams on Tuesday night, but the supporting players had plenty "
    "to say as The Defenders finally screened for an invited crowd at a converted warehouse.",
    "Talia Brooks, who plays a night-shift paramedic in three of the solo shows, said the crossover "
    "felt like a wedding she had waited years to be invited to.",
    '"This is kind of her payoff too," Brooks said. Asked whether she expected the group to come back '
    "for a second round, she did not hesitate. \u201cI\u2019d love to see them all in one room again. "
    "I think this is the first of many.\u201d",
    "Another guest wanted to talk only about the catering, which he called \u201cgenerous\u201d.",
)
CARPET_TITLE = "The Defenders Premiere: Supporting Players Talk Wardrobe and Season Two"


def test_a_premiere_report_with_a_supporting_player_on_a_return_is_kept() -> None:
    r = assess(CARPET_TITLE, SHOW_CARPET, CHARS)
    assert r.relevant
    assert any(x.startswith("a passage about the question: ") for x in r.reasons)


def test_without_the_show_word_the_name_could_be_a_band() -> None:
    r = assess("The Defenders: Supporting Players Talk Wardrobe and Whatever Comes Next", SHOW_CARPET, CHARS)
    assert not r.relevant


def test_a_band_reunion_is_still_dropped() -> None:
    band = paras(
        "Twenty years after their last gig, the Defenders are plugging in again, the four-piece "
        "announcing a reunion tour of small clubs up the coast.",
        "Singer Ros Delaney said the band got back together at a wedding. \u201cWe swore we\u2019d never "
        "play together again,\u201d she said. \u201cWe lied.\u201d",
        "Tickets go on sale on Friday.",
    )
    assert not assess("The Defenders announce a reunion tour", band, CHARS).relevant


# --- the group by its characters' first names ---------------------------------------------------------

PANEL = paras(
    "A convention in Milwaukee put two of the villains on one stage for the first time since Born "
    "Again finished its reshoots, and they traded jabs like old sparring partners.",
    "One promised a character \u201cmeaner and quieter\u201d on his return; the other mostly talked "
    "about his dog.",
    "The moderator eventually asked what every fan in the hall wanted to know: what about Jessica, "
    "Luke and Danny?",
    "\u201cI honestly don\u2019t know if the other three are coming,\u201d one of them said.",
)


def test_one_name_and_the_group_by_first_names_co_occur() -> None:
    r = assess("Villains Tease Born Again, Stay Coy on the Other Heroes", PANEL, CHARS)
    assert r.relevant
    assert any("the group" in x for x in r.reasons)


def test_one_first_name_is_no_group() -> None:
    one = PANEL.replace("what about Jessica, Luke and Danny?", "what about Jessica?")
    assert not assess("Villains Tease Born Again, Stay Coy on the Other Heroes", one, CHARS).relevant


def test_first_names_of_other_people_are_no_group() -> None:
    other = PANEL.replace("his dog.", "his dog, which Luke Tillman and Danny Osei walk for him.")
    assert not assess("Villains Tease Born Again, Stay Coy on the Other Heroes", other, CHARS).relevant


def test_born_again_gives_no_first_name() -> None:
    chars = _character_names(lexicon(CHARS))
    assert "Born" not in chars
    assert {"Luke", "Jessica", "Matt", "Danny"} <= chars
