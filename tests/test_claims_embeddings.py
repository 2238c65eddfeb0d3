"""The optional embedding extra: locating the encoder, falling back to the torch-free default, and
(when onnxruntime, tokenizers and onnx are installed) the whole path with a tiny made-up encoder:
encode, train ``--embeddings``, select, predict, save/load, broken or mismatched encoders. The
real all-MiniLM-L6-v2 encoder is tried last, only where it has been built."""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from pathlib import Path

import numpy as np
import pytest

from monitor.claims import match_claims, select_model
from monitor.claims.embeddings import (
    DIM,
    EMBEDDING_FEATURE_NAMES,
    ENV_VAR,
    MAX_SENTENCES,
    MODEL_FILE,
    SPEC_FILE,
    TOKENIZER_FILE,
    Embedder,
    Encoder,
    locate,
    pair_embedding_features,
    runtime_missing,
)
from monitor.claims.features import sentences
from monitor.claims.model import ARTEFACT_EMB_JSON, ARTEFACT_EMB_NPZ, ARTEFACT_NPZ, StanceModel, artefact_dir
from monitor.claims.train import main as train_main
from tests.test_claims_train import _write_fnc

MISSING = [*runtime_missing(), *(["onnx"] if importlib.util.find_spec("onnx") is None else [])]
needs_extra = pytest.mark.skipif(
    bool(MISSING),
    reason=f"the embedding extra is not installed here ({', '.join(MISSING)} missing): "
    "pip install 'defenders-monitor[embeddings]' onnx",
)

WORDS = str.split(
    "officials confirmed it on monday and the report is true police said story a hoax photo was fake "
    "claim could not be verified unclear whether reportedly happened witnesses talked about"
)


