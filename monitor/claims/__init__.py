"""Learned claim stance (FNC-1): does an article agree with, dispute or discuss a known claim?

``match_claims(title, text, claims)`` is a ``monitor.understand.ClaimMatcher``: it returns a
:class:`~monitor.types.ClaimMatch` for every claim the article relates to (agree, disagree or
discuss), in the order of ``claims``; unrelated claims are left out. The model is loaded once, on
first use, from the package's artefact (see monitor.claims.model); a missing or damaged artefact
raises :class:`~monitor.errors.ModelError`. The article is processed once for all claims.

Which model: the embedding model (``stance_model_emb.*``, monitor.claims.embeddings) when the
``embeddings`` extra (onnxruntime, tokenizers) and an encoder folder built by
``python -m monitor.claims.export_onnx`` are there (``MONITOR_EMBEDDINGS`` names the folder, or
``off``); otherwise the torch-free default. One log line says which model is in use and why.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from monitor.claims.embeddings import Embedder, Encoder, locate
from monitor.claims.model import StanceModel, artefact_dir, artefact_files
from monitor.errors import ModelError
from monitor.types import ClaimMatch, ClaimRelation

__all__ = ["article_text", "load_model", "match_claims", "select_model"]

log = logging.getLogger(__name__)

_RELATIONS: dict[str, ClaimRelation] = {
    "agree": "agree",
    "disagree": "disagree",
    "discuss": "discuss",
    "unrelated": "unrelated",
}
_lock = threading.Lock()
_model: StanceModel | None = None


def select_model(folder: Path | None = None) -> StanceModel:
    """Load the embedding model when it can run, else the torch-free one; log which and why.

    ``folder`` holds the artefacts (default: the package's). A broken encoder or embedding
    artefact falls back to the default with the reason logged; a broken default is a ModelError.
    """
    folder = folder or artefact_dir()
    encoder_dir, reason = locate()
    if encoder_dir is not None:
        emb_npz, _ = artefact_files(folder, embeddings=True)
        if not emb_npz.is_file():
            reason = (
                f"no embedding model {emb_npz} (train it with `python -m monitor.claims.train --embeddings`)"
            )
        else:
            try:
                model = StanceModel.load(folder, Embedder(Encoder(encoder_dir)))
            except ModelError as exc:
                reason = str(exc)
            else:
                log.info("stance model: %s", model.kind)
                return model
    model = StanceModel.load(folder)
    log.info("stance model: %s (embedding extra not used: %s)", model.kind, reason)
    return model


def load_model(folder: Path | None = None) -> StanceModel:
    """The model in use (loaded once, see :func:`select_model`), or the one in ``folder``."""
    global _model  # noqa: PLW0603
    if folder is not None:
        return select_model(folder)
    with _lock:
        if _model is None:
            _model = select_model()
        return _model


def article_text(title: str, text: str) -> str:
    """What the model reads of an article: its title as a first sentence, then the text."""
    title, text = title.strip(), text.strip()
    if title and text:
        return f"{title}.\n{text}" if title[-1] not in ".!?" else f"{title}\n{text}"
    return title or text


def match_claims(title: str, text: str, claims: Sequence[str]) -> tuple[ClaimMatch, ...]:
    """How the article relates to each claim, for the related ones only."""
    wanted = [c for c in dict.fromkeys(claims) if c.strip()]
    body = article_text(title, text)
    if not wanted or not body:
        return ()
    model = load_model()
    probabilities = model.predict(model.prepare(body), wanted)
    matches: list[ClaimMatch] = []
    for claim, row, label in zip(wanted, probabilities.tolist(), model.labels(probabilities), strict=True):
        if label != "unrelated":
            confidence = row[("agree", "disagree", "discuss").index(label)]  # P(this relation)
            matches.append(
                ClaimMatch(claim=claim, relation=_RELATIONS[label], confidence=round(confidence, 4))
            )
    return tuple(matches)
