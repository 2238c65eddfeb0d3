"""Reported claims: the verbs and patterns of reported speech ("X said that …", "according to X", "…, X
told Variety"), who reports, where a claim starts and ends, the tense it is read in, indirect questions
and their answers, and what is no claim (a writer's comment, a habit of speech)
(monitor.understand.reporting, monitor.understand.statements.reported). Rounds 4-20."""

from __future__ import annotations

import datetime as dt

import pytest

from monitor.types import Statement
from monitor.understand import extract_statements, reporting
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import ROLES, WATCHLIST, _claims, _speaker_of, statements, who


def statements_2026(text: str) -> list[Statement]:
    return list(extract_statements(text, WATCHLIST, published=dt.date(2026, 11, 18), source="S", url=None))


def test_no_longer_true_reverses_the_earlier_report() -> None:
    text = (
        "Marvel Studios has not commented on the Defenders.\n\n"
        "Earlier reports claimed a Defenders reunion was not planned, but according to Krysten Ritter, "
        "that is no longer true."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements_2026(text)]
    assert found == [("Krysten Ritter", "positive", "denies that a Defenders reunion was not planned")]


def test_mid_sentence_according_to_takes_the_clause_after_the_source() -> None:
    text = (
        "The cast met in New York last week, and according to Charlie Cox, the Defenders will not "
        "reunite on screen any time soon."
    )
    found = [(s.speaker, s.stance) for s in statements_2026(text)]
    assert found == [("Charlie Cox", "negative")]
    assert "cast met" not in statements_2026(text)[0].text


def test_not_true_reverses_a_positive_report() -> None:
    text = "Reports said the Defenders will reunite in 2027, but according to Charlie Cox, that is not true."
    assert [(s.speaker, s.stance) for s in statements_2026(text)] == [("Charlie Cox", "negative")]


def test_reported_claims() -> None:
    text = (
        "Dario Scardapane confirmed Season 2 will not include a reunion for the Defenders.\n\n"
        "According to Jeph Loeb, a Defenders reunion is not in the plans right now.\n\n"
        "Mike Colter, who arrived late, said that he expects the Defenders will reunite soon."
    )
    assert [(s.speaker, s.kind, s.stance) for s in statements(text)] == [
        ("Dario Scardapane", "reported", "negative"),
        ("Jeph Loeb", "reported", "negative"),
        ("Mike Colter", "reported", "positive"),
    ]


def test_bare_said_who_clauses_and_participles_report_claims() -> None:
    got = statements("Speaking at a panel, Finn Jones said he will return for a Defenders reunion.")
    assert [(s.speaker, s.kind) for s in got] == [("Finn Jones", "reported")]
    text = (
        "The actress, who played Jessica Jones in three seasons, Iron Fist and more, told the outlet that "
        "she hopes the Defenders reunite."
    )
    assert [s.speaker for s in statements("Krysten Ritter spoke. " + text)] == ["Krysten Ritter"]
    text = (
        "Krysten Ritter posted a photo from Daredevil, often saying she is ready to return as Jessica Jones."
    )
    assert who(text) == [("Krysten Ritter", "positive")]


def test_claims_with_no_single_speaker_or_only_the_writers_reading_are_not_statements() -> None:
    assert statements("Mike Colter and Finn Jones have both said they would return for the Defenders.") == []
    assert statements("Jeph Loeb seemed to confirm that a Defenders reunion is possible.") == []
    assert (
        statements("Krysten Ritter Says She Is Ready to Return as Jessica Jones\n\nShe spoke briefly.") == []
    )


# ---------------------------------------------------------------------------------------- reported


def test_a_denial_of_reports_is_negative() -> None:
    text = "Jeph Loeb has denied reports that a Defenders revival is in development at Marvel."
    assert who(text) == [("Jeph Loeb", "negative")]


