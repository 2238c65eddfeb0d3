"""The gate's weights, loaded once, and its probabilities.

The artefact is ``gate_model.npz`` (the weights of the named features, of the hashed n-grams of a
candidate's words and of the narrative before it, and the bias) with ``gate_model.json`` (the
feature names, the threshold, the veto, the stance of a candidate it adds without a stance cue, and how it
was trained), written by
``python -m monitor.understand.gate.train``. Nothing is unpickled; reading the artefact is the only
I/O, done once per process (:func:`default_gate`).
"""

from __future__ import annotations

import json
import math
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from monitor.errors import ModelError
from monitor.types import Stance
from monitor.understand.gate.features import N_HASHED, Considered, hashed

FORMAT = 2
ARTEFACT_NPZ = "gate_model.npz"
ARTEFACT_JSON = "gate_model.json"
_STANCES: tuple[Stance, ...] = ("positive", "negative", "uncertain")
RETRAIN_HINT = "retrain it with `python -m monitor.understand.gate.train` or reinstall monitor"


class GateModelError(ModelError):
    """The learned gate's artefact is missing or unusable."""


def artefact_dir() -> Path:
    return Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Gate:
    """A logistic regression over a candidate's named features and hashed n-grams."""

    weights: Mapping[str, float]  # named feature -> weight
    body: np.ndarray  # (N_HASHED,) weights of the candidate's own words
    lead: np.ndarray  # (N_HASHED,) weights of the narrative before it
    bias: float
    threshold: float  # keep a candidate at this probability or more
    meta: Mapping[str, Any]
    cueless: Stance = "uncertain"  # the stance of a candidate it adds without a stance cue
    veto: float = 0.0  # drop a candidate the rules keep below this probability (0: never)

    def probability(self, c: Considered) -> float:
        z = self.bias
        for name, value in c.facts.items():
            z += self.weights.get(name, 0.0) * value
        for bucket, value in hashed(c.body).items():
            z += float(self.body[bucket]) * value
        for bucket, value in hashed(c.lead).items():
            z += float(self.lead[bucket]) * value
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def keeps(self, c: Considered) -> bool:
        return self.probability(c) >= self.threshold

    def vetoes(self, c: Considered) -> bool:
        """Round 21: is a candidate the rules keep so unlike a statement that the gate drops it?"""
        return self.veto > 0.0 and self.probability(c) < self.veto

    def save(self, folder: Path) -> tuple[Path, Path]:
        """Write the artefact into ``folder`` (byte for byte the same for the same weights)."""
        folder.mkdir(parents=True, exist_ok=True)
        names = sorted(self.weights)
        npz, meta_path = folder / ARTEFACT_NPZ, folder / ARTEFACT_JSON
        arrays = {
            "weights": np.array([self.weights[n] for n in names], dtype=np.float64),
            "body": np.asarray(self.body, dtype=np.float64),
            "lead": np.asarray(self.lead, dtype=np.float64),
            "bias": np.array([self.bias], dtype=np.float64),
        }
        with zipfile.ZipFile(npz, "w", zipfile.ZIP_DEFLATED) as zf:  # fixed dates: deterministic bytes
            for key, arr in arrays.items():
                info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with zf.open(info, "w") as f:
                    np.lib.format.write_array(f, arr, allow_pickle=False)
        meta = {
            **self.meta,
            "format": FORMAT,
            "threshold": self.threshold,
            "veto": self.veto,
            "cueless_stance": self.cueless,
            "features": names,
        }
        meta_path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return npz, meta_path

    @classmethod
    def load(cls, folder: Path | None = None) -> Gate:
        """Load the artefact; a missing or damaged one is a GateModelError naming the file and the fix."""
        folder = folder or artefact_dir()
        npz, meta_path = folder / ARTEFACT_NPZ, folder / ARTEFACT_JSON
        for path in (npz, meta_path):
            if not path.is_file():
                raise GateModelError(f"statement gate file {path} is missing; {RETRAIN_HINT}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT:
                raise ValueError("it was written by another version of monitor")
            names = [str(n) for n in meta["features"]]
            threshold = float(meta["threshold"])
            veto = float(meta.get("veto", 0.0))  # an artefact from before round 21 vetoes nothing
            if not 0.0 <= veto < threshold:
                raise ValueError(f"veto {veto} is not between 0 and the threshold {threshold}")
            cueless = meta["cueless_stance"]
            if cueless not in _STANCES:
                raise ValueError(f"cueless_stance {cueless!r} is not one of {', '.join(_STANCES)}")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise GateModelError(
                f"statement gate file {meta_path} is unusable ({exc}); {RETRAIN_HINT}"
            ) from exc
        try:
            with np.load(npz, allow_pickle=False) as data:
                arrays = {
                    k: np.asarray(data[k], dtype=np.float64) for k in ("weights", "body", "lead", "bias")
                }
            if arrays["weights"].shape != (len(names),):
                raise ValueError("its weights do not match its feature names")
            if (
                arrays["body"].shape != (N_HASHED,)
                or arrays["lead"].shape != (N_HASHED,)
                or arrays["bias"].shape != (1,)
            ):
                raise ValueError("its n-gram weights have the wrong shape")
            if not all(np.isfinite(a).all() for a in arrays.values()):
                raise ValueError("it holds weights that are not numbers")
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError) as exc:
            raise GateModelError(f"statement gate file {npz} is unusable ({exc}); {RETRAIN_HINT}") from exc
        weights = dict(zip(names, arrays["weights"].tolist(), strict=True))
        training = {
            k: v
            for k, v in meta.items()
            if k not in ("features", "threshold", "veto", "format", "cueless_stance")
        }
        bias = float(arrays["bias"][0])
        return cls(weights, arrays["body"], arrays["lead"], bias, threshold, training, cueless, veto)


@cache
def default_gate() -> Gate:
    """The packaged gate, loaded on first use."""
    return Gate.load()


@cache
def usable_gate() -> Gate | None:
    """The packaged gate, or None when its artefact is unusable (:func:`gate_problem` says why):
    extraction then goes on with the rules alone instead of failing every article."""
    return None if gate_problem() is not None else default_gate()


@cache
def gate_problem() -> str | None:
    """Why the packaged gate cannot be loaded (its GateModelError's message), or None."""
    try:
        default_gate()
    except GateModelError as exc:
        return str(exc)
    return None
