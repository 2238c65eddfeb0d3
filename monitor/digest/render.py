"""Render a :class:`monitor.types.Digest` as plain text and as email-safe HTML (pure: no I/O but
reading the package's templates).

The templates (``monitor/digest/templates/``) get a :class:`DigestView`: the digest already sorted
into the sections a reader wants, in this order: stance shifts, new voices, the stance timeline,
the period's stories with all their sources (repeats folded into one line each, disputes of known
claims marked), reaffirmations, and feed health last.

Everything from feeds is untrusted. It is stripped of control and bidi-override characters here,
escaped by jinja2's autoescaping in HTML, and a link is kept only when it is http(s)
(:func:`safe_url`); anything else is shown as text or dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from monitor.types import (
    NOT_POLLED,
    Article,
    ClaimMatch,
    Digest,
    FeedHealth,
    Stance,
    Statement,
    StatementChange,
    Story,
)

TEMPLATES = Path(__file__).with_name("templates")
TIMELINE_POINTS = 12  # points shown per person; earlier ones are counted, not drawn
TEXT_WIDTH = 76

_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True, slots=True)
class StanceStyle:
    label: str
    symbol: str
    colour: str  # background of timeline cells and badges (white text on it)
    meaning: str


STANCE_STYLES: dict[Stance, StanceStyle] = {
    "positive": StanceStyle("positive", "+", "#1a7f37", "expects or wants it to happen"),
    "negative": StanceStyle("negative", "\u2212", "#c62828", "expects it not to happen"),
    "uncertain": StanceStyle("uncertain", "?", "#8a6d00", "does not know / will not say"),
}

RELATION_LABELS = {"disagree": "disputes", "agree": "supports", "discuss": "discusses"}


# --------------------------------------------------------------------------------------------
# Untrusted text and links
# --------------------------------------------------------------------------------------------


def clean(text: str | None) -> str:
    """One line of untrusted text: control and bidi-override characters removed, spaces collapsed."""
    if not text:
        return ""
    return _SPACES.sub(" ", _UNSAFE_CHARS.sub("", text)).strip()


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL with a host and nothing that could break out of an
    attribute or a line, else None."""
    if not url:
        return None
    url = url.strip()
    if _UNSAFE_CHARS.search(url) or any(c in url for c in " \t\r\n<>\"'`\\"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return "undated"
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC).date()
    return f"{value.day} {value:%b %Y}"


def fmt_period(since: dt.date, until: dt.date) -> str:
    if since == until:
        return fmt_date(since)
    if since.year == until.year:
        return f"{since.day} {since:%b} \u2013 {fmt_date(until)}"
    return f"{fmt_date(since)} \u2013 {fmt_date(until)}"


def _plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


# --------------------------------------------------------------------------------------------
# The view model the templates see
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementView:
    speaker: str
    stance: StanceStyle
    text: str
    kind: str  # "quote" or "reported"
    date: str
    source: str
    url: str | None
    note: str


@dataclass(frozen=True, slots=True)
class ShiftView:
    speaker: str
    before: StatementView
    after: StatementView


@dataclass(frozen=True, slots=True)
class SourceView:
    source: str
    title: str
    url: str | None
    date: str


@dataclass(frozen=True, slots=True)
class ClaimView:
    claim: str
    relation: str  # "disputes" | "supports" | "discusses"
    disputed: bool
    confidence: str  # e.g. "82%"


@dataclass(frozen=True, slots=True)
class ChangeLine:
    change: str  # "new" | "shift" | "reaffirm"
    statement: StatementView
    previous_stance: StanceStyle | None


@dataclass(frozen=True, slots=True)
class StoryView:
    number: int
    headline: str
    sources: tuple[SourceView, ...]
    changes: tuple[ChangeLine, ...]
    repeats: str | None  # the folded line, e.g. "2 repeated statements (Charlie Cox, Jeph Loeb)"
    claims: tuple[ClaimView, ...]
    disputed: bool


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    stance: StanceStyle
    date: str


@dataclass(frozen=True, slots=True)
class PersonTimeline:
    speaker: str
    points: tuple[TimelinePoint, ...]
    earlier: int  # points before the ones drawn
    first: str
    last: str
    current: StanceStyle


@dataclass(frozen=True, slots=True)
class FeedView:
    url: str  # cleaned, for display
    link: str | None
    state: str  # "failing" | "disabled" | "silent" | "waiting" (never fetched yet)
    detail: str


