"""The general rules of the eleventh round for posts, recaps and summaries (the texts here are written
for these tests). A round-up of posts prints each as "@handle: words", the words of the person the
handle names (a fan account's are nobody's); a work's title inside a sentence is no quote to attribute;
"according to" an outlet, the person the claim is about speaks its quoted words; a dateline is no part
of a claim; heroes are what a return is made of; a refusal to say more is no part of the claim; a
fragment reported in a sentence of its own is a statement of its own, and its participle ("…,
saying") takes the subject of the clause it closes; the person a question is put to answers it."""

from __future__ import annotations

from tests.understand_fixtures import statements, who

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


def test_a_short_surname_names_nobody_without_the_first_name() -> None:
    text = "@coxswain_rowing: I'd go back to the Defenders tomorrow.\n\nCharlie Cox has not posted."
    assert who(text) == []


# ------------------------------------------------------------------ a title inside a sentence


def test_a_title_inside_a_sentence_takes_no_attribution() -> None:
    text = (
        'At the premiere of her new film "Salt Marsh Road," the actress said she was "open to" a '
        'Defenders reunion as long as Jessica gets to "be mean again."'
    )
    found = statements("Krysten Ritter went to Austin this week.\n\n" + text)
    assert [(s.speaker, s.kind) for s in found] == [("Krysten Ritter", "reported")]
    assert found[0].text.startswith("she was")


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


# ------------------------------------------------------------------ what a claim is made of


def test_heroes_are_what_a_return_is_made_of() -> None:
    text = (
        "Daredevil: Born Again is back on Tuesday.\n\n"
        'Three weeks ago, Jeph Loeb said the street-level heroes are "coming together."'
    )
    assert who(text) == [("Jeph Loeb", "positive")]


def test_a_refusal_to_say_more_is_no_part_of_the_claim() -> None:
    text = "Dario Scardapane said a Defenders reunion is in development, but would not give a date."
    found = statements(text)
    assert [(s.speaker, s.stance, s.text) for s in found] == [
        ("Dario Scardapane", "positive", "a Defenders reunion is in development")
    ]


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


def test_a_participle_takes_the_subject_of_the_clause_it_closes() -> None:
    text = 'At the Defenders panel last month he went further, saying the reunion is "happening soon."'
    found = statements("Mike Colter was in Chicago on Saturday.\n\n" + text)
    assert [(s.speaker, s.kind) for s in found] == [("Mike Colter", "reported")]


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
