"""The story grouping as first written, pair by pair: the reference that
:mod:`monitor.understand.stories` (indexed, numbered shingles, hub counting) must agree with."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.types import Analysis, Article
from monitor.understand import stories as S
from monitor.understand.normalise import words

Shingle = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class _Features:
    when: dt.datetime
    lead: frozenset[Shingle]
    anchors: tuple[Shingle, ...]
    quotes: tuple[tuple[str | None, frozenset[tuple[str, ...]]], ...]
    short: tuple[tuple[str | None, tuple[str, ...]], ...]  # statements shorter than S.QUOTE_RUN words
    words: tuple[tuple[str | None, tuple[str, ...]], ...]  # every statement's words
    title: frozenset[str]


def _features(article: Article, analysis: Analysis) -> _Features:
    ws = words(article.title) + words(article.text[: S.LEAD_WORDS * 12])[: S.LEAD_WORDS]
    lead = frozenset(zip(ws, ws[1:], ws[2:], ws[3:], strict=False))
    anchors = tuple(s for s in lead if len(s[0]) >= S._ANCHOR_LEN)
    quotes = []
    short = []
    every = []
    for st in analysis.statements:
        qw = words(st.text)
        every.append((st.speaker, tuple(qw)))
        if len(qw) >= S.QUOTE_RUN:
            runs = frozenset(tuple(qw[i : i + S.QUOTE_RUN]) for i in range(len(qw) - S.QUOTE_RUN + 1))
            quotes.append((st.speaker, runs))
        elif len(qw) >= S.SHORT_QUOTE:
            short.append((st.speaker, tuple(qw)))
    title = frozenset(w for w in words(article.title) if w not in S._TITLE_STOP and len(w) > 2)
    return _Features(S.article_time(article), lead, anchors, tuple(quotes), tuple(short), tuple(every), title)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _close_in_time(a: _Features, b: _Features) -> bool:
    return abs(a.when - b.when) <= S.WINDOW


def _same_quote(a: _Features, b: _Features) -> bool:
    for sa, ra in a.quotes:
        for sb, rb in b.quotes:
            if sa == sb and not ra.isdisjoint(rb):
                return True
    return False


def _short_quote_pairs(feats: Sequence[_Features]) -> set[tuple[int, int]]:
    """Articles whose short statement lies whole inside another article's statement of the same
    speaker (looked up by the short statements' words, so only their lengths are scanned)."""
    short_index: dict[tuple[str | None, tuple[str, ...]], list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for speaker, qw in f.short:
            short_index[(speaker, qw)].append(i)
    if not short_index:
        return set()
    lengths = sorted({len(qw) for _, qw in short_index})
    out: set[tuple[int, int]] = set()
    for j, f in enumerate(feats):
        for speaker, qw in f.words:
            for n in lengths:
                for k in range(len(qw) - n + 1):
                    for i in short_index.get((speaker, qw[k : k + n]), ()):
                        if i != j:
                            out.add((min(i, j), max(i, j)))
    return out


def group(rows: Sequence[tuple[Article, Analysis]]) -> list[list[int]]:
    """Indices of ``rows`` grouped into stories; groups and members in time order (then id)."""
    n = len(rows)
    feats = [_features(a, an) for a, an in rows]
    uf = _UnionFind(n)

    def pairs_from(index: dict[object, list[int]]) -> set[tuple[int, int]]:
        """Candidate pairs sharing a key. A key shared by many articles (boilerplate, or a story
        with very many copies) pairs each member with the first few only: every pair is still
        checked, and a true group still closes transitively."""
        out: set[tuple[int, int]] = set()
        for members in index.values():
            if len(members) <= S.MAX_BUCKET:
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        out.add((members[x], members[y]))
            else:
                for x in range(S._HUB):
                    for y in range(x + 1, len(members)):
                        out.add((members[x], members[y]))
        return out

    lead_index: dict[object, list[int]] = defaultdict(list)
    quote_index: dict[object, list[int]] = defaultdict(list)
    title_index: dict[object, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for s in f.anchors:
            lead_index[s].append(i)
        for speaker, runs in f.quotes:
            for r in runs:
                quote_index[(speaker, r)].append(i)
        for w in f.title:
            title_index[w].append(i)

    for i, j in pairs_from(lead_index):
        if uf.find(i) == uf.find(j):
            continue
        a, b = feats[i].lead, feats[j].lead
        if a and b and len(a & b) / min(len(a), len(b)) >= S.COPY_CONTAINMENT:
            uf.union(i, j)
    for i, j in pairs_from(quote_index):
        if _close_in_time(feats[i], feats[j]):
            uf.union(i, j)
    for i, j in _short_quote_pairs(feats):
        if uf.find(i) != uf.find(j) and _close_in_time(feats[i], feats[j]):
            uf.union(i, j)
    for i, j in pairs_from(title_index):
        ta, tb = feats[i].title, feats[j].title
        close = len(ta) >= 3 and len(tb) >= 3 and _close_in_time(feats[i], feats[j])
        if close and len(ta & tb) / len(ta | tb) >= S.TITLE_JACCARD:
            uf.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    order = sorted(range(n), key=lambda i: (S.article_time(rows[i][0]), rows[i][0].id, i))
    for i in order:
        groups[uf.find(i)].append(i)
    rank = {i: r for r, i in enumerate(order)}
    return sorted(groups.values(), key=lambda g: rank[g[0]])
