"""When a statement was said: the time an article gives for a line said earlier (an opening year, "back
in", "years ago", "as she put it in a 2018 interview"), and the times that do not date the saying
(monitor.understand.statements.dating). Round 17."""

from __future__ import annotations

import datetime as dt

from monitor.types import Statement
from monitor.understand.statements.dating import When, resolve
from tests.understand_fixtures import statements

JUNE = dt.date(2025, 6, 20)


LEAD = "Fans of the old Netflix shows have asked the cast about a Defenders reunion for years.\n\n"


def one(text: str, published: dt.date = JUNE) -> Statement:
    found = statements(LEAD + text, published=published)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ where the time attaches


def test_an_opening_year_dates_the_quote_it_introduces() -> None:
    s = one(
        'In 2019, Krysten Ritter told Lantern Weekly: "I would jump at a Defenders reunion, no question."'
    )
    assert s.date == dt.date(2019, 12, 31)
    assert s.note == "dated from the text: 'In 2019'"


def test_back_in_a_month_of_a_year_dates_a_reported_claim() -> None:
    s = one("Back in March 2021, Mike Colter said that he would love a Defenders reunion with the old cast.")
    assert s.kind == "reported"
    assert s.date == dt.date(2021, 3, 31)


def test_the_time_after_the_verb_and_whom_it_was_told_to() -> None:
    s = one('"The Defenders deserve one more round," Charlie Cox told the Harbour Gazette last year.')
    assert s.date == dt.date(2024, 12, 31)
    assert s.note == "dated from the text: 'last year'"


def test_as_she_put_it_in_an_interview_of_a_year() -> None:
    s = one('"Jessica is not done with Hell\'s Kitchen, and a Defenders reunion would prove it," as Ritter '
            "put it in a 2018 interview.")  # fmt: skip
    assert s.date == dt.date(2018, 12, 31)


def test_years_ago_counts_back_from_the_article() -> None:
    s = one("Two years ago, Finn Jones told a podcast that he would love a Defenders reunion someday.")
    assert s.date == dt.date(2023, 6, 30)


def test_a_month_without_a_year_is_the_last_such_month() -> None:
    s = one("Charlie Cox told the Evening Courier in September that he would love a Defenders reunion.")
    assert s.date == dt.date(2024, 9, 30)


def test_the_sentence_introducing_a_quote_said_at_the_time() -> None:
    s = one('At a fan convention in Leeds in October 2020, Cox took the Defenders question head on. '
            '"I would be there tomorrow if the Defenders came back," he said at the time.')  # fmt: skip
    assert s.speaker == "Charlie Cox"
    assert s.date == dt.date(2020, 10, 31)


def test_an_introduction_ending_with_a_colon_dates_the_quote_below() -> None:
    s = one('Asked in May 2022 whether the Defenders could reunite, Ritter did not hesitate:\n\n'
            '"A Defenders reunion? Absolutely, I would be first in line."')  # fmt: skip
    assert s.date == dt.date(2022, 5, 31)


def test_a_when_clause_of_saying_right_after_the_time() -> None:
    s = one("It is a brighter answer than the one Mike Colter gave last year, when he told the Ledger "
            'that "a Defenders reunion is not in the cards."')  # fmt: skip
    assert s.date == dt.date(2024, 12, 31)


def test_as_far_back_as_a_year_dates_the_clause_it_stands_in() -> None:
    s = one("Jeph Loeb was bullish as far back as 2017, telling reporters that a Defenders reunion was "
            "only a matter of time.")  # fmt: skip
    assert s.date == dt.date(2017, 12, 31)


def test_a_time_set_off_after_the_speaker() -> None:
    s = one('Krysten Ritter, back in 2018, on the last day of the shoot: "I would come back for a '
            'Defenders reunion in a heartbeat."')  # fmt: skip
    assert s.date == dt.date(2018, 12, 31)


def test_an_opening_when_clause_gives_its_time_to_the_saying() -> None:
    s = one('When the revival was unveiled at a trade show in 2022, Charlie Cox was blunt: "A Defenders '
            'reunion is not the plan, and I would hate to promise one."')  # fmt: skip
    assert s.date == dt.date(2022, 12, 31)


def test_an_occasion_followed_by_its_time() -> None:
    s = one('Finn Jones was all smiles at the Iron Fist premiere in 2017. "I would sign up for a '
            'Defenders reunion tomorrow," he told the Courier.')  # fmt: skip
    assert s.date == dt.date(2017, 12, 31)


# ------------------------------------------------------------------ times that are not of the saying


def test_a_time_inside_what_was_said_is_no_date_of_saying() -> None:
    s = one("Finn Jones said he would return as Iron Fist in 2024 and that a Defenders reunion was coming.")
    assert (s.date, s.note) == (JUNE, "")


def test_a_relative_clause_closed_before_the_quote_is_another_occasion() -> None:
    found = statements(LEAD + 'Charlie Cox, who told a radio host in January that he was done with the '
                       'role, changed his tune on Friday. "I was wrong, I would love a Defenders reunion," '
                       "he said.", published=JUNE)  # fmt: skip
    quote = next(s for s in found if s.kind == "quote")
    assert (quote.speaker, quote.date, quote.note) == ("Charlie Cox", JUNE, "")


def test_a_time_of_what_was_spoken_of_is_no_time_of_saying() -> None:
    s = one('"I would love a Defenders reunion," Charlie Cox said of the Iron Fist finale in 2018.')
    assert s.date == JUNE
    s = one('Charlie Cox told the Courier his favourite day in 2019 was "the Defenders table read, and I '
            'would love a reunion."')  # fmt: skip
    assert s.date == JUNE
    s = one('"I would love a Defenders reunion," Charlie Cox wrote on Instagram in 2019.')
    assert s.date == dt.date(2019, 12, 31)


