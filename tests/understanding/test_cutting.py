"""How statements are cut and merged: a long quote cut to its part about the question, a quote's claim
starting where it turns to the question, jokes and what takes them back, a repeat giving way to the later
statement it is a piece of, one statement per question (monitor.understand.statements.assembly). Rounds
5-17."""

from __future__ import annotations

from monitor.understand.statements import Extracted, _without_repeats
from monitor.understand.statements.assembly import _after_pivot, _focus
from tests.understand_fixtures import statements, who


def test_a_post_quoted_in_the_text_and_embedded_below_is_one_statement() -> None:
    text = (
        "Finn Jones wrote on Twitter: \u201cI would jump at the chance to fight alongside the Defenders "
        "again.\u201d\n\n"
        "I would jump at the chance to fight alongside the Defenders again. \U0001f409 https://t.example/x\n\n"
        "\u2014 Finn Jones (@finnjones) October 13, 2018"
    )
    assert [s.speaker for s in statements(text)] == ["Finn Jones"]


def test_the_same_speakers_proviso_is_no_second_statement() -> None:
    text = (
        "According to Scardapane, a Defenders reunion is \u201every much alive,\u201d though he stressed "
        "that nothing has been signed yet."
    )
    assert who(text) == [("Dario Scardapane", "positive")]


# ------------------------------------------------------------------ a fragment reported on its own


def test_a_fragment_reported_in_a_sentence_of_its_own_is_its_own_statement() -> None:
    text = (
        '"I would love to work with those three again," Charlie Cox told a podcast in March. At a '
        'Defenders panel in May he went further, saying the reunion "is happening, believe me."'
    )
    found = [s.text for s in statements(text)]
    assert any(
        t.startswith("I would love to work with those three again") and "believe" not in t for t in found
    )
    assert any("is happening" in t and "love" not in t for t in found)


# ------------------------------------------------------------------ questions put to oneself


def test_each_question_a_speaker_puts_to_themselves_is_its_own_statement() -> None:
    text = (
        "Ritter took questions from fans on Friday night.\n\n"
        "Asked about a Defenders reunion, she did not hesitate. \u201cWould I? In a heartbeat. Will I? "
        "That's not up to me,\u201d she wrote."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements(text)]
    assert found == [
        ("Krysten Ritter", "positive", "Would I? In a heartbeat."),
        ("Krysten Ritter", "uncertain", "Will I? That's not up to me,"),
    ]


def test_answers_of_one_mind_stay_one_statement() -> None:
    text = (
        "Asked about a Defenders reunion, Ritter did not hesitate. \u201cWould I? In a heartbeat. Will I "
        "love it? In a heartbeat,\u201d she wrote."
    )
    assert who(text) == [("Krysten Ritter", "positive")]


DASHES = (
    "Mike Colter is speaking to us on a video call from his home.\n\n"
    "\u2014 How is lockdown treating you?\n\n"
    "\u2014 Better than I expected. I've become a bread person.\n\n"
    "\u2014 Would you come back as Luke Cage?\n\n"
    "\u2014 In a heartbeat, if the script is right. But I'd want all of us, not a cameo here and a cameo "
    "there. The four of them work as a unit, and we were lucky to have each other. Luke on his own is "
    "one thing; Luke next to Jessica and Matt and Danny is something else entirely, I think."
)


def test_a_dialogue_dash_is_no_word_of_the_answer_and_a_long_answer_keeps_its_proviso() -> None:
    found = statements(DASHES)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")]
    shown = (
        "In a heartbeat, if the script is right. But I'd want all of us, not a cameo here and a cameo there."
    )
    assert found[0].text == shown


def test_a_claim_leading_into_the_same_speakers_quote_gives_way_to_it() -> None:
    text = (
        "Scardapane said on Tuesday that the Defenders would be back in Hell's Kitchen one day. "
        "\u201cI'd love a Defenders reunion, and we're building toward it,\u201d he told reporters."
    )
    found = statements(text)
    assert [(s.speaker, s.kind) for s in found] == [("Dario Scardapane", "quote")]


# ------------------------------------------------------------------ a second answer, introduced anew

EXPO = (
    "Mike Colter took the microphone at the Harbourfront Expo on Saturday, and the Defenders came up at "
    "once.\n\n"
    "\u201cI'd come back tomorrow if they asked,\u201d Colter joked{between}\u201cI don't think the "
    "studio is interested in the four of us any more.\u201d"
)


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.stance, s.text) for s in statements(text)]


