"""The topic split leaks no claim and no body from the development part into training."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from monitor.claims.data import Pair, read_bodies, read_stances
from monitor.claims.split import group_split, topics

FNC1 = Path(__file__).resolve().parents[1].parent / "shared" / "fnc1"


def _made_up(n_topics: int = 30) -> list[Pair]:
    """Topics of 3 claims x 4 bodies, related within a topic, plus unrelated cross pairings."""
    pairs: list[Pair] = []
    labels = ("agree", "discuss", "disagree", "discuss")
    for t in range(n_topics):
        for c in range(3):
            for b in range(4):
                pairs.append(Pair(f"claim {t}-{c}", 100 * t + b, labels[(b + c) % 4]))
            pairs.append(Pair(f"claim {t}-{c}", 100 * ((t + 1 + c) % n_topics), "unrelated"))
            pairs.append(Pair(f"claim {t}-{c}", 100 * ((t + 7 + c) % n_topics) + 1, "unrelated"))
    return pairs


def _assert_disjoint(train: tuple[Pair, ...], dev: tuple[Pair, ...]) -> None:
    assert train
    assert dev
    assert not {p.headline for p in train} & {p.headline for p in dev}
    assert not {p.body_id for p in train} & {p.body_id for p in dev}


def test_topics_follow_related_edges_only() -> None:
    pairs = [
        Pair("a", 1, "agree"),
        Pair("b", 1, "discuss"),
        Pair("b", 2, "disagree"),
        Pair("c", 3, "agree"),
        Pair("a", 3, "unrelated"),
    ]
    head, body = topics(pairs)
    assert head["a"] == head["b"] == body[1] == body[2]
    assert head["c"] == body[3] != head["a"]


def test_made_up_split_has_no_leakage_and_is_reproducible() -> None:
    pairs = _made_up()
    split = group_split(pairs, dev_fraction=0.25, seed=3)
    _assert_disjoint(split.train, split.dev)
    assert len(split.train) + split.dev_natural + split.dropped == len(pairs)
    head, body = topics(pairs)
    # the topped-up unrelated pairs join a dev claim with a dev body of another topic
    for p in split.dev[split.dev_natural :]:
        assert p.stance == "unrelated"
        assert head[p.headline] != body[p.body_id]
    assert group_split(pairs, dev_fraction=0.25, seed=3) == split
    assert group_split(pairs, dev_fraction=0.25, seed=4) != split


def test_unrelated_share_is_restored() -> None:
    pairs = _made_up()
    split = group_split(pairs, dev_fraction=0.25, seed=3)
    share = Counter(p.stance for p in pairs)["unrelated"] / len(pairs)
    dev_share = Counter(p.stance for p in split.dev)["unrelated"] / len(split.dev)
    assert dev_share == pytest.approx(share, abs=0.03)


@pytest.mark.skipif(not (FNC1 / "train_stances.csv").is_file(), reason=f"FNC-1 data not found at {FNC1}")
def test_real_fnc1_split_has_no_leakage() -> None:
    bodies = read_bodies(FNC1 / "train_bodies.csv")
    pairs = read_stances(FNC1 / "train_stances.csv", bodies)
    split = group_split(pairs)
    _assert_disjoint(split.train, split.dev)
    dev = Counter(p.stance for p in split.dev)
    assert dev["disagree"] > 100  # the stratified walk keeps the rare label in the dev part