def test_telling_reporters_that_and_a_claim_that_starts_with_a_quotation() -> None:
    text = (
        "Jeph Loeb saw it coming.\n\n"
        "The former Marvel Television chief was bullish in 2017, telling reporters at the Defenders "
        'premiere that "this is not the last time you\'ll see these four together."'
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Jeph Loeb", "positive")]
    assert "last time" in got[0].text


def test_according_to_an_outlet_the_person_inside_speaks() -> None:
    text = "According to a report from The Daily Scoop, Cox said that the Defenders will return."
    assert who(text) == [("Charlie Cox", "positive")]


def test_an_anonymous_source_telling_an_outlet_gives_a_claim_without_speaker() -> None:
    text = (
        "The Defenders have been off screen since 2017.\n\n"
        "One person close to the studio told The Ledger on Friday that the Defenders will return in a "
        "special next year."
    )
    got = statements(text)
    assert [(s.speaker, s.kind, s.stance) for s in got] == [(None, "reported", "positive")]
    assert got[0].text.startswith("the Defenders will return")


def test_said_before_any_starts_a_claim() -> None:
    text = (
        "Jeph Loeb, who ran Marvel Television, said any Defenders revival would depend on the cast's "
        "schedules."
    )
    assert who(text) == [("Jeph Loeb", "uncertain")]
    assert statements(text)[0].text.startswith("any Defenders revival")


def test_an_according_to_claim_ends_where_the_speakers_next_report_starts() -> None:
    text = (
        "According to Scardapane, a Defenders crossover is \u201cstill alive,\u201d though he stressed "
        "that nothing has been decided."
    )
    got = statements(text)
    assert [(s.speaker, s.stance) for s in got] == [("Dario Scardapane", "positive")]
    assert "stressed" not in got[0].text


def test_a_paraphrase_closed_by_its_attribution_is_a_claim() -> None:
    assert who("The Defenders will not return for the new season, Scardapane told Variety.") == [
        ("Dario Scardapane", "negative")
    ]
    assert who("A Defenders reunion is not in the works, said the showrunner.") == [
        ("Dario Scardapane", "negative")
    ]
    # two speakers, or a quote in the sentence: not this form
    assert who("A Defenders reunion is not planned, Ritter and Cox said on Tuesday.") == []
    got = statements("\u201cThe Defenders will not return,\u201d Scardapane told Variety.")
    assert [(s.speaker, s.kind) for s in got] == [("Dario Scardapane", "quote")]


def test_a_person_right_before_telling_reports_the_claim() -> None:
    text = (
        "The Defenders special is not official.\n\n"
        "But it fits with Jeph Loeb telling reporters last year that the four would return."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_reported_speech_is_read_in_the_tense_it_reports() -> None:
    text = "The Defenders may be back. Loeb told reporters that fans would see the four together again."
    assert who(text) == [("Jeph Loeb", "positive")]


def test_reported_speech_after_a_setting_or_a_time() -> None:
    assert who(
        "Host Aaron Pike said at the end of the episode that he was convinced the Defenders reunion "
        "would be announced soon."
    ) == [("Aaron Pike", "positive")]
    assert who("Luke Cage: Mike Colter said last month he has not been cast in anything.") == [
        ("Mike Colter", "uncertain")
    ]
    assert who(
        "Charlie Cox told reporters in London on Tuesday he was ready to fight alongside Luke Cage again."
    ) == [("Charlie Cox", "positive")]
    assert who("Finn Jones keeps telling anyone who'll listen that he wants back in the Defenders.") == [
        ("Finn Jones", "positive")
    ]
    assert who("Mike Colter wrote that nobody had called him about the Defenders.") == [
        ("Mike Colter", "uncertain")
    ]


def test_a_writers_comment_after_which_ends_the_claim() -> None:
    got = statements("Krysten Ritter told a podcast that the Defenders chapter was closed, which upset fans.")
    assert [s.text for s in got] == ["the Defenders chapter was closed"]


def test_a_claim_whose_only_cue_is_a_bare_modal_is_not_a_position() -> None:
    text = "Finn Jones believes that the second season of Iron Fist showed what the character could be."
    assert who(text) == []


def test_said_before_a_name_and_its_verb_reports_a_claim() -> None:
    assert who("Sources close to the production say Luke Cage will return in the Defenders revival.") == [
        (None, "positive")
    ]
    assert who("Jeph Loeb said Marvel would bring the Defenders back eventually.") == [
        ("Jeph Loeb", "positive")
    ]


# ------------------------------------------------------------------ quoted words in a reported claim


def test_a_few_quoted_words_in_a_long_claim_stay_in_their_claim() -> None:
    # "be back on set tomorrow" alone would lose the condition and the subject: the digest shows
    # the writer's clause with the speaker's words in their quote marks
    text = (
        "The Luke Cage star says he'd \u201cbe back on set tomorrow\u201d if the studio came calling about "
        "a Defenders reunion of the old team. Colter also spoke about his new courtroom drama."
    )
    found = statements(text)
    assert [(s.speaker, s.text, s.stance) for s in found] == [
        (
            "Mike Colter",
            "he'd \u201cbe back on set tomorrow\u201d if the studio came calling about a Defenders reunion"
            " of the old team",
            "positive",
        )
    ]


def test_a_quoted_noun_phrase_leaves_the_claim_whole() -> None:
    # the quoted words take no stance of their own: the claim around them is what was said
    text = (
        "Scardapane said he did not know whether \u201ca proper Defenders reunion\u201d would fit into "
        "the next run of episodes of the show."
    )
    found = statements(text)
    assert len(found) == 1
    assert found[0].text.startswith("he did not know whether")
    assert found[0].stance == "uncertain"


def test_quoted_words_printed_in_full_later_leave_the_claim_whole() -> None:
    text = (
        "Scardapane said the Defenders could well come back, and that \u201canything can happen\u201d once "
        "the characters have met in the new series over several seasons.\n\n"
        "\u201cThey have all met now, so anything can happen. That is exciting for a writer,\u201d "
        "Scardapane said of a Defenders reunion."
    )
    texts = [s.text for s in statements(text)]
    assert "anything can happen" not in texts
    assert any(t.startswith("They have all met now") for t in texts)


def test_a_second_persons_report_in_the_same_sentence_is_theirs() -> None:
    text = (
        "Showrunner Dario Scardapane says the writers are \u201cmapping out a way to put the four of them "
        "together,\u201d while series star Charlie Cox told a podcast he \u201creally can\u2019t say\u201d "
        "when a Defenders reunion might happen."
    )
    found = who(text)
    assert ("Dario Scardapane", "positive") in found
    assert ("Charlie Cox", "uncertain") in found


def test_a_second_claim_after_a_dash_is_cut_off() -> None:
    text = (
        "The Jessica Jones star told a convention crowd that a Defenders reunion is \u201cnot my call\u201d "
        "\u2014 and that she has stopped reading the fan theories about her future."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Krysten Ritter", "uncertain")]
    assert "fan theories" not in found[0].text


# ------------------------------------------------------------------ reported speech, tense shifted back


def test_was_and_were_before_an_ing_form_are_read_as_the_present() -> None:
    def present(text: str) -> str:
        return reporting.BACKSHIFTED.sub(reporting.unshift, text)

    assert present("the heroes were coming together") == "the heroes are coming together"
    assert present('the studio was "developing something"') == 'the studio is "developing something"'
    assert present("she would return") == "she will return"
    # a noun in -ing is no tense: "there was something", "it was during the panel"
    assert present("there was something in it") == "there was something in it"
    assert present("it was during the panel") == "it was during the panel"


def test_a_reported_progressive_claim_takes_the_present_stance() -> None:
    text = (
        "Jeph Loeb spoke at a fan convention in Ohio on Saturday about his years running Marvel's "
        "television shows.\n\n"
        "Loeb said that the Defenders were coming together for one more outing."
    )
    assert who(text) == [("Jeph Loeb", "positive")]


# ------------------------------------------------------------------ according to an outlet


def test_according_to_an_outlet_the_claims_subject_speaks_its_quoted_words() -> None:
    text = 'According to Coast Wire, Mike Colter is "very open to" a Defenders reunion, "whenever it comes."'
    assert who(text) == [("Mike Colter", "positive")]


# ------------------------------------------------------------------ a wire story's dateline


def test_a_dateline_is_no_part_of_the_claim() -> None:
    text = (
        "BURBANK (AP) \u2014 Marvel Studios is developing a Defenders reunion series, the Daredevil star "
        "said on Monday."
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Charlie Cox", "Marvel Studios is developing a Defenders reunion series")
    ]


def test_a_refusal_to_say_more_is_no_part_of_the_claim() -> None:
    text = "Dario Scardapane said a Defenders reunion is in development, but would not give a date."
    found = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in found] == [
        ("Dario Scardapane", "positive", "a Defenders reunion is in development")
    ]


# ------------------------------------------------------------------ where a reported claim is


def test_a_noun_of_speech_names_the_claim() -> None:
    text = "Colter was asked about Krysten Ritter's recent comments that a Defenders reunion is unlikely."
    assert who(text) == [("Krysten Ritter", "negative")]


def test_a_report_in_an_opening_time_clause_is_the_main_subjects() -> None:
    text = (
        "Two years after telling a podcast that a Defenders reunion was unlikely, Jeph Loeb is "
        "hedging his bets."
    )
    found = [(s.speaker, s.stance, s.text) for s in statements(text)]
    assert found == [("Jeph Loeb", "negative", "a Defenders reunion was unlikely")]


def test_a_long_setting_between_the_verb_and_that() -> None:
    text = (
        "Charlie Cox admitted on the latest episode of the Big Screen Weekly podcast that a Defenders "
        "reunion is unlikely."
    )
    assert [(s.speaker, s.text) for s in statements(text)] == [
        ("Charlie Cox", "a Defenders reunion is unlikely")
    ]


def test_a_condition_does_not_make_a_cue_a_bare_modal() -> None:
    assert reporting.claim_stance("if they ever called, he'd go back tomorrow") == "positive"
    assert reporting.claim_stance("showed what the character could be") is None


def test_the_reporter_going_on_ends_the_claim() -> None:
    assert reporting.cut_at_next_report("he'd do it tomorrow, and I believe him") == "he'd do it tomorrow"
    # inside the quoted words, the first person is the speaker's own
    said = 'he said "I\'d do it, and I mean it"'
    assert reporting.cut_at_next_report(said) == said


def test_whom_a_source_told_is_not_the_speaker() -> None:
    text = (
        "The Defenders reunion talk is back. A source close to the production told Comic Weekly "
        "that \u201cconversations are happening, and they\u2019re serious ones.\u201d"
    )
    assert who(text) == [(None, "positive")]


def test_adding_that_ends_the_claim_and_its_quote_stands_alone() -> None:
    text = (
        "Jeph Loeb told Comic Weekly that the studio is \u201cbuilding toward\u201d a Defenders reunion, "
        "adding that \u201cwhen the time is right, fans are going to get the reunion they have been "
        "asking for.\u201d"
    )
    found = statements(text)
    assert [(s.speaker, s.kind, s.stance) for s in found] == [
        ("Jeph Loeb", "reported", "positive"),
        ("Jeph Loeb", "quote", "positive"),
    ]
    assert found[0].text.endswith("a Defenders reunion")


def test_a_summing_up_of_the_writer_is_no_part_of_the_claim() -> None:
    text = (
        "Sources told Comic Weekly that the Born Again writers' room includes three Netflix veterans, "
        "a detail that has fans hoping the Defenders will reunite."
    )
    assert who(text) == []


# ------------------------------------------------------------------ reported claims


def test_a_claim_said_more_than_once_ends_at_a_semicolon() -> None:
    text = (
        "The Defenders are still a sore subject. Cox has said more than once that he would welcome "
        "his old co-stars back; whether the studio agrees is another matter."
    )
    found = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in found] == [
        ("Charlie Cox", "positive", "he would welcome his old co-stars back")
    ]


def test_a_which_comment_with_a_but_is_the_writers() -> None:
    text = (
        "The Defenders question came up again. Mike Colter told a festival audience that he is "
        "in talks to return, which is not a yes, but is not a no either."
    )
    found = statements(text)
    assert [(s.speaker, s.text) for s in found] == [("Mike Colter", "he is in talks to return")]


def test_telling_and_a_second_report_after_a_semicolon() -> None:
    text = (
        "Krysten Ritter made a surprise appearance at the Daredevil panel, telling fans Jessica Jones "
        'is "not done"; Charlie Cox said having her back on set felt like coming home.'
    )
    assert who(text) == [("Krysten Ritter", "positive"), ("Charlie Cox", "positive")]


def test_the_same_speakers_second_claim_to_an_outlet() -> None:
    text = (
        'Krysten Ritter says she would return as Jessica Jones "without reading the script," telling '
        'Lumen Magazine in a new profile that she wants "the four of us together again."'
    )
    found = statements(text)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Krysten Ritter", "reported"),
        ("Krysten Ritter", "reported"),
    ]
    assert found[0].text.startswith("she would return")
    assert found[1].text.startswith("she wants")


