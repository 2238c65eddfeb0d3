"""The packaged torch-free stance model: loading, shapes, clear cases, robustness, and a kind error
when the artefact is missing or damaged. All texts are made up. The default model is pinned, so
these tests hold whether or not the embedding extra is usable here (see test_claims_embeddings)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import monitor.claims
from monitor.claims import features, load_model, match_claims
from monitor.claims.model import ARTEFACT_JSON, ARTEFACT_NPZ, StanceModel, artefact_dir
from monitor.errors import ModelError
from monitor.types import ClaimMatch

CLAIM = "Giant squid found in Lake Geneva"
OTHER = "Apple to release a new iPhone in March"

AGREES = (
    "Officials confirmed on Monday that a giant squid was found alive in Lake Geneva. The animal, six "
    "metres long, was pulled from the water by fishermen near Lausanne, the cantonal police said in a "
    "statement. Biologists from the university examined the squid and verified that it is a giant "
    "squid. Photos of the catch show the animal on the deck of the boat."
)
DISAGREES = (
    "Reports that a giant squid was found in Lake Geneva are a hoax, police said on Monday. The photo "
    "that spread on social media was fake: it had been digitally altered from a picture taken years "
    "ago. No squid was found in the lake, and biologists said such an animal could not survive in "
    "fresh water. The story was false, officials said."
)
DISCUSSES = (
    "A giant squid may have been found in Lake Geneva, according to unconfirmed reports on social "
    "media. Fishermen reportedly claimed they saw a huge animal near Lausanne, but police have not "
    "commented. It is unclear whether the photos are genuine, and biologists said they were "
    "investigating the claims."
)
DEFAULT = StanceModel.load()


@pytest.fixture(autouse=True)
def _torch_free_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(monitor.claims, "_model", DEFAULT)


def test_match_claims_is_a_claim_matcher() -> None:
    from monitor.understand import ClaimMatcher

    matcher: ClaimMatcher = match_claims  # checked by mypy; the call below at run time
    assert matcher("", AGREES, [CLAIM])[0].relation == "agree"


def test_artefact_is_small_and_loads() -> None:
    folder = artefact_dir()
    size = (folder / ARTEFACT_NPZ).stat().st_size + (folder / ARTEFACT_JSON).stat().st_size
    assert size < 30_000_000
    model = load_model()
    assert load_model() is model  # loaded once
    assert model.embedder is None
    assert model.meta["labels"] == ["agree", "disagree", "discuss", "unrelated"]


def test_predict_shape_and_probabilities() -> None:
    model = load_model()
    probabilities = model.predict(model.prepare(AGREES), [CLAIM, OTHER, "x"])
    assert probabilities.shape == (3, 4)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert ((probabilities >= 0) & (probabilities <= 1)).all()
    assert set(model.labels(probabilities)) <= {"agree", "disagree", "discuss", "unrelated"}
    assert model.predict(model.prepare(AGREES), []).shape == (0, 4)


@pytest.mark.parametrize(
    ("text", "relation"), [(AGREES, "agree"), (DISAGREES, "disagree"), (DISCUSSES, "discuss")]
)
def test_clear_cases(text: str, relation: str) -> None:
    matches = match_claims("", text, [OTHER, CLAIM])
    assert [(m.claim, m.relation) for m in matches] == [(CLAIM, relation)]  # OTHER is unrelated
    assert matches[0].confidence > 0.5


def test_title_counts_and_order_and_duplicates_are_kept() -> None:
    matches = match_claims("Lake Geneva squid photo was a hoax", DISAGREES, [CLAIM, OTHER, CLAIM])
    assert matches == (ClaimMatch(CLAIM, "disagree", matches[0].confidence),)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t ",
        "squid " * 200_000,
        "Der Bundesrat bestätigte am Montag, dass im Genfersee ein Riesenkalmar gefunden wurde.",
        "巨型鱿鱼在日内瓦湖被发现。警方周一证实了这一消息。",
        "\x00\x01 ??? ... !!!",
    ],
)
def test_odd_texts_do_not_break(text: str) -> None:
    matches = match_claims("", text, [CLAIM, OTHER, ""])
    assert all(m.relation in ("agree", "disagree", "discuss") for m in matches)
    assert match_claims("", text, []) == ()


def test_unrelated_article_matches_nothing() -> None:
    text = "The city council approved a new budget for school buses on Tuesday, after a long debate."
    assert match_claims("Council approves bus budget", text, [CLAIM, OTHER]) == ()


def test_missing_artefact_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"stance_model\.npz is missing.*python -m monitor\.claims\.train"):
        StanceModel.load(tmp_path)


def test_damaged_artefact_is_a_model_error(tmp_path: Path) -> None:
    shutil.copy(artefact_dir() / ARTEFACT_JSON, tmp_path / ARTEFACT_JSON)
    (tmp_path / ARTEFACT_NPZ).write_bytes(b"not a zip file")
    with pytest.raises(ModelError, match=rf"{tmp_path / ARTEFACT_NPZ} is unusable"):
        StanceModel.load(tmp_path)
    shutil.copy(artefact_dir() / ARTEFACT_NPZ, tmp_path / ARTEFACT_NPZ)
    (tmp_path / ARTEFACT_JSON).write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match=rf"{tmp_path / ARTEFACT_JSON} is unusable"):
        StanceModel.load(tmp_path)


def test_saved_model_round_trips(tmp_path: Path) -> None:
    model = load_model()
    model.save(tmp_path)
    again = StanceModel.load(tmp_path)
    article = DISCUSSES
    assert np.allclose(
        again.predict(again.prepare(article), [CLAIM, OTHER]),
        model.predict(model.prepare(article), [CLAIM, OTHER]),
        atol=1e-6,
    )


_LEX_WORDS = sorted({w for lex in features.LEXICONS for w in lex})[:40] + [
    w for p in features.PHRASES for w in p
]


@given(st.lists(st.sampled_from([*_LEX_WORDS, "the", "claim", "x"]), max_size=60))
def test_lexicon_counts_equal_counting_each_list_and_phrase(tokens: list[str]) -> None:
    expected = [float(sum(t in lex for t in tokens)) for lex in features.LEXICONS]
    expected.append(
        float(
            sum(
                tuple(tokens[i : i + len(p)]) == p
                for p in features.PHRASES
                for i in range(len(tokens) - len(p) + 1)
            )
        )
    )
    assert features._lex_counts(tokens) == expected
