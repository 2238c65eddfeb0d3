"""Copies of one story across feeds and outlets, grouped.

Two articles are the same story when any of these holds (and the groups are closed transitively,
with a union-find):

* **copy** — their leads (title and first :data:`LEAD_WORDS` words) share word 4-grams with a
  containment of at least :data:`COPY_CONTAINMENT` (syndicated copies, a summary against the full
  text, light edits);
* **same quote** — within :data:`WINDOW` of each other, they carry a statement of the same speaker
  sharing a run of :data:`QUOTE_RUN` words (rewrites of one announcement quoting the same words), or
  a short statement (:data:`SHORT_QUOTE` words or more) lies whole inside the other's statement of
  the same speaker (a one-paragraph brief quoting one line of the announcement);
* **same headline** — within :data:`WINDOW`, their titles' content words overlap with a Jaccard of at
  least :data:`TITLE_JACCARD`.

Candidate pairs come from inverted indexes on a deterministic sample of shingles (those whose first
word has at least seven letters) so the cost grows with the number of articles, not its square.
In a bucket of more than :data:`MAX_BUCKET` articles (boilerplate, or a story with very many
copies) each member is compared with the first few only.

The story id is a hash of the earliest article's feed and key; the headline is the title most of
the copies share, else the earliest article's title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.types import Analysis, Article
from monitor.understand.normalise import norm_key, words

LEAD_WORDS = 250
COPY_CONTAINMENT = 0.6
QUOTE_RUN = 6
SHORT_QUOTE = 4
TITLE_JACCARD = 0.6
WINDOW = dt.timedelta(days=10)
MAX_BUCKET = 60
_HUB = 3  # members of a large bucket every other member is compared with
_ANCHOR_LEN = 7
_TITLE_STOP_WORDS = """a an the and or of to in on for with at by from is are was were be been it its this
    that as about after over into up out new says say said will would could can season series show star"""
_TITLE_STOP = frozenset(_TITLE_STOP_WORDS.split())

Shingle = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class _Features:
    when: dt.datetime
    lead: frozenset[Shingle]
    anchors: tuple[Shingle, ...]
    quotes: tuple[tuple[str | None, frozenset[tuple[str, ...]]], ...]
    short: tuple[tuple[str | None, tuple[str, ...]], ...]  # statements shorter than QUOTE_RUN words
    words: tuple[tuple[str | None, tuple[str, ...]], ...]  # every statement's words
    title: frozenset[str]


def article_time(article: Article) -> dt.datetime:
    return article.published or article.first_seen


def _features(article: Article, analysis: Analysis) -> _Features:
    ws = words(article.title) + words(article.text[: LEAD_WORDS * 12])[:LEAD_WORDS]
    lead = frozenset(zip(ws, ws[1:], ws[2:], ws[3:], strict=False))
    anchors = tuple(s for s in lead if len(s[0]) >= _ANCHOR_LEN)
    quotes = []
    short = []
    every = []
    for st in analysis.statements:
        qw = words(st.text)
        every.append((st.speaker, tuple(qw)))
        if len(qw) >= QUOTE_RUN:
            runs = frozenset(tuple(qw[i : i + QUOTE_RUN]) for i in range(len(qw) - QUOTE_RUN + 1))
            quotes.append((st.speaker, runs))
        elif len(qw) >= SHORT_QUOTE:
            short.append((st.speaker, tuple(qw)))
    title = frozenset(w for w in words(article.title) if w not in _TITLE_STOP and len(w) > 2)
    return _Features(article_time(article), lead, anchors, tuple(quotes), tuple(short), tuple(every), title)


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
    return abs(a.when - b.when) <= WINDOW


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
            if len(members) <= MAX_BUCKET:
                for x in range(len(members)):
                    for y in range(x + 1, len(members)):
                        out.add((members[x], members[y]))
            else:
                for x in range(_HUB):
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
        if a and b and len(a & b) / min(len(a), len(b)) >= COPY_CONTAINMENT:
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
        if close and len(ta & tb) / len(ta | tb) >= TITLE_JACCARD:
            uf.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    order = sorted(range(n), key=lambda i: (article_time(rows[i][0]), rows[i][0].id, i))
    for i in order:
        groups[uf.find(i)].append(i)
    rank = {i: r for r, i in enumerate(order)}
    return sorted(groups.values(), key=lambda g: rank[g[0]])


def story_id(article: Article) -> str:
    """Deterministic id of the story whose earliest article is ``article``."""
    digest = hashlib.blake2b(f"{article.feed_url}\n{article.key}".encode(), digest_size=8)
    return digest.hexdigest()


def headline(articles: Sequence[Article]) -> str:
    """The title most copies share (at least two), else the earliest article's title."""
    counts = Counter(norm_key(a.title) for a in articles)
    key, count = counts.most_common(1)[0]
    if count >= 2:
        for a in articles:
            if norm_key(a.title) == key:
                return a.title
    return articles[0].title
