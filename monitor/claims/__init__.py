"""Learned claim stance (FNC-1): does an article agree with, dispute or discuss a known claim?

``match_claims(title, text, claims)`` is a ``monitor.understand.ClaimMatcher``: it returns a
:class:`~monitor.types.ClaimMatch` for every claim the article relates to (agree, disagree or
discuss), in the order of ``claims``; unrelated claims are left out. The model is loaded once, on
first use, from the package's artefact (see monitor.claims.model); a missing or damaged artefact
raises :class:`~monitor.errors.ModelError`. The article is processed once for all claims.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from monitor.claims.model import StanceModel
from monitor.types import ClaimMatch, ClaimRelation

__all__ = ["article_text", "load_model", "match_claims"]

_RELATIONS: dict[str, ClaimRelation] = {
    "agree": "agree",
    "disagree": "disagree",
    "discuss": "discuss",
    "unrelated": "unrelated",
}
_lock = threading.Lock()
_model: StanceModel | None = None


def load_model(folder: Path | None = None) -> StanceModel:
    """The packaged model (loaded once), or the one in ``folder``."""
    global _model  # noqa: PLW0603
    if folder is not None:
        return StanceModel.load(folder)
    with _lock:
        if _model is None:
            _model = StanceModel.load()
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
    for claim, row, label in zip(wanted, probabilities, model.labels(probabilities), strict=True):
        if label != "unrelated":
            confidence = float(row[("agree", "disagree", "discuss").index(label)])  # P(this relation)
            matches.append(
                ClaimMatch(claim=claim, relation=_RELATIONS[label], confidence=round(confidence, 4))
            )
    return tuple(matches)
