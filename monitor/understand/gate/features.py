"""A candidate statement as numbers: named features and hashed word n-grams.

The extractor records, for each quote and reported claim it weighs, the facts its rules look at
(:class:`Considered`); :func:`with_context` adds what the rest of the article's candidates say, and
:func:`hashed` turns a text into the word uni- and bigram buckets the model weighs (murmurhash3, as
scikit-learn's ``HashingVectorizer(n_features=4096, ngram_range=(1, 2), binary=True,
alternate_sign=False)`` with l2 norm computes them, so a model trained with it reads the same
numbers).
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from monitor.types import Stance, StatementKind
from monitor.understand.lexicon import RETURN
from monitor.understand.stance import StanceResult

N_HASHED = 4096
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_QUESTION_WORDS = re.compile(
    r"\b(?:who|what|when|where|why|how|will|would|could|should|is|are|do|does|did)\b", re.IGNORECASE
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we'd|we'll|us|our)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|'ll|'d|going to|gonna|someday|one day|future|again|next)\b", re.IGNORECASE
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|used to|back then|remember|season one|first season)\b", re.IGNORECASE
)


@dataclass
class Considered:
    """A quote or reported claim the extractor weighed: what the rules decided and, when the gate
    is on, the facts behind it."""

    kind: StatementKind
    speaker: str | None
    shown: str  # the statement's text as returned
    start: int
    end: int  # a reported claim's sentence end (a quote's closing mark)
    stance: Stance | None  # the rules' (None: no cue)
    keep: bool  # the rules' decision
    short: bool = False  # a quote that gives way to a reported claim around it
    parts: tuple[tuple[str, Stance | None, int], ...] = ()  # a quote's statements: text, own stance, start
    facts: dict[str, float] = field(default_factory=dict)
    body: str = ""  # the words weighed (a quote's focus, a claim's clause)
    lead: str = ""  # the narrative right before


def log_count(n: int) -> float:
    return math.log1p(n) / 5


def text_facts(
    facts: dict[str, float], body: str, assessed: StanceResult, stance: Stance | None, denies: bool
) -> None:
    """The facts of a statement's own words: its stance cues and a few word classes."""
    facts[f"stance={stance}"] = 1.0
    facts["cue_none"] = float(assessed.stance is None)
    facts["denies_core"] = float(denies)
    for k, v in assessed.scores.items():
        facts[f"score_{k}"] = min(v, 6.0) / 6
    facts["score_max"] = min(max(assessed.scores.values()), 6.0) / 6
    facts["n_cues"] = min(len(assessed.cues), 5) / 5
    facts["first_person"] = float(_FIRST_PERSON.search(body) is not None)
    facts["return_words"] = float(RETURN.search(body) is not None)
    facts["qmark"] = float("?" in body)
    facts["qwords"] = min(len(_QUESTION_WORDS.findall(body)), 5) / 5
    facts["future"] = float(_FUTURE.search(body) is not None)
    facts["past"] = float(_PAST.search(body) is not None)


def with_context(found: list[Considered]) -> None:
    """Add what the article's other candidates say: do the rules keep the neighbours, or another
    statement of the same speaker, and how much of the article they keep."""
    n = len(found)
    if not n:
        return
    kept = sum(c.keep for c in found)
    by_speaker: dict[str | None, int] = {}
    for c in found:
        by_speaker[c.speaker] = by_speaker.get(c.speaker, 0) + int(c.keep)
    for i, c in enumerate(found):
        c.facts["prev_keep"] = float(i > 0 and found[i - 1].keep)
        c.facts["next_keep"] = float(i + 1 < n and found[i + 1].keep)
        c.facts["spk_kept_elsewhere"] = float(by_speaker[c.speaker] - int(c.keep) > 0)
        c.facts["frac_kept"] = kept / n
        c.facts["n_cands_log"] = math.log1p(n) / 4


def hashed(text: str) -> dict[int, float]:
    """Bucket -> value of ``text``'s lower-cased word uni- and bigrams (present or not, l2 norm)."""
    tokens = _TOKEN.findall(text.lower())
    grams = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
    buckets = {_bucket(g) for g in grams}
    if not buckets:
        return {}
    value = 1.0 / math.sqrt(len(buckets))
    return dict.fromkeys(buckets, value)


@lru_cache(maxsize=65536)
def _bucket(gram: str) -> int:
    h = murmurhash3_32(gram.encode("utf-8"))
    if h == -(2**31):
        return (2**31 - 1 - (N_HASHED - 1)) % N_HASHED
    return abs(h) % N_HASHED


def murmurhash3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 x86 32-bit, signed (as scikit-learn's ``murmurhash3_32``)."""
    c1, c2, mask = 0xCC9E2D51, 0x1B873593, 0xFFFFFFFF
    h = seed & mask
    n = len(data) // 4 * 4
    for i in range(0, n, 4):
        k = int.from_bytes(data[i : i + 4], "little")
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
        h = ((h << 13) | (h >> 19)) & mask
        h = (h * 5 + 0xE6546B64) & mask
    tail = data[n:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & mask
        k = ((k << 15) | (k >> 17)) & mask
        k = (k * c2) & mask
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h - 2**32 if h & 0x80000000 else h
