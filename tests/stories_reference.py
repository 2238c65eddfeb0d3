"""Story grouping as the docstring of :mod:`monitor.understand.stories` states it, pair by pair over
words (no hashes, no matrices): the reference the fast grouping must agree with."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.types import Analysis, Article
from monitor.understand import signature as G
from monitor.understand import stories as S
from monitor.understand.normalise import words

Gram = tuple[str, ...]
Keyed = tuple[str | None, Gram]  # (speaker, words)


@dataclass(frozen=True, slots=True)
class _Features:
    when: dt.datetime
    lead: frozenset[Gram]
    quotes: frozenset[Keyed]  # (speaker, run of QUOTE_RUN words); quoted spans: speaker "\x1f"
    shorts: frozenset[Keyed]  # (speaker, all words) of statements of SHORT_QUOTE..QUOTE_RUN-1 words
    spans: frozenset[Keyed]  # (speaker, n-gram) of every statement, n in SHORT_QUOTE..QUOTE_RUN-1
    title: frozenset[str]
    outlet: str  # the article's own outlet name (Article.source), stripped
    text: str


def _grams(ws: Sequence[str], n: int) -> list[Gram]:
    return [tuple(ws[k : k + n]) for k in range(len(ws) - n + 1)]


def _features(article: Article, analysis: Analysis) -> _Features:
    ws = words(article.title) + words(article.text[: G.LEAD_WORDS * 12])[: G.LEAD_WORDS]
    quotes: set[Keyed] = set()
    shorts: set[Keyed] = set()
    spans: set[Keyed] = set()
    for st in analysis.statements:
        qw = words(st.text)
        quotes.update((st.speaker, g) for g in _grams(qw, G.QUOTE_RUN))
        if G.SHORT_QUOTE <= len(qw) < G.QUOTE_RUN:
            shorts.add((st.speaker, tuple(qw)))
        for n in range(G.SHORT_QUOTE, G.QUOTE_RUN):
            spans.update((st.speaker, g) for g in _grams(qw, n))
    for span in G.quoted_spans(article.text):
        quotes.update(("\x1f", g) for g in _grams(words(span), G.QUOTE_RUN))
    return _Features(
        S.article_time(article),
        frozenset(_grams(ws, 4)),
        frozenset(quotes),
        frozenset(shorts),
        frozenset(spans),
        G.title_words(article.title),
        article.source.strip(),
        article.text,
    )


def _names(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet``: the name, in its own capitals, at least ``_MIN_OUTLET``
    characters and not all lower case, somewhere not inside a longer word?"""
    if len(outlet) < S._MIN_OUTLET or outlet.islower():
        return False
    for start in range(len(text) - len(outlet) + 1):
        end = start + len(outlet)
        if text[start:end] != outlet:
            continue
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
    return False


def _credits(text: str, outlet: str) -> bool:
    """Does ``text`` name ``outlet``, or credit it by its first word ("according to Deadline")?"""
    return _names(text, outlet) or S._credited_by_first_word(text, outlet)


def _held(sets: Sequence[frozenset[object]]) -> Counter[object]:
    return Counter(x for s in sets for x in s)


def group(rows: Sequence[tuple[Article, Analysis]]) -> list[list[int]]:
    """Indices of ``rows`` grouped into stories; groups and members in time order (then id)."""
    n = len(rows)
    f = [_features(a, an) for a, an in rows]
    limit = max(S.MAX_BUCKET, math.ceil(S.COMMON_SHARE * n))
    lead_held = _held([x.lead for x in f])
    quote_held = _held([x.quotes for x in f])
    span_held = _held([x.shorts | x.spans for x in f])
    title_held = _held([x.title for x in f])

    def same_story(a: _Features, b: _Features) -> bool:
        close = abs(a.when - b.when) <= S.WINDOW
        shared = a.lead & b.lead
        rare_lead = any(lead_held[g] <= limit for g in shared)
        if rare_lead and len(shared) >= S.COPY_CONTAINMENT * min(len(a.lead), len(b.lead)):
            return True
        credits = _credits(a.text, b.outlet) or _credits(b.text, a.outlet)
        if close and rare_lead and len(shared) >= S.CREDIT_SHARED and a.outlet != b.outlet and credits:
            return True
        # a citation: one re-quotes the other crediting its outlet in the past tense, after a lead
        # of its own, and their titles share no content word (the quote tests do not hold)
        cited = (
            a.outlet != b.outlet
            and not a.title & b.title
            and (S._credits_in_past(b.text, a.outlet) or S._credits_in_past(a.text, b.outlet))
        )
        if close and not cited and any(quote_held[q] <= limit for q in a.quotes & b.quotes):
            return True
        inside = (a.shorts & b.spans) | (b.shorts & a.spans)
        if close and not cited and any(span_held[q] <= limit for q in inside):
            return True
        words_shared = a.title & b.title
        rare_word = any(title_held[w] <= S.MAX_BUCKET for w in words_shared)
        if close and rare_word and len(a.title) >= 3 and len(b.title) >= 3:
            return len(words_shared) >= S.TITLE_JACCARD * len(a.title | b.title) - 1e-9
        return False

    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if same_story(f[i], f[j]):
                parent[max(find(i), find(j))] = min(find(i), find(j))
    groups: dict[int, list[int]] = {}
    for i in sorted(range(n), key=lambda k: (S.article_time(rows[k][0]), rows[k][0].id, k)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())
