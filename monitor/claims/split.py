"""A development split with no claim and no article body shared with the training part.

FNC-1 pairs form a bipartite graph of headlines and bodies. Its *related* edges (agree, disagree,
discuss) fall apart into connected components, one per rumour (an Emergent claim with its
articles); the unrelated edges are random pairings across rumours and join everything into one
component, so they cannot define groups. We therefore:

1. take the connected components of the related edges (scipy ``connected_components``) as topics;
2. shuffle the topics with a fixed seed and walk through them, moving a whole topic to the
   development part unless that would push one of agree/disagree/discuss past ``dev_fraction`` of
   its pairs; of ``shuffles`` such walks keep the one whose labels come closest to
   ``dev_fraction`` each (stratified: the rare disagree label, concentrated in a few big topics,
   keeps its share);
3. keep a pair only when its headline and its body are in the same part (pairs that cross are
   dropped), so no headline and no body of the development part occurs in training;
4. the development part then keeps few unrelated pairs (both ends must be development topics), so
   unrelated pairs are topped up the way FNC-1 made them: a development headline with a random
   development body of *another* topic, until unrelated pairs make up the same share as in the
   whole file. This keeps the official score comparable with the competition test set.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from monitor.claims.data import Pair


@dataclass(frozen=True, slots=True)
class Split:
    train: tuple[Pair, ...]
    dev: tuple[Pair, ...]  # as split, with the topped-up unrelated pairs at the end
    dev_natural: int  # how many of ``dev`` come straight from the file
    dropped: int  # pairs crossing the two parts
    topics: int
    dev_topics: int


def topics(pairs: Sequence[Pair]) -> tuple[dict[str, int], dict[int, int]]:
    """Topic (component) number of every headline and every body, from the related edges."""
    heads = sorted({p.headline for p in pairs})
    bodies = sorted({p.body_id for p in pairs})
    h_index = {h: i for i, h in enumerate(heads)}
    b_index = {b: len(heads) + i for i, b in enumerate(bodies)}
    related = [
        (h_index[p.headline], b_index[p.body_id]) for p in pairs if p.stance not in (None, "unrelated")
    ]
    n = len(heads) + len(bodies)
    rows = np.array([a for a, _ in related], dtype=np.int64)
    cols = np.array([b for _, b in related], dtype=np.int64)
    graph = coo_matrix((np.ones(len(related)), (rows, cols)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return (
        {h: int(labels[i]) for h, i in h_index.items()},
        {b: int(labels[i]) for b, i in b_index.items()},
    )


def group_split(
    pairs: Sequence[Pair], *, dev_fraction: float = 0.2, seed: int = 1, shuffles: int = 32
) -> Split:
    """Split by topic as described in the module docstring; deterministic for a given seed."""
    head_topic, body_topic = topics(pairs)
    per_topic: dict[int, Counter[str]] = {}
    for p in pairs:
        if p.stance not in (None, "unrelated"):
            per_topic.setdefault(head_topic[p.headline], Counter())[p.stance] += 1
    totals: Counter[str] = sum(per_topic.values(), Counter())
    order = sorted(set(head_topic.values()) | set(body_topic.values()))
    rng = random.Random(seed)
    best: tuple[float, set[int]] = (float("inf"), set())
    for _ in range(shuffles):
        rng.shuffle(order)
        dev_topics: set[int] = set()
        taken: Counter[str] = Counter()
        for t in order:
            counts = per_topic.get(t, Counter())
            # take a topic unless it would push some label past its share of the dev part
            if counts and all(taken[c] + n <= dev_fraction * totals[c] * 1.1 + 5 for c, n in counts.items()):
                dev_topics.add(t)
                taken += counts
        gap = sum(abs(taken[c] / totals[c] - dev_fraction) for c in totals)
        if gap < best[0]:
            best = (gap, dev_topics)
    dev_topics = best[1]

    train: list[Pair] = []
    dev: list[Pair] = []
    dropped = 0
    for p in pairs:
        h_dev = head_topic[p.headline] in dev_topics
        b_dev = body_topic[p.body_id] in dev_topics
        if h_dev != b_dev:
            dropped += 1
        else:
            (dev if h_dev else train).append(p)

    natural = len(dev)
    share = sum(p.stance == "unrelated" for p in pairs) / max(1, len(pairs))
    n_related = sum(p.stance != "unrelated" for p in dev)
    n_unrelated = sum(p.stance == "unrelated" for p in dev)
    wanted = round(share / (1 - share) * n_related) if share < 1 else 0
    dev_heads = sorted({p.headline for p in dev})
    dev_bodies = sorted({p.body_id for p in dev})
    seen = {(p.headline, p.body_id) for p in dev}
    extra: list[Pair] = []
    attempts = 0
    while n_unrelated + len(extra) < wanted and attempts < 50 * max(1, wanted):
        attempts += 1
        h = rng.choice(dev_heads)
        b = rng.choice(dev_bodies)
        if head_topic[h] != body_topic[b] and (h, b) not in seen:
            seen.add((h, b))
            extra.append(Pair(h, b, "unrelated"))
    return Split(
        train=tuple(train),
        dev=tuple(dev + extra),
        dev_natural=natural,
        dropped=dropped,
        topics=len(order),
        dev_topics=len(dev_topics),
    )
