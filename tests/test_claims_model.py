"""The packaged torch-free stance model: loading, shapes, clear cases, robustness, and a kind error
when the artefact is missing or damaged. All texts are made up. The default model is pinned, so
these tests hold whether or not the embedding extra is usable here (see test_claims_embeddings)."""

from __future__ import annotations

import functools
import math
import operator
import re
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import monitor.claims
import monitor.claims.model
from monitor.claims import features, load_model, match_claims
from monitor.claims.embeddings import DIM, EMBEDDING_FEATURE_NAMES, EmbeddedArticle, pair_embedding_features
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


# ----------------------------------------------------------------------- the same numbers as before
# Computed with the per-sentence dictionary code that claims_features replaced (issue #6); the model
# was trained on these features, so they must not move (retraining is the time to update them).
PINNED_FEATURES = {
    (CLAIM, DISAGREES): [
        0.668318393797011,
        0.8907360041069212,
        0.46225370660550924,
        0.7006394175197284,
        0.0,
        1.0,
        1.0,
        1.0,
        0.14285714285714285,
        1.0,
        -1.0,
        1.9459101490553132,
        4.143134726391533,
        1.6094379124341003,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        4.838709677419354,
        3.225806451612903,
        3.225806451612903,
        6.451612903225806,
        0.0,
        2.0,
        2.0,
        2.0,
        3.0,
        0.0,
        2.0,
        2.0,
        2.0,
        3.0,
        0.0,
        0.6423134807177802,
        0.715371596356024,
        0.9999992788957921,
        0.9999992788957921,
        0.0,
        0.0,
        0.0,
        1.0,
    ],
    ("Police said the squid photo is not a hoax", "Lake Geneva squid. " + DISCUSSES): [
        0.44366842440562915,
        0.5101007717022382,
        0.35219577772872457,
        0.45896621239485963,
        0.0,
        0.8,
        0.8080768762190212,
        0.4,
        0.16,
        0.0,
        -1.0,
        2.302585092994046,
        3.9512437185814275,
        1.6094379124341003,
        0.0,
        1.0,
        1.0,
        0.0,
        2.0,
        0.0,
        0.0,
        1.9607843137254901,
        19.6078431372549,
        3.9215686274509802,
        0.0,
        0.0,
        0.0,
        8.0,
        2.0,
        0.0,
        0.0,
        1.0,
        6.0,
        0.0,
        0.0,
        0.0,
        0.06131159281043555,
        2.064649550432033,
        0.24457769014838676,
        0.0,
        1.0,
        0.0,
        1.0,
    ],
}
PINNED_PROBABILITIES = {
    (
        "Lake Geneva squid photo was a hoax.\n" + DISAGREES,
        (CLAIM, OTHER, "Police said the squid photo is not a hoax"),
    ): [
        [0.007144084504966532, 0.9928436330687209, 1.2282426312573588e-05, 6.13608053705215e-18],
        [3.02494103749308e-06, 8.111916837987857e-05, 1.7961800782618282e-05, 0.9998978940898],
        [0.9999968981177523, 3.1005351511303117e-06, 1.347084969325491e-09, 1.1609277883046806e-14],
    ],
    (AGREES, (CLAIM, OTHER)): [
        [0.9947523956218587, 0.0018442220386659432, 0.0034033823109590657, 2.851633598662245e-11],
        [0.00995093436378877, 0.00021441237476840281, 0.001708078672724164, 0.9881265745887187],
    ],
}


@pytest.mark.parametrize(("pair", "expected"), PINNED_FEATURES.items())
def test_features_are_those_the_model_was_trained_on(pair: tuple[str, str], expected: list[float]) -> None:
    vocab = DEFAULT.vocab
    claim, text = pair
    row = features.pair_features(
        features.process(claim, vocab, split=False), features.process(text, vocab), vocab
    )
    np.testing.assert_allclose(row, expected, rtol=0, atol=1e-12)
    assert row.shape == (len(features.FEATURE_NAMES),)


@pytest.mark.parametrize(("case", "expected"), PINNED_PROBABILITIES.items())
def test_probabilities_are_those_of_before(
    case: tuple[str, tuple[str, ...]], expected: list[list[float]]
) -> None:
    text, claims = case
    probabilities = DEFAULT.predict(DEFAULT.prepare(text), claims)
    np.testing.assert_allclose(probabilities, expected, rtol=0, atol=1e-9)
    assert DEFAULT.labels(probabilities) == DEFAULT.labels(np.array(expected))


# ------------------------------------------------- the vectorised code against the plain definitions
_WORDS = [
    *("squid", "squids", "giant", "lake", "geneva", "found", "finding", "police", "hoax", "fake"),
    *("photo", "not", "true", "no", "evidence", "there", "is", "in", "fact", "did", "does", "has"),
    *("said", "2024", "the", "a", "it"),
]
_SEPARATORS = [" ", " ", " ", ". ", "! ", "? ", '." ', "\n", "\n\n", ", ", "... ", ".’ "]


@st.composite
def _texts(draw: st.DrawFn, max_words: int = 40) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=max_words))
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(
        (w.capitalize() if i % 7 == 0 else w) + s for i, (w, s) in enumerate(zip(words, seps, strict=True))
    )


