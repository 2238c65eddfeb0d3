"""The pure core that reads articles: relevance, statements, stance, stories, diff.

No I/O here: functions over frozen values, with the clock passed in.

* :mod:`.text` — HTML to plain text; :mod:`.furniture` — a feed's furniture lines dropped;
* :mod:`.lexicon` — a watchlist's terms and people compiled once (cached per watchlist);
* :mod:`.relevance` — is the article about the question, and why;
* :mod:`.quotes`, :mod:`.speakers`, :mod:`.reporting`, :mod:`.statements` — who said what (quotes,
  attributions, reported speech), and when, for an old line an article re-quotes ("In 2019, X told
  Y: …": :mod:`.statements.dating`);
* :mod:`.stance` — positive / negative / uncertain toward the question;
* :mod:`.signature` — what story grouping compares of an article, computed once;
* :mod:`.stories` — copies and rewrites of one story grouped;
* :mod:`.diff` — each statement against the same speaker's earlier ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from monitor.types import Analysis, ClaimMatch, Statement, Watchlist
from monitor.understand.disputes import reconcile
from monitor.understand.furniture import strip_furniture
from monitor.understand.lexicon import lexicon
from monitor.understand.relevance import assess
from monitor.understand.signature import make_signature
from monitor.understand.statements import dating, extract

# (title, text, claims) -> how the article relates to each claim; see monitor.claims
ClaimMatcher = Callable[[str, str, Sequence[str]], tuple[ClaimMatch, ...]]

__all__ = ["ClaimMatcher", "analyse", "extract_statements"]


def extract_statements(
    text: str,
    watchlist: Watchlist,
    *,
    published: dt.date | None,
    source: str,
    url: str | None,
    title: str = "",
) -> tuple[Statement, ...]:
    """The statements about the watchlist's question in ``text``, whatever the article's relevance.
    ``title`` (the headline, optional) is context for the quotes of the lede. Each is dated
    ``published``, unless the text says it was said earlier ("In 2019, Ritter told Vulture: …",
    "he said last year"): then it is dated then (see :mod:`.statements.dating`) and its ``note``
    says so."""
    return _statements(strip_furniture(text), watchlist, published, source, url, title)


def _statements(
    text: str, watchlist: Watchlist, published: dt.date | None, source: str, url: str | None, title: str
) -> tuple[Statement, ...]:
    """extract_statements of a text without its furniture (see .furniture)."""
    out: list[Statement] = []
    for e in extract(text, lexicon(watchlist), title):
        # a line the article says was said earlier ("In 2019, X told Y: …") is dated then
        earlier = dating.resolve(e.when, published) if e.when is not None else None
        out.append(
            Statement(
                speaker=e.speaker,
                text=e.text,
                stance=e.stance,
                kind=e.kind,
                date=earlier or published,
                source=source,
                url=url,
                note=dating.note(e.when) if earlier is not None and e.when is not None else "",
            )
        )
    return tuple(out)


def analyse(
    title: str,
    text: str,
    watchlist: Watchlist,
    *,
    published: dt.date | None,
    source: str,
    url: str | None,
    match_claims: ClaimMatcher | None = None,
) -> Analysis:
    """What one article says for one watchlist. ``text`` is plain text (see understand.text).

    Statements are extracted from relevant articles only. ``match_claims`` (injected by the caller,
    e.g. the poll cycle) compares relevant articles with ``watchlist.claims``; without it
    ``Analysis.claims`` stays empty. Claims whose relation is "unrelated" are left out.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    text = strip_furniture(text)  # "Related: …", captions' credits, footers (see .furniture)
    relevance = assess(title, text, watchlist)
    if not relevance.relevant:
        return Analysis(relevance=relevance, statements=())
    statements = _statements(text, watchlist, published, source, url, title)
    claims: tuple[ClaimMatch, ...] = ()
    if match_claims is not None and watchlist.claims:
        related = (c for c in match_claims(title, text, watchlist.claims) if c.relation != "unrelated")
        claims = reconcile(tuple(related), statements)
    return Analysis(
        relevance=relevance,
        statements=statements,
        claims=claims,
        signature=make_signature(title, text, statements),
    )
