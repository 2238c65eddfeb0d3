"""Round 17: an old line an article re-quotes (dated when it was said, see
monitor.understand.statements.dating) in the diff and the digest."""

from __future__ import annotations

import datetime as dt
import json

from monitor.digest.build import build_digest
from monitor.digest.jsonform import digest_to_json
from monitor.digest.render import render_html, render_text
from monitor.types import Analysis, Relevance, Statement
from monitor.understand.diff import Item, classify
from tests.understand_fixtures import UTC, WATCHLIST, article

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
