"""The diff: each statement against what the same speaker said before (new, shift, reaffirm, repeat),
repeats in reported speech and in other words, old lines classified when they were said, and the digest's
order (monitor.understand.diff). Rounds 6-20."""

from __future__ import annotations

import datetime as dt
import json

from monitor.digest.build import build_digest
from monitor.digest.jsonform import digest_to_json
from monitor.digest.render import render_html, render_text
from monitor.types import Analysis, Relevance, Statement, StatementChange
from monitor.understand.diff import Item, classify
from tests.understand_fixtures import UTC, WATCHLIST, article, quote_by


def test_new_shift_reaffirm_repeat_with_previous() -> None:
    baseline = quote_by(
        "Krysten Ritter", "If they want to do a Defenders 2, I'm in.", "positive", origin="seed"
    )
    items = [
        Item(
            quote_by("Krysten Ritter", "I don't see it happening at all.", "negative", 2),
            dt.date(2025, 6, 2),
            "s1",
        ),
        Item(
            quote_by("Krysten Ritter", "No, it is not happening.", "negative", 3), dt.date(2025, 6, 3), "s2"
        ),
        Item(
            quote_by("Krysten Ritter", "If they want to do a Defenders 2, I'm in!", "positive", 4),
            dt.date(2025, 6, 4),
            "s3",
        ),
        Item(quote_by("Mike Colter", "Who knows.", "uncertain", 4), dt.date(2025, 6, 4), "s3"),
        Item(quote_by(None, "It is happening, trust me.", "positive", 5), dt.date(2025, 6, 5), "s4"),
    ]
    changes = classify(items, [baseline])
    assert [c.change if c else None for c in changes] == ["shift", "reaffirm", "repeat", "new", "new"]
    assert changes[0] is not None
    assert changes[0].previous == baseline
    assert changes[1] is not None
    assert changes[1].previous == items[0].statement
    assert changes[2] is not None
    assert changes[2].previous == baseline
    assert changes[3] is not None
    assert changes[3].previous is None


def test_copies_within_one_story_appear_once_but_a_later_story_repeats() -> None:
    text = "I'd love to see the four of them together again."
    items = [
        Item(quote_by("Charlie Cox", text, day=1), dt.date(2025, 6, 1), "s1"),
        Item(quote_by("Charlie Cox", text, day=1), dt.date(2025, 6, 1), "s1"),
        Item(quote_by("Charlie Cox", text, day=9), dt.date(2025, 6, 9), "s2"),
    ]
    changes = classify(items, [])
    assert [c.change if c else None for c in changes] == ["new", None, "repeat"]


def test_statements_dated_after_are_not_earlier() -> None:
    later = quote_by("Mike Colter", "Never going to happen.", "negative", day=20, origin="seed")
    changes = classify(
        [Item(quote_by("Mike Colter", "I'm in.", "positive", 2), dt.date(2025, 6, 2), "s")], [later]
    )
    assert changes[0] is not None
    assert changes[0].change == "new"


def test_a_reported_claim_quoting_a_known_line_is_a_repeat() -> None:
    old = Statement(
        "Kevin Feige",
        "You're going to see some familiar faces from the Netflix days, and not just those.",
        "positive",
        "quote",
        dt.date(2026, 1, 15),
        "Trade",
    )
    rewrite = Statement(
        "Kevin Feige",
        "we\u2019d see \u201cfamiliar faces from the Netflix days.\u201d",
        "positive",
        "reported",
        dt.date(2026, 2, 20),
        "Blog",
    )
    short = Statement(
        "Kevin Feige", 'we\'d see "the Netflix days"', "positive", "reported", dt.date(2026, 2, 21), "B"
    )
    changes = classify([Item(rewrite, rewrite.date, "s2"), Item(short, short.date, "s3")], [old])
    assert [c.change if c else None for c in changes] == ["repeat", "reaffirm"]


