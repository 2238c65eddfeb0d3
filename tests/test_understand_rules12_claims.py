"""The general rules of the twelfth round for reported claims and attribution (the texts here are
written for these tests). A watchlist person may be named by first name alone; an interview answer
that relays someone else's words ("he told me …", "And she said, “…”") gives them to that person, and
a transcript's turn label is not what its sentences are about; "“…,” he says" tells the speaker's
sex for the pronouns after it; a host whose talk wanders still asks far more than anyone else; a
claim named by a noun ("Ritter's comments that …"), made in an opening time clause ("Months after
declaring that …, Colter …") or after a long setting ("admitted on … podcast that") is found; a
condition does not make a reported claim's own cue a bare modal; the reporter's own "and I believe
him" ends the claim."""

from __future__ import annotations

from monitor.understand import reporting, speakers
from monitor.understand.lexicon import lexicon
from tests.understand_fixtures import WATCHLIST, statements, who

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


def test_a_host_with_banter_makes_no_statements() -> None:
    text = (
        "Drive Time with Lena Ortiz. Finn Jones joined us in the studio. Transcript lightly edited.\n\n"
        "LENA ORTIZ: Finn Jones, welcome.\n\n"
        "FINN JONES: Thanks for having me.\n\n"
        "LENA ORTIZ: I'd love to see the Defenders back on screen, I'm a huge fan.\n\n"
        "FINN JONES: That's kind of you.\n\n"
        "LENA ORTIZ: So will the Defenders return?\n\n"
        "FINN JONES: I think a Defenders reunion will happen one day."
    )
    found = who(text)
    assert ("Finn Jones", "positive") in found
    assert all(speaker != "Lena Ortiz" for speaker, _ in found)


# ------------------------------------------------------------------ pronouns


def test_he_after_a_quote_is_not_she_later() -> None:
    text = (
        "Krysten Ritter has a new thriller out this month.\n\n"
        "Tom Keller, her co-star, tells me by phone that she is generous on set. \u201cShe learned the "
        "name of every extra,\u201d he says.\n\n"
        "In May, she told a podcast she didn't think a Defenders reunion would happen."
    )
    assert ("Krysten Ritter", "negative") in who(text)


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


def test_a_turn_label_is_not_what_the_turn_is_about() -> None:
    text = (
        "Krysten Ritter has a new show, and Charlie Cox has seen it.\n\n"
        "HOST: Have you seen it?\n\n"
        "CHARLIE COX: Yes. She told me a Defenders reunion is unlikely, sadly.\n\n"
        "HOST: Oh no."
    )
    assert ("Krysten Ritter", "negative") in who(text)


def test_a_word_with_s_before_a_name_is_no_part_of_it() -> None:
    lex = lexicon(WATCHLIST)
    assert speakers.clean_name("That's Nadia", lex) is None
    assert speakers.clean_name("Nadia Perez", lex) == "Nadia Perez"
