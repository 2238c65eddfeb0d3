"""Statements, seventeenth round, the weakest taught sets (the texts here are written for these
tests): an AMA typed in lower case ("i'd", "i'm") is in the first person; a Q&A labelled "Q. …" /
"A. …"; a bare description ("the actor") right after a sentence about someone outside the
watchlist; "Her answer, according to X: “…”" relays the answerer's words; ", and asked her
whether …" is a question the speaker put, no part of the claim."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from monitor.understand.statements.constants import _QA_LABEL
from tests.understand_fixtures import WATCHLIST, statements


def _infos(text: str, title: str = "") -> list[tuple[str | None, str, str]]:
    """(speaker, how, words) of every quote and answer the extractor finds, kept or not."""
    ex = _Extractor(text, lexicon(WATCHLIST), title)
    return [(i.speaker, i.how, i.quote.text) for i in ex._infos()]


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
    answers = [(who, words) for who, how, words in _infos(text) if how == "interview"]
    assert ("Mike Colter", "in a second. i'd be on set tomorrow if they rang.") in answers
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Mike Colter", "positive")]


def test_a_lone_lower_case_i_is_no_abbreviation() -> None:
    from monitor.understand.statements.interviews import _first_person

    assert _first_person("honestly? i was tired.")
    assert _first_person("i'm not going to say.")
    assert not _first_person("the cast, i.e. the four leads, met up.")
    assert not _first_person("see part (i) of the report.")


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
    found = [(who, words) for who, how, words in _infos(text) if how == "interview"]
    assert ("Finn Jones", "Tomorrow. I'd love to be back with that group.") in found


def test_a_bare_description_after_a_sentence_about_someone_else() -> None:
    text = (
        "Charlie Cox and Rosa Vallance took questions from the crowd on Saturday.\n\n"
        "Vallance, who had stayed quiet for most of the hour, finally took the microphone. "
        "\u201cPut me in the Defenders van. I'll drive,\u201d the actor joked."
    )
    found = [who for who, _, words in _infos(text) if words.startswith("Put me")]
    assert found == ["Rosa Vallance"]


def test_her_answer_according_to_someone_is_hers() -> None:
    text = (
        "Charlie Cox told the podcast that he met Krysten Ritter for lunch in London last month. "
        "Her answer, according to Cox: \u201cIf the Defenders script is good, I'm there.\u201d"
    )
    found = [who for who, _, words in _infos(text) if words.startswith("If the Defenders")]
    assert found == ["Krysten Ritter"]


def test_a_question_the_speaker_asked_is_no_part_of_the_claim() -> None:
    text = (
        "Mike Colter said that he ran into Finn Jones at an airport in Toronto, and asked him "
        "whether he would come back as Iron Fist for the Defenders. The flight was delayed."
    )
    found = statements(text)
    assert not [s for s in found if s.kind == "reported" and s.speaker == "Mike Colter"]