def test_a_reported_paraphrase_of_a_known_quote_is_a_repeat() -> None:
    day = dt.date(2025, 6, 1)
    quote = Statement(
        "Mike Colter", "I have not been cast in anything. Nobody has called.", "uncertain", "quote",
        day, "A", None,
    )  # fmt: skip
    claim = Statement(
        "Mike Colter", "he has not been cast in anything", "uncertain", "reported", day, "B", None
    )
    changes = classify([Item(claim, day, "s2")], [quote])
    assert changes[0] is not None
    assert changes[0].change == "repeat"


def test_new_words_around_a_known_fragment_are_no_repeat() -> None:
    day = dt.date(2025, 6, 1)
    fragment = Statement("Krysten Ritter", "the chapter was closed", "negative", "reported", day, "A", None)
    longer = Statement(
        "Krysten Ritter",
        "I meant what I said. That chapter is closed for me, and I'm okay with that. I played her for years.",
        "negative", "quote", day, "B", None,
    )  # fmt: skip
    changes = classify([Item(longer, day, "s2")], [fragment])
    assert changes[0] is not None
    assert changes[0].change == "reaffirm"


NOTE = "dated from the text: 'in 2019'"


def st(speaker: str, text: str, stance: str, date: dt.date, note: str = "", **kw: object) -> Statement:
    return Statement(speaker, text, stance, "quote", date, "S", note=note, **kw)  # type: ignore[arg-type]


def test_an_old_line_is_classified_against_what_was_known_when_it_was_said() -> None:
    old = st("Mike Colter", "Count me in for any team-up they dream up.", "positive", dt.date(2018, 5, 2))
    items = [
        Item(
            st("Mike Colter", "That ship has sailed for good.", "negative", dt.date(2025, 6, 2)),
            dt.date(2025, 6, 2),
            "s1",
        ),
        # a 2025 explainer re-quotes a 2019 line nobody had seen before
        Item(
            st("Mike Colter", "I'd suit up again tomorrow.", "positive", dt.date(2019, 12, 31), NOTE),
            dt.date(2025, 6, 4),
            "s2",
            said=dt.date(2019, 12, 31),
        ),
        Item(
            st("Mike Colter", "No, it's over, honestly.", "negative", dt.date(2025, 6, 6)),
            dt.date(2025, 6, 6),
            "s3",
        ),
    ]
    changes = classify(items, [old])
    assert [c.change if c else None for c in changes] == ["shift", "reaffirm", "reaffirm"]
    assert changes[1] is not None
    assert changes[1].previous == old  # what he had said by 2019
    assert changes[2] is not None
    assert changes[2].previous == items[0].statement  # not the old line


def test_an_old_line_said_before_anything_known_is_new() -> None:
    items = [
        Item(
            st("Mike Colter", "That ship has sailed.", "negative", dt.date(2025, 6, 2)),
            dt.date(2025, 6, 2),
            "a",
        ),
        Item(
            st("Mike Colter", "I'd suit up again tomorrow.", "positive", dt.date(2019, 12, 31), NOTE),
            dt.date(2025, 6, 4),
            "b",
            said=dt.date(2019, 12, 31),
        ),
    ]
    assert [c.change if c else None for c in classify(items, [])] == ["new", "new"]


def test_a_requoted_known_line_is_a_repeat_whatever_date_the_text_gives() -> None:
    known = st("Finn Jones", "Put the four of us back in a room and watch.", "positive", dt.date(2021, 8, 20))
    # the explainer says "in 2021": dated no later than the end of 2021, or earlier by another account
    requote = st(
        "Finn Jones", "Put the four of us back in a room and watch.", "positive", dt.date(2021, 3, 1)
    )
    changes = classify([Item(requote, dt.date(2025, 6, 3), "s", said=dt.date(2021, 3, 1))], [known])
    assert changes[0] is not None
    assert (changes[0].change, changes[0].previous) == ("repeat", known)


