"""Turning a claim and an article into numbers: the same code at training and at run time.

A text is processed once (:func:`process`): tokens, stems, TF-IDF weights, sentences and word-list
counts. Claims are laid out once per claim set (:func:`claim_batch`); an article's pairs with all
of them then cost one :func:`claims_features` call (similarities, overlaps and the stance words near
the passages that resemble each claim), with :func:`pair_features` for a single pair.

Per-sentence weights are flat arrays and the cosines of all claims with all sentences are computed
at once, but each sum that the per-sentence dictionaries took in Python is still taken in the same
order (with ``sum``, or left to right), never by numpy's pairwise sums or a matrix product, which
group and round differently. So the features, and the predictions, are those of that code to the
last bit, and equal similarities stay equal (ties decide which sentences rank first).
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import snowballstemmer  # type: ignore[import-untyped]

MAX_CHARS = 60_000  # longer articles are cut: the stance is in the first pages
MAX_SENTENCES = 150
TOP_SENTENCES = 3  # sentences most like the claim, where stance words count most
LEAD_SENTENCES = 3

_TOKEN = re.compile(r"[^\W_]++(?:'[^\W_]++)*+")  # possessive: the same tokens, found faster
# a sentence ends at [.!?], the closing quotes or brackets after it and whitespace, or at line breaks
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")
_APOSTROPHES = ("’", "‘", "`")  # read as "'"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Word lists (stems are matched after lower-casing; multi-word phrases on the raw token sequence).
REFUTE = _words(
    """fake fakes faked fraud fraudulent hoax hoaxes hoaxer false falsely deny denies denied denying
    denial debunk debunked debunks debunking bogus untrue nope doubt doubts doubtful retract retracted
    retraction prank pranks prankster satire satirical fabricated fabrication fiction fictional
    misleading baseless unfounded myth myths refute refuted refutes refuting dismissed dismisses
    dismiss rejects rejected incorrect wrong lie lies lied nonsense scam photoshopped parody
    disputed disputes contradicts fictitious spoof mistaken"""
)
NEGATION = _words(
    """not no never none nobody nothing neither nor cannot without isn't wasn't aren't weren't don't
    doesn't didn't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't ain't"""
)
HEDGE = _words(
    """reportedly allegedly alleged claim claims claimed claiming rumor rumors rumour rumours rumored
    rumoured according unconfirmed unverified suggest suggests suggested purportedly purported
    apparently appears appear seems seem may might could possibly possible speculation speculated
    speculate reports reported report sources source believed supposedly if whether unclear
    investigating investigate investigation tipped expected likely would"""
)
SUPPORT = _words(
    """confirm confirms confirmed confirmation confirming official officially announced announces
    announce verified verify true indeed revealed reveals proves proved proof evidence shows showed
    footage video photo photos pictured captured statement said says"""
)
PHRASES = (
    ("not", "true"),
    ("no", "evidence"),
    ("is", "false"),
    ("not", "real"),
    ("turned", "out"),
    ("in", "fact"),
    ("made", "up"),
    ("no", "truth"),
    ("did", "not"),
    ("does", "not"),
    ("has", "not"),
    ("there", "is", "no"),
)
LEXICONS: tuple[frozenset[str], ...] = (REFUTE, NEGATION, HEDGE, SUPPORT)

_STEMMER = snowballstemmer.stemmer("english")


def _stem(token: str) -> str:
    if token.endswith("'s"):
        token = token[:-2]
    return str(_STEMMER.stemWord(token))


@lru_cache(maxsize=500_000)
def stem(token: str) -> str:
    return _stem(token)


def tokenize(text: str) -> list[str]:
    text = text[:MAX_CHARS].lower()
    for apostrophe in _APOSTROPHES:  # str.replace is many times faster than str.translate
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return _TOKEN.findall(text)


def sentences(text: str) -> list[str]:
    """The sentences, at most MAX_SENTENCES, none blank. A sentence keeps its final [.!?], not the
    quotes, brackets and whitespace after it (this splits as ``re.split`` on the same pattern with
    a look-behind for [.!?] would, which is slower)."""
    text = text[:MAX_CHARS]
    parts = []
    start = 0
    for end in _SENTENCE_END.finditer(text):
        parts.append(text[start : end.start() + (text[end.start()] != "\n")])  # keeps the [.!?]
        start = end.end()
    parts.append(text[start:])
    return [s for s in parts if s and s.strip()][:MAX_SENTENCES]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What training learnt about words: IDF of every stem, and the stems the network reads."""

    idf: Mapping[str, float]
    unseen_idf: float  # IDF of a stem never seen in training (new names, other languages)
    index: Mapping[str, int]  # stem -> column of the term-frequency block
    stop: frozenset[str]

    @classmethod
    def fit(cls, documents: Iterable[str], *, stop: Iterable[str], size: int) -> Vocabulary:
        stop_set = frozenset(stop)
        df: Counter[str] = Counter()
        n = 0
        for doc in documents:
            n += 1
            df.update({stem(t) for t in tokenize(doc) if t not in stop_set})
        idf = {s: math.log((1 + n) / (1 + c)) + 1.0 for s, c in df.items()}
        ranked = sorted(df, key=lambda s: (-df[s], s))[:size]
        return cls(idf, math.log(1 + n) + 1.0, {s: i for i, s in enumerate(ranked)}, stop_set)


