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
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Sequence
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

Key = Hashable
Shingle = tuple[str, str, str, str]

_LEAD_PREFIX = 2400  # characters that usually hold LEAD_WORDS words (else the full slice is read)


@dataclass(frozen=True, slots=True)
class _Features:
    """One article's signature, computed once. Lead shingles are numbered (one number per distinct
    shingle over the articles grouped together, so this is exact): set intersections and index
    look-ups then hash small ints, not tuples of words."""

    when: dt.datetime
    lead: frozenset[int]
    anchors: frozenset[int]
    quotes: tuple[tuple[str | None, frozenset[tuple[str, ...]]], ...]
    short: tuple[tuple[str | None, tuple[str, ...]], ...]  # statements shorter than QUOTE_RUN words
    words: tuple[tuple[str | None, tuple[str, ...]], ...]  # every statement's words
    title: frozenset[str]


def article_time(article: Article) -> dt.datetime:
    return article.published or article.first_seen


def _lead_words(text: str) -> list[str]:
    """``words(text[: LEAD_WORDS * 12])[:LEAD_WORDS]``, reading a shorter prefix when it is enough:
    every word of a prefix but the last is a word of the whole text, so when a prefix holds more
    than LEAD_WORDS words its first LEAD_WORDS are the answer."""
    ws = words(text[:_LEAD_PREFIX])
    if len(ws) <= LEAD_WORDS:
        ws = words(text[: LEAD_WORDS * 12])
    return ws[:LEAD_WORDS]


class _Numbering:
    """A number for each distinct shingle (``dict.setdefault`` with a running counter, all in C)."""

    def __init__(self) -> None:
        self._ids: dict[Shingle, int] = {}
        self._next = itertools.count()

    def __call__(self, ws: list[str]) -> list[int]:
        return list(map(self._ids.setdefault, zip(ws, ws[1:], ws[2:], ws[3:], strict=False), self._next))


def _features(article: Article, analysis: Analysis, number: _Numbering) -> _Features:
    tw = words(article.title)
    ws = tw + _lead_words(article.text)
    grams = number(ws)
    lead = frozenset(grams)
    anchors = frozenset(itertools.compress(grams, map(_ANCHOR_LEN.__le__, map(len, ws))))
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
    title = frozenset(w for w in tw if w not in _TITLE_STOP and len(w) > 2)
    return _Features(article_time(article), lead, anchors, tuple(quotes), tuple(short), tuple(every), title)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _close_in_time(a: _Features, b: _Features) -> bool:
    return abs(a.when - b.when) <= WINDOW


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


def _buckets(index: dict[Key, list[int]]) -> list[list[int]]:
    """The index's buckets of two members or more, each distinct member list once (the shingles of
    syndicated copies are shared by the same articles)."""
    seen: set[tuple[int, ...]] = set()
    out: list[list[int]] = []
    for members in index.values():
        if len(members) < 2:
            continue
        key = tuple(members)
        if key not in seen:
            seen.add(key)
            out.append(members)
    return out


def _pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one bucket. A bucket of more than :data:`MAX_BUCKET` articles
    (boilerplate, or a story with very many copies) pairs its first :data:`_HUB` members with every
    other only: every pair is still checked, and a true group still closes transitively."""
    hubs = len(members) if len(members) <= MAX_BUCKET else _HUB
    for x in range(hubs):
        a = members[x]
        for y in range(x + 1, len(members)):
            yield a, members[y]


def _candidates(index: dict[Key, list[int]]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of articles sharing a key (a pair may come more than once)."""
    for members in _buckets(index):
        yield from _pairs(members)


class _Overlaps:
    """Shared lead shingles of two articles. The hubs of large buckets meet hundreds of articles
    each: for those, one pass over an article's shingles counts what it shares with every hub."""

    def __init__(self, feats: Sequence[_Features], hubs: set[int]) -> None:
        self.feats = feats
        self.hubs = hubs
        self.hub_index: dict[int, list[int]] = defaultdict(list)
        for h in sorted(hubs):
            for g in feats[h].lead:
                self.hub_index[g].append(h)
        self.hits: dict[int, Counter[int]] = {}

    def _hits(self, i: int) -> Counter[int]:
        hits = self.hits.get(i)
        if hits is None:
            found = filter(None, map(self.hub_index.get, self.feats[i].lead))
            hits = self.hits[i] = Counter(itertools.chain.from_iterable(found))
        return hits

    def __call__(self, i: int, j: int) -> int:
        if i in self.hubs:
            return self._hits(j)[i]
        if j in self.hubs:
            return self._hits(i)[j]
        return len(self.feats[i].lead & self.feats[j].lead)