def test_a_statement_known_before_the_period_ranks_before_the_period_s_own() -> None:
    # a baseline dated inside the period counts from its date on, but the period's statements said
    # since the period began came after it
    seed = st(
        "Krysten Ritter",
        "Never say never about the old gang.",
        "uncertain",
        dt.date(2025, 6, 5),
        origin="seed",
    )
    items = [
        Item(
            st("Krysten Ritter", "I'd be there in a heartbeat.", "positive", dt.date(2025, 6, 2)),
            dt.date(2025, 6, 2),
            "a",
        ),
        Item(
            st("Krysten Ritter", "Count me in, always.", "positive", dt.date(2025, 6, 9)),
            dt.date(2025, 6, 9),
            "b",
        ),
    ]
    changes = classify(items, [seed])
    assert [c.change if c else None for c in changes] == ["new", "reaffirm"]
    assert changes[1] is not None
    assert changes[1].previous == items[0].statement


def test_the_digest_orders_by_when_articles_came_and_shows_the_old_date() -> None:
    since, until = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    now = dt.datetime(2025, 7, 1, 8, 0, tzinfo=UTC)
    line = "Honestly, I'd drop everything for a Defenders reunion."
    original = st("Charlie Cox", line, "positive", dt.date(2025, 6, 3))
    # a later article re-quotes the same line as said "in May": still a repeat of the first
    requote = st("Charlie Cox", line, "positive", dt.date(2025, 5, 31), "dated from the text: 'in May'")
    later = st("Charlie Cox", "I don't think the Defenders come back.", "negative", dt.date(2025, 6, 25))
    old = st(
        "Charlie Cox", "Matt Murdock's story is finished for me.", "negative", dt.date(2019, 12, 31), NOTE
    )
    rows = [
        (
            article(1, "Cox would drop everything", "Cox at a fan event.", day=3),
            Analysis(Relevance(True, 5.0, ()), (original,)),
        ),
        (
            article(2, "Everything Cox has said", "An explainer of old lines.", day=20),
            Analysis(Relevance(True, 5.0, ()), (requote, old)),
        ),
        (
            article(3, "Cox turns doubtful", "Cox on a podcast.", day=25),
            Analysis(Relevance(True, 5.0, ()), (later,)),
        ),
    ]
    d = build_digest(WATCHLIST, since, until, rows, [], [], now)
    changes = [(c.statement.text, c.statement.date, c.change) for s in d.stories for c in s.changes]
    assert changes == [
        (line, dt.date(2025, 6, 3), "new"),
        (line, dt.date(2025, 5, 31), "repeat"),  # known later, though said earlier by the text
        (old.text, dt.date(2019, 12, 31), "new"),  # nothing known of his by the end of 2019
        (later.text, dt.date(2025, 6, 25), "shift"),  # against his latest line, not the old one
    ]
    last = d.stories[-1].changes[0]
    assert last.previous is not None
    assert last.previous.text == line
    assert dict(d.timeline)["Charlie Cox"][0] == (dt.date(2019, 12, 31), "negative")
    data = digest_to_json(d)
    json.dumps(data)
    shown = {x["text"]: x for s in data["stories"] for x in s["statements"]}
    assert shown[old.text]["date"] == "2019-12-31"
    assert shown[later.text]["previous"]["date"] == "2025-06-03"
    text, html = render_text(d), render_html(d)
    assert "Matt Murdock's story is finished for me." in text
    assert "story is finished for me." in html


D1 = dt.date(2024, 2, 1)


D2 = dt.date(2024, 5, 9)


def changes(known: Statement, later: Statement) -> list[StatementChange | None]:
    return classify([Item(later, later.date, "second")], [known])


def kind_of(known: Statement, later: Statement) -> str | None:
    (c,) = changes(known, later)
    return c.change if c else None


def st_vell(
    text: str, stance: str, date: dt.date, kind: str = "quote", speaker: str = "Nadia Vell"
) -> Statement:
    return Statement(speaker, text, stance, kind, date, "S")  # type: ignore[arg-type]