@dataclass(frozen=True, slots=True)
class SentenceWeights:
    """Every sentence's L2-normalised TF-IDF, as flat arrays (no dict per sentence).

    Entry ``e`` is term ``term[e]`` (a value of :attr:`Processed.terms`) of sentence
    ``sentence[e]``, weighing ``value[e]``. A sentence's entries are consecutive, in the order its
    terms first occur in it; ``sizes`` counts them per sentence.
    """

    term: np.ndarray
    value: np.ndarray
    sentence: np.ndarray
    sizes: np.ndarray

    def as_dicts(self, terms: Iterable[str]) -> tuple[dict[str, float], ...]:
        """The same weights as one ``{stem: weight}`` dict per sentence (for reading and tests)."""
        names = list(terms)
        out: list[dict[str, float]] = [{} for _ in self.sizes]
        for t, v, s in zip(self.term.tolist(), self.value.tolist(), self.sentence.tolist(), strict=True):
            out[s][names[t]] = v
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Processed:
    """One processed text (a claim or an article)."""

    n_tokens: int
    weights: dict[str, float]  # L2-normalised TF-IDF over content stems
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    terms: dict[str, int]  # content stem -> term id, numbered in the order the stems first occur
    sentence_weights: SentenceWeights  # per sentence (at least one), L2-normalised TF-IDF
    sentence_lex: np.ndarray  # (sentences, lexicons + 1) counts: word lists, then phrases
    lex: np.ndarray  # (lexicons + 1,) counts over the whole text
    tf_index: np.ndarray  # columns of the term-frequency block ...
    tf_value: np.ndarray  # ... and their L2-normalised frequencies
    question: bool
    # what every pair with this text as the body reads of its lead (computed once, not per claim)
    lead_weights: dict[str, float]  # the first LEAD_SENTENCES sentences' weights, summed
    lead_norm: float  # the L2 norm of lead_weights (1.0 when empty)
    lead_lex: np.ndarray  # their lexicon counts
    body_rate: np.ndarray  # lexicon counts per 100 tokens


# ----------------------------------------------------------------------------------- texts
# token -> the LEXICONS it belongs to; first two words -> the PHRASES that start with them
_LEXICONS_OF: dict[str, tuple[int, ...]] = {
    t: tuple(k for k, lex in enumerate(LEXICONS) if t in lex) for t in frozenset().union(*LEXICONS)
}
_PHRASES_FROM: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {
    head: tuple(p for p in PHRASES if p[:2] == head) for head in {p[:2] for p in PHRASES}
}
_PHRASE_STARTS = frozenset(p[0] for p in PHRASES)


def _lex_counts(tokens: list[str]) -> list[float]:
    """Tokens in each of LEXICONS, then occurrences of PHRASES (overlapping ones all count)."""
    hits = list(itertools.chain.from_iterable(filter(None, map(_LEXICONS_OF.get, tokens))))
    counts = [float(hits.count(k)) for k in range(len(LEXICONS))]
    phrases = 0
    for first in _PHRASE_STARTS.intersection(tokens):
        i = -1
        for _ in range(tokens.count(first)):
            i = tokens.index(first, i + 1)
            for phrase in _PHRASES_FROM.get(tuple(tokens[i : i + 2]), ()):
                phrases += tuple(tokens[i : i + len(phrase)]) == phrase
    return [*counts, float(phrases)]