def test_a_new_sentence_leading_into_a_quote_with_a_colon_makes_it_a_statement_of_its_own() -> None:
    assert _said(EXPO.format(between=". Then, more seriously: ")) == [
        ("Mike Colter", "positive", "I'd come back tomorrow if they asked,"),
        ("Mike Colter", "negative", "I don't think the studio is interested in the four of us any more."),
    ]


def test_quotes_with_only_their_attribution_between_them_stay_one_statement() -> None:
    assert len(_said(EXPO.format(between=". "))) == 1
    assert len(_said(EXPO.format(between=", before adding: "))) == 1


# ------------------------------------------------------------------ a long lead-in about something else

CAPTION = (
    "Krysten Ritter said goodbye to the set of her detective drama on Sunday with a long caption under a "
    "photo of the cast.\n\n"
    "The caption reads:\n\n"
    "\u201c{lead} Thank you to the camera team, the finest in Toronto, to our writers, and to every viewer "
    "who stayed up late for a cranky detective who never asked to be anyone's hero. There is one last "
    "batch of episodes coming and they are wild. {end}\u201d"
)


LEAD = "Wrapping this show has been the adventure of a lifetime, and I'd do every day of it again."


def test_a_long_quote_coming_to_the_question_after_a_long_lead_in_is_cut_to_that_part() -> None:
    end = "The Defenders are not finished, not by a long way. Not even close."
    assert [t for _, _, t in _said(CAPTION.format(lead=LEAD, end=end))] == [end]


def test_the_cut_part_without_a_cue_of_its_own_takes_the_whole_quote_s_stance() -> None:
    end = "The four of us will always have that hallway."
    assert _said(CAPTION.format(lead=LEAD, end=end)) == [("Krysten Ritter", "positive", end)]


SHORT_LEAD = (
    "Krysten Ritter was asked about the Defenders at the festival.\n\n"
    "\u201cI think about those years a lot. The Defenders were a family, and you don't stop being family "
    "because a contract ended. If someone rang tomorrow and said the four of us were back, I'd be on "
    "the first plane. I wouldn't even ask to read the script first, honestly,\u201d Ritter said."
)


def test_a_long_quote_whose_lead_in_is_short_stays_whole() -> None:
    assert [t.startswith("I think about those years") for _, _, t in _said(SHORT_LEAD)] == [True]


ASKED = "Would you come back for a Defenders reunion?"


# ------------------------------------------------------------------ a joke taken back

PODCAST = (
    "Finn Jones sat down with Pod Corner this week to talk about his new play and, of course, Iron Fist."
    "\n\n"
    "Q: {asked}\n\n"
    "A: I've still got the wraps in a drawer, so you tell me. [laughs] {turn} I'd love to go back. I'd "
    "be on the first plane.\n\n"
    "Q: What's the play about?\n\n"
    "A: Two brothers and a boat. I'm the brother who can't swim."
)


def test_a_joke_and_the_answer_that_takes_it_back_are_two_statements() -> None:
    assert _said(PODCAST.format(asked=ASKED, turn="No, look \u2014")) == [
        ("Finn Jones", "positive", "I've still got the wraps in a drawer, so you tell me."),
        ("Finn Jones", "positive", "No, look \u2014 I'd love to go back. I'd be on the first plane."),
    ]


def test_laughter_followed_by_a_confirmation_leaves_the_answer_whole() -> None:
    found = _said(PODCAST.format(asked=ASKED, turn="No, I mean it."))
    assert [t.startswith("I've still got the wraps") and t.endswith("first plane.") for _, _, t in found] == [
        True
    ]


def test_a_joke_replying_to_a_remark_is_no_statement() -> None:
    text = PODCAST.format(asked="That sounds like a Defenders reunion answer.", turn="No, look \u2014")
    found = _said(text)
    assert all("wraps" not in t for _, _, t in found)
    assert [t for _, _, t in found] == ["No, look \u2014 I'd love to go back. I'd be on the first plane."]


# ------------------------------------------------------------------ repeats


def _x(text: str, start: int, speaker: str | None = "Charlie Cox") -> Extracted:
    return Extracted(speaker, text, "quote", "positive", start)


def test_a_repeat_that_is_only_a_piece_of_a_later_statement_gives_way_to_it() -> None:
    heading = _x("Count me in", 10)
    answer = _x("Count me in. I'd love to stand next to the other three again,", 80)
    assert _without_repeats([heading, answer]) == [answer]