@dataclass(frozen=True, slots=True)
class DigestView:
    watchlist: str
    question: str
    period: str
    since: str
    until: str
    generated: str
    subject: str
    summary: str
    empty: bool
    shifts: tuple[ShiftView, ...]
    new_voices: tuple[StatementView, ...]
    stories: tuple[StoryView, ...]
    reaffirmations: tuple[StatementView, ...]
    timeline: tuple[PersonTimeline, ...]
    feed_problems: tuple[FeedView, ...]
    feeds_ok: int
    feeds_total: int
    stances: tuple[StanceStyle, ...]


def _speaker(statement: Statement) -> str:
    return clean(statement.speaker) or "Unattributed"


def _date(statement: Statement) -> str:
    """The statement's date; for an article's line the article dates from its text (an old line
    re-quoted: "31 Dec 2019, dated from the text: 'in 2019'"), with that note."""
    date = fmt_date(statement.date)
    return f"{date}, {clean(statement.note)}" if statement.origin == "feed" and statement.note else date


def statement_view(statement: Statement) -> StatementView:
    return StatementView(
        speaker=_speaker(statement),
        stance=STANCE_STYLES[statement.stance],
        text=clean(statement.text),
        kind=statement.kind,
        date=_date(statement),
        source=clean(statement.source) or "unknown source",
        url=safe_url(statement.url),
        note=clean(statement.note),
    )


def _source_view(article: Article) -> SourceView:
    return SourceView(
        source=clean(article.source) or "unknown source",
        title=clean(article.title),
        url=safe_url(article.url),
        date=fmt_date(article.published or article.first_seen),
    )


def _claim_view(match: ClaimMatch) -> ClaimView:
    return ClaimView(
        claim=clean(match.claim),
        relation=RELATION_LABELS.get(match.relation, match.relation),
        disputed=match.relation == "disagree",
        confidence=f"{round(match.confidence * 100)}%",
    )


def _folded_repeats(changes: tuple[StatementChange, ...]) -> str | None:
    repeats = [c for c in changes if c.change == "repeat"]
    if not repeats:
        return None
    names = list(dict.fromkeys(_speaker(c.statement) for c in repeats))
    return f"{_plural(len(repeats), 'repeated statement')} already reported ({', '.join(names)})"


def _story_view(number: int, story: Story) -> StoryView:
    claims = tuple(_claim_view(m) for m in story.disputes if m.relation != "unrelated")
    claims = tuple(sorted(claims, key=lambda c: not c.disputed))
    return StoryView(
        number=number,
        headline=clean(story.headline) or "(untitled)",
        sources=tuple(_source_view(a) for a in story.articles),
        changes=tuple(
            ChangeLine(
                change=c.change,
                statement=statement_view(c.statement),
                previous_stance=STANCE_STYLES[c.previous.stance] if c.previous else None,
            )
            for c in story.changes
            if c.change != "repeat"
        ),
        repeats=_folded_repeats(story.changes),
        claims=claims,
        disputed=any(c.disputed for c in claims),
    )


def _timeline(digest: Digest) -> tuple[PersonTimeline, ...]:
    people = []
    for speaker, points in digest.timeline:
        if not points:
            continue
        shown = points[-TIMELINE_POINTS:]
        people.append(
            PersonTimeline(
                speaker=clean(speaker) or "Unattributed",
                points=tuple(TimelinePoint(STANCE_STYLES[s], fmt_date(d)) for d, s in shown),
                earlier=len(points) - len(shown),
                first=fmt_date(points[0][0]),
                last=fmt_date(points[-1][0]),
                current=STANCE_STYLES[points[-1][1]],
            )
        )
    return tuple(people)


def _feed_view(feed: FeedHealth) -> FeedView | None:
    since_ok = f"last success {fmt_date(feed.last_success)}" if feed.last_success else "never succeeded"
    if feed.disabled:
        state, detail = "disabled", f"no longer polled: {clean(feed.disabled)}"
    elif feed.error == NOT_POLLED and feed.last_success is None:
        state, detail = "waiting", "not polled yet"
    elif not feed.ok:
        state, detail = "failing", f"{clean(feed.error) or 'unknown error'} ({since_ok})"
    elif feed.silent:
        state = "silent"
        detail = (
            f"no new entry since {fmt_date(feed.last_new_entry)}" if feed.last_new_entry else "no entry yet"
        )
    else:
        return None
    return FeedView(url=clean(feed.url), link=safe_url(feed.url), state=state, detail=detail)


