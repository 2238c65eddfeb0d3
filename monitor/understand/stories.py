"""Copies of one story across feeds and outlets, grouped.

Two articles are the same story when any of these holds (and the groups are closed transitively):

* **copy** — their leads (title and first :data:`~monitor.understand.signature.LEAD_WORDS` words)
  share word 4-grams with a containment of at least :data:`COPY_CONTAINMENT` (syndicated copies, a
  summary against the full text, light edits);
* **same quote** — within :data:`WINDOW` of each other, they carry a statement of the same speaker
  sharing a run of :data:`~monitor.understand.signature.QUOTE_RUN` words (rewrites of one
  announcement quoting the same words), or a short statement (``SHORT_QUOTE`` words or more) lies
  whole inside the other's statement of the same speaker (a one-paragraph brief quoting one line);
* **same headline** — within :data:`WINDOW`, their titles' content words (three or more each)
  overlap with a Jaccard of at least :data:`TITLE_JACCARD`;
* **credited** — within :data:`WINDOW`, one's text names the other's outlet ("according to
  Hollywood Wire", "told the Ledger"; round 22: or its first word after "according to", "According
  to Deadline" for "Deadline Desk") and their leads share :data:`CREDIT_SHARED` word 4-grams or
  more (a rewrite that credits the original and repeats a sentence of it, too short a share for a
  copy).

Nineteenth round: a **citation** is no same-quote edge: when one article re-quotes the other and
credits its outlet in the past tense after a first paragraph of its own ("… he told Afternoon Desk"
for "Afternoon Desk Radio": the name or its first words), and their titles share no content word,
the quote is a source cited in other news, not a rewrite of the story.

Each article's hashed features come from its :class:`~monitor.types.Signature`, computed when it
was analysed (or here, for an analysis stored without one). Every test then runs for all articles
at once on sparse article × feature matrices (scipy): the product of a matrix with its transpose
counts, for every pair that shares a feature, how many they share, so the cost follows the pairs
that share something, not the square of the number of articles.

**Common features.** A feature carried by more than :data:`MAX_BUCKET` articles of the period, or
for leads and quotes by more than :data:`COMMON_SHARE` of them if that is more (a site's
boilerplate, a famous line, a headline word every story of the period uses), does not make two
articles candidates on its own; it still counts in the shared total of a pair that is a candidate
through a rarer feature. So two headlines made only of the period's common words ("Mike Colter
opens up about a possible Defenders reunion: …") are not taken for one story, and a story copied
by more outlets than that is grouped by its quotes and rarer words only.

The story id is a hash of the earliest article's feed and key; the headline is the title most of
the copies share, else the earliest article's title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from monitor.types import Analysis, Article, Signature
from monitor.understand.normalise import norm_key
from monitor.understand.signature import make_signature, title_words

COPY_CONTAINMENT = 0.6
TITLE_JACCARD = 0.6
WINDOW = dt.timedelta(days=10)
MAX_BUCKET = 60
COMMON_SHARE = 0.02
CREDIT_SHARED = 4  # lead 4-grams (a run of 7 words) a rewrite shares with the article it credits
_MIN_OUTLET = 4  # characters: a shorter outlet name ("AP", a letter) is found inside anything

Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Pairs = tuple[Ints, Ints]


def article_time(article: Article) -> dt.datetime:
    return article.published or article.first_seen


def _signature(article: Article, analysis: Analysis) -> Signature:
    return analysis.signature or make_signature(article.title, article.text, analysis.statements)


class _Features:
    """One field of every signature as a binary sparse article × feature matrix, split into the
    rare features (candidates) and the common ones (see the module docstring)."""

    def __init__(self, fields: Sequence[bytes], limit: int, also: Sequence[bytes] = ()) -> None:
        n = len(fields)
        parts = 2 if also else 1
        sizes = np.fromiter(map(len, [*fields, *also]), np.int64, n * parts) // 8
        hashes = np.frombuffer(b"".join([*fields, *also]), "<u8")
        # np.unique(return_inverse=True), with the stable sort (a radix sort here: 3x faster)
        order = np.argsort(hashes, kind="stable")
        starts = np.ones(len(hashes), bool)
        starts[1:] = hashes[order[1:]] != hashes[order[:-1]]
        columns = np.empty(len(hashes), np.int64)
        columns[order] = np.cumsum(starts) - 1
        self.sizes = sizes[:n]
        self._n, self._width = n, int(starts.sum())
        self._owners = np.repeat(np.tile(np.arange(n), parts), sizes)
        # how many articles hold each feature (an article may hold one in both parts)
        held = np.unique(columns * n + self._owners) // n if also else columns
        counts = np.bincount(held, minlength=self._width)
        self._parts = np.repeat(np.repeat(np.arange(parts), n), sizes)
        self._columns = columns
        self._common = counts[columns] > limit

    def matrix(self, part: int, *, common: bool) -> sparse.csr_matrix:
        """Articles × features of ``fields`` (part 0) or ``also`` (part 1), rare or common ones."""
        keep = (self._parts == part) & (self._common == common)
        data = np.ones(int(keep.sum()), np.int32)
        coords = (self._owners[keep], self._columns[keep])
        return sparse.csr_matrix((data, coords), shape=(self._n, self._width))


def _pairs_sharing(a: sparse.csr_matrix, b: sparse.csr_matrix) -> tuple[Ints, Ints, Ints]:
    """(i, j, shared) for every pair i != j where row i of ``a`` and row j of ``b`` share a column."""
    product = (a @ b.T).tocoo()
    keep = product.row != product.col
    return product.row[keep].astype(np.int64), product.col[keep].astype(np.int64), product.data[keep]


def _shared(m: sparse.csr_matrix, i: Ints, j: Ints) -> Ints:
    """How many columns rows ``i[k]`` and ``j[k]`` of ``m`` share, for each k."""
    if not len(i) or not m.nnz:
        return np.zeros(len(i), np.int64)
    return np.asarray(m[i].multiply(m[j]).sum(axis=1), dtype=np.int64).reshape(-1)


def _upper(i: Ints, j: Ints, shared: Ints) -> tuple[Ints, Ints, Ints]:
    keep = i < j
    return i[keep], j[keep], shared[keep]


def _passing(f: _Features, test: Callable[[Ints, Ints, Ints], Bools]) -> Pairs:
    """Pairs sharing a rare feature whose count of shared features (common ones included) passes
    ``test``, which must only ever pass more pairs as the count grows: the common features are
    counted only for the pairs that fail on the rare ones alone."""
    rare = f.matrix(0, common=False)
    i, j, shared = _upper(*_pairs_sharing(rare, rare))
    ok = test(i, j, shared)
    common = f.matrix(0, common=True)
    held = np.diff(common.indptr)  # common features per article: the most a pair can share more
    retry = np.flatnonzero(~ok & test(i, j, shared + np.minimum(held[i], held[j])))
    if len(retry):
        extra = _shared(common, i[retry], j[retry])
        ok[retry] = test(i[retry], j[retry], shared[retry] + extra)
    return i[ok], j[ok]


def _copies(f: _Features) -> Pairs:
    def contained(i: Ints, j: Ints, shared: Ints) -> Bools:
        smaller = np.minimum(f.sizes[i], f.sizes[j])
        return (smaller > 0) & (shared >= COPY_CONTAINMENT * smaller)

    return _passing(f, contained)


def _names_outlet(text: str, outlet: str) -> bool:
    """Does ``text`` name the outlet ``outlet`` (as a whole name, in its own capitals)?"""
    outlet = outlet.strip()
    if len(outlet) < _MIN_OUTLET or outlet.islower() or outlet not in text:
        return False
    return re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", text) is not None


def _credited(f: _Features, articles: Sequence[Article]) -> Pairs:
    """Pairs sharing :data:`CREDIT_SHARED` lead 4-grams or more of which one names the other's
    outlet (not its own)."""

    def enough(i: Ints, j: Ints, shared: Ints) -> Bools:
        return shared >= CREDIT_SHARED

    i, j = _passing(f, enough)
    keep = np.zeros(len(i), bool)
    for k, (x, y) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
        a, b = articles[x], articles[y]
        if a.source.strip() == b.source.strip():
            continue
        keep[k] = _credits_outlet(b.text, a.source) or _credits_outlet(a.text, b.source)
    return i[keep], j[keep]


# Round 22: a credit by the outlet's first word ("According to Deadline," for "Deadline Desk")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:the )?([A-Z][\w'&\u2019-]*)(?![\w'\u2019-])")


def _credits_outlet(text: str, outlet: str) -> bool:
    """Does ``text`` name the outlet ``outlet`` (:func:`_names_outlet`), or credit it by its first word
    after "according to" ("According to Deadline, …" for "Deadline Desk"; not "The" of "The Ledger")?"""
    return _names_outlet(text, outlet) or _credited_by_first_word(text, outlet)


def _credited_by_first_word(text: str, outlet: str) -> bool:
    """Does ``text`` credit ``outlet`` by its first word after "according to" (not "The")?"""
    first = next(iter(outlet.split()), "")
    if len(first) < _MIN_OUTLET or first.lower() == "the" or first not in text:
        return False
    return any(m.group(1) == first for m in _ACCORDING.finditer(text))


def _same_quotes(sigs: Sequence[Signature], limit: int) -> Pairs:
    f = _Features([s.quotes for s in sigs], limit)
    rare = f.matrix(0, common=False)
    i, j, _ = _upper(*_pairs_sharing(rare, rare))
    return i, j


def _short_quotes(sigs: Sequence[Signature], limit: int) -> Pairs:
    f = _Features([s.shorts for s in sigs], limit, also=[s.spans for s in sigs])
    i, j, _ = _pairs_sharing(f.matrix(0, common=False), f.matrix(1, common=False))
    return i, j


def _same_titles(sigs: Sequence[Signature], limit: int) -> Pairs:
    f = _Features([s.title for s in sigs], limit)

    def alike(i: Ints, j: Ints, shared: Ints) -> Bools:
        a, b = f.sizes[i], f.sizes[j]
        return (a >= 3) & (b >= 3) & (shared >= TITLE_JACCARD * (a + b - shared) - 1e-9)

    return _passing(f, alike)


# a past-tense credit to an outlet: "he told Afternoon Desk", "she said on Morning Line"
_TOLD = re.compile(
    r"\b(?:told|said on|said to)[ \t]+(?:the[ \t]+)?([A-Z][\w'&\u2019-]*(?:[ \t]+[A-Z][\w'&\u2019-]*)*)"
)
_PARA = re.compile(r"\n[ \t]*\n")


def _credits_in_past(text: str, outlet: str) -> bool:
    """Does ``text`` credit ``outlet`` in the past tense ("he told Afternoon Desk", for "Afternoon
    Desk Radio": the name or its first words) after its first paragraph (its lead is other news)?"""
    outlet_words = outlet.split()
    if not outlet_words or outlet_words[0] not in text:
        return False
    first = _PARA.search(text)
    if first is None:
        return False
    for m in _TOLD.finditer(text, first.end()):
        named = m.group(1).split()
        k = min(len(named), len(outlet_words))
        if k and len(" ".join(named[:k])) >= _MIN_OUTLET and named[:k] == outlet_words[:k]:
            return True
    return False


def _not_cited(pairs: Pairs, articles: Sequence[Article]) -> Pairs:
    """The quote pairs less citations: one article re-quotes the other, crediting its outlet in the
    past tense after a lead of its own ("… he told Afternoon Desk" in a news item on something else),
    and their titles share no content word: the quote is a source cited, not the same story."""
    i, j = pairs
    if not len(i):
        return pairs
    keep = np.ones(len(i), bool)
    for k, (x, y) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
        a, b = articles[x], articles[y]
        if a.source.strip() == b.source.strip() or title_words(a.title) & title_words(b.title):
            continue
        if _credits_in_past(b.text, a.source.strip()) or _credits_in_past(a.text, b.source.strip()):
            keep[k] = False
    return i[keep], j[keep]


def _close(pairs: Pairs, when: npt.NDArray[np.float64]) -> Pairs:
    i, j = pairs
    keep = np.abs(when[i] - when[j]) <= WINDOW.total_seconds()
    return i[keep], j[keep]


def group(rows: Sequence[tuple[Article, Analysis]]) -> list[list[int]]:
    """Indices of ``rows`` grouped into stories; groups and members in time order (then id)."""
    n = len(rows)
    if not n:
        return []
    sigs = [_signature(a, an) for a, an in rows]
    times = [article_time(a) for a, _ in rows]
    when = np.array([t.timestamp() for t in times], dtype=np.float64)
    limit = max(MAX_BUCKET, math.ceil(COMMON_SHARE * n))
    leads = _Features([s.lead for s in sigs], limit)
    articles = [a for a, _ in rows]
    edges = [
        _copies(leads),
        _close(_credited(leads, articles), when),
        _not_cited(_close(_same_quotes(sigs, limit), when), articles),
        _not_cited(_close(_short_quotes(sigs, limit), when), articles),
        _close(_same_titles(sigs, MAX_BUCKET), when),
    ]
    i = np.concatenate([e[0] for e in edges])
    j = np.concatenate([e[1] for e in edges])
    graph = sparse.coo_matrix((np.ones(len(i), np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    order = sorted(range(n), key=lambda k: (times[k], rows[k][0].id, k))
    groups: dict[int, list[int]] = {}
    for k in order:  # a dict keeps the order groups are first met: by their earliest member
        groups.setdefault(int(labels[k]), []).append(k)
    return list(groups.values())


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
