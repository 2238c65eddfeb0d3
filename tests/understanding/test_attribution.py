"""Who said a quote: the attribution after or before it, a colon or a dash introducing it, the paragraph
before or after naming the speaker, pull quotes and captions, and embedded or quoted social-media posts
(monitor.understand.statements.attribution). Rounds 3-20."""

from __future__ import annotations

from tests.understand_fixtures import (
    _infos_how,
    _infos_question,
    _speaker_of,
    _speakers,
    paras,
    statements,
    who,
)

# ---------------------------------------------------------------------------------------- statements


def test_a_quote_after_a_sentence_about_its_speaker_is_theirs() -> None:
    text = (
        "Mike Colter was asked about Luke Cage joining Daredevil: Born Again.\n\n"
        "The host pushed back on the Defenders question. Colter laughed. "
        "“Never say never, though. Who knows what Marvel has planned.”"
    )
    assert who(text) == [("Mike Colter", "uncertain")]


# ---------------------------------------------------------------------------------------- who speaks


def test_a_coordinated_clause_after_a_quote_is_another_persons_attribution() -> None:
    text = (
        "The Defenders panel ended with a surprise.\n\n"
        'Cox says he\'d "love to work with Luke Cage again" someday, and Alan Smith jokes that the '
        'villain "would lock them all up."'
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive")]
    assert "lock them" not in got[0].text


def test_the_opening_quote_is_given_to_the_person_the_next_paragraph_names() -> None:
    text = (
        "\u201cThe Defenders will be back, and sooner than you think.\u201d\n\n"
        "That was the promise from a man who rarely makes them. Jeph Loeb, speaking at a "
        "fan event on Friday, would not give a date."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_a_quote_paragraph_after_a_narrative_paragraph_about_a_person_is_theirs() -> None:
    text = (
        "Talk turns to the Netflix shows. Alan Reyes played a villain in Daredevil, and he still "
        "keeps in touch with the cast of The Defenders.\n\n"
        "\u201cIf they ever put that team back together, I'd be there in a second.\u201d"
    )
    assert who(text) == [("Alan Reyes", "positive")]


def test_a_colon_after_a_heading_about_a_person_gives_the_quote_to_them() -> None:
    text = (
        "Will the Defenders reunite? Here is what the cast said.\n\n"
        "3. Krysten Ritter keeps everyone guessing\n\n"
        'One cryptic caption set off the fandom in May: "Never say never."'
    )
    assert who(text) == [("Krysten Ritter", "uncertain")]


def test_a_less_common_reporting_verb_attributes_the_quote() -> None:
    text = (
        "Krysten Ritter opened the panel with a story about the Defenders.\n\n"
        "Later the talk turned to the reunion. \u201cI would love to do another Defenders season,\u201d "
        "confided Charlie Cox."
    )
    assert [(s.speaker, s.stance) for s in statements(text)] == [("Charlie Cox", "positive")]


def test_a_verb_outside_the_lexicon_leaves_the_quote_without_speaker() -> None:
    text = (
        "At the panel, the cast took questions about the Defenders.\n\n"
        "\u201cI would love to do another Defenders season,\u201d glimmered the screen."
    )
    assert [s.speaker for s in statements(text)] == [None]


def test_an_embedded_post_belongs_to_the_signature() -> None:
    text = (
        "Krysten Ritter posted about Jessica Jones on Tuesday.\n\n"
        "I would love to be back with the Defenders one day. pic.twitter.com/AbC123\n\n"
        "\u2014 Krysten Ritter (@KrystenRitter) May 3, 2025\n\n"
        "Fans replied within minutes."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Krysten Ritter", "positive")]
    assert "pic.twitter" not in found[0].text


def test_a_quote_paragraph_is_given_to_the_person_the_next_paragraph_opens_with() -> None:
    text = (
        "Charlie Cox spent the junket talking about his new film.\n\n"
        "Would the Defenders ever return?\n\n"
        "\u201cI'd love that. Ask me again next year.\u201d\n\n"
        "Ritter, smiling, would not say more.\n\n"
        "The film opens in May."
    )
    assert who(text) == [("Krysten Ritter", "positive")]


def test_said_opening_an_inverted_attribution_is_no_first_name() -> None:
    text = (
        "Krysten Ritter played Jessica Jones in The Defenders. Her co-star Damon Achebe is in awe.\n\n"
        'Said Achebe: "She knows everyone\'s lines. I hope they reunite the Defenders."\n\n'
        'Said Ritter: "That chapter is closed for me."'
    )
    assert who(text) == [("Damon Achebe", "positive"), ("Krysten Ritter", "negative")]


def test_a_possessive_name_owns_the_quoted_phrase() -> None:
    text = (
        "Asked about the Defenders, the studio head shook his head. He would not say whether "
        "Dario Scardapane's \u201cnot this season\u201d comment still stood."
    )
    assert who(text) == [("Dario Scardapane", "negative")]


def test_words_after_a_lead_in_and_a_colon_go_on_from_the_quote_before() -> None:
    text = (
        "Krysten Ritter has thoughts on a Defenders reunion.\n\n"
        "\u201cI would love for all of them to come back,\u201d she says.\n\n"
        "Then, more soberly, turning the cup in her hands: It's not my call, and I've learned not to "
        "get my hopes up."
    )
    assert who(text) == [("Krysten Ritter", "positive"), ("Krysten Ritter", "uncertain")]


def test_a_colon_without_a_speech_verb_gives_the_quote_to_the_subject() -> None:
    text = (
        "Charlie Cox talked about the Defenders.\n\n"
        "Cox also praised his co-star Mike Colter: \u201cI'd love to work with Mike again, the Defenders "
        "should come back.\u201d"
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_rundown_line_names_its_speaker_before_a_dash() -> None:
    text = (
        "We asked the cast about a Defenders reunion on the red carpet.\n\n"
        "Charlie Cox \u2014 \u201cI'd love that. Bring them all.\u201d\n\n"
        "Mike Colter (Luke Cage) \u2013 \u201cNot this season, sadly.\u201d"
    )
    assert who(text) == [("Charlie Cox", "positive"), ("Mike Colter", "negative")]


# ------------------------------------------------------------------ quotes inside a fan's post


def test_words_quoted_in_a_fan_accounts_post_are_nobodys() -> None:
    text = (
        "Finn Jones answered one fan about the Defenders under his latest photo.\n\n"
        "@finnjonesofficial: Working on it. Promise.\n\n"
        "@ironfistdaily: \u201cthat's all I'm allowed to say\u201d is the new Finn catchphrase"
    )
    assert who(text) == [("Finn Jones", "positive")]


# ------------------------------------------------------------------ "@handle: words" round-ups


ROUND_UP = """Fans of the Netflix shows had a busy Sunday, and Krysten Ritter started it.

@ritter_real: Somebody asked me about the Defenders again today. I'd go back tomorrow if they asked.

The post was shared 40,000 times in an hour.

@finnjonesofficial: Danny Rand is ready when you are.

@finnjonesfans: The Defenders are ready and so are we, I'd go back tomorrow too.
"""


def test_a_post_in_a_round_up_is_the_words_of_the_person_its_handle_names() -> None:
    found = {(s.speaker, s.text) for s in statements(ROUND_UP)}
    assert (
        "Krysten Ritter",
        "Somebody asked me about the Defenders again today. I'd go back tomorrow if they asked.",
    ) in found
    assert ("Finn Jones", "Danny Rand is ready when you are.") in found


def test_a_fan_accounts_post_is_nobodys() -> None:
    assert all("so are we" not in s.text for s in statements(ROUND_UP))


# ------------------------------------------------------------------ who speaks


def test_whom_a_line_was_said_to_is_never_its_speaker() -> None:
    text = (
        "Ritter has softened on the Defenders over the past year.\n\n"
        "Her favourite answer, first said to Velvet Couch in April: "
        "\u201cI'd go back for a Defenders reunion in a heartbeat.\u201d"
    )
    assert who(text) == [("Krysten Ritter", "positive")]


def test_an_attribution_running_into_the_next_quote_introduces_it() -> None:
    text = (
        "Loeb was blunt at the time: \u201cThere will be no more Defenders.\u201d "
        "A year later, Scardapane told a podcast: \u201cI'd love a Defenders reunion one day.\u201d"
    )
    found = _speakers(text)
    assert found[0] == ("Jeph Loeb", "There will be no more Defenders.")
    assert found[1][0] == "Dario Scardapane"


def test_a_dash_gives_the_quote_to_the_sentence_subject() -> None:
    text = (
        "At a fan event in Leeds, Jeph Loeb gave us the gentlest possible yes \u2014 "
        "\u201cI'd love to see the Defenders together again\u201d \u2014 before leaving the stage."
    )
    assert _speakers(text)[0][0] == "Jeph Loeb"


def test_the_one_whose_answer_a_clause_is_about_speaks_next() -> None:
    text = (
        "Tomas Wreay saved the big question for the last minutes of the episode, and Colter's answer was "
        "glum. \u201cI think the window has closed for a Defenders reunion,\u201d he said."
    )
    assert who(text) == [("Mike Colter", "negative")]


def test_a_forum_users_words_are_nobodys_statement() -> None:
    text = (
        "Ritter answered questions on the forum for an hour.\n\n"
        "u/alley_cat_77 wrote: \u201cI'd love a Defenders reunion. Bring them back.\u201d"
    )
    assert who(text) == []


# ------------------------------------------------------------------ quotes


def test_a_verb_with_a_clause_of_its_own_after_a_closed_quote_reports_something_else() -> None:
    text = (
        "Hosts: Lina Park and Tom Reyes.\n\n"
        "Ritter was asked about the Defenders and did not hesitate: \u201cPut the four of us back in a "
        "room and I'll bring the snacks.\u201d Lina says she's printing that on a mug."
    )
    assert _speaker_of("Put the four", text) == "Krysten Ritter"


def test_as_he_told_someone_the_quote_is_his() -> None:
    text = (
        "Cox has been asked about the Defenders so often that he has a stock answer. As he told Stage "
        "Door last year, \u201cI would love nothing more than a Defenders reunion.\u201d"
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_pull_quote_signed_on_the_line_below() -> None:
    text = (
        "Finn Jones spoke to fans in Des Moines on Saturday.\n\n"
        "A fan named Kenji Alvarez asked about the Defenders.\n\n"
        "\u201cI've stopped waiting for the Defenders call.\u201d\n\n"
        "\u2014 Finn Jones\n\n"
        "The panel ran long."
    )
    assert _speaker_of("I've stopped waiting", text) == "Finn Jones"


def test_one_from_someone_gives_them_the_words() -> None:
    text = (
        "Finn Jones posted a short message to his followers on Thursday.\n\n"
        "Among the thousands of replies was one from Mike Colter, who played Luke Cage: "
        "\u201cTold you the Defenders would be back.\u201d"
    )
    assert _speaker_of("Told you", text) == "Mike Colter"


def test_an_attribution_ending_with_a_comma_introduces_the_next_quote() -> None:
    text = (
        "Colter would not talk about the Defenders, but he did say the show was \u201cmore Harlem than "
        "Hollywood.\u201d Showrunner Cheo Marsh, he added, \u201cputs a song on every scene.\u201d"
    )
    assert _speaker_of("more Harlem", text) == "Mike Colter"


def test_her_answer_according_to_someone_is_hers() -> None:
    text = (
        "Charlie Cox told the podcast that he met Krysten Ritter for lunch in London last month. "
        "Her answer, according to Cox: \u201cIf the Defenders script is good, I'm there.\u201d"
    )
    found = [who for who, _, words in _infos_how(text) if words.startswith("If the Defenders")]
    assert found == ["Krysten Ritter"]


def test_a_post_under_its_authors_header_line_is_theirs() -> None:
    text = (
        "The cast reacted to the Defenders trailer within the hour.\n\n"
        "FINN JONES (@finnjones \u00b7 Threads \u00b7 Sat 9:12 a.m.)\n"
        "A clip of the Iron Fist glowing.\n"
        "\u201cIron Fist is ready for the Defenders again. Call me.\u201d\n"
        "3,400 likes\n\n"
        "Fans were thrilled."
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Finn Jones", "Iron Fist is ready for the Defenders again. Call me.")
    ]


def test_a_caption_is_the_words_of_who_posted_it() -> None:
    text = (
        "Mike Colter opened an account on a new app on Sunday with a picture of a yellow shirt "
        "and the caption “still fits, still waiting.” Fans took it as a hint."
    )
    assert _speakers(text) == [("Mike Colter", "still fits, still waiting.")]


def test_an_attribution_with_a_clause_after_a_hearer_reports_something_else() -> None:
    text = (
        "Writer Jo Park said in May that a second film \u201cis not happening this year,\u201d while "
        "insisting the door is \u201cnowhere near closed.\u201d Studio chief Ray Dunmore told the "
        "crowd on Friday that the team was \u201cthinking about the sequel.\u201d"
    )
    found = {w: s for s, w, _ in _infos_question(text)}
    assert found["thinking about the sequel."] == "Ray Dunmore"
    assert all(s != "Ray Dunmore" for w, s in found.items() if "nowhere near closed" in w)


# ------------------------------------------------------------------ a company's statement after its quote


def test_a_quote_a_company_said_in_a_statement_is_the_company_s() -> None:
    text = (
        "Netflix has ended another of its Marvel series after two seasons.\n\n"
        "\u201cThe show will not come back, but the door to the Defenders remains open,\u201d "
        "Netflix said in a statement."
    )
    assert who(text) == [("Netflix", "positive")]


# ---------------------------------------------------------------------------------------- round 21


def test_names_listed_as_the_subject_of_a_question_in_an_opening_clause_are_not_its_subject() -> None:
    # Round 21: the question has a verb of its own after the list ("could share"); the clause ends at
    # the comma after it, and the one named next answers
    text = (
        "When pressed on whether Krysten Ritter, Mike Colter or Finn Jones could share a screen with Cox "
        "again, Jeph Loeb declined to rule it out. \u201cI would love to see the Defenders together one "
        "day,\u201d he said."
    )
    assert _speaker_of("I would love", text) == "Jeph Loeb"


def test_the_one_pressed_answers_not_the_one_pressing() -> None:
    # Round 21: "her", the object of "pressed", never stands for the subject; she answers next
    text = (
        "Krysten Ritter spent most of the hour on her new thriller.\n\n"
        "Host Nadia Brennard pressed her on whether the Defenders could share a screen again. "
        "\u201cHonestly, I think that ship has sailed for the four of us,\u201d she said."
    )
    assert _speaker_of("Honestly, I think", text) == "Krysten Ritter"


def test_an_aside_of_asking_after_a_subject_names_no_one_asked() -> None:
    # Round 21: "Loeb, asked … in Los Angeles, said": a participle, so the place after it is nobody
    text = (
        "Jeph Loeb, asked about the casting at a press event in Los Angeles, said there had never been a "
        "debate. \u201cCharlie is Daredevil, and the others could follow him back one day.\u201d"
    )
    assert _speaker_of("Charlie is Daredevil", text) == "Jeph Loeb"


def test_a_conjunction_before_an_opening_clause_leaves_the_subject_after_its_comma() -> None:
    # Round 21: "But pressed on whether Colter would return, Cox laughed": Cox is the subject, not Colter
    text = (
        "But pressed on whether Colter would return as Luke Cage, Cox laughed. "
        "\u201cNever say never with that guy. The Defenders could happen,\u201d he said."
    )
    assert _speaker_of("Never say never", text) == "Charlie Cox"


def test_a_sentence_opening_with_asked_names_no_one_asked_after_it() -> None:
    # Round 21: "Asked about …," opening the sentence is a participle: Colter, named after it, is not
    # the one a question was put to
    text = (
        "Asked about the reunion talk, Cox praised Colter and the rest of the old cast. "
        "\u201cThe Defenders could still happen, I think,\u201d he said."
    )
    assert _speaker_of("The Defenders could", text) == "Charlie Cox"


# Round 22 ------------------------------------------------------------------------------------------


def test_a_quote_paragraph_after_a_paragraph_about_someone_else_is_theirs() -> None:
    text = (
        "The premiere of the new season drew the whole cast.\n\n"
        "“We had a wonderful time making this one,” Krysten Ritter said.\n\n"
        "Charlie Cox, quiet on the subject a year ago, seemed changed this time.\n\n"
        "“Seeing everyone again made me want more. I want the four of us back in one room.”"
    )
    assert _speaker_of("Seeing everyone", text) == "Charlie Cox"


def test_a_quote_introduced_before_and_closed_is_not_the_next_sentences_speaker() -> None:
    text = (
        "The Defenders cast have said it for years. At the 2019 gala, Cox told reporters, “If they "
        "call, I'm ready.” Mike Colter, asked about it after the “Echo” premiere, said simply: “Me too.”"
    )
    assert _speaker_of("If they call", text) == "Charlie Cox"


def test_a_speech_verb_in_a_relative_clause_after_a_quote_is_no_attribution() -> None:
    text = (
        "Ritter was asked about a Defenders reunion.\n\n"
        "“We belong together,” she said. “Someone at Marvel has to say yes.\n\n"
        "“And I know exactly who.” She looked at Brad Winderbaum, who laughed and shook his head."
    )
    assert _speaker_of("Someone at Marvel", text) == "Krysten Ritter"


def test_a_hosts_prompt_naming_the_guest_is_no_statement() -> None:
    # Round 22: the host hands the floor over ("… Dario?"): the prompt is no statement of anyone's
    text = (
        "The moderator, writer Lena Okafor, read out a fan's question about the Defenders.\n\n"
        "Okafor smiled at the showrunner. “I'd love a reunion too,” she said. “Dario?”\n\n"
        "“Nothing to announce today,” Dario Scardapane said."
    )
    assert all(speaker != "Lena Okafor" for speaker, _ in who(text))
    assert all("love a reunion" not in s.text for s in statements(text))


def test_a_hosts_request_to_speak_is_no_statement_but_a_hosts_remark_is() -> None:
    # Round 22: "… Tell me I'm right." asks the guest to answer; a host's own remark stays
    prompt = (
        "On his podcast, host Tom Reyes pressed Charlie Cox on the Defenders.\n\n"
        "“I'm sure the four of them will be back together,” Reyes told him. “Tell me I'm right.”"
    )
    assert all(speaker != "Tom Reyes" for speaker, _ in who(prompt))
    remark = (
        "On his podcast, host Tom Reyes talked about the Defenders.\n\n"
        "“I'm sure the four of them will be back together,” Reyes said. “Save the date.”"
    )
    assert ("Tom Reyes", "positive") in who(remark)


def test_a_quote_told_in_someone_elses_report_is_the_tellers() -> None:
    # Round 22: "She added that Colter once told her, “…”": the words are Colter's, relayed whole,
    # not a phrase of her report
    text = (
        "Krysten Ritter spoke about the Defenders on a podcast this week. She added that Mike "
        "Colter once told her, “If Marvel calls, I'm back.”"
    )
    assert ("Mike Colter", "positive") in who(text)
    assert all(speaker != "Krysten Ritter" for speaker, _ in who(text))


def test_a_quote_after_a_users_question_is_the_answer_of_the_one_answering() -> None:
    # Round 22: in a session of users' questions, the answer after one is the answerer's, not of a
    # person the next paragraph names
    text = paras(
        "Mike Colter answered fans' questions on Bluesky for an hour on Sunday.",
        "@harlem_fan asked about his favourite episode.",
        "“The finale. We shot it in the snow.”",
        "@defenders4ever followed up: “is a Defenders reunion ever happening”",
        "“Honestly? Nobody has called me about the Defenders. I'd love it, though.”",
        "@cage_stan asked whether he still sees Krysten Ritter.",
    )
    assert _speaker_of("Honestly? Nobody", text) == "Mike Colter"


def test_a_name_in_apposition_to_an_opening_description_is_the_sentences_subject() -> None:
    # Round 22: "The show's new producer, Nadia Obi, has been …": the "she" after it is Obi, not the
    # woman who spoke before
    text = paras(
        "Krysten Ritter was asked about the Defenders at the premiere. “I'd do it tomorrow,” Ritter said.",
        "The show's new producer, Nadia Obi, has been more careful. “We never say never about the "
        "Defenders,” she said.",
    )
    assert _speaker_of("We never say never", text) == "Nadia Obi"


def test_a_name_after_is_that_a_description_opens_with_is_the_sentences_subject() -> None:
    # Round 22: "The woman deciding … is producer Nadia Obi."
    text = paras(
        "Krysten Ritter was asked about the Defenders at the premiere. “I'd do it tomorrow,” Ritter said.",
        "The woman deciding whether the Defenders come back is producer Nadia Obi. “We never say never "
        "about the Defenders,” she said.",
    )
    assert _speaker_of("We never say never", text) == "Nadia Obi"