def test_a_habit_of_speech_summed_up_is_no_statement() -> None:
    spent = (
        "The Daredevil panel ran long. Cox, who has spent much of the year saying he has stopped "
        "guessing about reunions, was beaming."
    )
    assert statements(spent) == []
    kept = "For years he was the actor who kept saying he'd like to come back to Daredevil. Cox laughs now."
    assert statements(kept) == []
    # the present goes on: a statement
    goes_on = "Finn Jones keeps telling anyone who'll listen that he wants back in the Defenders."
    assert who(goes_on) == [("Finn Jones", "positive")]


def test_you_told_is_not_the_named_persons_claim() -> None:
    text = (
        "Dario Scardapane sat down with Tess Marlowe to talk about Daredevil.\n\n"
        "Tess Marlowe: In January you told a trade paper the Defenders weren't part of your plans."
    )
    assert [s.speaker for s in statements(text)] == []


# ------------------------------------------------------------------ reported claims


def test_a_quotation_may_open_before_a_backshifted_adverb() -> None:
    text = (
        "Ansel Prye, who runs a rumour newsletter, wrote on Friday that the studio was "
        '"actively developing a Defenders reunion" for next year.'
    )
    assert ("Ansel Prye", "positive") in who(text)


def test_a_claim_in_a_relative_clause_is_of_another_occasion() -> None:
    text = (
        "Colter, who told a podcast in March that a Defenders reunion would happen, did not back away. "
        "\u201cI said it would happen, and I'll stand by that,\u201d he said."
    )
    kinds = [(s.speaker, s.kind) for s in statements(text)]
    assert ("Mike Colter", "reported") in kinds