def test_a_repeat_printed_whole_twice_is_the_first() -> None:
    first = _x("Count me in. I'd love to stand next to the other three again,", 10)
    again = _x("Count me in. I'd love to stand next to the other three again.", 300)
    assert _without_repeats([first, again]) == [first]


def test_curly_and_straight_apostrophes_are_the_same_words_in_a_repeat() -> None:
    first = _x("I\u2019d go back tomorrow, I\u2019m ready", 10)
    again = _x("I'd go back tomorrow, I'm ready", 300)
    assert _without_repeats([first, again]) == [first]


def test_a_heading_quoting_a_piece_of_the_answer_below_it_gives_the_whole_answer() -> None:
    text = (
        "Charlie Cox spent two days doing interviews in London, and every outlet asked about the "
        "Defenders.\n\n"
        "The morning: \u201cCount me in\u201d\n\n"
        "In his sit-down with Screen Talk, Cox was keen.\n\n"
        "\u201cCount me in. I'd love to stand next to Mike and Krysten again,\u201d he said."
    )
    assert _said(text) == [
        ("Charlie Cox", "positive", "Count me in. I'd love to stand next to Mike and Krysten again,")
    ]


def test_a_long_answer_comes_down_to_the_sentence_announcing_the_answer() -> None:
    answer = (
        "Nothing is decided until the cameras roll, and I have learned that the hard way over the years. "
        "We make one show, we see what people respond to, we see who is free and what the scripts want, "
        "and then we talk about the next thing. So the short answer is yes. I want the four of them back "
        "together, and I think it will happen."
    )
    assert _focus(answer).startswith("So the short answer is yes.")


def _names_it(sentence: str) -> bool:
    return "Avengers" in sentence or "four of us" in sentence


def test_the_turn_needs_a_short_question_opening_with_but() -> None:
    body = "I loved my years in the lab scenes. But I would sign for the Avengers again tomorrow, honestly."
    assert _after_pivot(body, _names_it) == body


def test_a_turn_after_the_group_came_up_keeps_the_whole_answer() -> None:
    body = (
        "I think the moment has passed for the four of us, to be honest. Everyone is busy now. "
        "But the Avengers, all together again? I don't see it."
    )
    assert _after_pivot(body, _names_it) == body


def test_a_turn_after_something_else_drops_it() -> None:
    body = "My cooking show? Not my finest hour. But the Avengers? I would sign tomorrow."
    assert _after_pivot(body, _names_it) == "But the Avengers? I would sign tomorrow."


# ------------------------------------------------------------------ round 21: one-word answers


def test_a_one_word_answer_before_laughter_is_an_answer_of_its_own() -> None:
    text = (
        "Rosario Dawson spoke to us from the set of her new thriller.\n\n"
        "Q: Would you put on Claire's scrubs again for a Defenders reunion?\n\n"
        "A: Absolutely. [laughs] Well, call my agent first and we will talk about the money.\n\n"
        "Q: What is the thriller about?\n\n"
        "A: A night nurse and a very long shift. It gets dark quickly."
    )
    found = _said(text)
    assert ("Rosario Dawson", "positive", "Absolutely.") in found
    assert any(t.startswith("Well, call my agent") for _, _, t in found)


def test_a_one_word_answer_introduced_by_a_colon_after_the_question_is_kept() -> None:
    text = (
        "The cast walked the red carpet in Brooklyn on Thursday night. Jon Bernthal said the new season "
        "was \u201cthe meanest thing we have ever shot.\u201d Asked whether a reunion was on the "
        "cards, Mike Colter gave a one-word reply: \u201cNever.\u201d"
    )
    assert ("Mike Colter", "negative", "Never.") in _said(text)


def test_a_one_word_answer_to_a_question_about_something_else_is_dropped() -> None:
    text = (
        "The cast walked the red carpet in Brooklyn on Thursday night to talk about the Defenders. "
        "Asked whether the season had gone over budget, Mike Colter gave a one-word reply: "
        "\u201cNever.\u201d"
    )
    assert all(t != "Never." for _, _, t in _said(text))


def test_a_two_word_hedge_answering_a_question_about_the_story_is_kept() -> None:
    text = (
        "The cast walked the red carpet in Brooklyn on Thursday night. Jon Bernthal said the new season "
        "was \u201cthe meanest thing we have ever shot.\u201d Asked whether a reunion was on the "
        "cards, Mike Colter gave a two-word reply: \u201cWe\u2019ll see.\u201d"
    )
    assert ("Mike Colter", "uncertain", "We\u2019ll see.") in _said(text)
