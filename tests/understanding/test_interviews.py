"""Interviews and transcripts: Q&A labels, initials and their key, panels and roundtables, time-stamped
turns and stage directions, unlabelled answers and the paragraphs they run over, follow-up questions, and
the answers that are about the question (monitor.understand.statements.interviews). Rounds 4-19."""

from __future__ import annotations

import pytest

from monitor.understand.lexicon import lexicon
from monitor.understand.quotes import layout
from monitor.understand.statements import _Extractor
from monitor.understand.statements.constants import _QA_LABEL
from tests.understand_fixtures import (
    WATCHLIST,
    _infos_how,
    _infos_question,
    _speaker_of,
    _speakers,
    statements,
    who,
)


def test_q_and_a_answers_are_attributed_by_their_label_and_questions_are_not() -> None:
    text = (
        "We sat down with Charlie Cox on set.\n\n"
        "THE OUTLET: Would you want the Defenders back together?\n\n"
        "COX: Absolutely. I'd be there in a heartbeat.\n\n"
        "THE OUTLET: And the new season?\n\n"
        "Charlie Cox: It is darker than ever."
    )
    got = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in got] == [
        ("Charlie Cox", "positive", "Absolutely. I'd be there in a heartbeat.")
    ]


def test_a_lone_label_is_not_a_q_and_a() -> None:
    assert statements("COX: I would love a Defenders reunion.\n\nNothing else was said.") == []


def test_q_and_a_questions_by_the_outlet_are_not_statements_and_a_answers_are_the_interviewees() -> None:
    labelled = (
        "Charlie Cox talks about Daredevil and The Defenders.\n\n"
        "Screen Weekly: Will the Defenders come back?\n\n"
        "Charlie Cox: I think it's going to happen. The door is open.\n\n"
        "Screen Weekly: Really?\n\n"
        "Charlie Cox: Really."
    )
    assert who(labelled) == [("Charlie Cox", "positive")]
    anonymous = (
        "Alan Reyes played a cop in Luke Cage. We asked him about The Defenders.\n\n"
        "Q: Would you come back?\n\n"
        "A: Absolutely. I'd love to come back.\n\n"
        "Q: Has Marvel called?\n\n"
        'A: Not yet. But "not yet" is not "no."'
    )
    assert who(anonymous) == [("Alan Reyes", "positive"), ("Alan Reyes", "uncertain")]


def test_answers_of_a_q_and_a_printed_without_labels_are_the_interviewees() -> None:
    text = (
        "Finn Jones is in Madrid for a play, but the talk turns to Iron Fist and The Defenders.\n\n"
        "Do fans still ask about Danny?\n\n"
        "All the time. I am always surprised.\n\n"
        "Will you play him again?\n\n"
        "I think Danny still has a lot to say. If Marvel calls, I answer the same day."
    )
    assert who(text) == [("Finn Jones", "positive")]