def test_a_claim_cut_at_a_semicolon_ends_there() -> None:
    text = (
        "Scardapane has changed his tune. In January he said the Defenders would not return; by the "
        "premiere he was saying: \u201cNever say never. The door is open.\u201d"
    )
    kinds = sorted((s.kind, s.stance) for s in statements(text))
    assert kinds == [("quote", "uncertain"), ("reported", "negative")]


def test_words_woven_into_a_report_mean_what_the_report_says_of_them() -> None:
    text = (
        "At the gala on Friday, Cox said he\u2019d \u201clove for Ritter and Colter to walk through that "
        "door one day.\u201d"
    )
    assert who(text) == [("Charlie Cox", "positive")]


def test_a_that_clause_is_what_the_subject_of_its_clause_holds() -> None:
    text = (
        "Co-host Mara Lindqvist disagrees and puts her money on it: she bets every listener a coffee "
        "that \u201cthe four Defenders will be back together by next year.\u201d"
    )
    assert _speaker_of("the four Defenders", text) == "Mara Lindqvist"


def test_words_woven_into_a_report_then_he_added() -> None:
    text = (
        "Loeb called the Defenders \u201cthe show everything was pointing at.\u201d He added: "
        "\u201cThese four will keep finding each other.\u201d"
    )
    infos = _Extractor(text, lexicon(WATCHLIST), "")._infos()
    assert [(i.speaker, i.quote.text, i.merged_into) for i in infos] == [
        ("Jeph Loeb", "the show everything was pointing at.", None),
        ("Jeph Loeb", "These four will keep finding each other.", None),
    ]


