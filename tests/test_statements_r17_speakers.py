"""Who speaks, seventeenth round (the texts here are written for these tests): hosts, callers and
guests called by first name after the article named them in full, and a watchlist person by a short
form of theirs; the part an actor plays is no person; a title before a name; "he" or "she" never
stands for someone of the other sex, and pronouns of both sexes taken for one person leave it
unknown; a description never reaches back over a sentence's end; the object of a preposition, or a
possessor, is no verb's subject; a speaker seen in the pronoun's own paragraph is nearer; page
furniture between a person and their pronoun does not put them out of reach; and, for quotes: a
speech verb with a clause of its own after a closed quote reports something else; a numbered
heading's pull of the quote below; "As he told X, “…”"; a pull quote signed on the line below; "X's
answer …" and "The caption? “…”"; "one from X: “…”"; a that-clause is its subject's; an interview of
questions and quoted answers; the lines of a time-coded rundown; words woven into a report, then
"He added: “…”"; an attribution that introduces the next quote, ending with a comma."""

from __future__ import annotations

import dataclasses

from monitor.types import Person
from monitor.understand import speakers
from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, who


def _speakers(text: str, title: str = "", watchlist: object = WATCHLIST) -> list[tuple[str | None, str]]:
    """(speaker, words) of every quote the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(watchlist), title)  # type: ignore[arg-type]
    return [(i.speaker, i.quote.text) for i in ex._infos()]


def _speaker_of(words: str, text: str, watchlist: object = WATCHLIST) -> str | None:
    found = [s for s, q in _speakers(text, watchlist=watchlist) if q.startswith(words)]
    assert found, f"no quote starting {words!r}"
    return found[0]


# ------------------------------------------------------------------ names


def test_a_host_named_in_full_goes_on_by_first_name() -> None:
    text = (
        "Morning hosts Gina Albright and Paul Okoye welcomed Krysten Ritter to the studio on Monday.\n\n"
        "Ritter said she would make another Defenders season \u201cin a heartbeat.\u201d\n\n"
        "Gina was not having the polite answer. \u201cMark my words: the Defenders reunion happens "
        "before the decade is out,\u201d she told listeners."
    )
    assert _speaker_of("Mark my words", text) == "Gina Albright"


def test_the_part_an_actor_plays_is_no_person_of_the_article() -> None:
    text = (
        "Nadia Ferro, who played Claire Temple in four of the Netflix shows, still gets asked about "
        "the Defenders.\n\n"
        "Claire was the nurse who patched up every hero in Harlem. Speaking in Leeds last week, she said: "
        "\u201cClaire would be the first one they call for a Defenders reunion.\u201d"
    )
    assert _speaker_of("Claire would be", text) == "Nadia Ferro"


def test_a_title_before_a_name_is_no_part_of_it() -> None:
    text = (
        "The mailbag filled up after the Defenders news.\n\n"
        "Listener Dana Whitford wrote in: \u201cThe Defenders will be back before next summer.\u201d"
    )
    assert _speaker_of("The Defenders will", text) == "Dana Whitford"


def test_a_possessive_inside_a_name_is_no_person() -> None:
    lex = lexicon(WATCHLIST)
    assert speakers.clean_name("Colter's Instagram", lex) is None
    assert speakers.clean_name("Dana Whitford", lex) == "Dana Whitford"


def test_a_watchlist_person_by_a_short_form_of_their_first_name() -> None:
    watchlist = dataclasses.replace(
        WATCHLIST,
        people=(*WATCHLIST.people, Person("Samantha Quill", (), "producer"), Person("Marla Voss", ())),
    )
    lex = lexicon(watchlist)
    firsts = speakers.first_names(lex)
    assert firsts["Sam"] == "Samantha Quill"
    assert "Mar" not in firsts  # (a month's short form: "Mar 3, 2025")
    text = (
        "Samantha Quill joined the podcast this week.\n\n"
        "The hosts asked whether the Defenders would ever return. Sam laughs, then, about the old team: "
        "\u201cI'd put money on a Defenders reunion.\u201d"
    )
    assert _speaker_of("I'd put money", text, watchlist) == "Samantha Quill"


# ------------------------------------------------------------------ pronouns


def test_she_never_stands_for_a_man() -> None:
    text = (
        "Finn Jones spoke first. He said he was done waiting for the Defenders.\n\n"
        "A former Netflix publicist, who asked not to be named because she still works with the "
        "studio, said the odds of a Defenders reunion \u201chave never been better.\u201d"
    )
    assert _speaker_of("have never been better", text) is None


def test_pronouns_of_both_sexes_for_one_person_leave_their_sex_unknown() -> None:
    m = speakers.Mentions()
    m.gender["Krysten Ritter"] = "f"  # (a watchlist role's)
    m.note_pronoun("Ana Ruiz", "he")
    assert m.gender["Ana Ruiz"] == "m"
    m.note_pronoun("Ana Ruiz", "she")
    m.note_pronoun("Ana Ruiz", "he")
    assert "Ana Ruiz" not in m.gender
    m.note_pronoun("Krysten Ritter", "he")
    assert m.gender["Krysten Ritter"] == "f"


def test_a_description_never_reaches_back_over_a_sentence_end() -> None:
    lex = lexicon(WATCHLIST)
    clause = "Cox spent Sunday on the South Downs.\n\nThe actor, who grew up nearby, ran the 10K."
    described = [c for c in speakers.candidates(clause, lex) if c.kind == "descriptor"]
    assert [clause[c.start : c.end] for c in described] == ["The actor"]


def test_the_object_of_a_preposition_is_no_subject() -> None:
    text = (
        "Ritter pointed to the success of Nova Bridge and said the Defenders "
        "\u201cdeserve one more season.\u201d"
    )
    assert _speaker_of("deserve one more", text) == "Krysten Ritter"
    text = (
        "Colter took the stage after lunch. With Charlie Cox back as Daredevil the only question left "
        "was about Luke. \u201cIf the Defenders call, I answer,\u201d he said."
    )
    assert _speaker_of("If the Defenders call", text) == "Mike Colter"


def test_someone_seen_speaking_in_the_pronouns_paragraph_is_nearer() -> None:
    text = (
        "Cox opened the investor call with the Defenders numbers.\n\n"
        "The studio was more careful about theme parks, where finance chief Nora Blake said bookings "
        "were soft. She said a Defenders reunion \u201cis not in this year's budget.\u201d"
    )
    assert _speaker_of("is not in this year", text) == "Nora Blake"


def test_page_furniture_does_not_put_a_person_out_of_reach() -> None:
    text = (
        "By the afternoon Cox was careful. \u201cI genuinely don't know about the Defenders,\u201d "
        "Cox said.\n\n"
        "Read more\n\n"
        "Every Netflix Marvel show, ranked\n\n"
        "The best sequels of the decade\n\n"
        "By the evening he had a shorter answer. \u201cA Defenders reunion is above my pay grade,\u201d "
        "he said."
    )
    assert _speaker_of("A Defenders reunion is above", text) == "Charlie Cox"


# ------------------------------------------------------------------ quotes


def test_a_verb_with_a_clause_of_its_own_after_a_closed_quote_reports_something_else() -> None:
    text = (
        "Hosts: Lina Park and Tom Reyes.\n\n"
        "Ritter was asked about the Defenders and did not hesitate: \u201cPut the four of us back in a "
        "room and I'll bring the snacks.\u201d Lina says she's printing that on a mug."
    )
    assert _speaker_of("Put the four", text) == "Krysten Ritter"


def test_a_numbered_headings_pull_of_the_quote_below_is_no_statement() -> None:
    text = (
        "Cox was asked about a Defenders reunion all day.\n\n"
        "1. Screen Weekly: \u201cI'd love it\u201d\n\n"
        "In his sit-down with Screen Weekly, Cox was at his most eager. \u201cHonestly? I'd love it. "
        "A Defenders reunion would be a dream,\u201d he said."
    )
    assert who(text) == [("Charlie Cox", "positive")]
    assert _speaker_of("I'd love it", text) is None


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


def test_one_from_someone_gives_them_the_words() -> None:
    text = (
        "Finn Jones posted a short message to his followers on Thursday.\n\n"
        "Among the thousands of replies was one from Mike Colter, who played Luke Cage: "
        "\u201cTold you the Defenders would be back.\u201d"
    )
    assert _speaker_of("Told you", text) == "Mike Colter"


def test_a_that_clause_is_what_the_subject_of_its_clause_holds() -> None:
    text = (
        "Co-host Mara Lindqvist disagrees and puts her money on it: she bets every listener a coffee "
        "that \u201cthe four Defenders will be back together by next year.\u201d"
    )
    assert _speaker_of("the four Defenders", text) == "Mara Lindqvist"


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


def test_the_lines_of_a_time_coded_rundown_are_items_of_their_own() -> None:
    text = (
        "Show notes for episode 12, hosted by Tom Reyes.\n\n"
        "12:10 \u2014 Ritter on the Defenders: \u201cI'd go back in a heartbeat.\u201d\n"
        "12:40 \u2014 Tom Reyes laughs.\n"
        "14:30 \u2014 Ritter on her novel: \u201cIt is the most personal thing I have written.\u201d"
    )
    infos = _Extractor(text, lexicon(WATCHLIST), "")._infos()
    assert [(i.speaker, i.quote.text, i.merged_into) for i in infos] == [
        ("Krysten Ritter", "I'd go back in a heartbeat.", None),
        ("Krysten Ritter", "It is the most personal thing I have written.", None),
    ]


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


def test_an_attribution_ending_with_a_comma_introduces_the_next_quote() -> None:
    text = (
        "Colter would not talk about the Defenders, but he did say the show was \u201cmore Harlem than "
        "Hollywood.\u201d Showrunner Cheo Marsh, he added, \u201cputs a song on every scene.\u201d"
    )
    assert _speaker_of("more Harlem", text) == "Mike Colter"


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