_STEM_TABLES: dict[frozenset[str], dict[str, str]] = {}  # one per stop list
MAX_STEM_TABLE = 500_000  # tokens; a fuller table is started afresh


def _content_stems(sent_tokens: list[list[str]], stop: frozenset[str]) -> list[list[str]]:
    """Each sentence's stems, stop words left out.

    A table kept across texts maps each token to its stem, or to "" for a stop word (a stem is
    never empty), so that a token costs one look-up.
    """
    table = _STEM_TABLES.get(stop)
    if table is None or len(table) > MAX_STEM_TABLE:
        table = _STEM_TABLES[stop] = {}  # a new dict: other threads keep the one they have
    stems = [list(map(table.get, ts)) for ts in sent_tokens]
    if any(None in ss for ss in stems):  # tokens not seen before
        for t in set(itertools.chain.from_iterable(sent_tokens)).difference(table):
            table[t] = "" if t in stop else _stem(t)
        stems = [list(map(table.__getitem__, ts)) for ts in sent_tokens]
    return [list(filter(None, ss)) for ss in stems]


def clear_caches() -> None:
    """Forget the stems computed so far (to measure a cold process)."""
    stem.cache_clear()
    _STEM_TABLES.clear()


_TF = np.array([0.0] + [1.0 + math.log(c) for c in range(1, 256)])


def _tf(counts: np.ndarray) -> np.ndarray:
    """The sublinear term frequency, exactly ``1.0 + math.log(count)``."""
    if counts.size and int(counts.max()) >= len(_TF):
        return np.array([1.0 + math.log(c) for c in counts.tolist()], dtype=np.float64)
    out: np.ndarray = _TF[counts]
    return out


def _norms(weights: np.ndarray, sizes: list[int]) -> list[float]:
    """The L2 norm of each run of ``sizes`` consecutive weights (1.0 for an empty or zero run)."""
    squares = (weights * weights).tolist()
    norms = []
    for end, size in zip(itertools.accumulate(sizes), sizes, strict=True):
        norms.append(math.sqrt(sum(squares[end - size : end])) or 1.0)
    return norms


def _sentence_weights(sent_stems: list[list[str]], terms: dict[str, int], idf: np.ndarray) -> SentenceWeights:
    """Each sentence's TF-IDF, L2-normalised (``idf``: of every term id)."""
    distinct = [dict.fromkeys(ss) for ss in sent_stems]  # each sentence's stems, as they first occur
    counts: list[int] = []
    for ss, first in zip(sent_stems, distinct, strict=True):
        counts.extend(Counter(ss).values() if len(first) < len(ss) else itertools.repeat(1, len(ss)))
    sizes = list(map(len, distinct))
    term = np.fromiter(
        map(terms.__getitem__, itertools.chain.from_iterable(distinct)), dtype=np.intp, count=len(counts)
    )
    weight = _tf(np.array(counts, dtype=np.intp)) * idf[term]
    sentence = np.repeat(np.arange(len(sizes)), sizes)
    value = weight / np.array(_norms(weight, sizes))[sentence]
    return SentenceWeights(term=term, value=value, sentence=sentence, sizes=np.array(sizes, dtype=np.intp))


def _text_weights(names: list[str], counts: np.ndarray, idf: np.ndarray) -> dict[str, float]:
    """The whole text's TF-IDF, L2-normalised."""
    weight = _tf(counts) * idf
    return dict(zip(names, (weight / _norms(weight, [len(names)])[0]).tolist(), strict=True))


def _lead(sw: SentenceWeights, names: list[str]) -> dict[str, float]:
    """The first LEAD_SENTENCES sentences' weights, summed per stem."""
    n = int(sw.sizes[:LEAD_SENTENCES].sum())
    lead: dict[str, float] = {}
    for t, v in zip(sw.term[:n].tolist(), sw.value[:n].tolist(), strict=True):
        s = names[t]
        lead[s] = lead.get(s, 0.0) + v
    return lead