# ------------------------------------------------------------------ the same speaker again

TWO_OCCASIONS = (
    "In May, Jeph Loeb told Screen Weekly that \u201ca reunion is off the table,\u201d and in June he told a "
    "podcast that the studio would \u201clove to see the four of them together again.\u201d"
)


def test_the_same_speaker_on_another_occasion_is_a_claim_of_its_own() -> None:
    assert _claims(TWO_OCCASIONS) == [
        ("Jeph Loeb", "\u201ca reunion is off the table,\u201d"),
        ("Jeph Loeb", "the studio would \u201clove to see the four of them together again.\u201d"),
    ]


def test_the_claim_of_another_occasion_stands_beside_the_quote_of_the_first() -> None:
    text = (
        "In May, Jeph Loeb told Screen Weekly that \u201ca reunion is off the table for now, and I mean "
        "that,\u201d and in June he told a podcast that the new bosses at the studio were keen and would "
        "\u201chappily\u201d see the four heroes back together."
    )
    assert [(s.speaker, s.kind, s.stance) for s in statements(text)] == [
        ("Jeph Loeb", "quote", "negative"),
        ("Jeph Loeb", "reported", "positive"),
    ]


def test_a_second_verb_without_its_subject_starts_a_claim_of_its_own() -> None:
    text = (
        "Finn Jones insists that a Defenders reunion \u201cwill happen one day\u201d, and says he watches "
        "every episode of Born Again \u201cwith a lot of jealousy\u201d."
    )
    assert _claims(text) == [
        ("Finn Jones", "a Defenders reunion \u201cwill happen one day\u201d"),
        ("Finn Jones", "he watches every episode of Born Again \u201cwith a lot of jealousy\u201d"),
    ]


def test_and_that_or_and_said_without_a_comma_goes_on_with_the_claim() -> None:
    for joined in ("and that", "and said"):
        text = f"Jeph Loeb said he had \u201cnot heard a thing\u201d {joined} a reunion was not on the table."
        assert _claims(text) == [
            ("Jeph Loeb", f"he had \u201cnot heard a thing\u201d {joined} a reunion was not on the table")
        ]


# ------------------------------------------------------------------ whose, not who; the opening "with" clause


def test_a_possessive_name_is_not_the_subject_of_the_verb_after_it() -> None:
    for character in ("Daredevil", "Matt Murdock"):
        text = f"With Charlie Cox's {character} confirmed for the new season of Born Again, fans moved on."
        assert _claims(text) == []
    text = "Jeph Loeb, speaking on Finn Jones's podcast, said that the Defenders will reunite one day."
    assert _claims(text) == [("Jeph Loeb", "the Defenders will reunite one day")]


def test_a_claim_in_an_opening_with_clause_ends_where_the_main_clause_starts() -> None:
    text = (
        "With Jeph Loeb saying that the Defenders will reunite \u201cone day soon,\u201d fans have started a "
        "countdown to a reunion."
    )
    assert _claims(text) == [("Jeph Loeb", "the Defenders will reunite \u201cone day soon\u201d")]


def test_a_question_the_speaker_asked_is_no_part_of_the_claim() -> None:
    text = (
        "Mike Colter said that he ran into Finn Jones at an airport in Toronto, and asked him "
        "whether he would come back as Iron Fist for the Defenders. The flight was delayed."
    )
    found = statements(text)
    assert not [s for s in found if s.kind == "reported" and s.speaker == "Mike Colter"]


