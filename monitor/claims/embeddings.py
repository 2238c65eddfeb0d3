"""The optional sentence encoder (all-MiniLM-L6-v2 as int8 ONNX) and its pair features.

Run time needs only ``onnxruntime`` and ``tokenizers`` (the ``embeddings`` extra) and a folder
written by ``python -m monitor.claims.export_onnx``: ``model.onnx``, ``tokenizer.json`` and
``encoder.json``. The folder is the one named by ``MONITOR_EMBEDDINGS`` (``off`` disables the
extra), else :func:`default_dir` when it exists. Without the extra, or without the folder,
:func:`locate` says why and the torch-free model is used.

An article is encoded once: its lead (title and first words, up to :data:`LEAD_TOKENS` tokens) and
its first :data:`MAX_SENTENCES` sentences (each up to :data:`SENTENCE_TOKENS` tokens). A claim is
encoded once and cached. A pair then costs a few dot products (:func:`pair_embedding_features`).
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from monitor.errors import ModelError

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SPEC_FILE = "encoder.json"
ENV_VAR = "MONITOR_EMBEDDINGS"
DIM = 384
MAX_TOKENS = 256  # the model's own limit
LEAD_TOKENS = 96
SENTENCE_TOKENS = 40
MAX_SENTENCES = 10
CLAIM_TOKENS = 64
BATCH = 4  # small batches of similar lengths: little padding (and int8 activations are
# quantised per batch, so training and run time must batch alike)
BUILD_HINT = "build it with `python -m monitor.claims.export_onnx` (see README, stance model)"

# Generic stance anchors (no topic of the training data): how much an article's sentences read like
# a refutation, a confirmation or a hedge, whatever the claim is about.
PROTOTYPES: dict[str, tuple[str, ...]] = {
    "refute": (
        "This is a hoax.",
        "The story is fake.",
        "The report is false and has been debunked.",
        "He denied the claims.",
        "There is no truth to the rumour.",
        "It turned out to be a prank.",
        "The photo was doctored.",
        "The claim is not true.",
    ),
    "support": (
        "It has been confirmed.",
        "Officials confirmed the report.",
        "The news is true.",
        "Police said it happened.",
        "The company announced it officially.",
    ),
    "hedge": (
        "It is unclear whether the report is true.",
        "The claim could not be verified.",
        "According to unconfirmed reports.",
        "It is not known if this is real.",
        "Reports suggest it may have happened.",
    ),
}
_KINDS = tuple(PROTOTYPES)
EMBEDDING_FEATURE_NAMES: tuple[str, ...] = (
    "e_cos_lead",
    "e_cos_max_sentence",
    "e_cos_top_sentences",
    "e_cos_mean_sentences",
    "e_best_sentence_position",
    *(f"e_max_{k}" for k in _KINDS),
    *(f"e_claim_weighted_{k}" for k in _KINDS),
    *(f"e_best_sentence_{k}" for k in _KINDS),
)
SHARPNESS = 10.0  # softmax temperature of the claim-similarity weights over sentences


def default_dir() -> Path:
    """Where the export writes and run time looks by default (a cache: it can be rebuilt)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "monitor" / "minilm-l6-v2-onnx"


def runtime_missing() -> list[str]:
    """The run-time packages of the extra that are not installed."""
    return [name for name in ("onnxruntime", "tokenizers") if importlib.util.find_spec(name) is None]


def locate() -> tuple[Path | None, str]:
    """The encoder folder to use, or None with the reason it is not used."""
    setting = os.environ.get(ENV_VAR, "").strip()
    if setting.lower() in ("off", "0", "no", "false", "none"):
        return None, f"{ENV_VAR}={setting} turns the embedding extra off"
    folder = Path(setting).expanduser() if setting else default_dir()
    missing = runtime_missing()
    if missing:
        return None, f"{' and '.join(missing)} not installed (pip install 'defenders-monitor[embeddings]')"
    if not (folder / MODEL_FILE).is_file() or not (folder / TOKENIZER_FILE).is_file():
        where = f"{ENV_VAR}={setting}" if setting else "the default folder"
        return None, f"no encoder in {folder} ({where}); {BUILD_HINT}"
    return folder, f"encoder {folder}"


