"""The production claim matcher: the learned model when a watchlist has claims, else none."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator

import pytest

import monitor.claims
from monitor import matching
from monitor.errors import ModelError
from tests.poll_support import watchlist

CLAIM = "A Defenders reunion is not planned"


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    matching._model_problem.cache_clear()
    yield
    matching._model_problem.cache_clear()


def test_no_claims_no_matcher() -> None:
    assert matching.claim_matcher([watchlist(["http://x/feed"])]) is None


def test_claims_get_the_learned_matcher() -> None:
    with_claims = dataclasses.replace(watchlist(["http://x/feed"]), claims=(CLAIM,))
    matcher = matching.claim_matcher([with_claims])
    assert matcher is monitor.claims.match_claims
    text = (
        "Marvel denied reports that a Defenders reunion is planned. The studio said there are no "
        "plans for the Defenders to reunite, calling the rumour false."
    )
    matches = matcher("Marvel denies Defenders reunion plans", text, (CLAIM,))
    assert all(m.claim == CLAIM and m.relation != "unrelated" for m in matches)


def test_an_unusable_model_means_no_matching_and_one_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise ModelError("stance_model.npz is damaged; retrain with python -m monitor.claims.train")

    monkeypatch.setattr(monitor.claims, "load_model", broken)
    with_claims = dataclasses.replace(watchlist(["http://x/feed"]), claims=(CLAIM,))
    with caplog.at_level(logging.WARNING, logger="monitor.matching"):
        assert matching.claim_matcher([with_claims]) is None
        assert matching.claim_matcher([with_claims]) is None
    warnings = [r for r in caplog.records if "not matched" in r.getMessage()]
    assert len(warnings) == 1
    assert "retrain" in warnings[0].getMessage()