def _summary(view_counts: dict[str, int]) -> str:
    parts = [
        _plural(view_counts["shifts"], "stance shift"),
        _plural(view_counts["new"], "new voice"),
        _plural(view_counts["stories"], "story", "stories"),
        _plural(view_counts["reaffirm"], "reaffirmation"),
    ]
    if view_counts["disputed"]:
        parts.append(_plural(view_counts["disputed"], "disputed claim"))
    return " \u00b7 ".join(parts)


def subject(digest: Digest) -> str:
    """The email subject: watchlist, what changed, and the period."""
    return build_view(digest).subject


def build_view(digest: Digest) -> DigestView:
    """Sort the digest into the sections the templates render (pure)."""
    changes = digest.changes
    shifts = tuple(
        ShiftView(_speaker(c.statement), statement_view(c.previous), statement_view(c.statement))
        for c in changes
        if c.change == "shift" and c.previous is not None
    )
    new_voices = tuple(
        statement_view(c.statement) for c in changes if c.change == "new" and c.statement.speaker
    )
    reaffirmations = tuple(statement_view(c.statement) for c in changes if c.change == "reaffirm")
    stories = tuple(_story_view(i, s) for i, s in enumerate(digest.stories, start=1))
    problems = tuple(v for v in (_feed_view(f) for f in digest.feeds) if v is not None)
    order = {"failing": 0, "disabled": 1, "silent": 2, "waiting": 3}
    problems = tuple(sorted(problems, key=lambda v: (order[v.state], v.url)))
    disputed = sum(1 for s in stories for c in s.claims if c.disputed)
    period = fmt_period(digest.since, digest.until)
    name = clean(digest.watchlist)
    if digest.is_empty:
        summary = "Nothing new this period."
        headline = "nothing new"
    else:
        summary = _summary(
            {
                "shifts": len(shifts),
                "new": len(new_voices),
                "stories": len(stories),
                "reaffirm": len(reaffirmations),
                "disputed": disputed,
            }
        )
        bits = []
        if shifts:
            bits.append(_plural(len(shifts), "stance shift"))
        if new_voices:
            bits.append(_plural(len(new_voices), "new voice"))
        if not bits:
            bits.append(_plural(len(stories), "story", "stories"))
        headline = ", ".join(bits)
    return DigestView(
        watchlist=name,
        question=clean(digest.question),
        period=period,
        since=fmt_date(digest.since),
        until=fmt_date(digest.until),
        generated=digest.generated.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        subject=f"[{name}] {headline} \u00b7 {period}",
        summary=summary,
        empty=digest.is_empty,
        shifts=shifts,
        new_voices=new_voices,
        stories=stories,
        reaffirmations=reaffirmations,
        timeline=_timeline(digest),
        feed_problems=problems,
        feeds_ok=len(digest.feeds) - len(problems),
        feeds_total=len(digest.feeds),
        stances=tuple(STANCE_STYLES.values()),
    )


# --------------------------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------------------------


def _wrap(text: str, indent: int = 0, first: str | None = None) -> str:
    """Wrap plain text for the text form; ``first`` replaces the first line's indent."""
    pad = " " * indent
    return textwrap.fill(
        text,
        width=TEXT_WIDTH,
        initial_indent=first if first is not None else pad,
        subsequent_indent=pad,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _said(st: StatementView) -> str:
    return f"\u201c{st.text}\u201d" if st.kind == "quote" else f"(reported) {st.text}"


def _text_statement(st: StatementView, label: str = "", first: int = 2, indent: int = 4) -> str:
    """A statement in the text form: the words, then source and date, then the link if any."""
    lines = [
        _wrap(f"{label} {_said(st)}" if label else _said(st), indent, " " * first),
        _wrap(f"\u2014 {st.source}, {st.date}", indent),
    ]
    if st.url:
        lines.append(" " * indent + st.url)
    return "\n".join(lines)


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["wrap"] = _wrap
    env.globals["said"] = _said
    env.globals["statement"] = _text_statement
    return env


def render_text(digest: Digest) -> str:
    """The plain-text form (what the text/plain part of the email carries)."""
    return _environment().get_template("digest.txt").render(d=build_view(digest))


def render_html(digest: Digest) -> str:
    """The HTML form: table layout, inline CSS, no scripts, no remote images."""
    return _environment().get_template("digest.html").render(d=build_view(digest))