class Encoder:
    """all-MiniLM-L6-v2 through onnxruntime: texts in, L2-normalised float32 vectors out."""

    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        try:
            import onnxruntime as ort  # type: ignore[import-untyped,import-not-found,unused-ignore]
            from tokenizers import Tokenizer  # type: ignore[import-untyped,import-not-found,unused-ignore]
        except ImportError as exc:  # pragma: no cover - locate() checks first
            raise ModelError(f"the embedding extra is not installed ({exc})") from exc
        model, tok = folder / MODEL_FILE, folder / TOKENIZER_FILE
        try:
            self._tokenizer: Any = Tokenizer.from_file(str(tok))
            self._tokenizer.no_padding()
            self._tokenizer.no_truncation()
            options = ort.SessionOptions()
            options.intra_op_num_threads = threads
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            self._session: Any = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
            spec_path = folder / SPEC_FILE
            self.spec = json.loads(spec_path.read_text(encoding="utf-8")) if spec_path.is_file() else {}
        except Exception as exc:  # onnxruntime and tokenizers raise their own kinds
            raise ModelError(f"encoder in {folder} is unusable ({exc}); {BUILD_HINT}") from exc
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.folder = folder

    def encode(self, texts: Sequence[str], max_tokens: int = MAX_TOKENS) -> np.ndarray:
        """(len(texts), DIM) float32, in the order of ``texts``; batches of similar lengths."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        ids = [e.ids[: max_tokens - 1] + e.ids[-1:] if len(e.ids) > max_tokens else e.ids for e in encodings]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            width = max(len(ids[i]) for i in rows)
            input_ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                input_ids[r, : len(ids[i])] = ids[i]
                mask[r, : len(ids[i])] = 1
            feeds = {"input_ids": input_ids, "attention_mask": mask, "token_type_ids": np.zeros_like(mask)}
            (vectors,) = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})
            out[rows] = vectors
        return out


@dataclass(frozen=True, slots=True)
class EmbeddedArticle:
    """An article encoded once: its lead, its first sentences and their likeness to the anchors."""

    lead: np.ndarray  # (DIM,)
    sentences: np.ndarray  # (k, DIM), 1 ≤ k ≤ MAX_SENTENCES (the lead when there is no sentence)
    anchors: np.ndarray  # (k, len(PROTOTYPES)): best cosine of each sentence with each kind


class Embedder:
    """The encoder with the anchors encoded: embeds claims and articles, scores pairs."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self._anchors = [encoder.encode(PROTOTYPES[k]) for k in _KINDS]

    def signature(self) -> dict[str, Any]:
        """What a trained model must agree with: the encoder and how texts are cut for it."""
        return {
            "model": self.encoder.spec.get("model", MODEL_NAME),
            "int8": bool(self.encoder.spec.get("int8", True)),
            "lead_tokens": LEAD_TOKENS,
            "sentence_tokens": SENTENCE_TOKENS,
            "claim_tokens": CLAIM_TOKENS,
            "max_sentences": MAX_SENTENCES,
        }

    def claims(self, claims: Sequence[str]) -> np.ndarray:
        return self.encoder.encode(claims, max_tokens=CLAIM_TOKENS)

    def article(self, text: str, sentences: Sequence[str]) -> EmbeddedArticle:
        """Encode an article (``text`` as the model reads it, ``sentences`` as split for it)."""
        picked = [s for s in sentences if s.strip()][:MAX_SENTENCES]
        lead = self.encoder.encode([text], max_tokens=LEAD_TOKENS)[0]
        vectors = self.encoder.encode(picked, max_tokens=SENTENCE_TOKENS) if picked else lead[None, :]
        anchors = np.stack([(vectors @ a.T).max(axis=1) for a in self._anchors], axis=1)
        return EmbeddedArticle(lead, vectors, anchors.astype(np.float64))


def pair_embedding_features(claim: np.ndarray, article: EmbeddedArticle) -> np.ndarray:
    """The embedding features of one pair, in the order of EMBEDDING_FEATURE_NAMES."""
    sims = (article.sentences @ claim).astype(np.float64)
    order = np.argsort(-sims, kind="stable")
    n = len(sims)
    weights = np.exp(SHARPNESS * (sims - sims.max()))
    weights /= weights.sum()
    return np.array(
        [
            float(article.lead @ claim),
            float(sims[order[0]]),
            float(sims[order[:3]].mean()),
            float(sims.mean()),
            float(order[0]) / max(1, n - 1),
            *article.anchors.max(axis=0).tolist(),
            *(weights @ article.anchors).tolist(),
            *article.anchors[order[0]].tolist(),
        ],
        dtype=np.float64,
    )