def _reference_weights(stems: list[str], vocab: features.Vocabulary) -> dict[str, float]:
    """A sentence's weights as the per-sentence code computed them."""
    counts = Counter(stems)
    w = {s: (1.0 + math.log(c)) * vocab.idf.get(s, vocab.unseen_idf) for s, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
    return {s: v / norm for s, v in w.items()}


def _reference_cos(a: dict[str, float], b: dict[str, float]) -> float:
    """_cos summed one product after the other (what Python 3.11's sum does)."""
    if len(a) > len(b):
        a, b = b, a
    return functools.reduce(operator.add, (v * b.get(k, 0.0) for k, v in a.items()), 0.0)


@settings(max_examples=150, deadline=None)
@given(_texts(), st.lists(_texts(max_words=12), min_size=1, max_size=4))
def test_sentence_weights_and_cosines_are_those_of_per_sentence_dicts(text: str, claims: list[str]) -> None:
    vocab = DEFAULT.vocab
    body = features.process(text, vocab)
    sent_stems = [
        [features.stem(t) for t in ts if t not in vocab.stop]
        for ts in map(features.tokenize, features.sentences(text))
    ]
    dicts = body.sentence_weights.as_dicts(body.terms)
    assert dicts == tuple(_reference_weights(ss, vocab) for ss in sent_stems or [[]])
    batch = features.claim_batch([features.process(c, vocab, split=False) for c in claims], vocab)
    expected = [[_reference_cos(c.weights, d) for d in dicts] for c in batch.claims]
    assert features._sentence_cosines(batch, body).tolist() == expected  # to the last bit
    rows = features.claims_features(batch, body, vocab)
    for claim, row in zip(batch.claims, rows, strict=True):
        assert np.array_equal(row, features.pair_features(claim, body, vocab))


def test_a_short_sentence_sharing_three_stems_is_summed_in_its_own_order() -> None:
    # the sentence has fewer stems than the claim, so _cos sums over the sentence's stems, in its
    # order; summed in the claim's order, this cosine differs in its last bit
    vocab = DEFAULT.vocab
    claim = features.process("police biologists found alive boat near lausanne", vocab, split=False)
    body = features.process("Near alive biologists police. The police said nothing about it.", vocab)
    sentence = body.sentence_weights.as_dicts(body.terms)[0]
    assert len(sentence) < len(claim.weights)
    in_claim_order = functools.reduce(
        operator.add, (v * sentence.get(k, 0.0) for k, v in claim.weights.items())
    )
    assert in_claim_order != _reference_cos(claim.weights, sentence)
    sims = features._sentence_cosines(features.claim_batch([claim], vocab), body)
    assert sims[0, 0] == _reference_cos(claim.weights, sentence)


_OLD_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")
_OLD_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_TEXT_CHARS = st.sampled_from(list(".!?\"'”’‘`)] \n\t\r\u2028abΣσİ_1"))


@given(st.text(_TEXT_CHARS, max_size=30))
def test_sentences_and_tokens_are_those_of_the_former_regular_expressions(text: str) -> None:
    assert features.sentences(text) == [s for s in _OLD_SENTENCE.split(text) if s and s.strip()]
    old_tokens = _OLD_TOKEN.findall(text.lower().translate(str.maketrans({"’": "'", "‘": "'", "`": "'"})))
    assert features.tokenize(text) == old_tokens


def test_claims_are_processed_once_per_model(monkeypatch: pytest.MonkeyPatch) -> None:
    model = StanceModel.load()
    processed: list[str] = []

    def counting(text: str, vocab: features.Vocabulary, *, split: bool = True) -> features.Processed:
        processed.append(text)
        return features.process(text, vocab, split=split)

    monkeypatch.setattr(monitor.claims.model, "process", counting)
    for text in (AGREES, DISAGREES, DISCUSSES):
        model.predict(model.prepare(text), [CLAIM, OTHER])
    model.predict(model.prepare(AGREES), [OTHER, CLAIM])  # another claim set, the same claims
    assert sorted(processed) == sorted([AGREES, DISAGREES, DISCUSSES, AGREES, CLAIM, OTHER])


class _FakeEmbedder:
    """Stands for monitor.claims.embeddings.Embedder: fixed vectors from the text's length."""

    def claims(self, claims: list[str]) -> np.ndarray:
        return np.array([_unit(len(c)) for c in claims])

    def article(self, text: str, sentences: list[str]) -> EmbeddedArticle:
        vectors = np.array([_unit(len(s)) for s in sentences if s.strip()][:5] or [_unit(len(text))])
        return EmbeddedArticle(_unit(len(text)), vectors, np.abs(vectors[:, :3]).astype(np.float64))


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    out: np.ndarray = v / np.linalg.norm(v)
    return out


def test_dense_features_with_embeddings_are_both_kinds_pair_by_pair() -> None:
    model = StanceModel(DEFAULT.vocab, DEFAULT.stage1, DEFAULT.stage2, DEFAULT.meta, _FakeEmbedder())  # type: ignore[arg-type]
    claims = [CLAIM, OTHER, "Police said the squid photo is not a hoax"]
    article = model.prepare(DISCUSSES)
    dense = model.dense_features(article, claims)
    vocab = DEFAULT.vocab
    assert article.embedded is not None
    for claim, row, vector in zip(claims, dense, _FakeEmbedder().claims(claims), strict=True):
        by_hand = features.pair_features(features.process(claim, vocab, split=False), article.body, vocab)
        assert np.array_equal(
            row, np.concatenate([by_hand, pair_embedding_features(vector, article.embedded)])
        )
    assert dense.shape == (3, len(features.FEATURE_NAMES) + len(EMBEDDING_FEATURE_NAMES))
