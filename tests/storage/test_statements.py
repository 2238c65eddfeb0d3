"""Baseline loading and the statements of a watchlist."""

from __future__ import annotations

import datetime as dt

from monitor.storage.sql import SqlStorage

from .helpers import FEED, T0, WL, analysis, ingest, new_article, statement

D = dt.date


def test_load_baseline_twice_adds_nothing(storage: SqlStorage) -> None:
    baseline = [
        statement("I would love to come back", date=D(2025, 1, 10), origin="seed"),
        statement("No plans right now", speaker=None, stance="uncertain", kind="reported", origin="seed"),
        statement("I would love to come back", source="Deadline", origin="seed"),  # other outlet: new
    ]
    assert storage.load_baseline(WL, baseline) == 3
    assert storage.load_baseline(WL, baseline) == 0
    assert storage.load_baseline(WL, [*baseline, baseline[0]]) == 0
    assert storage.load_baseline(WL, [statement("Something else", origin="seed")]) == 1
    assert len(storage.statements(WL)) == 4
    assert storage.load_baseline("another watchlist", baseline) == 3


def test_baseline_statements_are_stored_as_seed(storage: SqlStorage) -> None:
    storage.load_baseline(WL, [statement("From the seed file", note="date inferred from the text")])
    [stored] = storage.statements(WL)
    assert (stored.origin, stored.article_id, stored.note) == ("seed", None, "date inferred from the text")
    assert stored == statement("From the seed file", note="date inferred from the text", origin="seed")


def test_statements_order_undated_first_then_date_then_insertion(storage: SqlStorage) -> None:
    storage.load_baseline(
        WL,
        [
            statement("may", date=D(2025, 5, 1)),
            statement("undated"),
            statement("january", date=D(2025, 1, 1)),
        ],
    )
    ingest(
        storage,
        FEED,
        T0,
        new_article(
            "a",
            analyses=(
                (
                    WL,
                    analysis(
                        statements=(statement("may again", date=D(2025, 5, 1)), statement("feed undated"))
                    ),
                ),
            ),
        ),
    )
    texts = [s.text for s in storage.statements(WL)]
    assert texts == ["undated", "feed undated", "january", "may", "may again"]


def test_statements_until_keeps_undated(storage: SqlStorage) -> None:
    storage.load_baseline(
        WL,
        [statement("undated"), statement("april", date=D(2025, 4, 30)), statement("may", date=D(2025, 5, 1))],
    )
    assert [s.text for s in storage.statements(WL, until=D(2025, 4, 30))] == ["undated", "april"]
    assert [s.text for s in storage.statements(WL, until=D(2024, 1, 1))] == ["undated"]


def test_statements_until_counts_an_articles_lines_from_the_article_date(storage: SqlStorage) -> None:
    # a June article re-quoting a line said in 2019: not known in May, whatever its own date
    june = dt.datetime(2025, 6, 10, 9, 0, tzinfo=dt.UTC)
    requote = statement("an old line", date=D(2019, 12, 31), note="dated from the text: 'in 2019'")
    ingest(
        storage,
        FEED,
        T0,
        new_article("later", published=june, analyses=((WL, analysis(statements=(requote,))),)),
    )
    assert storage.statements(WL, until=D(2025, 5, 31)) == ()
    assert [s.text for s in storage.statements(WL, until=D(2025, 6, 10))] == ["an old line"]


def test_statements_come_from_relevant_articles_of_the_watchlist_only(storage: SqlStorage) -> None:
    ingest(
        storage,
        FEED,
        T0,
        new_article("relevant", analyses=((WL, analysis(statements=(statement("kept"),))),)),
        new_article("irrelevant", analyses=((WL, analysis(False, statements=(statement("dropped"),))),)),
        new_article("elsewhere", analyses=(("other", analysis(statements=(statement("other list"),))),)),
    )
    [kept] = storage.statements(WL)
    assert (kept.text, kept.origin) == ("kept", "feed")
    assert kept.article_id is not None
    assert [s.text for s in storage.statements("other")] == ["other list"]
    assert storage.statements("nobody") == ()
