"""Who speaks, 21st round (the texts are invented for these tests): words a speaker relays from
someone else are that person's (a nested quotation, "X told me (that) …" inside a quote or an
answer); a Q&A printed as questions and quoted answers is the interviewee's; a description owned by
watchlist people the article never names is the person the sentences are about; a character's name
after "back as" / "plays" is no speaker."""

from __future__ import annotations

from monitor.understand import speakers
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, statements


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in statements(text)]


# --- relayed words --------------------------------------------------------------------------------


def test_a_nested_quotation_is_the_words_of_the_one_who_said_it() -> None:
    text = (
        "Krysten Ritter was asked at the junket about a Defenders reunion.\n\n"
        "\"Mike rang me the night the show ended and said, 'We will be back, trust me.' That is so "
        'Mike," Ritter said.'
    )
    said = _said(text)
    assert ("Mike Colter", "We will be back, trust me.") in said
    assert not any(who == "Krysten Ritter" and "back" in words for who, words in said)


def test_told_me_inside_a_quote_is_the_tellers_statement() -> None:
    text = (
        "Mike Colter talked about the Defenders between takes.\n\n"
        '"Finn keeps telling me we are all going to be back together," Colter said. "He is very sure."'
    )
    said = _said(text)
    assert ("Finn Jones", "we are all going to be back together") in said
    assert all(who != "Mike Colter" for who, _ in said)


def test_a_pronoun_that_tells_stands_for_the_person_the_quote_named() -> None:
    text = (
        "Charlie Cox was asked whether he still talks to the others about a Defenders reunion.\n\n"
        '"All the time. Krysten and I had lunch in May, and she told me she would come back in a '
        'heartbeat," Cox said.'
    )
    said = _said(text)
    assert ("Krysten Ritter", "she would come back in a heartbeat") in said


def test_the_relay_ends_where_the_speaker_comes_back_in_the_first_person() -> None:
    text = (
        "Dario Scardapane was asked about the Defenders.\n\n"
        '"Charlie told me he would come back tomorrow if they asked, and I believe him," Scardapane said.'
    )
    assert ("Charlie Cox", "he would come back tomorrow if they asked") in _said(text)


def test_an_infinitive_or_an_object_is_no_relayed_claim() -> None:
    ex = _Extractor("Dario Scardapane spoke.", lexicon(WATCHLIST), "")
    asks = "Charlie keeps telling me to get the band back together. We listen to Charlie."
    assert ex._relays_of(asks, "Dario Scardapane") == []
    assert ex._relays_of("Charlie says one thing, the studio says another thing.", "Dario Scardapane") == []


def test_a_relayed_line_without_a_stance_stays_in_the_speakers_story() -> None:
    ex = _Extractor("Dario Scardapane spoke.", lexicon(WATCHLIST), "")
    body = "Finn was a gentleman about it. He said, 'Make it count.' I hope we did."
    assert ex._relays_of(body, "Dario Scardapane") == []


def test_the_speaker_never_relays_themselves() -> None:
    ex = _Extractor("Finn Jones spoke.", lexicon(WATCHLIST), "")
    assert ex._relays_of("Finn told me we will all be back together.", "Finn Jones") == []


# --- a Q&A printed as questions and quoted answers -------------------------------------------------


def test_quoted_answers_after_printed_questions_are_the_interviewees() -> None:
    text = (
        "Orla Brennick edited two seasons of Luke Cage before moving into documentaries. We asked her "
        "four questions.\n\n"
        "1. What are you cutting now?\n\n"
        '"A film about lighthouse keepers. It is slow in the best way."\n\n'
        '2. Your producer, Tomas Vell, called you "the calmest person in any room." True?\n\n'
        '"He is being generous. I am calm because I sleep."\n\n'
        "3. Would you cut a Defenders reunion if it happened?\n\n"
        '"In a heartbeat. Do I think it will happen? Yes, I really do."'
    )
    said = statements(text)
    assert [(s.speaker, s.stance) for s in said] == [("Orla Brennick", "positive")]


# --- descriptions and characters -------------------------------------------------------------------


def test_a_description_no_named_owner_fits_is_the_person_the_sentences_are_about() -> None:
    text = (
        "Rosario Dawson was swarmed on the convention floor.\n\n"
        '"Nobody has called me about the Defenders, honestly," Dawson said.\n\n'
        "Simone Missick, in town for another show, was more upbeat about a reunion.\n\n"
        '"We are all in a group chat, waiting. I think it will happen," the actor said.'
    )
    said = _said(text)
    assert ("Simone Missick", "We are all in a group chat, waiting. I think it will happen,") in said
    assert all(not (who == "Rosario Dawson" and "group chat" in words) for who, words in said)


def test_a_character_after_back_as_or_plays_is_no_speaker() -> None:
    lex = lexicon(WATCHLIST)
    for clause in ("Vera Halloway, back as Trish Walker, said", "Halloway, who plays Trish Walker, said"):
        found = speakers.candidates(clause, lex, {"Halloway": "Vera Halloway"})
        assert all(c.value != "Trish Walker" for c in found), clause
    text = (
        "The Born Again premiere drew a crowd.\n\n"
        "Vera Halloway, back as Trish Walker, said she would return in a heartbeat if the Defenders "
        "reunited."
    )
    assert [s.speaker for s in statements(text)] == ["Vera Halloway"]


def test_a_relay_inside_an_interview_answer_is_no_part_of_the_answer() -> None:
    text = (
        "Charlie Cox sat down with us to talk about Born Again.\n\n"
        "Q: Do you still talk to the others about a Defenders reunion?\n\n"
        "COX: Krysten and I had lunch in May, and she told me she would come back in a heartbeat. "
        "Me? I just play the guy.\n\n"
        "Q: And the new season?\n\n"
        "COX: It is the best work we have done, and that is all I can say."
    )
    said = _said(text)
    assert ("Krysten Ritter", "she would come back in a heartbeat") in said
    assert all(who != "Charlie Cox" or "heartbeat" not in words for who, words in said)


def test_a_pronoun_opening_the_relay_stands_for_whom_the_sentences_before_were_about() -> None:
    text = (
        "Mike Colter says his Iron Fist co-star has been lobbying him. According to Colter, Jones "
        'texted him after the premiere. "He said we will all be back together by next year," Colter '
        "recalled."
    )
    said = _said(text)
    assert ("Finn Jones", "we will all be back together by next year") in said
    assert all(who != "Mike Colter" for who, _ in said)
