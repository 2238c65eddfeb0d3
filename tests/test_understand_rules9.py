"""The general rules of the ninth round (taught by holdout9's feed items and rewrites; the texts here are
written for these tests): a few quoted words inside a longer reported claim (since round 11: they stay
in the claim), a second person's report in the same sentence is theirs, a speech verb of an opening
clause ("Asked by an outlet …,") does not make its name the speaker, a reply quoted in two single-
quoted parts is one quotation, and stance: a refusal to say governs what follows it, "plans change" is
no answer, a denied "no" ("I'd be lying if I said we weren't …") is a yes."""

from __future__ import annotations

import pytest

from monitor.understand.stance import stance_of
from tests.understand_fixtures import statements, who

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


def test_the_same_speakers_proviso_is_no_second_statement() -> None:
    text = (
        "According to Scardapane, a Defenders reunion is \u201every much alive,\u201d though he stressed "
        "that nothing has been signed yet."
    )
    assert who(text) == [("Dario Scardapane", "positive")]


def test_a_second_claim_after_a_dash_is_cut_off() -> None:
    text = (
        "The Jessica Jones star told a convention crowd that a Defenders reunion is \u201cnot my call\u201d "
        "\u2014 and that she has stopped reading the fan theories about her future."
    )
    found = statements(text)
    assert [(s.speaker, s.stance) for s in found] == [("Krysten Ritter", "uncertain")]
    assert "fan theories" not in found[0].text


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


def test_a_single_quoted_reply_resumed_after_its_attribution_is_one_quotation() -> None:
    text = (
        "Jones told a radio show that Marvel has not been in touch about the Defenders. "
        "'If it happens, I'd want to be there,' he said, 'but nobody has called me about it.'"
    )
    found = statements(text)
    assert any(
        s.speaker == "Finn Jones" and s.stance == "uncertain" and "nobody has called" in s.text for s in found
    )


# ------------------------------------------------------------------ stance


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a refusal to say governs what follows it in its clause
        ("I'm not saying it's coming back. I'm saying I was too quick to rule it out.", "uncertain"),
        ("I wouldn't say it's finished. I also wouldn't say it's alive.", "uncertain"),
        ("We're not telling anyone it will happen.", "uncertain"),
        # "not yet" is no refusal: the cue after it counts as before
        ("Not yet, but we will return to it.", "positive"),
        # what was said then no longer binds, and no answer now
        ("I said that and I meant it. Plans change. I won't stand here and tell you anything.", "uncertain"),
        # a denied "no" is a yes
        ("I'd be lying if I said we weren't talking about how to do it.", "positive"),
        ("Honestly, I'd be lying if I told you no.", "positive"),
        ("I can't say we aren't planning something.", "positive"),
        # ... but lying about knowing is no yes
        ("I'd be lying if I said I knew anything.", None),
        # plans under way
        ("The studio is mapping out a way to bring the four back.", "positive"),
        # "the one-off Special Name" names an example, it is no "one-off"
        ("The studio is developing a special modelled on the one-off Moon Night.", "positive"),
        ("It was a one-off.", "negative"),
        # willingness, in the past of reported speech too
        ("He'd suit up tomorrow if the studio came calling.", "positive"),
    ],
)
def test_ninth_round_stance_cues(text: str, stance: str | None) -> None:
    assert stance_of(text) == stance