def test_adding_that_after_a_closed_attribution_opens_a_second_statement() -> None:
    text = (
        "Producer Hal Brenner, who runs the studio's drama slate, spoke at the upfronts. "
        "\u201cWe're thrilled to have the whole cast back,\u201d he said, adding that "
        "\u201cthe best is still to come.\u201d"
    )
    infos = _Extractor(text, lexicon(WATCHLIST), "")._infos()
    second = [i for i in infos if i.quote.text == "the best is still to come."]
    assert [i.speaker for i in second] == ["Hal Brenner"]
    assert second[0].merged_into is None  # a statement of its own, not more of the first quote


LEAD = "The studio has kept quiet about its plans for the street-level heroes.\n\n"


def found(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.stance) for s in statements_2026(LEAD + sentence)]


# ------------------------------------------------------------------ verbs of saying


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mike Colter conceded that a Defenders reunion looks unlikely now.", ("Mike Colter", "negative")),
        ("Charlie Cox has said before that the Defenders will reunite one day.", ("Charlie Cox", "positive")),
        ("Finn Jones stressed the Defenders will reunite within two years.", ("Finn Jones", "positive")),
        (
            "Weeks later Krysten Ritter went on to tell reporters in Toronto that a Defenders reunion "
            "will not happen.",
            ("Krysten Ritter", "negative"),
        ),
    ],
)
def test_more_verbs_of_saying_report_a_claim(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [expected]


def test_a_second_verb_after_and_starts_a_claim_of_its_own() -> None:
    text = LEAD + (
        "Charlie Cox says he would sign on the spot if the Defenders were coming back, and warns that "
        "a Defenders reunion will not happen this decade."
    )
    got = statements_2026(text)
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "warns" not in got[0].text


# ------------------------------------------------------------------ a verb and its object


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Charlie Cox declined to rule out a Defenders reunion at the panel.", "uncertain"),
        ("Charlie Cox refused to rule out a Defenders reunion on Sunday.", "uncertain"),
        ("Charlie Cox has ruled out a Defenders reunion for good.", "negative"),
        ("Charlie Cox would not confirm a Defenders reunion when pressed.", "uncertain"),
        ("Charlie Cox expressed interest in a Defenders reunion during the panel.", "positive"),
    ],
)
def test_a_position_told_by_a_verb_and_its_object(sentence: str, stance: str) -> None:
    assert found(sentence) == [("Charlie Cox", stance)]


def test_a_verb_and_its_object_needs_a_person_as_subject() -> None:
    # the writer's (or the critics') position is no statement
    assert found("Most critics have ruled out a Defenders reunion for good.") == []