def test_a_contraction_reported_in_full_is_a_repeat() -> None:
    known = st_vell("There's nothing in the works.", "negative", D1)
    later = st_vell("there was nothing in the works", "negative", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_negative_contraction_reported_in_full_is_a_repeat() -> None:
    known = st_vell("The orchestra isn't touring the southern states this winter.", "negative", D1)
    later = st_vell("the orchestra was not touring the southern states this winter", "negative", D2)
    assert kind_of(known, later) == "repeat"


def test_a_reported_auxiliary_in_another_tense_is_a_repeat() -> None:
    # "he's stopped" reports "I've stopped": the auxiliary is one word whatever its person and tense
    known = st_vell("Frankly I've given up predicting it.", "uncertain", D1)
    later = st_vell("she's given up predicting it", "uncertain", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_possessive_reporting_our_is_a_repeat() -> None:
    known = st_vell("The glacier sequel is not part of our slate for next spring.", "negative", D1)
    later = st_vell(
        "the glacier sequel wasn't part of the studio's slate for next spring", "negative", D2, "reported"
    )
    assert kind_of(known, later) == "repeat"


def test_a_three_word_quoted_phrase_in_a_reported_claim_is_a_repeat() -> None:
    known = st_vell("We adore that crew and there's a door ajar, but no dates yet.", "uncertain", D1)
    later = st_vell('the producer said there was "a door ajar" for the old crew', "positive", D2, "reported")
    assert kind_of(known, later) == "repeat"


def test_a_known_line_with_words_that_change_its_stance_is_no_repeat() -> None:
    known = st_vell("The wolf pack is not in our plans for this year.", "negative", D1)
    later = st_vell(
        "I said the wolf pack was not in our plans for this year. Next year is open.", "uncertain", D2
    )
    (c,) = changes(known, later)
    assert c is not None
    assert c.change == "shift"
    assert c.previous == known


def test_a_shorter_fragment_with_another_stance_is_still_a_repeat() -> None:
    # a fragment cut from a known line may be read with another stance: it adds nothing, so it
    # repeats the line
    known = st_vell("We would love it, but the wolf pack is not in our plans for this year.", "uncertain", D1)
    later = st_vell("the wolf pack is not in our plans for this year", "negative", D2)
    assert kind_of(known, later) == "repeat"


def test_a_quoted_three_word_name_is_a_term_not_a_quote() -> None:
    known = st_vell("Everyone still asks me about the harbour crew, and I love that.", "positive", D1)
    later = st_vell('fans would see "the harbour crew" soon', "positive", D2, "reported")
    assert kind_of(known, later) == "reaffirm"


MARCH_1 = dt.date(2031, 3, 1)


MAY_9 = dt.date(2031, 5, 9)


MAY_10 = dt.date(2031, 5, 10)


def st_varga(text: str, stance: str, date: dt.date, article: int, kind: str = "quote") -> Statement:
    return Statement("Odile Varga", text, stance, kind, date, "S", article_id=article)  # type: ignore[arg-type]


def test_summary_copy_in_other_words_takes_the_first_copys_shift() -> None:
    history = [
        st_varga("The lantern trilogy is finished for me, I have closed that book.", "negative", MARCH_1, 1)
    ]
    first = st_varga(
        "I wouldn't say no to carrying the lantern a final time in the spring.", "positive", MAY_9, 2
    )
    summary = st_varga(
        "she would be open to carrying the lantern one last time", "positive", MAY_10, 3, kind="reported"
    )
    out = classify([Item(first, MAY_9, "story-a"), Item(summary, MAY_10, "story-a")], history)
    assert out[0] is not None
    assert out[0].change == "shift"
    assert out[1] is not None
    assert out[1].change == "shift"  # not a reaffirm of the first copy
    assert out[1].previous == history[0]


def test_another_line_in_the_same_story_is_still_compared() -> None:
    history = [
        st_varga("The lantern trilogy is finished for me, I have closed that book.", "negative", MARCH_1, 1)
    ]
    first = st_varga(
        "I wouldn't say no to carrying the lantern a final time in the spring.", "positive", MAY_9, 2
    )
    other = st_varga(
        "Rehearsals for the opera start in August, and Vienna is lovely then.", "positive", MAY_10, 3
    )
    out = classify([Item(first, MAY_9, "story-a"), Item(other, MAY_10, "story-a")], history)
    assert out[1] is not None
    assert out[1].change == "reaffirm"
    assert out[1].previous == first


# Round 21: a relayed earlier statement in the article's own words (a reported claim without quoted
# words, dated before its article) is a repeat of what the speaker had said then, if the stance is
# the same; a new quote, quoted words or another stance are not.

JUNE_2 = dt.date(2030, 6, 2)
AUG_31 = dt.date(2031, 8, 31)
OCT_14 = dt.date(2031, 10, 14)


def st_brask(text: str, stance: str, date: dt.date, article: int, kind: str = "reported") -> Statement:
    return Statement("Tomas Brask", text, stance, kind, date, "S", article_id=article)  # type: ignore[arg-type]


def relayed(text: str, stance: str, kind: str = "reported") -> StatementChange | None:
    """``text`` relayed in an October article as said by the end of August, after a June line."""
    known = st_brask(
        "Put the three of them on a boat again and I'll steer it myself.", "positive", JUNE_2, 1, "quote"
    )
    later = st_brask(text, stance, AUG_31, 2, kind)
    return classify([Item(known, JUNE_2, "a"), Item(later, OCT_14, "b", said=AUG_31)], [])[1]


def test_a_relayed_paraphrase_of_an_earlier_line_is_a_repeat() -> None:
    # "… when he told a radio host as recently as last summer that the trio belonged together"
    c = relayed("the trio belonged together and he would gladly sail with them", "positive")
    assert c is not None
    assert c.change == "repeat"
    assert c.previous is not None
    assert c.previous.date == JUNE_2


def test_a_relayed_paraphrase_with_another_stance_is_a_shift() -> None:
    c = relayed("the boat had left the harbour for good", "negative")
    assert c is not None
    assert c.change == "shift"


def test_a_relayed_claim_with_quoted_words_is_no_repeat_unless_they_are_known() -> None:
    c = relayed("the trio was \u201cthe best crew I ever had\u201d", "positive")
    assert c is not None
    assert c.change == "reaffirm"


def test_a_relayed_quote_in_new_words_is_no_repeat() -> None:
    c = relayed("The best crew I ever had, and I'd hire them all back tomorrow.", "positive", "quote")
    assert c is not None
    assert c.change == "reaffirm"


def test_a_paraphrase_said_on_its_article_s_day_is_a_reaffirm() -> None:
    known = st_brask(
        "Put the three of them on a boat again and I'll steer it myself.", "positive", JUNE_2, 1, "quote"
    )
    later = st_brask("the trio belonged together and he would gladly sail with them", "positive", OCT_14, 2)
    out = classify([Item(known, JUNE_2, "a"), Item(later, OCT_14, "b")], [])
    assert out[1] is not None
    assert out[1].change == "reaffirm"


# Round 22: two words quoted in a reported claim are the known line of the same stance that holds
# them: a repeat of it in another story, a copy (the first copy's change) in its own story.


def test_two_quoted_words_of_a_known_line_make_a_reported_claim_its_repeat() -> None:
    known = st_brask("We're sketching something with the crew.", "positive", JUNE_2, 1, "quote")
    later = st_brask("the studio was \u201csketching something\u201d for the old crew", "positive", OCT_14, 2)
    out = classify([Item(known, JUNE_2, "a"), Item(later, OCT_14, "b")], [])
    assert out[1] is not None
    assert out[1].change == "repeat"
    assert out[1].previous == known


def test_two_quoted_words_of_a_line_in_the_same_story_are_its_copy() -> None:
    known = st_brask("Tomas isn't finished. Far from it.", "positive", JUNE_2, 1, "quote")
    summary = st_brask("Tomas Brask is \u201cnot finished\u201d", "positive", JUNE_2, 2)
    out = classify([Item(known, JUNE_2, "a"), Item(summary, JUNE_2, "a")], [])
    assert out[1] is None  # reported once, with the change of the story's first copy


def test_two_quoted_words_of_a_line_of_another_stance_are_no_repeat() -> None:
    known = st_brask("We're sketching something, but not for the crew.", "negative", JUNE_2, 1, "quote")
    later = st_brask("the studio was \u201csketching something\u201d for the old crew", "positive", OCT_14, 2)
    out = classify([Item(known, JUNE_2, "a"), Item(later, OCT_14, "b")], [])
    assert out[1] is not None
    assert out[1].change == "shift"