def _tf_block(names: list[str], counts: np.ndarray, vocab: Vocabulary) -> tuple[np.ndarray, np.ndarray]:
    """Columns of the term-frequency block and their L2-normalised frequencies (float32)."""
    column = np.fromiter(map(vocab.index.get, names, itertools.repeat(-1)), dtype=np.int64, count=len(names))
    known = column >= 0
    idx = column[known].astype(np.int32)
    val = counts[known].astype(np.float32)
    if val.size:
        val /= np.float32(np.linalg.norm(val))
    return idx, val


def process(text: str, vocab: Vocabulary, *, split: bool = True) -> Processed:
    """Process a claim (``split=False``: one sentence) or an article once."""
    parts = sentences(text) if split else [text[:MAX_CHARS]]
    sent_tokens = [tokenize(s) for s in parts] or [[]]
    tokens = list(itertools.chain.from_iterable(sent_tokens))
    sent_stems = _content_stems(sent_tokens, vocab.stop)
    content = list(itertools.chain.from_iterable(sent_stems))
    names = list(dict.fromkeys(content))  # the terms, in the order they first occur
    terms = {s: i for i, s in enumerate(names)}
    idf = np.fromiter(
        map(vocab.idf.get, names, itertools.repeat(vocab.unseen_idf)), dtype=np.float64, count=len(names)
    )
    counts = np.fromiter(Counter(content).values(), dtype=np.intp, count=len(names))  # in names' order
    sentence_weights = _sentence_weights(sent_stems, terms, idf)
    sentence_lex = np.array([_lex_counts(ts) for ts in sent_tokens], dtype=np.float64)
    lex = sentence_lex.sum(axis=0)
    tf_index, tf_value = _tf_block(names, counts, vocab)
    lead_weights = _lead(sentence_weights, names)
    return Processed(
        n_tokens=len(tokens),
        weights=_text_weights(names, counts, idf),
        stems=frozenset(content),
        bigrams=frozenset(itertools.pairwise(content)),
        numbers=frozenset(filter(str.isdigit, tokens)),
        terms=terms,
        sentence_weights=sentence_weights,
        sentence_lex=sentence_lex,
        lex=lex,
        tf_index=tf_index,
        tf_value=tf_value,
        question="?" in text[:MAX_CHARS],
        lead_weights=lead_weights,
        lead_norm=math.sqrt(sum(v * v for v in lead_weights.values())) or 1.0,
        lead_lex=sentence_lex[:LEAD_SENTENCES].sum(axis=0),
        body_rate=lex * (100.0 / max(1, len(tokens))),
    )


