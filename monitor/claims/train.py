"""Train the stance model on FNC-1: ``python -m monitor.claims.train [--data ../shared/fnc1]``.

Splits the pairs by topic (see monitor.claims.split), trains on the training part, prints the
official score on the development part, then (unless ``--no-refit``) trains again on every pair
with the same settings and writes the artefact into the package (or ``--out``). Fixed seeds;
about three minutes on two cores.

``--embeddings [DIR]`` trains the optional embedding model instead (``stance_model_emb.*``, same
split, seeds and settings, plus the sentence-embedding features of monitor.claims.embeddings),
with the encoder built by ``python -m monitor.claims.export_onnx`` (default: its default folder,
or ``MONITOR_EMBEDDINGS``); each text is encoded once per run (about two more minutes).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from monitor.claims.data import LABELS, Pair, read_bodies, read_stances
from monitor.claims.embeddings import (
    EmbeddedArticle,
    Embedder,
    Encoder,
    locate,
    pair_embedding_features,
    runtime_missing,
)
from monitor.claims.features import Processed, Vocabulary, pair_features, process, sentences
from monitor.claims.model import Mlp, StanceModel, artefact_dir, predict_pairs
from monitor.claims.score import evaluate, format_report
from monitor.claims.split import group_split
from monitor.errors import MonitorError

VOCAB_SIZE = 5000  # stems in the term-frequency blocks of stage 2
STAGE1 = {"hidden_layer_sizes": (32,), "alpha": 1e-3, "max_iter": 60, "batch_size": 128}
STAGE2 = {"hidden_layer_sizes": (100,), "alpha": 1e-2, "max_iter": 20, "batch_size": 128}
DISAGREE_WEIGHT = 8.0  # disagree is 6 % of related pairs: weight it so the network does not ignore it


def _log(message: str) -> None:
    print(message, flush=True)


def _tf_matrix(reps: Sequence[Processed], size: int) -> sp.csr_matrix:
    indptr = np.cumsum([0, *(len(r.tf_index) for r in reps)])
    indices = np.concatenate([r.tf_index for r in reps]) if reps else np.zeros(0, np.int32)
    values = np.concatenate([r.tf_value for r in reps]) if reps else np.zeros(0, np.float32)
    return sp.csr_matrix((values.astype(np.float64), indices, indptr), shape=(len(reps), size))


class EmbeddingCache:
    """Each claim and body encoded once per run (the encoder is the slow part)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._claims: dict[str, np.ndarray] = {}
        self._articles: dict[int, EmbeddedArticle] = {}

    def features(self, pairs: Sequence[Pair], bodies: dict[int, str]) -> np.ndarray:
        """The embedding features of every pair, through the run-time functions."""
        new = sorted({p.headline for p in pairs} - set(self._claims))
        self._claims.update(zip(new, self.embedder.claims(new), strict=True))
        for b in sorted({p.body_id for p in pairs} - set(self._articles)):
            self._articles[b] = self.embedder.article(bodies[b], sentences(bodies[b]))
        return np.stack(
            [pair_embedding_features(self._claims[p.headline], self._articles[p.body_id]) for p in pairs]
        )


class Featurised:
    """Every pair's dense features and term-frequency rows, texts processed once each."""

    def __init__(
        self,
        pairs: Sequence[Pair],
        bodies: dict[int, str],
        vocab: Vocabulary,
        embeddings: EmbeddingCache | None = None,
    ) -> None:
        heads = {h: process(h, vocab, split=False) for h in sorted({p.headline for p in pairs})}
        texts = {b: process(bodies[b], vocab) for b in sorted({p.body_id for p in pairs})}
        size = len(vocab.index)
        self.dense = np.stack([pair_features(heads[p.headline], texts[p.body_id], vocab) for p in pairs])
        if embeddings is not None:
            self.dense = np.hstack([self.dense, embeddings.features(pairs, bodies)])
        self.tf_claim = _tf_matrix([heads[p.headline] for p in pairs], size)
        self.tf_body = _tf_matrix([texts[p.body_id] for p in pairs], size)
        self.y = np.array([LABELS.index(p.stance or "unrelated") for p in pairs])


