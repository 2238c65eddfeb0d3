"""Interviews and transcripts, fifteenth round (the texts here are written for these tests): labels of
initials ("CC: …", with a key "CC is Charlie Cox" or without one), a guest named only in the labels, a
description after a label ("FAN (in a cowl):") and stage directions; a roundtable answering one
question in turn; a quick-fire round printed question above answer in one paragraph; a dialogue dash
opening each turn; a bare yes or no to a question about a return; the interviewee named only in the
headline; follow-ups ("And if Marvel called?", "Charlie, do you want to add anything?") and a time
("this weekend") that points back to nothing; a long answer keeps the proviso after its stance; and a
title before a name ("Cllr Jessica Jones") makes a person of it, not the story."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, statements, who


def _speakers(text: str, title: str = "") -> list[tuple[str | None, str]]:
    """(speaker, answer) of every quote and answer the extractor finds, kept or not."""
    return [(i.speaker, i.quote.text) for i in _Extractor(text, lexicon(WATCHLIST), title)._infos()]


# ------------------------------------------------------------------ labels of initials

ROUNDTABLE = (
    "We sat down with the cast of the new season the morning after the premiere.\n\n"
    "Below, CC is Charlie Cox, KR is Krysten Ritter and MC is Mike Colter. TB is The Bulletin.\n\n"
    "TB: What was the first day like?\n\n"
    "MC: Loud.\n\n"
    "KR: He means me, and he is right about it.\n\n"
    "TB: Will the three of you be back together for another Defenders series?\n\n"
    "CC: I'd love to do it again. We had the best time.\n\n"
    "KR: Me too, honestly. I'd be there in a second.\n\n"
    "MC: That's up to the studio. I really don't know.\n\n"
    "TB: Last one. What's for lunch?\n\n"
    "CC: Soup, I'm afraid, and bread."
)


def test_a_key_of_initials_names_who_answers() -> None:
    found = who(ROUNDTABLE)
    assert ("Charlie Cox", "positive") in found
    assert ("Krysten Ritter", "positive") in found


def test_a_roundtable_answers_the_question_put_to_all_in_turn() -> None:
    # the second and third to answer answer the question put before the first: about the story
    assert ("Mike Colter", "uncertain") in who(ROUNDTABLE)


def test_initials_the_key_gives_to_no_person_are_nobodys() -> None:
    # "MC is Metro Cinema Weekly": the outlet, though the initials are Mike Colter's
    text = (
        "Mike Colter and Charlie Cox sat down with us. MC is Metro Cinema Weekly; CC is Charlie Cox.\n\n"
        "MC: Tell us about the Defenders reunion, I'd love to see it.\n\n"
        "CC: I'd love it too. We all would.\n\n"
        "MC: The fans would love it, honestly.\n\n"
        "CC: They would, and so would I."
    )
    found = who(text)
    assert ("Charlie Cox", "positive") in found
    assert all(speaker != "Mike Colter" for speaker, _ in found)


def test_a_panellist_who_asks_puts_the_question_the_next_one_answers() -> None:
    text = (
        "We sat down with the cast the morning after the premiere. CC is Charlie Cox, MC is Mike Colter.\n\n"
        "TB: What was the first day like?\n\n"
        "MC: Loud. Very loud.\n\n"
        "CC: He means the crowd, and I'd love it louder.\n\n"
        "TB: And the last day?\n\n"
        "MC: Quiet. Charlie, would you ever come back for a Defenders reunion?\n\n"
        "CC: I'd love it. I'd be there tomorrow.\n\n"
        "TB: And the food?\n\n"
        "MC: Terrible, all of it."
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_roundtable_answer_in_turn_to_another_question_is_not_about_the_story() -> None:
    text = ROUNDTABLE.replace(
        "CC: Soup, I'm afraid, and bread.", "CC: Soup, I'm afraid.\n\nKR: Soup again? I'd love that."
    )
    assert ("Krysten Ritter", "positive") in who(ROUNDTABLE)
    assert who(text).count(("Krysten Ritter", "positive")) == 1


def test_initials_without_a_key_stand_for_the_one_person_they_spell() -> None:
    text = (
        "Mike Colter sits down at the end of a long day of shooting. We talked in his trailer.\n\n"
        "ZQ: How does it feel to be done with the show?\n\n"
        "MC: Strange. I miss it already, and the crew more.\n\n"
        "ZQ: Nobody from Marvel has called you about Luke Cage?\n\n"
        "MC: Nobody has called me about it. But I want Luke back with the other three, I really do."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")]
    assert not found[0].text.startswith(("ZQ", "MC"))


def test_a_guest_named_only_in_the_labels_answers_whatever_the_case() -> None:
    text = (
        "The three leads of the new season sat down together at a hotel.\n\n"
        "Screen Post: Do you want to see the Defenders back on screen?\n\n"
        "Charlie Cox: I'd love it, I've said it for years.\n\n"
        "Vincent D'Arcy: Bring them on. I'd love to see that fight.\n\n"
        "Screen Post: Thank you all."
    )
    assert ("Vincent D'Arcy", "positive") in who(text)


# ------------------------------------------------------------------ a label's description; stage directions

FLOOR = (
    "The panel was supposed to end with a reel. Instead the moderator opened the floor.\n\n"
    "MODERATOR: Let's go to the mic on the left.\n\n"
    "FAN (in a homemade Daredevil cowl): Will we ever see Jessica Jones and Luke Cage again? Together?\n\n"
    "(Cheering.)\n\n"
    "CHARLIE COX: That's above my pay grade. I honestly don't know.\n\n"
    "MODERATOR: Next question, on the right."
)


def test_a_label_with_a_description_is_a_turn_and_a_stage_direction_is_passed_over() -> None:
    infos = _Extractor(FLOOR, lexicon(WATCHLIST), "")._infos()
    answer = next(i for i in infos if i.speaker == "Charlie Cox")
    assert answer.question is not None
    assert "Jessica Jones" in answer.question
    assert all(i.speaker != "Fan" for i in infos)


def test_a_follow_up_put_by_name_stays_on_the_question() -> None:
    text = (
        "The panel took questions from the floor for the last ten minutes.\n\n"
        "FAN: Will we ever see the Defenders together again?\n\n"
        "JEPH LOEB: Never say never. We love those characters.\n\n"
        "MODERATOR: Charlie, do you want to add anything?\n\n"
        "CHARLIE COX: I honestly don't know. Nobody tells me anything.\n\n"
        "MODERATOR: Thank you all."
    )
    assert ("Charlie Cox", "uncertain") in who(text)


# ------------------------------------------------------------------ a quick-fire round, question above answer

QUICK_FIRE = (
    "At the premiere, Finn Jones gave us a minute and a half on the carpet.\n\n"
    "Tea or coffee?\nTea. Always tea, I'm English.\n\n"
    "Hidden talent?\nI can juggle. Three balls.\n\n"
    "{prompt}\n{answer}\n\n"
    "Daredevil or Iron Fist?\nDon't make me choose, honestly.\n\n"
    "Her new series premieres next month."
)


def test_a_quick_fire_answer_below_its_question_is_the_interviewees() -> None:
    text = QUICK_FIRE.format(
        prompt="Defenders reunion: yes or no?", answer="Yes. Obviously yes. Next question."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Finn Jones", "positive")]
    assert found[0].text.startswith("Yes. Obviously yes.")


def test_a_quick_fire_prompt_need_not_ask() -> None:
    text = QUICK_FIRE.format(prompt="Defenders reunion. One word.", answer="Inevitable, and I'm ready.")
    assert ("Finn Jones", "Inevitable, and I'm ready.") in _speakers(text)


def test_an_answer_to_a_printed_question_is_not_evasive_narrative() -> None:
    # (no stance of its own: "Daredevil or Iron Fist?" printed above it is no writer's "?")
    text = QUICK_FIRE.format(prompt="Best pub?", answer="I'm not telling you.")
    assert who(text) == []


# ------------------------------------------------------------------ a bare yes or no

YES_NO = (
    "Finn Jones spoke to us by phone from London. The interview has been edited.\n\n"
    "Q: How was the premiere?\n\n"
    "A: Loud, and a lot of fun, honestly.\n\n"
    "Q: {question}\n\n"
    "A: {answer}"
)


def test_a_bare_yes_to_a_question_about_a_return_takes_its_side() -> None:
    text = YES_NO.format(question="Would you come back as Danny Rand?", answer="Yes. A hundred times yes.")
    assert who(text) == [("Finn Jones", "positive")]
    text = YES_NO.format(question="Would you come back as Danny Rand?", answer="No. Those days are done.")
    assert ("Finn Jones", "negative") in who(text)


def test_a_bare_yes_to_a_question_that_takes_a_side_of_its_own_takes_none() -> None:
    text = YES_NO.format(question="Is the Defenders reunion dead?", answer="Yes. A hundred times yes.")
    assert who(text) == []


# ------------------------------------------------------------------ the interviewee; dialogue dashes


def test_the_interviewee_the_headline_names_answers_a_q_and_a() -> None:
    text = (
        "Our guest has spent the weeks since in an edit bay, living on almonds. We spoke by video.\n\n"
        "Q: How is season two different?\n\n"
        "A: We got to start from a blank page this time.\n\n"
        "Q: A year ago you said the Defenders weren't part of your plans. And now?\n\n"
        "A: We're building toward a team, and I'd love to see them all back."
    )
    title = "The Showrunner Files: Dario Scardapane on Season Two"
    assert ("Dario Scardapane", "positive") in who(text, title)


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


# ------------------------------------------------------------------ follow-ups

PODCAST = (
    "Finn Jones joined us in the studio this week. Transcript lightly edited.\n\n"
    "HOST: Do you think the four of you ever get back together as the Defenders?\n\n"
    "FINN JONES: Honestly? I don't know. Nobody has told me anything.\n\n"
    "HOST: {follow_up}\n\n"
    "FINN JONES: {answer}"
)


def test_a_supposing_follow_up_stays_on_the_question() -> None:
    text = PODCAST.format(follow_up="And if Marvel called?", answer="I'd pick up, obviously. I'd love it.")
    assert ("Finn Jones", "positive") in who(text)


def test_a_time_in_a_follow_up_points_back_to_nothing() -> None:
    text = PODCAST.format(
        follow_up="Last one. What's on the table this weekend?", answer="A heist, and I'd love it."
    )
    assert ("Finn Jones", "positive") not in who(text)


# ------------------------------------------------------------------ relevance: a title before a name


def test_a_title_before_a_name_makes_a_person_of_it_not_the_story() -> None:
    text = (
        "A county councillor has backed residents fighting plans to build homes on a park.\n\n"
        "Cllr Jessica Jones, who represents the ward, told a packed meeting on Monday that the park belongs "
        "to everybody. The campaign group calls itself the Riverside Defenders."
    )
    assert not assess("Cllr Jessica Jones backs campaign to save riverside park", text, WATCHLIST).relevant
    assert assess("Jessica Jones backs campaign to save riverside park", text, WATCHLIST).relevant
