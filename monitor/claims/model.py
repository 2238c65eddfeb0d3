"""The two-stage stance model as plain numpy: loading the artefact and predicting.

Stage 1 (related or unrelated) is a small network over the hand-made pair features (similarities,
overlaps). Stage 2 (agree, disagree or discuss, for related pairs) is a network over the claim's
and the article's term frequencies plus the same features. The artefact is ``stance_model.npz``
(weights) with ``stance_model.json`` (vocabulary and metadata), written by
``python -m monitor.claims.train``; nothing is unpickled and nothing is downloaded.

With the optional embedding extra (monitor.claims.embeddings) the same two stages also read the
sentence-embedding features of each pair; that model is ``stance_model_emb.npz``/``.json``
(``python -m monitor.claims.train --embeddings``) and needs an :class:`Embedder` to run.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from monitor.claims.data import LABELS, Pair
from monitor.claims.embeddings import (
    EMBEDDING_FEATURE_NAMES,
    EmbeddedArticle,
    Embedder,
    pair_embedding_features,
)
from monitor.claims.features import (
    FEATURE_NAMES,
    ClaimBatch,
    Processed,
    Vocabulary,
    claim_batch,
    claims_features,
    process,
    sentences,
)
from monitor.errors import ModelError

FORMAT = 1
ARTEFACT_NPZ = "stance_model.npz"
ARTEFACT_JSON = "stance_model.json"
ARTEFACT_EMB_NPZ = "stance_model_emb.npz"
ARTEFACT_EMB_JSON = "stance_model_emb.json"
RETRAIN_HINT = "retrain it with `python -m monitor.claims.train` (needs ../shared/fnc1) or reinstall monitor"
STAGE2_LABELS = LABELS[:3]  # agree, disagree, discuss
MAX_CACHED_CLAIMS = 10_000
MAX_CACHED_CLAIM_SETS = 256


def artefact_dir() -> Path:
    return Path(__file__).resolve().parent


def artefact_files(folder: Path, *, embeddings: bool) -> tuple[Path, Path]:
    """The (weights, metadata) files of the default or the embedding model in ``folder``."""
    if embeddings:
        return folder / ARTEFACT_EMB_NPZ, folder / ARTEFACT_EMB_JSON
    return folder / ARTEFACT_NPZ, folder / ARTEFACT_JSON


@dataclass(frozen=True, slots=True)
class Mlp:
    """A ReLU network as sklearn's MLPClassifier trains it, with input standardisation."""

    mean: np.ndarray  # over the dense (standardised) inputs
    scale: np.ndarray
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]

    def finish(self, first: np.ndarray) -> np.ndarray:
        """From the first layer's pre-activation (n, hidden) to class probabilities."""
        h = first
        for w, b in zip(self.weights[1:], self.biases[1:], strict=True):
            h = np.maximum(h, 0.0) @ w + b
        if h.shape[1] == 1:  # binary: logistic output, probability of the positive class
            out: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(h[:, 0], -60, 60)))
            return out
        h = h - h.max(axis=1, keepdims=True)
        e = np.exp(h)
        return np.asarray(e / e.sum(axis=1, keepdims=True))

    def standardise(self, dense: np.ndarray) -> np.ndarray:
        out: np.ndarray = (dense - self.mean) / self.scale
        return out

    def to_arrays(self, prefix: str) -> dict[str, np.ndarray]:
        arrays = {f"{prefix}_mean": self.mean, f"{prefix}_scale": self.scale}
        for i, (w, b) in enumerate(zip(self.weights, self.biases, strict=True)):
            arrays[f"{prefix}_w{i}"] = w.astype(np.float32)
            arrays[f"{prefix}_b{i}"] = b.astype(np.float32)
        return arrays

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], prefix: str) -> Mlp:
        n = sum(1 for k in arrays if k.startswith(f"{prefix}_w"))
        return cls(
            mean=np.asarray(arrays[f"{prefix}_mean"], dtype=np.float64),
            scale=np.asarray(arrays[f"{prefix}_scale"], dtype=np.float64),
            weights=tuple(np.asarray(arrays[f"{prefix}_w{i}"], dtype=np.float64) for i in range(n)),
            biases=tuple(np.asarray(arrays[f"{prefix}_b{i}"], dtype=np.float64) for i in range(n)),
        )


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article processed once, reusable for any number of claims."""

    body: Processed
    body_hidden: np.ndarray  # stage 2 first-layer contribution of the article's term frequencies
    embedded: EmbeddedArticle | None = None  # with the embedding extra only


@dataclass(frozen=True, slots=True)
class _ClaimSet:
    """A claim set as one prediction reads it: laid out for the features, with the claims' stage 2
    contribution stacked (and their embeddings, with the embedding model)."""

    batch: ClaimBatch
    hidden: np.ndarray  # (claims, stage 2 hidden units)
    vectors: tuple[np.ndarray, ...] | None


class StanceModel:
    """Predicts agree / disagree / discuss / unrelated for (claim, article) pairs."""

    def __init__(
        self,
        vocab: Vocabulary,
        stage1: Mlp,
        stage2: Mlp,
        meta: Mapping[str, Any],
        embedder: Embedder | None = None,
    ) -> None:
        self.vocab = vocab
        self.stage1 = stage1
        self.stage2 = stage2
        self.meta = dict(meta)
        self.embedder = embedder
        self._size = len(vocab.index)
        same_mean = np.array_equal(stage1.mean, stage2.mean)
        self._same_scaling = same_mean and np.array_equal(stage1.scale, stage2.scale)  # standardise once
        self._claims: dict[str, tuple[Processed, np.ndarray, np.ndarray | None]] = {}
        self._claim_sets: dict[tuple[str, ...], _ClaimSet] = {}

    @property
    def feature_names(self) -> tuple[str, ...]:
        return feature_names(embeddings=self.embedder is not None)

    @property
    def kind(self) -> str:
        """What the log line and reports call this model."""
        if self.embedder is None:
            return "torch-free default"
        return f"embeddings (all-MiniLM-L6-v2 ONNX from {self.embedder.encoder.folder})"

    # ---------------------------------------------------------------------------- run time

    def prepare(self, text: str) -> PreparedArticle:
        body = process(text, self.vocab)
        w0 = self.stage2.weights[0]
        embedded = self.embedder.article(text, sentences(text)) if self.embedder else None
        return PreparedArticle(body, body.tf_value @ w0[self._size + body.tf_index], embedded)

    def _claims_of(self, claims: Sequence[str]) -> list[tuple[Processed, np.ndarray, np.ndarray | None]]:
        """Each claim processed (with its stage 2 contribution and embedding), once per model."""
        new = [c for c in dict.fromkeys(claims) if c not in self._claims]
        if new:
            if len(self._claims) + len(new) > MAX_CACHED_CLAIMS:
                self._claims.clear()
                new = list(dict.fromkeys(claims))
            vectors = self.embedder.claims(new) if self.embedder else [None] * len(new)
            for claim, vector in zip(new, vectors, strict=True):
                proc = process(claim, self.vocab, split=False)
                self._claims[claim] = (proc, proc.tf_value @ self.stage2.weights[0][proc.tf_index], vector)
        return [self._claims[c] for c in claims]

    def _claim_set(self, claims: Sequence[str]) -> _ClaimSet:
        """The claims laid out for one batched prediction, once per claim set (see _ClaimSet)."""
        key = tuple(claims)
        found = self._claim_sets.get(key)
        if found is None:
            processed = self._claims_of(key)
            vectors = [v for _, _, v in processed if v is not None]
            found = _ClaimSet(
                batch=claim_batch((p for p, _, _ in processed), self.vocab),
                hidden=np.stack([h for _, h, _ in processed]),
                vectors=tuple(vectors) if len(vectors) == len(processed) else None,
            )
            if len(self._claim_sets) >= MAX_CACHED_CLAIM_SETS:
                self._claim_sets.clear()
            self._claim_sets[key] = found
        return found

    def dense_features(self, article: PreparedArticle, claims: Sequence[str]) -> np.ndarray:
        """(claims, features): every pair's dense features (with the embedding ones if the model has them)."""
        return self._dense(article, self._claim_set(claims))

    def _dense(self, article: PreparedArticle, claim_set: _ClaimSet) -> np.ndarray:
        dense = claims_features(claim_set.batch, article.body, self.vocab)
        if claim_set.vectors is None or article.embedded is None:
            return dense
        embedded = article.embedded
        return np.hstack([dense, np.stack([pair_embedding_features(v, embedded) for v in claim_set.vectors])])

    def predict(self, article: PreparedArticle, claims: Sequence[str]) -> np.ndarray:
        """Probabilities (n, 4) in LABELS order (agree, disagree, discuss, unrelated)."""
        if not claims:
            return np.zeros((0, len(LABELS)))
        claim_set = self._claim_set(claims)
        return self.combine(self._dense(article, claim_set), claim_set.hidden, article.body_hidden[None, :])

    def combine(self, dense: np.ndarray, claim_hidden: np.ndarray, body_hidden: np.ndarray) -> np.ndarray:
        s1 = self.stage1
        standard = s1.standardise(dense)
        unrelated = s1.finish(standard @ s1.weights[0] + s1.biases[0])
        s2 = self.stage2
        if not self._same_scaling:
            standard = s2.standardise(dense)
        first = claim_hidden + body_hidden + standard @ s2.weights[0][2 * self._size :]
        related = s2.finish(first + s2.biases[0])
        out = np.empty((len(dense), len(LABELS)))
        out[:, :3] = related * (1.0 - unrelated)[:, None]
        out[:, 3] = unrelated
        return out

    @staticmethod
    def labels(probabilities: np.ndarray) -> list[str]:
        """Unrelated when stage 1 says so (p ≥ 0.5), else the likeliest related label."""
        rows: list[list[float]] = probabilities.tolist()
        return ["unrelated" if row[3] >= 0.5 else STAGE2_LABELS[row.index(max(row[:3]))] for row in rows]

    # ------------------------------------------------------------------------- artefact

    def save(self, folder: Path) -> tuple[Path, Path]:
        """Write the artefact (the ``_emb`` files for a model with embeddings) into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        terms = sorted(self.vocab.index, key=self.vocab.index.__getitem__)
        rest = sorted(set(self.vocab.idf) - set(self.vocab.index))
        all_terms = terms + rest
        arrays = {
            **self.stage1.to_arrays("s1"),
            **self.stage2.to_arrays("s2"),
            "idf": np.array(
                [self.vocab.idf.get(t, self.vocab.unseen_idf) for t in all_terms], dtype=np.float32
            ),
        }
        npz, meta_path = artefact_files(folder, embeddings=self.embedder is not None)
        np.savez_compressed(npz, **arrays)  # type: ignore[arg-type]
        meta = {
            **self.meta,
            "format": FORMAT,
            "labels": list(LABELS),
            "features": list(self.feature_names),
            **({"encoder": self.embedder.signature()} if self.embedder else {}),
            "unseen_idf": self.vocab.unseen_idf,
            "tf_size": len(terms),
            "stop": sorted(self.vocab.stop),
            "terms": all_terms,
        }
        meta_path.write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        return npz, meta_path

    @classmethod
    def load(cls, folder: Path | None = None, embedder: Embedder | None = None) -> StanceModel:
        """Load the artefact; a missing or damaged one is a ModelError naming the file and the fix.

        With ``embedder``, the embedding model (``stance_model_emb.*``) is loaded and uses it.
        """
        folder = folder or artefact_dir()
        npz, meta_path = artefact_files(folder, embeddings=embedder is not None)
        names = feature_names(embeddings=embedder is not None)
        for path in (npz, meta_path):
            if not path.is_file():
                raise ModelError(f"stance model file {path} is missing; {RETRAIN_HINT}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            terms: list[str] = meta["terms"]
            tf_size = int(meta["tf_size"])
            if meta.get("format") != FORMAT or list(meta["features"]) != list(names):
                raise ValueError("it was written by another version of monitor")
            if embedder is not None and meta.get("encoder") != embedder.signature():
                raise ValueError(
                    f"it was trained with the encoder {meta.get('encoder')}, not with "
                    f"{embedder.signature()} (rebuild the encoder with the default settings)"
                )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"stance model file {meta_path} is unusable ({exc}); {RETRAIN_HINT}") from exc
        try:
            with np.load(npz, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
            idf = arrays["idf"]
            stage1, stage2 = Mlp.from_arrays(arrays, "s1"), Mlp.from_arrays(arrays, "s2")
            if len(idf) != len(terms) or stage2.weights[0].shape[0] != 2 * tf_size + len(names):
                raise ValueError("its weights do not match its vocabulary")
            if stage1.weights[0].shape[0] != len(names):
                raise ValueError("its stage 1 weights do not match the features")
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
            raise ModelError(f"stance model file {npz} is unusable ({exc}); {RETRAIN_HINT}") from exc
        vocab = Vocabulary(
            idf=dict(zip(terms, idf.astype(float).tolist(), strict=True)),
            unseen_idf=float(meta["unseen_idf"]),
            index={t: i for i, t in enumerate(terms[:tf_size])},
            stop=frozenset(meta["stop"]),
        )
        training = {k: v for k, v in meta.items() if k not in ("terms", "stop")}
        return cls(vocab, stage1, stage2, training, embedder)


def feature_names(*, embeddings: bool) -> tuple[str, ...]:
    return (*FEATURE_NAMES, *EMBEDDING_FEATURE_NAMES) if embeddings else FEATURE_NAMES


def predict_pairs(model: StanceModel, pairs: Sequence[Pair], bodies: dict[int, str]) -> list[str]:
    """Labels for FNC-1 pairs through the run-time path (each body processed once)."""
    by_body: dict[int, list[int]] = {}
    for i, p in enumerate(pairs):
        by_body.setdefault(p.body_id, []).append(i)
    out = [""] * len(pairs)
    for body_id, rows in by_body.items():
        article = model.prepare(bodies[body_id])
        labels = model.labels(model.predict(article, [pairs[i].headline for i in rows]))
        for i, label in zip(rows, labels, strict=True):
            out[i] = label
    return out
