"""Turning a claim and an article into numbers: the same code at training and at run time.

A text is processed once (:func:`process`): tokens, stems, TF-IDF weights, sentences and word-list
counts. A (claim, article) pair then costs only :func:`pair_features` (similarities, overlaps and
the stance words near the passages that resemble the claim), so an article is vectorised once
however many claims it is checked against.
"""

from __future__ import annotations

import itertools
import math
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

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


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


@lru_cache(maxsize=500_000)
def stem(token: str) -> str:
    if token.endswith("'s"):
        token = token[:-2]
    return str(_STEMMER.stemWord(token))


def tokenize(text: str) -> list[str]:
    return _TOKEN.findall(text[:MAX_CHARS].lower().translate(_APOSTROPHES))


def sentences(text: str) -> list[str]:
    parts = [s for s in _SENTENCE.split(text[:MAX_CHARS]) if s and s.strip()]
    return parts[:MAX_SENTENCES]


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
class Processed:
    """One processed text (a claim or an article)."""

    n_tokens: int
    weights: dict[str, float]  # L2-normalised TF-IDF over content stems
    stems: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    sentence_weights: tuple[dict[str, float], ...]  # per sentence, L2-normalised TF-IDF
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


def _weights(stems: Iterable[str], vocab: Vocabulary) -> dict[str, float]:
    counts = Counter(stems)
    w = {s: (1.0 + math.log(c)) * vocab.idf.get(s, vocab.unseen_idf) for s, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
    return {s: v / norm for s, v in w.items()}


# token -> the LEXICONS it belongs to; first word -> the PHRASES it starts (one look-up a token)
_LEXICONS_OF: dict[str, tuple[int, ...]] = {
    t: tuple(k for k, lex in enumerate(LEXICONS) if t in lex) for t in frozenset().union(*LEXICONS)
}
_PHRASES_FROM: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(p for p in PHRASES if p[0] == first) for first in {p[0] for p in PHRASES}
}


def _lex_counts(tokens: list[str]) -> list[float]:
    """Tokens in each of LEXICONS, then occurrences of PHRASES (overlapping ones all count)."""
    counts = [0.0] * (len(LEXICONS) + 1)
    lexicons_of, phrases_from = _LEXICONS_OF.get, _PHRASES_FROM.get
    for i, t in enumerate(tokens):
        for k in lexicons_of(t, ()):
            counts[k] += 1.0
        for phrase in phrases_from(t, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                counts[-1] += 1.0
    return counts


def process(text: str, vocab: Vocabulary, *, split: bool = True) -> Processed:
    """Process a claim (``split=False``: one sentence) or an article once."""
    parts = sentences(text) if split else [text[:MAX_CHARS]]
    sent_tokens = [tokenize(s) for s in parts] or [[]]
    tokens = [t for ts in sent_tokens for t in ts]
    content = [stem(t) for t in tokens if t not in vocab.stop]
    sentence_weights = tuple(
        _weights((stem(t) for t in ts if t not in vocab.stop), vocab) for ts in sent_tokens
    )
    sentence_lex = np.array([_lex_counts(ts) for ts in sent_tokens], dtype=np.float64)
    counts = Counter(s for s in content if s in vocab.index)
    idx = np.fromiter((vocab.index[s] for s in counts), dtype=np.int32, count=len(counts))
    val = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
    if val.size:
        val /= np.float32(np.linalg.norm(val))
    lead_w: dict[str, float] = {}
    for sw in sentence_weights[:LEAD_SENTENCES]:
        for k, v in sw.items():
            lead_w[k] = lead_w.get(k, 0.0) + v
    lex = sentence_lex.sum(axis=0)
    return Processed(
        n_tokens=len(tokens),
        weights=_weights(content, vocab),
        stems=frozenset(content),
        bigrams=frozenset(itertools.pairwise(content)),
        numbers=frozenset(t for t in tokens if t.isdigit()),
        sentence_weights=sentence_weights,
        sentence_lex=sentence_lex,
        lex=lex,
        tf_index=idx,
        tf_value=val,
        question="?" in text[:MAX_CHARS],
        lead_weights=lead_w,
        lead_norm=math.sqrt(sum(v * v for v in lead_w.values())) or 1.0,
        lead_lex=sentence_lex[:LEAD_SENTENCES].sum(axis=0),
        body_rate=lex * (100.0 / max(1, len(tokens))),
    )


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


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


def pair_features(claim: Processed, body: Processed, vocab: Vocabulary) -> np.ndarray:
    """The hand-made features of one (claim, article) pair, in the order of FEATURE_NAMES."""
    hw = claim.weights
    sims = np.array([_cos(hw, sw) for sw in body.sentence_weights], dtype=np.float64)
    n_sent = len(sims)
    order = np.argsort(-sims, kind="stable")
    top = order[:TOP_SENTENCES]
    cos_lead = _cos(hw, body.lead_weights) / body.lead_norm

    n_claim = len(claim.stems) or 1
    idf_total = sum(vocab.idf.get(s, vocab.unseen_idf) for s in claim.stems) or 1.0
    shared = claim.stems & body.stems
    idf_hit = sum(vocab.idf.get(s, vocab.unseen_idf) for s in shared)
    union = len(claim.stems) + len(body.stems) - len(shared) or 1

    top_lex = body.sentence_lex[top].sum(axis=0)
    lead_lex = body.lead_lex
    weights = np.clip(sims, 0.0, None)
    weighted_lex = weights @ body.sentence_lex / (weights.sum() + 1e-6)
    body_rate = body.body_rate
    refute, negation = 0, 1
    features = [
        _cos(hw, body.weights),
        float(sims[order[0]]) if n_sent else 0.0,
        float(sims[top].mean()) if n_sent else 0.0,
        cos_lead,
        float(order[0]) / max(1, n_sent - 1) if n_sent else 0.0,
        len(shared) / n_claim,
        idf_hit / idf_total,
        sum(1 for s in claim.stems if s in body.lead_weights) / n_claim,
        len(shared) / union,
        len(claim.bigrams & body.bigrams) / (len(claim.bigrams) or 1),
        len(claim.numbers & body.numbers) / (len(claim.numbers) or 1) if claim.numbers else -1.0,
        math.log1p(claim.n_tokens),
        math.log1p(body.n_tokens),
        math.log1p(n_sent),
        float(claim.question),
        *claim.lex.tolist(),
        *body_rate.tolist(),
        *top_lex.tolist(),
        *lead_lex.tolist(),
        *weighted_lex.tolist(),
        float(claim.lex[negation] % 2),
        float(top_lex[negation] % 2),
        float((claim.lex[refute] > 0) != (top_lex[refute] > 0)),
    ]
    return np.asarray(features, dtype=np.float64)