def test_an_answer_runs_over_paragraphs_up_to_the_next_question() -> None:
    intro = "Jeph Loeb ran Marvel Television. We spoke by phone.\n\n"
    text = (
        intro + "What are you working on?\n\n"
        "I'm writing a novel about a lighthouse, and I'm enjoying it.\n\n"
        "Will the Defenders reunite on screen?\n\n"
        "I think about that a lot. People ask me at airports.\n\n"
        "The honest answer is I don't know. I'm not in those rooms anymore.\n\n"
        "Any advice for young writers?\n\n"
        "Write what only you could write.\n\n"
        "His novel is out in May."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Jeph Loeb", "uncertain")]
    assert got[0].text.startswith("I think about that a lot.")
    assert got[0].text.endswith("anymore.")


def test_a_labelled_answer_in_quote_marks_is_kept_without_them() -> None:
    text = (
        "We asked the cast about a Defenders reunion.\n\n"
        "Charlie Cox: \u201cI'd love that. Bring them all.\u201d\n\n"
        "Mike Colter: \u201cNot this season, sadly.\u201d"
    )
    assert [s.text for s in statements(text)] == ["I'd love that. Bring them all.", "Not this season, sadly."]


STAGE_INTRO = (
    "Charlie Cox sat down with the Stagecraft podcast to talk about his new play, his knees and, yes, "
    "Daredevil and the Defenders. An edited transcript follows."
)


@pytest.mark.parametrize(
    ("host", "guest"),
    [
        ("[00:31:18] NELL HARPER:", "[00:31:21] CHARLIE COX:"),
        ("00:31:18 Nell Harper:", "00:31:21 Charlie Cox:"),
        ("Nell Harper (31:18):", "Charlie Cox (31:21):"),
        ("NELL HARPER [31:18]:", "CHARLIE COX [31:21]:"),
    ],
)
def test_time_stamped_transcript_turns_are_answers_of_the_named_person(host: str, guest: str) -> None:
    text = (
        f"{STAGE_INTRO}\n\n{host} Would the Defenders ever reunite on screen?\n\n"
        f"{guest} I'd do it tomorrow. I would love to see all four of us back together.\n\n"
        f"{host} And the play?\n\n{guest} It opens in May."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Charlie Cox", "positive")]
    assert found[0].text.startswith("I'd do it tomorrow")  # no time stamp or label in the words


def test_an_answer_to_a_question_about_something_else_is_no_statement() -> None:
    text = (
        f"{STAGE_INTRO}\n\nNell Harper: How does the stage compare with film work?\n\n"
        "Charlie Cox: I'd do theatre every night if they let me. I love it and I'm in for the long run.\n\n"
        "Nell Harper: Would the Defenders ever reunite?\n\n"
        "Charlie Cox: I honestly don't know. Nobody has called me about it."
    )
    assert who(text) == [("Charlie Cox", "uncertain")]


def test_a_short_follow_up_goes_on_with_the_exchange_before_it() -> None:
    text = (
        f"{STAGE_INTRO}\n\nNell Harper: Would the Defenders ever reunite?\n\n"
        "Charlie Cox: I honestly don't know. Nobody has called me about it.\n\n"
        "Nell Harper: Would you want it?\n\n"
        "Charlie Cox: I'd be there in a heartbeat.\n\n"
        "Nell Harper: What did you think of Vincent's new film?\n\n"
        "Charlie Cox: Oh, I'd love to work with him again on anything at all, he is the best."
    )
    assert who(text) == [("Charlie Cox", "uncertain"), ("Charlie Cox", "positive")]


def test_a_question_about_returning_makes_the_answer_about_the_story() -> None:
    text = (
        f"{STAGE_INTRO}\n\nNell Harper: Many fans still ask about Matt. Does that surprise you?\n\n"
        "Charlie Cox: It does, in a good way. I never expected people to care this much.\n\n"
        "Nell Harper: Would you play him again?\n\n"
        "Charlie Cox: If Marvel calls, I'm there the same day."
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_long_answer_comes_down_to_the_sentences_that_take_a_stance() -> None:
    answer = (
        "Season two was hard on my knees, I'll tell you that. I'm forty-three and I am doing backflips "
        "off a fire escape and icing things I never iced before, every single night of the week. "
        "But would I want it? The four of us again? I'd do it with two bad knees."
    )
    text = f"{STAGE_INTRO}\n\nNell Harper: Do you want the Defenders back together?\n\nCharlie Cox: {answer}"
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Charlie Cox", "positive")]
    assert found[0].text == "But would I want it? The four of us again? I'd do it with two bad knees."


# ------------------------------------------------------------------ speakers


def test_the_name_in_an_asked_by_opening_is_who_asked_not_who_answered() -> None:
    text = (
        "Asked by Screen Gossip Weekly at the premiere whether the Defenders might ever reunite, "
        "Mike Colter kept it short: \u201cIf they call, I'm there. Nobody has called.\u201d"
    )
    assert [s.speaker for s in statements(text)] == ["Mike Colter"]


def test_a_pronoun_after_an_asked_opening_is_the_person_written_about() -> None:
    text = (
        "Finn Jones is starring in a new play at the National Theatre.\n\n"
        "Asked whether he expects to be part of a Defenders revival, the Iron Fist star was frank: "
        "\u201cI'd love it. But nobody has called me, and I've stopped waiting.\u201d"
    )
    assert [s.speaker for s in statements(text)] == ["Finn Jones"]


# ------------------------------------------------------------------ extraction: follow-up questions

INTRO = (
    "Mike Colter sat down with the Corner Booth podcast to talk about his new legal drama, boxing and "
    "the Defenders. An edited transcript follows."
)


OPENING = (
    f"{INTRO}\n\nTess Marlow: Would the Defenders ever reunite on screen?\n\n"
    "Mike Colter: I'd love it. I'd be there in a heartbeat if they called."
)


@pytest.mark.parametrize(
    "question",
    ["And what comes next for you?", "How did the boxing training go?", "Are you worried about your knees?"],
)
def test_a_follow_up_on_something_new_ends_the_exchange(question: str) -> None:
    text = (
        f"{OPENING}\n\nTess Marlow: {question}\n\n"
        "Mike Colter: I'd love to do more theatre after the boxing film. I'm very excited."
    )
    assert who(text) == [("Mike Colter", "positive")]


@pytest.mark.parametrize(
    "question",
    ["Would you sign up yourself?", "Could you see yourself doing that?", "Do you still get asked about it?"],
)
def test_a_follow_up_that_asks_yes_or_no_or_points_back_goes_on(question: str) -> None:
    text = (
        f"{OPENING}\n\nTess Marlow: {question}\n\n"
        "Mike Colter: Absolutely, I'd sign up tomorrow. I'm very excited about the idea."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")] * 2
    assert found[1].text.startswith("Absolutely, I'd sign up tomorrow")


# ------------------------------------------------------------------ the one asked answers


def test_the_person_a_question_is_put_to_answers_it() -> None:
    text = (
        "Jeph Loeb was the guest on a writers' podcast this week, hosted by Sam Tillery and Jo Park.\n\n"
        "Then Tillery asked the question every listener wanted asked: would Loeb bring the Defenders "
        "back?\n\n"
        'He laughed and said he would "absolutely" bring the Defenders back for a reunion.'
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_the_person_asked_in_the_passive_is_the_subject() -> None:
    text = (
        "Mike Colter was asked by host Sam Tillery whether a Defenders reunion was close.\n\n"
        'He said it "is happening, believe me."'
    )
    assert [s.speaker for s in statements(text)] == ["Mike Colter"]


# ------------------------------------------------------------------ relayed words in a transcript


def test_an_answer_relays_a_first_named_colleague() -> None:
    text = (
        "Host Nadia Perez sat down with Mike Colter for the Late Desk podcast. Edited transcript below.\n\n"
        "PEREZ: Do you still talk to the old crew?\n\n"
        "COLTER: All the time. I talk to Charlie most weeks. He told me he'd go back to the Defenders "
        "tomorrow, and I believe him."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements(text)]
    assert ("Charlie Cox", "positive", "he'd go back to the Defenders tomorrow") in found


def test_a_quote_an_answer_gives_to_someone_else_is_theirs() -> None:
    text = (
        "Charlie Cox stopped by the Night Shift studio. Here is the exchange.\n\n"
        "HOST: Is the Defenders reunion happening?\n\n"
        "CHARLIE COX: I can't tell you. I had dinner with Krysten in May and I asked her about it. "
        "And she said, \u201cIf the Defenders script is good, I'm in.\u201d\n\n"
        "HOST: Noted."
    )
    found = who(text)
    assert ("Krysten Ritter", "positive") in found
    assert all(s.speaker != "Charlie Cox" or "script" not in s.text for s in statements(text))


# ------------------------------------------------------------------ an answer running on

QA = (
    "Krysten Ritter spoke to us from her kitchen on her one day off. Krysten Ritter was, as ever, "
    "candid.\n\n"
    "Q: Ten years with one character. Does she still surprise you?\n\n"
    "A: All the time. I keep finding out I knew nothing about her.\n\n"
    "I'd love to keep finding out, honestly. I hope that never stops.\n\n"
    "Q: The new season is bringing back old faces. Does it feel like the gang getting back together?\n\n"
    "A: It does, and it's lovely.\n\n"
    "I'd love to see the others in the room too. I'd like all of them, honestly.\n\n"
    "Q: Last one. Favourite snack?\n\n"
    "A: Crisps. Always crisps."
)


def test_a_paragraph_an_answer_runs_on_over_answers_the_same_question() -> None:
    found = [(s.speaker, s.stance, s.text) for s in statements(QA)]
    assert (
        "Krysten Ritter",
        "positive",
        "I'd love to see the others in the room too. I'd like all of them, honestly.",
    ) in found
    # the answer to a question about something else runs on about something else too
    assert not any("never stops" in text for _, _, text in found)


def test_a_footer_after_the_last_answer_is_no_answer() -> None:
    text = QA.replace(
        "A: Crisps. Always crisps.",
        "A: It does, and I'd love that.\n\nThe Defenders streams on Fridays, and it is lovely.",
    )
    assert not any("streams" in s.text for s in statements(text))


def test_words_quoted_back_by_an_interviewer_are_no_statement() -> None:
    text = (
        "Dario Scardapane talked about Daredevil and the Defenders.\n\n"
        'Q: Then you said a reunion was "very much alive." Where is that now?\n\n'
        "A: I can't tell you who. We're building toward a team, and everybody knows it."
    )
    assert [s.speaker for s in statements(text)] == ["Dario Scardapane"]


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


def test_a_question_put_to_someone_is_no_statement() -> None:
    text = (
        "Ritter took questions from readers for an hour.\n\n"
        "One reader, Pell Dastry, pushed further: \u201cBe straight with us, do you think the Defenders "
        "ever get back together?\u201d"
    )
    assert who(text) == []


def test_an_unlabelled_answer_may_end_with_a_question() -> None:
    text = (
        "Krysten Ritter meets us on a hotel terrace in Lisbon, coffee in hand.\n\n"
        "\u2014 Do you still miss Jessica?\n\n"
        "\u2014 Every day. I think about her when I walk past a bar.\n\n"
        "\u2014 Would you go back for a Defenders reunion?\n\n"
        "\u2014 Of course I would go back. Who says no to family?\n\n"
        "\u2014 And your new film?\n\n"
        "\u2014 It is about two sisters and a lake. I love it."
    )
    assert ("Krysten Ritter", "positive") in who(text)


DINER_QA = (
    "Dario Scardapane runs the writers' room of the street-level series. We met him in a diner near the "
    "set in Queens. This conversation has been condensed.\n\n"
    "How long does a season take to break?\n\n"
    "About four months. I like a slow room, and we keep the whiteboards up until the very last day of "
    "shooting because things change.\n\n"
    "Do you think the Defenders will ever share the screen again?\n\n"
    "Look, I get asked this in every elevator. I try to be straight with people about how a room works.\n\n"
    "We never sit down at the start and say, \u201cThis is the year we do the team-up.\u201d We follow "
    "the characters and see where they want to go.\n\n"
    "I think they'll be back together, and I'd put money on it.\n\n"
    "What are you watching at the moment?\n\n"
    "Old westerns, mostly. My kids think I'm ninety."
)


def test_an_unlabelled_answer_runs_on_over_words_the_answerer_quotes_inside_it() -> None:
    said = [(s.speaker, s.stance, s.text) for s in statements(DINER_QA)]
    assert any(
        who == "Dario Scardapane" and stance == "positive" and "I'd put money on it" in text
        for who, stance, text in said
    ), said


PIVOT = (
    "Finn Jones spent an evening answering fans' questions at a convention in Leeds.\n\n"
    "Asked whether he would return to the Defenders, Jones laughed. \u201cThe second season of my "
    "cooking show? Not my finest hour, I'll admit that, and the soufflé still haunts me. But the "
    "Defenders? I'd sign tomorrow. Tomorrow. Somebody ring my agent, she's my sister.\u201d"
)


def test_a_short_but_question_turning_to_the_question_starts_the_claim() -> None:
    said = [(s.speaker, s.text) for s in statements(PIVOT)]
    assert any(who == "Finn Jones" and text.startswith("But the Defenders?") for who, text in said), said


def test_x_answer_makes_x_the_one_who_speaks_next() -> None:
    text = (
        "Charlie Cox said yes to the Defenders last month.\n\n"
        "Colter's answer got the loudest cheer of the day.\n\n"
        "\u201cIf the Defenders call, I pick up,\u201d he said."
    )
    assert _speaker_of("If the Defenders call", text) == "Mike Colter"


def test_the_caption_asked_before_the_words() -> None:
    text = (
        "Ritter posted a selfie in the old leather jacket on Tuesday.\n\n"
        "The caption? \u2018Back in Hell's Kitchen. Defenders, assemble.\u2019"
    )
    assert _speaker_of("Back in Hell's Kitchen", text) == "Krysten Ritter"


def test_an_interview_of_questions_and_quoted_answers() -> None:
    text = (
        "Dario Scardapane gave us ten minutes in a hotel courtyard.\n\n"
        "Is it true you were warned about the crowds?\n\n"
        "\u00abEveryone warned me. Nobody warned me enough.\u00bb\n\n"
        "Readers ask us about Charlie Cox and the others. Will the Defenders be together again?\n\n"
        "He smiles and looks at the interpreter.\n\n"
        "\u00abI can't give you dates, but you will see these heroes together.\u00bb"
    )
    assert _speaker_of("I can't give you dates", text) == "Dario Scardapane"


def test_the_interviewee_is_the_person_the_introduction_is_about() -> None:
    text = (
        "Tomas Brennan spent two years as a fight double before he became a stunt coordinator. He "
        "was back in Dublin last week to teach a workshop.\n\n"
        "How did you start?\n\n"
        "I fell off a lot of things. Charlie Cox was patient with me on my first job.\n\n"
        "Will the Defenders fight side by side again?\n\n"
        "I think they will. I'd be surprised if that hallway was the last time, and Charlie Cox "
        "would be the first to say so."
    )
    infos = _Extractor(text, lexicon(WATCHLIST), "")._infos()
    assert {i.speaker for i in infos if i.how == "interview"} == {"Tomas Brennan"}


TRANSCRIPT = (
    "Episode 88 of the Back Row podcast is out now, with the actor Mike Colter as our guest.\n\n"
    "We cover a lot of ground. Here is the transcript of the big moment.\n\n"
    "He also brought snacks.\n\n"
    "[00:41:02] DANA PRICE: Luke Cage. The Defenders. Where's your head at?\n\n"
    "[00:41:09] MIKE COLTER: My head's at home, mostly. I've got a garden now.\n\n"
    "[00:41:30] MIKE COLTER: Here's the thing. If the phone rings, I'm there.\n\n"
    "[00:41:44] DANA PRICE: Noted."
)


def test_a_time_stamped_turn_of_a_transcript_goes_on_from_the_turns_before() -> None:
    assert [s.text for s in statements(TRANSCRIPT)] == ["Here's the thing. If the phone rings, I'm there."]


def test_an_ama_typed_in_lower_case_pairs_its_answers() -> None:
    text = (
        "Mike Colter spent an evening answering readers' questions on a forum to promote his new "
        "radio play. Here are the best of them.\n\n"
        "u/harlem_hero_88 asked: Do you still have the yellow shirt?\n\n"
        "nope. wardrobe kept it. i asked, believe me.\n\n"
        "u/sweetchristmas asked: Would you play Luke Cage again with the Defenders?\n\n"
        "in a second. i'd be on set tomorrow if they rang.\n\n"
        "Colter logged off shortly after midnight."
    )
    answers = [(who, words) for who, how, words in _infos_how(text) if how == "interview"]
    assert ("Mike Colter", "in a second. i'd be on set tomorrow if they rang.") in answers
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")]


def test_a_q_and_a_labelled_with_full_stops() -> None:
    assert _QA_LABEL.match("Q. Where did you grow up?") is not None
    assert _QA_LABEL.match("A. In Leeds, mostly.") is not None
    assert _QA_LABEL.match("A. J. Ross directed the episode.") is None  # an initial
    text = (
        "Finn Jones came back to his old drama school last week. We spoke after his masterclass.\n\n"
        "Q. What did you teach the students today?\n\n"
        "A. Mostly how to breathe. Breathing is most of acting, I think.\n\n"
        "Q. Would you ever go back to Iron Fist with the Defenders?\n\n"
        "A. Tomorrow. I'd love to be back with that group.\n\n"
        "The masterclass series continues in the spring."
    )
    found = [(who, words) for who, how, words in _infos_how(text) if how == "interview"]
    assert ("Finn Jones", "Tomorrow. I'd love to be back with that group.") in found


def test_turns_printed_a_line_each_are_paragraphs_of_their_own() -> None:
    text = (
        "[00:12:40]\n"
        "PRIYA NANDA: Would you sign up for a Defenders reunion?\n"
        "COLTER: I would do a Defenders reunion tomorrow, no question.\n\n"
        "[00:14:02]\n"
        "NANDA: And the others?\n"
        "COLTER: I think the whole gang would come back for the Defenders."
    )
    paras = [" ".join(text[a:b].split()) for a, b in layout(text).paras]
    assert paras == [
        "[00:12:40]",
        "PRIYA NANDA: Would you sign up for a Defenders reunion?",
        "COLTER: I would do a Defenders reunion tomorrow, no question.",
        "[00:14:02]",
        "NANDA: And the others?",
        "COLTER: I think the whole gang would come back for the Defenders.",
    ]


def test_an_answer_on_the_line_below_its_question_is_the_answerers() -> None:
    text = (
        "Mike Colter sat down with host Priya Nanda for the episode.\n\n"
        "[00:12:40]\n"
        "PRIYA NANDA: Would you sign up for a Defenders reunion?\n"
        "COLTER: I would do a Defenders reunion tomorrow, no question.\n\n"
        "[00:14:02]\n"
        "NANDA: And the others?\n"
        "COLTER: I think the whole gang would come back for the Defenders."
    )
    found = statements(text)
    assert found
    assert {s.speaker for s in found} == {"Mike Colter"}
    assert any(s.text.startswith("I would do a Defenders reunion") for s in found)


def test_one_labelled_line_in_a_block_is_no_transcript() -> None:
    text = "NOTE: this page was updated.\nThe Defenders cast met on Friday."
    assert len(layout(text).paras) == 1


def test_one_asked_with_an_adverb_before_the_participle_is_the_one_who_answers() -> None:
    text = (
        "Mike Colter was at the premiere on Thursday, and he stopped to talk to reporters.\n\n"
        "He talked about the new season first. He was also asked whether the Defenders would return "
        "with Daredevil, the hero played by Charlie Cox, after the pair shared a scene last year.\n\n"
        "\u201cThe Defenders will get back together, I'm sure of it,\u201d he said."
    )
    assert [s.speaker for s in statements(text)] == ["Mike Colter"]


ORAL_HISTORY = (
    "Twenty years on, we asked the people who made the cult cop show how it came together.\n\n"
    "GRETA HOLLOWAY (creator): The pitch was one page long. Nobody read past the title.\n\n"
    "MILES OKONJO (Detective Sam Reyes): I auditioned in a borrowed suit. It was two sizes too big.\n\n"
    "HOLLOWAY: We cast him that afternoon.\n\n"
    "OKONJO: (laughs) They cast the suit.\n\n"
    "Everybody gets asked the same question these days: would they go back?\n\n"
    "HOLLOWAY: Tomorrow, if the script was good.\n\n"
    "OKONJO: I'd need a new suit first."
)


def test_an_oral_history_label_in_capitals_describes_its_speaker_in_any_case() -> None:
    found = _infos_question(ORAL_HISTORY)
    assert ("Miles Okonjo", "I auditioned in a borrowed suit. It was two sizes too big.") in [
        (s, w) for s, w, _ in found
    ]


def test_people_named_only_in_the_labels_answer_by_surname_too() -> None:
    speakers = {s for s, w, _ in _infos_question(ORAL_HISTORY) if w == "We cast him that afternoon."}
    assert speakers == {"Greta Holloway"}


def test_a_stage_direction_opening_a_turn_is_no_word_of_it() -> None:
    words = [w for s, w, _ in _infos_question(ORAL_HISTORY) if s == "Miles Okonjo"]
    assert "They cast the suit." in words


def test_the_narrative_between_turns_asks_those_who_answer_next() -> None:
    asked = {w: q for _, w, q in _infos_question(ORAL_HISTORY)}
    assert asked["Tomorrow, if the script was good."] is not None
    assert "go back" in asked["Tomorrow, if the script was good."]
    assert asked["I'd need a new suit first."] is not None  # the next to answer, in turn


def test_a_rundown_line_in_mixed_case_is_still_no_turn() -> None:
    # "Charlie Cox (March 2024, Stage & Screen):" in mixed case: a rundown's line, not a label
    text = (
        "Here is what the cast has said.\n\n"
        "Tom Reyes (Fall 2023, Night Desk): He said he was done with capes.\n\n"
        "Ana Lutz (Spring 2024, Night Desk): She said she would wait and see."
    )
    assert not _Extractor(text, lexicon(WATCHLIST), "")._turn_labels()


def test_an_explainers_question_headings_are_no_quick_fire_round() -> None:
    text = (
        "Mara Quill told us last year that she was done with the role.\n\n"
        "Why did the show end?\n"
        "The network cancelled it after three seasons, citing costs, and the studio moved the "
        "cast and crew to other projects within a few months of the final episode.\n\n"
        "Who has come back so far?\n"
        "Two of the original leads have returned in guest roles, and a third is said to be in "
        "talks with the producers about a longer arc next year."
    )
    assert _infos_question(text) == []
