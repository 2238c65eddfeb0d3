"""Benchmark: claim-stance speed on one core. Prints figures; asserts nothing.

    .venv/bin/python -m tests.bench.claims_speed [--articles 200] [--claims 20] [--model embeddings]

``--model`` picks the torch-free ``default``, the ``embeddings`` extra (needs onnxruntime,
tokenizers and the encoder of ``python -m monitor.claims.export_onnx``, see MONITOR_EMBEDDINGS),
or ``auto`` (what match_claims would use here; the default of this flag).

Per article: processing (tokens, sentences, TF-IDF, the article's half of the network) and the
total for all claims; per (claim, article) pair: the cost once the article is processed.
Articles are the FNC-1 training bodies when ../shared/fnc1 is there (read, never copied), else
made-up texts of 600-1,200 words over 30,000 random pseudo-words. The stemming caches are emptied
first, so the figures are those of a cold process.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core, as the target says
os.environ.setdefault("OMP_NUM_THREADS", "1")

WORDS = str.split(
    "the studio said actor series season report fans netflix marvel return role reunion rumour "
    "denied confirmed hoax sources claim team crossover show episode producer interview not never "
    "however according allegedly reportedly statement announced new deal contract cast filming"
)


FNC1_BODIES = Path(__file__).resolve().parents[2].parent / "shared" / "fnc1" / "train_bodies.csv"


def _made_up(rng: random.Random, n: int) -> list[tuple[str, str]]:
    letters = "etaoinshrdlcumwfgypbvk"
    lexicon = WORDS + ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(30_000)]
    articles = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(40, 80)):
            words = (
                lexicon[min(int(rng.paretovariate(0.8)), len(lexicon)) - 1] for _ in range(rng.randint(8, 25))
            )
            sentences.append(" ".join(words).capitalize() + ".")
        title = " ".join(rng.choice(WORDS) for _ in range(10)).capitalize()
        articles.append((title, " ".join(sentences)))
    return articles


def _articles(rng: random.Random, n: int) -> tuple[str, list[tuple[str, str]]]:
    if FNC1_BODIES.is_file():
        from monitor.claims.data import read_bodies

        texts = list(read_bodies(FNC1_BODIES).values())
        rng.shuffle(texts)
        return "FNC-1 training bodies", [("", t) for t in texts[:n]]
    return "made-up articles", _made_up(rng, n)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--claims", type=int, default=20)
    parser.add_argument("--model", choices=("auto", "default", "embeddings"), default="auto")
    args = parser.parse_args()
    if args.model == "default":
        os.environ["MONITOR_EMBEDDINGS"] = "off"

    from monitor.claims import article_text, load_model, match_claims
    from monitor.claims.features import clear_caches

    rng = random.Random(7)
    started = time.perf_counter()
    model = load_model()
    print(f"model: {model.kind}")
    if args.model == "embeddings" and model.embedder is None:
        from monitor.claims.embeddings import locate

        print(f"the embedding extra is not usable here: {locate()[1]}")
        return
    print(f"model load: {1000 * (time.perf_counter() - started):.0f} ms (once per process)")
    claims = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) for _ in range(args.claims)]
    kind, articles = _articles(rng, args.articles)
    match_claims(*articles[0], claims)  # the claims are processed once, as in a daemon
    clear_caches()

    prepare_ms, pair_ms, total_ms = [], [], []
    cpu = 0.0  # process time of the match_claims calls: steadier than the clock on a shared machine
    for title, text in articles:
        t0 = time.perf_counter()
        prepared = model.prepare(article_text(title, text))
        t1 = time.perf_counter()
        model.predict(prepared, claims)
        t2, c2 = time.perf_counter(), time.process_time()
        match_claims(title, text, claims)
        t3, c3 = time.perf_counter(), time.process_time()
        cpu += c3 - c2
        prepare_ms.append(1000 * (t1 - t0))
        pair_ms.append(1000 * (t2 - t1) / len(claims))
        total_ms.append(1000 * (t3 - t2))

    def line(name: str, values: list[float], target: float) -> None:
        p95 = statistics.quantiles(values, n=20)[-1]
        verdict = "ok" if p95 < target else "OVER TARGET"
        median = statistics.median(values)
        print(f"{name:<44} median {median:7.2f} ms  p95 {p95:7.2f} ms  (target < {target:g} ms: {verdict})")

    words = statistics.mean(len(t.split()) for _, t in articles)
    print(f"{len(articles)} {kind} of {words:.0f} words on average, {args.claims} claims each")
    line("article processing", prepare_ms, 100)
    line("per (claim, article) pair, article processed", pair_ms, 5)
    line(f"match_claims, whole article x {args.claims} claims", total_ms, 100)
    print(f"{'match_claims, CPU (process time) per article':<44} mean   {1000 * cpu / len(articles):7.2f} ms")


if __name__ == "__main__":
    main()