def _mlp(fitted: object, mean: np.ndarray, scale: np.ndarray) -> Mlp:
    return Mlp(
        mean=mean,
        scale=scale,
        weights=tuple(np.asarray(w) for w in fitted.coefs_),  # type: ignore[attr-defined]
        biases=tuple(np.asarray(b) for b in fitted.intercepts_),  # type: ignore[attr-defined]
    )


def fit(
    pairs: Sequence[Pair],
    bodies: dict[int, str],
    *,
    seed: int,
    meta: dict[str, object],
    embeddings: EmbeddingCache | None = None,
) -> StanceModel:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    from sklearn.neural_network import MLPClassifier

    used = sorted({p.body_id for p in pairs})
    documents = [*sorted({p.headline for p in pairs}), *(bodies[b] for b in used)]
    vocab = Vocabulary.fit(documents, stop=ENGLISH_STOP_WORDS, size=VOCAB_SIZE)
    start = time.perf_counter()
    data = Featurised(pairs, bodies, vocab, embeddings)
    _log(f"  features of {len(pairs)} pairs in {time.perf_counter() - start:.0f} s")
    mean = data.dense.mean(axis=0)
    scale = data.dense.std(axis=0)
    scale[scale == 0] = 1.0
    z = (data.dense - mean) / scale

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a fixed number of epochs is meant: no convergence warnings
        stage1 = MLPClassifier(random_state=seed, **STAGE1).fit(z, data.y == LABELS.index("unrelated"))
        related = data.y != LABELS.index("unrelated")
        inputs = sp.hstack([data.tf_claim, data.tf_body, sp.csr_matrix(z)]).tocsr()[related]
        weight = np.where(data.y[related] == LABELS.index("disagree"), DISAGREE_WEIGHT, 1.0)
        stage2 = MLPClassifier(random_state=seed, **STAGE2).fit(inputs, data.y[related], sample_weight=weight)
    _log(f"  trained on {len(pairs)} pairs in {time.perf_counter() - start:.0f} s")
    embedder = embeddings.embedder if embeddings else None
    model = StanceModel(vocab, _mlp(stage1, mean, scale), _mlp(stage2, mean, scale), meta, embedder)
    _check_parity(model, stage1, stage2, z, inputs, data, related)
    return model


def _check_parity(
    model: StanceModel,
    stage1: object,
    stage2: object,
    z: np.ndarray,
    inputs: sp.csr_matrix,
    data: Featurised,
    related: np.ndarray,
) -> None:
    """The numpy forward pass must reproduce sklearn's probabilities (guards the export)."""
    rows = np.flatnonzero(related)[:50]
    ours = model.combine(
        data.dense[rows],
        np.asarray(data.tf_claim[rows] @ model.stage2.weights[0][: len(model.vocab.index)]),
        np.asarray(
            data.tf_body[rows] @ model.stage2.weights[0][len(model.vocab.index) : 2 * len(model.vocab.index)]
        ),
    )
    p_unrelated = stage1.predict_proba(z[rows])[:, 1]  # type: ignore[attr-defined]
    p_related = stage2.predict_proba(inputs[:50])  # type: ignore[attr-defined]
    theirs = np.column_stack([p_related * (1 - p_unrelated)[:, None], p_unrelated])
    if not np.allclose(ours, theirs, atol=1e-6):
        raise MonitorError("the exported network does not reproduce scikit-learn's output")


