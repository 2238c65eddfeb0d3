"""The page's structure: the headline and the lede it frames, section and run-in headings, numbered lists
and digests, time-coded rundowns and show notes, live blogs and quick-hits items
(monitor.understand.statements.page). Rounds 6-20."""

from __future__ import annotations

from monitor.understand.lexicon import lexicon
from monitor.understand.statements import _Extractor
from tests.understand_fixtures import WATCHLIST, _speaker_of, _texts, statements, who


def test_the_headline_links_a_quote_of_the_lede_to_the_question() -> None:
    text = (
        "Kevin Feige was asked about the old heroes.\n\n“You haven't seen the last of that team,” Feige said."
    )
    assert statements(text) == []
    assert who(text, title="Feige teases the Defenders") == [("Kevin Feige", "positive")]


def test_a_section_heading_ends_the_context_of_the_section_before() -> None:
    text = (
        "Mike Colter answered fans for an hour.\n\n"
        "On the Defenders\n\n"
        "Asked whether the four would share the screen again, Colter said: \u201cI'd love to.\u201d\n\n"
        "On shooting Low Tide\n\n"
        "\u201cI don't think I have ever been that cold,\u201d he said."
    )
    assert who(text) == [("Mike Colter", "positive")]  # the second quote is about the film


def test_a_numbered_list_is_framed_by_its_introduction() -> None:
    intro = "Will the Defenders reunite? We asked the cast at every junket since 2017.\n\n"
    items = (
        "1. Charlie Cox is ready\n\n"
        "Cox told us in March: \u201cI'd be back tomorrow.\u201d\n\n"
        "2. Mike Colter is patient\n\n"
        "Colter laughed at the question in June.\n\n"
        "He was still laughing about it a week later.\n\n"
        "\u201cMaybe. I keep my phone on.\u201d\n\n"
        "3. Finn Jones is waiting\n\n"
        "Jones shrugged. \u201cI'd jump at it.\u201d"
    )
    got = who(intro + items)
    assert ("Mike Colter", "uncertain") in got
    assert ("Finn Jones", "positive") in got
    # without the numbering there is no list: the second quote is far from any topic term
    plain = who(intro + items.replace("1. ", "").replace("2. ", "").replace("3. ", ""))
    assert ("Mike Colter", "uncertain") not in plain


def test_a_digests_numbered_items_have_their_own_subjects() -> None:
    text = (
        "Good morning. Three things worth your coffee this week.\n\n"
        "1. HARBOR LIGHTS RENEWED\n\n"
        'Showrunner Amelia Croft said: "We\'re not going to drag it out."\n\n'
        "2. STREET-LEVEL HEROES\n\n"
        "Asked about a Defenders reunion, Charlie Cox said: \u201cI'd love that.\u201d\n\n"
        "3. THE NUMBERS\n\n"
        '"The easy growth is over," analyst Jordan Mbeki wrote.'
    )
    assert who(text, title="The Brief: Harbor Lights, a Defenders reunion, the numbers") == [
        ("Charlie Cox", "positive")
    ]


def test_a_cited_headline_in_the_references_is_no_statement() -> None:
    text = (
        "Mike Colter told the audience the phone has rung, and the Defenders may be back.\n\n"
        "References\n\n"
        "\"'The phone has rung': Mike Colter teases a Defenders return\". Fan Dispatch. May 18, 2025."
    )
    assert all(s.speaker is not None for s in statements(text))


def test_a_numbered_items_heading_is_no_reported_claim() -> None:
    text = (
        "Will the Defenders reunite? We asked the cast at every junket.\n\n"
        "1. Cox thinks Matt won't stay a solo act\n\n"
        "\u201cI'd be shocked if we didn't see them,\u201d Charlie Cox said.\n\n"
        "2. Colter is patient\n\n"
        "\u201cMaybe. I keep my phone on,\u201d Mike Colter said.\n\n"
        "3. Jones is waiting\n\n"
        "\u201cI'd jump at it,\u201d Finn Jones said."
    )
    assert who(text) == [
        ("Charlie Cox", "positive"),
        ("Mike Colter", "uncertain"),
        ("Finn Jones", "positive"),
    ]


# ------------------------------------------------------------------ a headline listing subjects

LEDE = (
    "Mike Colter plays a ferry captain in Harbour Lights, the thriller that opens on Friday.\n\n"
    "Colter spent a month learning to steer a tug for the part. \u201cI will not be doing it for a "
    "living,\u201d he jokes."
)


def test_a_headline_listing_subjects_frames_no_quote_of_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on 'Harbour Lights,' Fatherhood and the Defenders Question") == []


def test_a_headline_with_one_subject_frames_the_lede() -> None:
    assert who(LEDE, title="Mike Colter on the Defenders Question") == [("Mike Colter", "negative")]


# ------------------------------------------------------------------ the headline quotes an answer

INTERVIEW = (
    "Krysten Ritter has a new thriller out this month, and she would rather talk about that.\n\n"
    "Q: Last year you told a crowd to call you. Has anyone called?\n\n"
    "A: No. I've stopped getting my hopes up. Whatever happens, happens.\n\n"
    "Q: Tell us about the thriller, then.\n\n"
    "A: It's about a woman who gets letters from herself."
)


def test_a_headline_naming_the_story_and_quoting_an_answer_frames_it() -> None:
    title = "Krysten Ritter on the Defenders rumours: 'I've stopped getting my hopes up'"
    assert who(INTERVIEW, title) == [("Krysten Ritter", "uncertain")]


def test_a_headline_that_quotes_the_answer_but_not_the_story_does_not() -> None:
    assert who(INTERVIEW, "Krysten Ritter: 'I've stopped getting my hopes up'") == []


def test_a_numbered_headings_pull_of_the_quote_below_is_no_statement() -> None:
    text = (
        "Cox was asked about a Defenders reunion all day.\n\n"
        "1. Screen Weekly: \u201cI'd love it\u201d\n\n"
        "In his sit-down with Screen Weekly, Cox was at his most eager. \u201cHonestly? I'd love it. "
        "A Defenders reunion would be a dream,\u201d he said."
    )
    assert who(text) == [("Charlie Cox", "positive")]
    assert _speaker_of("I'd love it", text) is None


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


QUICK_HITS = (
    "BURBANK \u2014 Odds and ends from a long day of network presentations.\n\n"
    "GAME SHOWS: The quiz revival has been given a spring date and a new host.\n\n"
    "STREAMING: Jeph Loeb was asked again whether the Defenders would share a screen. "
    "\u201cNothing would make me happier, but nothing is scheduled,\u201d Loeb said.\n\n"
    "NATURE: A four-part series about coral reefs is in production off the coast of Belize.\n\n"
    "DRAMA: Executives would not say when the hospital series ends. "
    "\u201cCome back and ask me in five years,\u201d one of them said."
)


def test_a_quick_hits_item_is_a_subject_of_its_own() -> None:
    texts = _texts(QUICK_HITS)
    assert not any("five years" in t for t in texts), texts


def test_the_item_about_the_story_is_still_a_statement() -> None:
    texts = _texts(QUICK_HITS)
    assert any("nothing is scheduled" in t for t in texts), texts


def test_a_transcript_turn_is_no_item_label() -> None:
    # (an upper-case label naming a person is a turn of a transcript, whatever follows it)
    text = (
        "Jeph Loeb sat down with us to talk about the Defenders.\n\n"
        "LOEB: I sat in the green room with the cast for an hour. "
        "\u201cI would love to see them again someday, honestly,\u201d he said.\n\n"
    )
    assert any("love to see them again" in t for t in _texts(text)), _texts(text)