class _SameTitle:
    """Titles sharing their content words (Jaccard of at least :data:`TITLE_JACCARD`, at least three
    words each) within :data:`WINDOW`. :meth:`matches` lists them for one title, counting shared
    words through the index, for the hubs of large buckets."""

    def __init__(self, feats: Sequence[_Features], index: dict[Key, list[int]]) -> None:
        self.feats = feats
        self.index = index
        self._matches: dict[int, list[int]] = {}

    def _passes(self, i: int, j: int, shared: int) -> bool:
        ta, tb = self.feats[i].title, self.feats[j].title
        close = len(ta) >= 3 and len(tb) >= 3 and _close_in_time(self.feats[i], self.feats[j])
        return close and shared / (len(ta) + len(tb) - shared) >= TITLE_JACCARD

    def __call__(self, i: int, j: int) -> bool:
        return self._passes(i, j, len(self.feats[i].title & self.feats[j].title))

    def matches(self, i: int) -> list[int]:
        found = self._matches.get(i)
        if found is None:
            title = self.feats[i].title
            counts = Counter(itertools.chain.from_iterable(self.index[w] for w in title))
            limit = TITLE_JACCARD * len(title) - 1e-9  # shared >= Jaccard * |union| >= Jaccard * |title|
            found = [j for j, n in counts.items() if n >= limit and j != i and self._passes(i, j, n)]
            self._matches[i] = found
        return found


def group(rows: Sequence[tuple[Article, Analysis]]) -> list[list[int]]:
    """Indices of ``rows`` grouped into stories; groups and members in time order (then id)."""
    n = len(rows)
    number = _Numbering()
    feats = [_features(a, an, number) for a, an in rows]
    uf = _UnionFind(n)
    find = uf.find

    lead_index: dict[Key, list[int]] = defaultdict(list)
    quote_index: dict[Key, list[int]] = defaultdict(list)
    title_index: dict[Key, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        for s in f.anchors:
            lead_index[s].append(i)
        for speaker, runs in f.quotes:
            for r in runs:
                quote_index[(speaker, r)].append(i)
        for w in f.title:
            title_index[w].append(i)

    # A pair's edge either holds or not whatever the order, and the groups are the connected
    # components of all edges: a pair already in one group needs no test.
    lead_buckets = _buckets(lead_index)
    overlap = _Overlaps(feats, {h for b in lead_buckets if len(b) > MAX_BUCKET for h in b[:_HUB]})
    rejected: set[tuple[int, int]] = set()
    for members in lead_buckets:
        root = find(members[0])
        if all(find(m) == root for m in members):
            continue  # the bucket's articles are one group already
        for i, j in _pairs(members):
            if find(i) == find(j) or (i, j) in rejected:
                continue
            a, b = feats[i].lead, feats[j].lead
            if a and b and overlap(i, j) / min(len(a), len(b)) >= COPY_CONTAINMENT:
                uf.union(i, j)
            else:
                rejected.add((i, j))
    for i, j in _candidates(quote_index):
        if find(i) != find(j) and _close_in_time(feats[i], feats[j]):
            uf.union(i, j)
    for i, j in _short_quote_pairs(feats):
        if find(i) != find(j) and _close_in_time(feats[i], feats[j]):
            uf.union(i, j)
    same_title = _SameTitle(feats, title_index)
    for members in _buckets(title_index):
        if len(members) <= MAX_BUCKET:
            pairs: Iterable[tuple[int, int]] = _pairs(members)
        else:  # only the hubs' pairs that pass the test (a word appears once in a title's set)
            inside = set(members)
            pairs = [(h, m) for h in members[:_HUB] for m in same_title.matches(h) if m > h and m in inside]
        for i, j in pairs:
            if find(i) != find(j) and same_title(i, j):
                uf.union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    order = sorted(range(n), key=lambda i: (article_time(rows[i][0]), rows[i][0].id, i))
    for i in order:
        groups[find(i)].append(i)
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