def write_fnc(folder: Path, pairs: Sequence[Pair], bodies: dict[int, str]) -> None:
    """Write pairs as FNC-1 CSV files (for `monitor stance-eval`); never into the repository."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "dev_bodies.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Body ID", "articleBody"])
        for b in sorted({p.body_id for p in pairs}):
            writer.writerow([b, bodies[b]])
    with (folder / "dev_stances.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for p in pairs:
            writer.writerow([p.headline, p.body_id, p.stance])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m monitor.claims.train", description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/fnc1"), help="folder of train_*.csv")
    parser.add_argument("--out", type=Path, default=artefact_dir(), help="where the artefact goes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dev-fraction", type=float, default=0.2)
    parser.add_argument("--no-refit", action="store_true", help="save the model trained without the dev part")
    parser.add_argument(
        "--write-dev", type=Path, help="also write the dev part as FNC-1 CSVs into this folder"
    )
    parser.add_argument(
        "--embeddings",
        nargs="?",
        const="",
        metavar="DIR",
        help="train the embedding model (stance_model_emb.*) with the encoder in DIR "
        "(default: MONITOR_EMBEDDINGS or the export's default folder)",
    )
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except MonitorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _embeddings(setting: str | None) -> EmbeddingCache | None:
    if setting is None:
        return None
    missing = runtime_missing()
    if missing:
        raise MonitorError(
            f"--embeddings needs {' and '.join(missing)}: pip install 'defenders-monitor[embeddings]'"
        )
    folder, reason = (Path(setting), "") if setting else locate()
    if folder is None:
        raise MonitorError(f"--embeddings: {reason}")
    encoder = Encoder(folder, threads=2)  # training may use both cores; run time uses one
    _log(f"encoder: {folder} ({encoder.spec.get('model', '?')}, int8 {encoder.spec.get('int8', '?')})")
    return EmbeddingCache(Embedder(encoder))


def _run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    embeddings = _embeddings(args.embeddings)
    bodies = read_bodies(args.data / "train_bodies.csv")
    pairs = read_stances(args.data / "train_stances.csv", bodies)
    split = group_split(pairs, dev_fraction=args.dev_fraction, seed=args.seed)
    count = Counter(p.stance for p in split.dev)
    _log(
        f"split (seed {args.seed}): {split.topics} topics, {split.dev_topics} in dev; "
        f"train {len(split.train)} pairs, dev {len(split.dev)} pairs "
        f"({split.dev_natural} from the file + {len(split.dev) - split.dev_natural} unrelated pairings "
        f"of dev claims with dev bodies of other topics), {split.dropped} crossing pairs dropped; "
        f"dev labels: " + ", ".join(f"{label} {count[label]}" for label in LABELS)
    )
    if args.write_dev:
        write_fnc(args.write_dev, split.dev, bodies)
        _log(f"dev part written to {args.write_dev}/dev_bodies.csv and dev_stances.csv")
    meta: dict[str, object] = {"seed": args.seed, "dev_fraction": args.dev_fraction}
    model = fit(split.train, bodies, seed=args.seed, meta=meta, embeddings=embeddings)
    _log(f"model: {model.kind}")
    gold = [p.stance or "unrelated" for p in split.dev]
    predicted = predict_pairs(model, split.dev, bodies)  # through the run-time path
    report = evaluate(gold, predicted)
    _log("development part (no claim and no body seen in training):")
    _log(format_report(report))
    natural = split.dev_natural  # the file's own pairs come first
    natural_report = evaluate(gold[:natural], predicted[:natural])
    _log(f"dev pairs from the file only (fewer unrelated): relative score {natural_report.relative:.2f} %")
    meta["dev"] = {
        "relative": round(report.relative, 2),
        "f1": {k: round(v, 4) for k, v in report.f1.items()},
        "macro_f1": round(report.macro_f1, 4),
        "pairs": report.pairs,
    }
    if not args.no_refit:
        _log("refitting on every pair with the same settings ...")
        meta["trained_on"] = "all pairs"
        model = fit(pairs, bodies, seed=args.seed, meta=meta, embeddings=embeddings)
    else:
        meta["trained_on"] = "training part"
        model.meta.update(meta)
    npz, js = model.save(args.out)
    size = (npz.stat().st_size + js.stat().st_size) / 1e6
    _log(f"wrote {npz} and {js} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s total")
    return 0


if __name__ == "__main__":
    sys.exit(main())