def _tiny_encoder(folder: Path) -> Path:
    """A made-up encoder with the real one's interface: word-level tokens, a random embedding
    table, mean pooling over the mask, L2 normalisation (a graph built with onnx.helper)."""
    import onnx
    from onnx import TensorProto, helper
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

    vocab = {"[UNK]": 0, "[PAD]": 1}
    for word in [*WORDS, *(f"topic{t}word{k}" for t in range(12) for k in range(6))]:
        vocab.setdefault(word, len(vocab))
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(folder / TOKENIZER_FILE))

    table = np.random.default_rng(3).normal(size=(len(vocab), DIM)).astype(np.float32)
    nodes = [
        helper.make_node("Gather", ["table", "input_ids"], ["tokens"]),
        helper.make_node("Cast", ["attention_mask"], ["mask"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask", "two"], ["mask3"]),
        helper.make_node("Mul", ["tokens", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "one"], ["total"], keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "one"], ["count"], keepdims=0),
        helper.make_node("Max", ["count", "eps"], ["safe"]),
        helper.make_node("Div", ["total", "safe"], ["mean"]),
        helper.make_node("LpNormalization", ["mean"], ["embedding"], axis=1, p=2),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", DIM])],
        initializer=[
            helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
            helper.make_tensor("one", TensorProto.INT64, [1], [1]),
            helper.make_tensor("two", TensorProto.INT64, [1], [2]),
            helper.make_tensor("eps", TensorProto.FLOAT, [], [1e-9]),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(folder / MODEL_FILE))
    spec = {"model": "test/tiny-word-mean", "max_tokens": 256, "int8": False}
    (folder / SPEC_FILE).write_text(json.dumps(spec), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _tiny_encoder(tmp_path_factory.mktemp("encoder"))


@pytest.fixture(scope="module")
def trained(tiny: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedding model trained on made-up FNC-1 files with the tiny encoder."""
    data = tmp_path_factory.mktemp("fnc")
    _write_fnc(data)
    out = data / "model"
    assert train_main(["--data", str(data), "--out", str(out), "--embeddings", str(tiny)]) == 0
    return out


# ---------------------------------------------------------------- without the extra as well


def test_locate_says_why_the_extra_is_not_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, "off")
    assert locate() == (None, f"{ENV_VAR}=off turns the embedding extra off")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    folder, reason = locate()
    assert folder is None
    if runtime_missing():
        assert "pip install 'defenders-monitor[embeddings]'" in reason
    else:
        assert f"no encoder in {tmp_path}" in reason
        assert "python -m monitor.claims.export_onnx" in reason


def test_falls_back_to_the_default_with_one_log_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path))  # no encoder there
    with caplog.at_level(logging.INFO, logger="monitor.claims"):
        model = select_model()
    assert model.embedder is None
    lines = [r.getMessage() for r in caplog.records if r.name == "monitor.claims"]
    assert len(lines) == 1
    assert lines[0].startswith("stance model: torch-free default (embedding extra not used: ")


def test_pair_features_from_vectors() -> None:
    from monitor.claims.embeddings import EmbeddedArticle

    claim = np.zeros(DIM, dtype=np.float32)
    claim[0] = 1.0
    sentences_ = np.eye(3, DIM, dtype=np.float32)[[1, 0, 2]]  # the second sentence is the claim
    article = EmbeddedArticle(
        lead=sentences_[1], sentences=sentences_, anchors=np.array([[0.1, 0.2, 0.3]] * 3)
    )
    features = pair_embedding_features(claim, article)
    assert features.shape == (len(EMBEDDING_FEATURE_NAMES),)
    named = dict(zip(EMBEDDING_FEATURE_NAMES, features.tolist(), strict=True))
    assert named["e_cos_lead"] == pytest.approx(1.0)
    assert named["e_cos_max_sentence"] == pytest.approx(1.0)
    assert named["e_cos_mean_sentences"] == pytest.approx(1 / 3)
    assert named["e_best_sentence_position"] == pytest.approx(0.5)
    assert named["e_best_sentence_hedge"] == pytest.approx(0.3)


# ------------------------------------------------------------------ with a tiny made-up encoder


@needs_extra
def test_encoder_gives_unit_vectors_in_order(tiny: Path) -> None:
    encoder = Encoder(tiny)
    texts = ["the report is true", "", "a hoax " * 500, "the report is true"]
    vectors = encoder.encode(texts)
    assert vectors.shape == (4, DIM)
    assert np.allclose(np.linalg.norm(vectors[[0, 2, 3]], axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[0], vectors[3])
    assert not np.allclose(vectors[0], vectors[2])
    assert encoder.encode([]).shape == (0, DIM)


@needs_extra
def test_article_embedding_uses_the_first_sentences(tiny: Path) -> None:
    embedder = Embedder(Encoder(tiny))
    text = " ".join(f"Sentence number {i} was fake." for i in range(40))
    article = embedder.article(text, sentences(text))
    assert article.sentences.shape == (MAX_SENTENCES, DIM)
    assert article.anchors.shape == (MAX_SENTENCES, 3)
    empty = embedder.article("", [])
    assert empty.sentences.shape == (1, DIM)


@needs_extra
def test_trained_embedding_model_is_selected_and_predicts(
    trained: Path, tiny: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert (trained / ARTEFACT_EMB_NPZ).is_file()
    assert not (trained / ARTEFACT_NPZ).exists()  # --embeddings writes only the embedding model
    monkeypatch.setenv(ENV_VAR, str(tiny))
    with caplog.at_level(logging.INFO, logger="monitor.claims"):
        model = select_model(trained)
    assert model.embedder is not None
    assert [r.getMessage() for r in caplog.records if r.name == "monitor.claims"] == [
        f"stance model: embeddings (all-MiniLM-L6-v2 ONNX from {tiny})"
    ]
    assert model.feature_names[-len(EMBEDDING_FEATURE_NAMES) :] == EMBEDDING_FEATURE_NAMES
    claims = ["topic1word1 topic1word2 topic1word3", "topic7word0 topic7word4", ""]
    probabilities = model.predict(model.prepare("topic1word1 topic1word2 happened. It is a hoax."), claims)
    assert probabilities.shape == (3, 4)
    assert np.allclose(probabilities.sum(axis=1), 1.0)


@needs_extra
def test_embedding_model_round_trips(trained: Path, tiny: Path, tmp_path: Path) -> None:
    embedder = Embedder(Encoder(tiny))
    model = StanceModel.load(trained, embedder)
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [ARTEFACT_EMB_JSON, ARTEFACT_EMB_NPZ]
    again = StanceModel.load(tmp_path, embedder)
    text, claims = "topic2word1 topic2word5 happened. Officials confirmed it.", ["topic2word1 topic2word5"]
    assert np.allclose(again.predict(again.prepare(text), claims), model.predict(model.prepare(text), claims))


@needs_extra
def test_mismatched_or_broken_encoder_falls_back(
    trained: Path,
    tiny: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    models = tmp_path / "models"  # the embedding model beside the torch-free default
    models.mkdir()
    for folder, name in (
        (trained, ARTEFACT_EMB_NPZ),
        (trained, ARTEFACT_EMB_JSON),
        (artefact_dir(), ARTEFACT_NPZ),
        (artefact_dir(), "stance_model.json"),
    ):
        (models / name).write_bytes((folder / name).read_bytes())
    other = tmp_path / "other"
    other.mkdir()
    for name in (MODEL_FILE, TOKENIZER_FILE):
        (other / name).write_bytes((tiny / name).read_bytes())
    (other / SPEC_FILE).write_text(json.dumps({"model": "test/another-encoder", "int8": False}))
    monkeypatch.setenv(ENV_VAR, str(other))
    with caplog.at_level(logging.INFO, logger="monitor.claims"):
        assert select_model(models).embedder is None
    assert re.search(r"embedding extra not used: .*trained with the encoder", caplog.text)

    (other / MODEL_FILE).write_bytes(b"not an onnx model")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="monitor.claims"):
        assert select_model(models).embedder is None
    assert f"encoder in {other} is unusable" in caplog.text


@needs_extra
def test_train_without_an_encoder_says_how_to_build_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_fnc(tmp_path)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    assert train_main(["--data", str(tmp_path), "--out", str(tmp_path / "m"), "--embeddings"]) == 1
    assert "python -m monitor.claims.export_onnx" in capsys.readouterr().err


# ------------------------------------------------------------- the real encoder, where built

REAL, REAL_REASON = locate()


@pytest.mark.skipif(REAL is None, reason=f"the real encoder is not usable here: {REAL_REASON}")
def test_packaged_embedding_model_with_the_real_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.claims
    from tests.test_claims_model import AGREES, CLAIM, DISAGREES, DISCUSSES, OTHER

    model = select_model()
    assert model.embedder is not None
    monkeypatch.setattr(monitor.claims, "_model", model)
    for text, relation in ((AGREES, "agree"), (DISAGREES, "disagree"), (DISCUSSES, "discuss")):
        assert [(m.claim, m.relation) for m in match_claims("", text, [OTHER, CLAIM])] == [(CLAIM, relation)]
    size = sum(p.stat().st_size for p in artefact_dir().glob("stance_model*"))
    assert size < 30_000_000