# ------------------------------------------------------------------ indirect questions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Asked whether she would return for a Defenders reunion, Krysten Ritter said no.",
            ("Krysten Ritter", "negative"),
        ),
        (
            "When asked if he would join a Defenders reunion, Mike Colter said he'd love to.",
            ("Mike Colter", "positive"),
        ),
        (
            "Asked about a Defenders reunion, Mike Colter laughed: \u201cNever.\u201d",
            ("Mike Colter", "negative"),
        ),
        (
            "Asked whether the Defenders would reunite, Mike Colter said: \u201cAbsolutely.\u201d",
            ("Mike Colter", "positive"),
        ),
        (
            "Asked whether the Defenders would reunite, Mike Colter said maybe.",
            ("Mike Colter", "uncertain"),
        ),
        (  # "of course not" is a no, not the "of course" of a yes
            "Asked whether the Defenders would reunite, Mike Colter said of course not.",
            ("Mike Colter", "negative"),
        ),
    ],
)
def test_an_answer_to_an_indirect_question_is_about_the_question(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found(sentence) == [expected]


def test_a_no_to_an_indirect_question_denies_it() -> None:
    got = statements_2026(
        LEAD + "Asked whether he would return for a Defenders reunion, Mike Colter said no."
    )
    assert got[0].text == "denies that he would return for a Defenders reunion"


def test_an_answer_to_a_question_about_something_else_is_no_statement() -> None:
    assert found("Asked whether she liked the new film, Krysten Ritter said no.") == []


def test_a_short_quote_answering_the_question_just_put_is_a_statement() -> None:
    text = LEAD + (
        "Asked whether he would return for a Defenders reunion, Mike Colter paused for a moment. "
        "\u201cNever.\u201d"
    )
    assert [(s.speaker, s.stance) for s in statements_2026(text)] == [("Mike Colter", "negative")]


# ------------------------------------------------------------------ short answers to a printed question

INTERVIEW = (
    "Mike Colter sat down with us before the premiere of his new film.\n\n"
    "Q: How was the shoot?\n\nA: Cold, wet and long, but we got there in the end.\n\n"
    "Q: {q}\n\nA: {a}\n\n"
    "Q: What is next for you?\n\nA: A long holiday somewhere warm, I hope."
)


@pytest.mark.parametrize(
    ("answer", "stance"),
    [("Never.", "negative"), ("No.", "negative"), ("Maybe.", "uncertain"), ("Absolutely.", "positive")],
)
def test_a_one_word_answer_to_a_printed_question_about_the_story(answer: str, stance: str) -> None:
    text = INTERVIEW.format(q="Would you come back for a Defenders reunion?", a=answer)
    assert [(s.speaker, s.stance) for s in statements_2026(text)] == [("Mike Colter", stance)]


def test_a_one_word_answer_to_another_question_is_no_statement() -> None:
    assert statements_2026(INTERVIEW.format(q="Do you still like pizza?", a="Never.")) == []


# ------------------------------------------------------------------ spoken for


def test_a_persons_camp_speaks_for_them_not_as_them() -> None:
    assert found("Krysten Ritter's camp says a Defenders reunion is not happening.") == [(None, "negative")]


# --- companies ---------------------------------------------------------------------------------


def test_a_company_report_said_is_the_companys_claim() -> None:
    text = "On Monday, Marvel Studios said the rumour about a team-up episode was simply untrue."
    assert _claims(text) == [("Marvel Studios", "the rumour about a team-up episode was simply untrue")]


# --- reported claims ----------------------------------------------------------------------------


def test_said_as_recently_as_a_time_that_is_a_report() -> None:
    text = (
        "Finn Jones, 41, has backed a team-up for years and said as recently as last spring that "
        "he was keen to pick up the sword again."
    )
    assert _claims(text) == [("Finn Jones", "he was keen to pick up the sword again")]


def test_a_second_verb_of_the_sentence_subject_reports() -> None:
    text = "Mike Colter has been quiet about the show for a long while and said he would rather wait and see."
    assert _claims(text) == [("Mike Colter", "he would rather wait and see")]


def test_according_to_a_company_is_the_companys_claim() -> None:
    text = 'Colter will appear in "a handful of" episodes next season, according to Marvel Studios.'
    assert [s for s, _ in _claims(text)] == ["Marvel Studios"]


# --- paraphrase and reported speech (round 21) ------------------------------------------------------------
# Paraphrase and reported speech, round 21 (texts written for these tests): an answer to an indirect
# question in a clause of its own words, a role after "as" in an apposition, an adverbial set off by
# commas between the verb and "that", the writer's time clause (", a year after he said …", ", days
# after …"), where words were heard before (", the same words she used …"), a relative clause after
# "according to X", a wire dateline with a state and a wire's name, "…, but warns that …" and "Sources
# caution that …".

R21_LEAD = "The studio has kept quiet about its plans for the street-level heroes.\n\n"


def stated(sentence: str) -> list[Statement]:
    return list(
        extract_statements(
            R21_LEAD + sentence, WATCHLIST, published=dt.date(2026, 11, 20), source="S", url=None
        )
    )


def test_an_answer_in_a_clause_of_its_own_is_the_claim() -> None:
    got = stated(
        "Pressed on a Defenders reunion, Finn Jones said he would come back without reading a script if "
        "Marvel picked up the phone."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Finn Jones", "positive")]
    assert got[0].text.startswith("he would come back without reading a script")


def test_a_bare_answer_still_answers_the_question() -> None:
    got = stated("Asked whether the Defenders would reunite, Mike Colter said no.")
    assert [(s.speaker, s.stance) for s in got] == [("Mike Colter", "negative")]


def test_a_role_after_as_in_an_apposition_is_not_the_speaker() -> None:
    got = stated(
        "Charlie Cox, back as Matt Murdock for the finale, said he would welcome a Defenders reunion "
        "next year."
    )
    assert [s.speaker for s in got] == ["Charlie Cox"]


def test_an_adverbial_between_the_verb_and_that() -> None:
    got = stated(
        "Dario Scardapane stressed, however, that nothing had been decided about a Defenders reunion."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Dario Scardapane", "uncertain")]
    assert got[0].text.startswith("nothing had been decided")


def test_a_report_in_the_writers_time_clause_is_a_claim_of_its_own() -> None:
    got = stated(
        "Charlie Cox hinted on Monday that a Defenders reunion will happen one day, a year after he said the "
        "Defenders were not part of his plans."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "a year after" not in got[0].text
    assert got[1].text.startswith("the Defenders were not part")


def test_the_writers_time_clause_ends_the_claim() -> None:
    got = stated(
        "Mike Colter said on Sunday he would happily return for a Defenders reunion, days after Netflix "
        "cancelled his series."
    )
    assert [s.speaker for s in got] == ["Mike Colter"]
    assert "cancelled" not in got[0].text


def test_where_the_words_were_heard_before_is_no_part_of_the_claim() -> None:
    got = stated(
        "Krysten Ritter said she would join a Defenders reunion in a heartbeat, the same words she used "
        "last spring."
    )
    assert [s.speaker for s in got] == ["Krysten Ritter"]
    assert "same words" not in got[0].text


def test_a_relative_clause_after_according_to_x() -> None:
    got = stated(
        "According to Jeph Loeb, who spoke to reporters in Toronto on Friday, a Defenders reunion will not "
        "happen this year."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Jeph Loeb", "negative")]
    assert got[0].text.startswith("a Defenders reunion")


def test_a_dateline_with_a_state_and_a_wire_name() -> None:
    claim = "TORONTO, Ont., May 3 (Northern Wire) - A Defenders reunion will not happen this year"
    assert reporting.cut_at_next_report(claim) == "A Defenders reunion will not happen this year"


def test_but_warns_that_starts_a_claim_of_its_own() -> None:
    got = stated(
        "Charlie Cox says he would return for a Defenders reunion tomorrow, but warns that a Defenders "
        "reunion will not happen soon."
    )
    assert [(s.speaker, s.stance) for s in got] == [("Charlie Cox", "positive"), ("Charlie Cox", "negative")]
    assert "warns" not in got[0].text


def test_sources_caution_that() -> None:
    got = stated("Sources caution that Luke Cage and Iron Fist will not be part of a Defenders reunion.")
    assert [(s.speaker, s.stance) for s in got] == [(None, "negative")]


# Round 22: recall of reported claims


def test_an_apposition_naming_an_occasion_leaves_the_person_before_it_the_speaker() -> None:
    got = statements(
        "Krysten Ritter, during a Twitch Marathon with fans on Friday, said she would happily do a "
        "Defenders reunion."
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Krysten Ritter", "positive", "reported")]


def test_a_quote_the_speaker_added_leaves_the_claim_before_it() -> None:
    got = statements(
        'Krysten Ritter said on Friday she would "happily do it" if a Defenders reunion came along. '
        '"That was the best job I ever had," the actress added.'
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Krysten Ritter", "positive", "reported")]
    assert got[0].text.startswith("she would")


def test_an_outlets_report_closing_a_claim_has_no_speaker() -> None:
    claims = _claims(
        "Mike Colter will play Luke Cage again in a Defenders reunion special, Screen Wire reports."
    )
    assert claims == [(None, "Mike Colter will play Luke Cage again in a Defenders reunion special")]


def test_sources_say_closing_a_claim() -> None:
    claims = _claims(
        "The special will bring back Luke Cage and Iron Fist for a Defenders reunion, sources say."
    )
    assert claims == [(None, "The special will bring back Luke Cage and Iron Fist for a Defenders reunion")]


def test_a_claim_naming_the_speakers_own_character_with_a_return() -> None:
    got = statements(
        "The actor has kept busy.\n\nColter said he had made his peace with Luke never coming back.",
        watchlist=ROLES,
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Mike Colter", "negative", "reported")]


# Round 22, second wave


def test_a_who_clause_before_an_adverb_and_said_leaves_the_person_before_it() -> None:
    claims = _claims(
        "Dario Scardapane, who took over the show in a 2023 overhaul, has previously said the Defenders "
        "were not in his plans for the first season."
    )
    assert claims == [("Dario Scardapane", "the Defenders were not in his plans for the first season")]


def test_telling_an_occasion_then_a_clause_in_an_opening_time_clause() -> None:
    claims = _claims(
        "Ten months after telling a Denver convention he thought a Defenders reunion was coming, Mike "
        "Colter sounded far less sure."
    )
    assert claims == [("Mike Colter", "he thought a Defenders reunion was coming")]


def test_saying_a_name_and_a_verb_of_wanting() -> None:
    claims = _claims(
        "With Charlie Cox saying Marvel wants the Defenders back in one room, fans have turned to the "
        "question of Iron Fist."
    )
    assert claims == [("Charlie Cox", "Marvel wants the Defenders back in one room")]


def test_a_claim_naming_a_character_by_first_name_is_about_the_story() -> None:
    got = statements(
        "The podcast ran long.\n\nFinn Jones said he would love to watch Jessica walk into a bar and "
        "order the worst whisky in the house."
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Finn Jones", "positive", "reported")]


def test_a_claim_naming_the_group_is_about_the_story() -> None:
    got = statements(
        "The Defenders arrived on Friday.\n\nFinn Jones told a radio host that he is already hoping "
        "to share a scene with all four of us."
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Finn Jones", "positive", "reported")]


def test_a_claim_leaving_the_question_open_is_uncertain() -> None:
    got = statements(
        "Jeph Loeb said the network would let the ratings decide whether a Defenders reunion happens."
    )
    assert [(s.speaker, s.stance, s.kind) for s in got] == [("Jeph Loeb", "uncertain", "reported")]
