"""Which quotes and claims are about the story, and where a reported claim ends, seventeenth round
(the texts here are written for these tests): a quote nobody was found to have said is not made
about the story by a person named near it; a section heading ("[03:40] On the allotment", "ON THE
GARDEN:") says what the quotes under it are about; a show's renewal or cancellation is no statement
about its heroes meeting again; a speaker known only by a description ("A prolific online tipster
claimed …") is an anonymous source; the same speaker's report on another occasion ("…, and in June he
told a podcast that …") or with a second verb ("…, and says he …") is a claim of its own; "X's
character confirmed for …" is no report of X's; a claim in an opening "with" clause ends where the
main clause starts; and each time-coded item of a show's rundown is a segment of its own."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, statements, who


def _claims(text: str) -> list[tuple[str | None, str]]:
    """(speaker, claim) of each reported claim the extractor finds in ``text``."""
    return [(speaker, claim) for _, _, speaker, claim, _ in _Extractor(text, lexicon(WATCHLIST))._reported()]


# ------------------------------------------------------------------ a quote nobody was found to have said

BOOK_FAIR = (
    "Krysten Ritter spent the evening at the Lakeside Book Fair signing copies of her thriller.\n\n"
    "The conversation with the host wandered from {what} (\u201cI'd go back there every single day.\u201d) "
    "and on to her dog."
)


def test_a_person_named_near_a_quote_nobody_said_does_not_make_it_about_the_story() -> None:
    assert who(BOOK_FAIR.format(what="her garden to her favourite bakery")) == []


def test_the_story_named_near_a_quote_nobody_said_still_makes_it_about_the_story() -> None:
    assert who(BOOK_FAIR.format(what="her garden to the Defenders")) == [(None, "positive")]


# ------------------------------------------------------------------ a section heading says what follows

VIDEO = (
    "Finn Jones is back on stage this spring, and he talked to us about the play, his allotment and, of "
    "course, Iron Fist and the Defenders.\n\n"
    "Watch the full video above. Some highlights:\n\n"
    "[01:10] On the play\n\n"
    "JONES: It's a small play about two sisters. I love it.\n\n"
    "[03:40] On {what}\n\n"
    "JONES: Honestly, I'd love to be there next year. Nobody believes me.\n\n"
    "The Wharf Theatre run starts in May."
)


def test_an_answer_under_a_heading_about_something_else_is_not_framed_by_the_introduction() -> None:
    assert who(VIDEO.format(what="the allotment")) == []


def test_an_answer_under_a_heading_about_the_story_is_about_it() -> None:
    assert who(VIDEO.format(what="the Defenders")) == [("Finn Jones", "positive")]


RADIO = (
    "Krysten Ritter rang into the Morning Drive on Friday and the hosts tried not to ask about Jessica "
    "Jones too early.\n\n"
    "ON THE GARDEN: Co-host Mike Dunn asked about her tomatoes. \u201cI'd love to grow pumpkins next "
    "year,\u201d Ritter said.\n\n"
    "ON THE DEFENDERS: The hosts asked about a reunion. \u201cI'd be there in a heartbeat,\u201d she said."
)


def test_a_run_in_heading_says_what_its_paragraph_is_about() -> None:
    assert [s.text for s in statements(RADIO)] == ["I'd be there in a heartbeat,"]


# ------------------------------------------------------------------ a show's renewal or cancellation

CANCELLED = (
    "Netflix has cancelled another of its Marvel shows, a blow to fans of the Defenders.\n\n"
    "\u201c{what},\u201d the streamer said in a statement."
)


def test_a_show_that_will_not_return_for_another_season_is_no_statement_about_a_reunion() -> None:
    assert who(CANCELLED.format(what="Marvel's Luke Cage will not return for a third season")) == []


def test_the_question_s_own_show_not_returning_is_a_statement() -> None:
    found = who(CANCELLED.format(what="The Defenders will not return for a second season"))
    assert found == [(None, "negative")]


# ------------------------------------------------------------------ a speaker known only by a description

RUMOUR = (
    "{who} claimed on Sunday that Marvel has held early talks about bringing the Defenders back together."
)


def test_a_described_speaker_is_an_anonymous_source() -> None:
    for source in (
        "A prolific online tipster",
        "A former studio executive who worked on the original shows, and who asked not to be named,",
    ):
        found = statements(RUMOUR.format(who=source))
        assert [(s.speaker, s.kind, s.stance) for s in found] == [(None, "reported", "positive")]
        assert found[0].text == "Marvel has held early talks about bringing the Defenders back together"


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


# ------------------------------------------------------------------ a rundown's time-coded items

RUNDOWN = (
    "Episode 88 of the Back Row podcast is out now, with the actor Mike Colter as our guest.\n\n"
    "We cover a lot of ground. Here's the rundown.\n\n"
    "He also brought snacks.\n\n"
    "{a} The hosts argue about whether the Defenders hallway fight still holds up.\n\n"
    "{b} Colter on his vegetable patch: \u201cI'd love to grow pumpkins next year.\u201d\n\n"
    "{c} Colter on a reunion: \u201cI'd be there in a heartbeat.\u201d"
)


def test_a_time_coded_item_is_not_framed_by_the_item_before_it() -> None:
    found = statements(RUNDOWN.format(a="[04:10]", b="[09:45]", c="[15:20]"))
    assert [s.text for s in found] == ["I'd be there in a heartbeat."]


def test_a_time_coded_item_that_speaks_of_the_group_is_about_the_story() -> None:
    text = RUNDOWN.format(a="[04:10]", b="[09:45]", c="[15:20]").replace(
        "on his vegetable patch: \u201cI'd love to grow pumpkins next year.",
        "on the rumours: \u201cI'd love to see all four in one frame next year.",
    )
    assert [s.text for s in statements(text)] == [
        "I'd love to see all four in one frame next year.",
        "I'd be there in a heartbeat.",
    ]


def test_a_live_blog_s_entries_tell_one_event() -> None:
    found = statements(RUNDOWN.format(a="2:04 PM \u2014", b="2:09 PM \u2014", c="2:15 PM \u2014"))
    assert [s.text for s in found] == ["I'd love to grow pumpkins next year.", "I'd be there in a heartbeat."]


SHOW_NOTES = (
    "Episode 88 of the Back Row podcast is out now, with the actor Mike Colter as our guest.\n\n"
    "We cover a lot of ground. Here's the rundown.\n\n"
    "He also brought snacks.\n\n"
    "00:00 \u2014 Intro; the cat knocks the microphone over, again\n"
    "04:10 \u2014 Marcus asks the hard one: is pineapple on pizza ever acceptable? Colter: \u201cHonestly? "
    "I'd love that.\u201d\n"
    "15:20 \u2014 Colter on a reunion: \u201cI'd be there in a heartbeat.\u201d"
)


def test_a_line_of_time_coded_show_notes_is_a_segment_of_its_own() -> None:
    assert [s.text for s in statements(SHOW_NOTES)] == ["I'd be there in a heartbeat."]


def test_the_headline_frames_no_time_coded_item() -> None:
    notes = SHOW_NOTES.replace(
        "We cover a lot of ground. Here's the rundown.\n\nHe also brought snacks.\n\n", ""
    )
    found = statements(notes, title="Mike Colter gets asked about the Defenders reunion")
    assert [s.text for s in found] == ["I'd be there in a heartbeat."]


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