# ----------------------------------------------------------------------------------- pairs
def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two weightings, summed over the shorter one, in its order."""
    if len(a) > len(b):
        a, b = b, a
    total: float = sum(map(operator.mul, a.values(), map(b.get, a, itertools.repeat(0.0))))
    return total


N_LEX = len(LEXICONS) + 1
FEATURE_NAMES: tuple[str, ...] = (
    "cos",
    "cos_max_sentence",
    "cos_top_sentences",
    "cos_lead",
    "best_sentence_position",
    "claim_stems_in_body",
    "claim_idf_in_body",
    "claim_stems_in_lead",
    "jaccard",
    "claim_bigrams_in_body",
    "claim_numbers_in_body",
    "log_claim_tokens",
    "log_body_tokens",
    "log_sentences",
    "claim_question",
    *(f"claim_{n}" for n in ("refute", "negation", "hedge", "support", "phrase")),
    *(f"body_rate_{n}" for n in ("refute", "negation", "hedge", "support", "phrase")),
    *(f"top_{n}" for n in ("refute", "negation", "hedge", "support", "phrase")),
    *(f"lead_{n}" for n in ("refute", "negation", "hedge", "support", "phrase")),
    *(f"weighted_{n}" for n in ("refute", "negation", "hedge", "support", "phrase")),
    "claim_negation_odd",
    "top_negation_odd",
    "refute_mismatch",
)
_AT = {name: i for i, name in enumerate(FEATURE_NAMES)}  # feature -> column
_REFUTE, _NEGATION = 0, 1  # columns of the lexicon counts
_OVERLAPS = [  # the columns of _overlaps, in its order
    _AT[name]
    for name in (
        "cos",
        "cos_lead",
        "claim_stems_in_body",
        "claim_idf_in_body",
        "claim_stems_in_lead",
        "jaccard",
        "claim_bigrams_in_body",
        "claim_numbers_in_body",
    )
]


def _lex_columns(prefix: str) -> slice:
    """The N_LEX columns of one group of lexicon counts (``claim``, ``top``, …)."""
    return slice(_AT[f"{prefix}_refute"], _AT[f"{prefix}_refute"] + N_LEX)


@dataclass(frozen=True, slots=True)
class ClaimBatch:
    """Claims processed once, laid out for :func:`claims_features` (built once per claim set).

    The stems that the claims weigh are columns ``0 … n - 1`` (``n = len(stems)``); column ``n``
    is zero (it pads the claims with fewer stems) and ``n + 1`` stands for every other stem.
    """

    claims: tuple[Processed, ...]
    stems: tuple[str, ...]
    columns: np.ndarray  # (width, claims): each claim's i-th stem's column, in the claim's order
    values: np.ndarray  # (width, claims, 1): the claim's weight of that stem (0 for the padding)
    dense: np.ndarray  # (claims, n + 2): each claim's weight in every column
    sizes: np.ndarray  # (claims, 1): how many stems each claim weighs
    idf_total: tuple[float, ...]  # the IDF of each claim's stems, summed
    lex: np.ndarray  # (claims, N_LEX): each claim's lexicon counts
    constant: np.ndarray  # (claims, FEATURE_NAMES): the features of the claim alone, 0 elsewhere


def claim_batch(claims: Iterable[Processed], vocab: Vocabulary) -> ClaimBatch:
    """Lay claims out for :func:`claims_features`: all that depends on the claims alone."""
    procs = tuple(claims)
    stems = tuple(dict.fromkeys(s for c in procs for s in c.weights))
    column = {s: j for j, s in enumerate(stems)}
    sizes = [len(c.weights) for c in procs]
    columns = np.full((max([1, *sizes]), len(procs)), len(stems), dtype=np.intp)
    values = np.zeros(columns.shape)
    dense = np.zeros((len(procs), len(stems) + 2))
    for i, c in enumerate(procs):
        columns[: sizes[i], i] = [column[s] for s in c.weights]
        values[: sizes[i], i] = list(c.weights.values())
        dense[i, columns[: sizes[i], i]] = values[: sizes[i], i]
    lex = np.array([c.lex for c in procs], dtype=np.float64).reshape(-1, N_LEX)
    constant = np.zeros((len(procs), len(FEATURE_NAMES)))
    constant[:, _AT["log_claim_tokens"]] = [math.log1p(c.n_tokens) for c in procs]
    constant[:, _AT["claim_question"]] = [float(c.question) for c in procs]
    constant[:, _lex_columns("claim")] = lex
    constant[:, _AT["claim_negation_odd"]] = lex[:, _NEGATION] % 2
    return ClaimBatch(
        claims=procs,
        stems=stems,
        columns=columns,
        values=values[:, :, None],
        dense=dense,
        sizes=np.array(sizes, dtype=np.intp).reshape(-1, 1),
        idf_total=tuple(sum(vocab.idf.get(s, vocab.unseen_idf) for s in c.stems) or 1.0 for c in procs),
        lex=lex,
        constant=constant,
    )


def _left_sum(terms: np.ndarray) -> np.ndarray:
    """``terms[0] + terms[1] + …``, added in that order."""
    total: np.ndarray = terms[0].copy()
    for t in terms[1:]:
        total += t
    return total


def _sentence_cosines(batch: ClaimBatch, body: Processed) -> np.ndarray:
    """(claims, sentences): the cosine of each claim with each sentence of the body.

    Each is the sum that ``_cos`` would take: over the claim's stems in the claim's order, or over
    the sentence's stems in its order where the sentence has fewer. The order changes the last bit
    of a sum of three products or more only, so the sentence's order is taken only there.
    """
    sw = body.sentence_weights
    n = len(batch.stems)
    column_of_term = np.full(len(body.terms), n + 1, dtype=np.intp)
    for j, s in enumerate(batch.stems):
        if (t := body.terms.get(s)) is not None:
            column_of_term[t] = j
    entry_column = column_of_term[sw.term]
    grid = np.zeros((n + 2, len(sw.sizes)))  # (claim stem, sentence): the sentence's weight
    grid[entry_column, sw.sentence] = sw.value  # (row n + 1, the other stems, is never read)
    products = grid[batch.columns] * batch.values  # (claim's i-th stem, claim, sentence)
    sims = _left_sum(products)
    in_sentence_order = (batch.sizes > sw.sizes) & ((products > 0.0).sum(axis=0) >= 3)
    if in_sentence_order.any():
        ends = np.cumsum(sw.sizes)
        for j in np.flatnonzero(in_sentence_order.any(axis=0)).tolist():
            entries = slice(ends[j] - sw.sizes[j], ends[j])
            terms = batch.dense[:, entry_column[entries]] * sw.value[entries]  # (claim, sentence's stem)
            which = in_sentence_order[:, j]
            sims[which, j] = _left_sum(terms.T)[which]
    return sims


def _overlaps(claim: Processed, body: Processed, vocab: Vocabulary, idf_total: float) -> tuple[float, ...]:
    """The _OVERLAPS features of one pair: whole-text cosines, stem, bigram and number overlaps."""
    n_claim = len(claim.stems) or 1
    shared = claim.stems & body.stems
    idf_hit = sum(map(vocab.idf.get, shared, itertools.repeat(vocab.unseen_idf)))
    union = len(claim.stems) + len(body.stems) - len(shared) or 1
    return (
        _cos(claim.weights, body.weights),
        _cos(claim.weights, body.lead_weights) / body.lead_norm,
        len(shared) / n_claim,
        idf_hit / idf_total,
        len(claim.stems.intersection(body.lead_weights)) / n_claim,
        len(shared) / union,
        len(claim.bigrams & body.bigrams) / (len(claim.bigrams) or 1),
        len(claim.numbers & body.numbers) / (len(claim.numbers) or 1) if claim.numbers else -1.0,
    )


def claims_features(batch: ClaimBatch, body: Processed, vocab: Vocabulary) -> np.ndarray:
    """The hand-made features of every (claim, body) pair: (claims, FEATURE_NAMES), a row a claim."""
    sims = _sentence_cosines(batch, body)
    n_sent = sims.shape[1]
    order = np.argsort(-sims, axis=1, kind="stable")
    top = order[:, :TOP_SENTENCES]
    top_sims = sims[np.arange(len(sims))[:, None], top]
    top_lex = body.sentence_lex[top].sum(axis=1)
    weights = np.maximum(sims, 0.0)
    # one matrix-vector product a claim: a matrix-matrix product would round differently
    weighted = np.array([w @ body.sentence_lex for w in weights]).reshape(-1, N_LEX)
    weighted /= weights.sum(axis=1, keepdims=True) + 1e-6
    overlaps = [_overlaps(c, body, vocab, idf) for c, idf in zip(batch.claims, batch.idf_total, strict=True)]

    out = batch.constant.copy()
    out[:, _OVERLAPS] = overlaps
    out[:, _AT["cos_max_sentence"]] = top_sims[:, 0]
    out[:, _AT["cos_top_sentences"]] = top_sims.sum(axis=1) / top_sims.shape[1]  # as np.mean
    out[:, _AT["best_sentence_position"]] = order[:, 0] / max(1, n_sent - 1)
    out[:, _AT["log_body_tokens"]] = math.log1p(body.n_tokens)
    out[:, _AT["log_sentences"]] = math.log1p(n_sent)
    out[:, _lex_columns("body_rate")] = body.body_rate
    out[:, _lex_columns("top")] = top_lex
    out[:, _lex_columns("lead")] = body.lead_lex
    out[:, _lex_columns("weighted")] = weighted
    out[:, _AT["top_negation_odd"]] = top_lex[:, _NEGATION] % 2
    out[:, _AT["refute_mismatch"]] = (batch.lex[:, _REFUTE] > 0) != (top_lex[:, _REFUTE] > 0)
    return out


def pair_features(claim: Processed, body: Processed, vocab: Vocabulary) -> np.ndarray:
    """The hand-made features of one (claim, article) pair, in the order of FEATURE_NAMES."""
    row: np.ndarray = claims_features(claim_batch([claim], vocab), body, vocab)[0]
    return row