def test_the_time_opening_another_clause_does_not_date_the_quote() -> None:
    s = one('In 2019 the Netflix shows ended, but Krysten Ritter told the Gazette on Friday: "I would love '
            'a Defenders reunion."')  # fmt: skip
    assert s.date == JUNE


def test_an_attribution_ends_where_another_clause_begins() -> None:
    found = statements(LEAD + '"I would love a Defenders reunion," Krysten Ritter said, adding that she '
                       "had told the Gazette much the same in 2019.", published=JUNE)  # fmt: skip
    quote = next(s for s in found if s.kind == "quote")
    assert quote.date == JUNE


def test_now_or_today_is_the_article_s_time() -> None:
    s = one('"I would love a Defenders reunion," Krysten Ritter said today, a year after telling the '
            "Gazette the opposite in 2024.")  # fmt: skip
    assert s.date == JUNE


def test_since_a_time_is_no_time_of_saying() -> None:
    s = one('Krysten Ritter has told fans at conventions since last year: "I would love a Defenders '
            'reunion."')  # fmt: skip
    assert s.date == JUNE


def test_a_present_tense_attribution_is_today() -> None:
    s = one('"I would love a Defenders reunion," Krysten Ritter says, just as she told the Ledger in 2019.')
    assert s.date == JUNE


def test_this_month_and_this_year_keep_the_article_date() -> None:
    s = one("Charlie Cox told the Evening Courier in June that he would love a Defenders reunion.")
    assert s.date == JUNE
    s = one(
        'In 2025, Krysten Ritter told Lantern Weekly: "I would jump at a Defenders reunion, no question."'
    )
    assert s.date == JUNE


# ------------------------------------------------------------------ the conventions


def test_resolve_conventions() -> None:
    pub = dt.date(2025, 3, 10)
    assert resolve(When("in 2019", year=2019), pub) == dt.date(2019, 12, 31)
    assert resolve(When("in late 2019", year=2019, month=12, part=True), pub) == dt.date(2019, 12, 31)
    assert resolve(When("in early 2019", year=2019, month=4, part=True), pub) == dt.date(2019, 4, 30)
    assert resolve(When("in February 2024", year=2024, month=2), pub) == dt.date(2024, 2, 29)
    assert resolve(When("on May 3, 2021", year=2021, month=5, day=3), pub) == dt.date(2021, 5, 3)
    assert resolve(When("in May", month=5, only_month=True), pub) == dt.date(2024, 5, 31)
    assert resolve(When("in January", month=1, only_month=True), pub) == dt.date(2025, 1, 31)
    assert resolve(When("last year", months_back=12, calendar=True), pub) == dt.date(2024, 12, 31)
    assert resolve(When("last month", months_back=1, calendar=True), pub) == dt.date(2025, 2, 28)
    assert resolve(When("three months ago", months_back=3), pub) == dt.date(2024, 12, 31)
    # only a clearly earlier time: not this year, this month, or later
    assert resolve(When("in 2025", year=2025), pub) is None
    assert resolve(When("in March 2025", year=2025, month=3), pub) is None
    assert resolve(When("in March", month=3, only_month=True), pub) is None
    assert resolve(When("in 2026", year=2026), pub) is None
    # without the article's date nothing tells that the time is earlier
    assert resolve(When("in 2019", year=2019), None) is None
    assert resolve(When("last year", months_back=12, calendar=True), None) is None


# ------------------------------------------------------------------ Round 22: relayed, said before


def test_a_claim_the_speaker_has_said_was_said_before_the_article() -> None:
    s = one("Harbour Nights is Ritter's first stage role. Ritter, who has said she doesn't expect a "
            "Defenders reunion, has since written two plays.")  # fmt: skip
    assert s.kind == "reported"
    assert s.date == JUNE - dt.timedelta(days=1)


def test_recent_comments_that_relay_an_earlier_claim() -> None:
    s = one("Colter was asked about Krysten Ritter's recent comments that a Defenders reunion is unlikely.")
    assert s.date == JUNE - dt.timedelta(days=1)


def test_months_after_telling_counts_back_from_the_article() -> None:
    s = one("Ten months after telling a room of writers that the Defenders would reunite, Jeph Loeb is "
            "hedging.")  # fmt: skip
    assert s.date == dt.date(2024, 8, 31)


# ------------------------------------------------------------------ Round 22: last spring, last May


def test_last_summer_dates_a_claim_by_the_end_of_that_summer() -> None:
    s = one("Mike Colter told a breakfast show last summer that he would return for a Defenders reunion.")
    assert s.date == dt.date(2024, 8, 31)  # (June 2025: this summer is not over)


def test_as_recently_as_last_spring_dates_the_saying() -> None:
    s = one("Finn Jones said as recently as last spring that he would be ready to return for a Defenders "
            "reunion.")  # fmt: skip
    assert s.date == dt.date(2025, 5, 31)


def test_last_with_a_month_in_an_opening_when_clause_dates_the_quote() -> None:
    s = one("When the cast was announced last March, Ritter wrote: “The Defenders are coming home.”")
    assert s.date == dt.date(2025, 3, 31)


def test_a_gone_season_or_month_is_the_latest_one_over_before_the_article() -> None:
    june, may = When("last June", month=6, gone=True), When("last spring", month=5, gone=True)
    assert resolve(june, JUNE) == dt.date(2024, 6, 30)  # "last June" in June: a year back
    assert resolve(may, JUNE) == dt.date(2025, 5, 31)
    assert resolve(When("last winter", month=2, gone=True), JUNE) == dt.date(2025, 2, 28)
